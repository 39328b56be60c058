"""The ``cli`` fixture most command-line tests share: a database on each backend
with an admin (Ada), a lead (Lea), a TAM (Tom) and an account on each plan, and a
runner for ``support-console`` over it. A test module that needs other people
defines its own ``cli``."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy.engine import URL

from console.services.bundle import ConsoleServices
from console.services.infrastructure.database import Database
from console.storage.engine import create_engine_for
from tests.console.cli.runner import Cli


@pytest.fixture
def cli(database_url: URL, capsys: pytest.CaptureFixture[str]) -> Iterator[Cli]:
    services = ConsoleServices(Database(create_engine_for(database_url)))
    services.accounts.add_user("Ada", "admin")
    services.accounts.add_user("Lea", "lead")
    services.accounts.add_user("Tom", "tam")
    services.accounts.add_account("Globex", "standard")
    services.accounts.add_account("Initech", "premier", tam="Tom")
    services.accounts.add_account("Exam Board", "proctored")
    services.close()
    yield Cli(database_url, capsys)
