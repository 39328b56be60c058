"""The ``services`` fixture: the services over each backend, with a settable clock
and a small organisation."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine

from tests.support.services import WEDNESDAY_9, Services, make_services


@pytest.fixture
def services(engine: Engine) -> Iterator[Services]:
    svc = make_services(engine, WEDNESDAY_9)
    svc.accounts.add_user("Ada Admin", "admin")
    svc.accounts.add_user("Lea Lead", "lead")
    svc.accounts.add_user("Tom Tam", "tam")
    svc.accounts.add_user("Anna Agent", "agent", languages=["en", "de"])
    svc.accounts.add_user("Ben Agent", "agent", languages=["en"])
    svc.accounts.add_account("Globex", "standard")
    svc.accounts.add_account("Initech", "premier", tam="Tom Tam", early_adopter=True)
    svc.accounts.add_account("Exam Board", "proctored")
    svc.accounts.add_contact("Initech", "Peter Gibbons", "peter@initech.example")
    yield svc
