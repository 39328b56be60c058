"""Shared test set-up: Qt offscreen, an in-memory keyring, private user directories,
and real databases — a SQLite file and a PostgreSQL database per test, both
migrated (copied from a template migrated once per session) and dropped after.

PostgreSQL is the server at 127.0.0.1:5432 (``SUPPORT_CONSOLE_TEST_PG`` overrides
it). When it cannot be reached its tests fail in CI (``CI`` set) and skip
elsewhere.
"""

from __future__ import annotations

import contextlib
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from sqlalchemy import Engine
from sqlalchemy.engine import URL
from sqlalchemy.exc import SQLAlchemyError

from console.storage.engine import create_engine_for
from console.storage.schema import upgrade_schema
from tests.support.keyring import MemoryKeyring
from tests.support.postgres import (
    admin_execute,
    drop_database_roles,
    drop_postgres_database,
    new_postgres_database,
    pg_admin_url,
    require_postgres,
)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def private_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own data and config directories (platformdirs reads XDG_*)."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("SUPPORT_CONSOLE_DB", raising=False)
    return home


# --- databases ------------------------------------------------------------------------


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    engine = create_engine_for(str(path))
    upgrade_schema(engine)
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


@pytest.fixture(scope="session")
def postgres_template() -> Iterator[str]:
    require_postgres()
    name = f"sc_tpl_{uuid.uuid4().hex[:12]}"
    admin_execute(f'CREATE DATABASE "{name}"')
    engine = create_engine_for(pg_admin_url().set(database=name))
    upgrade_schema(engine)
    engine.dispose()
    yield name
    # Best effort: a copy some test failed to drop still holds grants to the
    # template's roles, and that must not fail the session at its very end.
    with contextlib.suppress(SQLAlchemyError):
        admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        drop_database_roles(name)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def database_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[URL]:
    """A migrated database of its own for this test, on each backend."""
    if backend == "sqlite":
        template: Path = request.getfixturevalue("sqlite_template")
        path = tmp_path / "console.sqlite3"
        shutil.copyfile(template, path)
        yield URL.create("sqlite", database=str(path))
        return
    pg_template: str = request.getfixturevalue("postgres_template")
    url = new_postgres_database(pg_template)
    try:
        yield url
    finally:
        drop_postgres_database(url)


@pytest.fixture
def empty_database_url(backend: str, tmp_path: Path) -> Iterator[URL]:
    """A database of its own with no schema at all."""
    if backend == "sqlite":
        yield URL.create("sqlite", database=str(tmp_path / "empty.sqlite3"))
        return
    require_postgres()
    url = new_postgres_database()
    try:
        yield url
    finally:
        drop_postgres_database(url)


@pytest.fixture
def engine(database_url: URL) -> Iterator[Engine]:
    engine = create_engine_for(database_url)
    yield engine
    engine.dispose()
