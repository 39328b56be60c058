"""Throw-away databases for the benchmarks: a SQLite file in a temporary folder, or
a database created on the PostgreSQL server (``SUPPORT_CONSOLE_BENCH_PG``, default
postgres@127.0.0.1:5432) and dropped afterwards together with its roles (the
upgrade binds it: groups ``sc_<database>_*`` and a login role per user). Both
migrated, with a few users and accounts of each plan."""

from __future__ import annotations

import contextlib
import os
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import make_url

from console.services.bundle import ConsoleServices
from console.services.infrastructure.database import Database
from console.storage.access import drop_roles
from console.storage.engine import create_engine_for
from console.storage.schema import upgrade_schema

PG_SERVER = os.environ.get(
    "SUPPORT_CONSOLE_BENCH_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)


@contextlib.contextmanager
def temporary_database(backend: str) -> Iterator[str]:
    """The URL of a new, migrated database on ``backend`` ("sqlite" or "postgresql")."""
    if backend == "sqlite":
        with tempfile.TemporaryDirectory() as folder:
            url = f"sqlite:///{Path(folder) / 'bench.sqlite3'}"
            _migrate(url)
            yield url
        return
    admin = create_engine_for(PG_SERVER, isolation_level="AUTOCOMMIT")
    name = f"sc_bench_{uuid.uuid4().hex[:10]}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(PG_SERVER).set(database=name).render_as_string(hide_password=False)
    try:
        _migrate(url)
        yield url
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            drop_roles(connection, name)
        admin.dispose()


def _migrate(url: str) -> None:
    engine = create_engine_for(url)
    upgrade_schema(engine)
    engine.dispose()


def small_organisation(url: str, agents: int = 8) -> list[str]:
    """Accounts of each plan and ``agents`` agents; returns the agents' names."""
    svc = ConsoleServices(Database(create_engine_for(url)))
    try:
        for index in range(4):
            svc.accounts.add_account(f"Standard Co {index}", "standard")
            svc.accounts.add_account(f"Premier Co {index}", "premier")
            svc.accounts.add_account(f"Exam Co {index}", "proctored")
        names = [f"Agent {index}" for index in range(agents)]
        for name in names:
            svc.accounts.add_user(name, "agent")
        return names
    finally:
        svc.close()


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]
