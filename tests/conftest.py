"""Shared test set-up: Qt offscreen, an in-memory keyring, private user directories,
and real databases — a SQLite file and a PostgreSQL database per test, both
migrated (copied from a template migrated once per session) and dropped after.

PostgreSQL is the server at 127.0.0.1:5432 (``SUPPORT_CONSOLE_TEST_PG`` overrides
it). When it cannot be reached its tests fail in CI (``CI`` set) and skip
elsewhere.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from sqlalchemy import Engine, text
from sqlalchemy.engine import URL, make_url

from console.storage.engine import create_engine_for
from console.storage.schema import upgrade_schema

PG_SERVER = os.environ.get("SUPPORT_CONSOLE_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
IN_CI = bool(os.environ.get("CI"))


class MemoryKeyring(KeyringBackend):
    """A keyring that forgets everything when the test ends."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


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


def _pg_admin_url() -> URL:
    return make_url(PG_SERVER).set(drivername="postgresql+psycopg")


def _pg_reachable() -> str | None:
    """None when the server answers, else why not."""
    try:
        engine = create_engine_for(_pg_admin_url())
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        engine.dispose()
        return None
    except Exception as error:  # any failure to connect means "not reachable"
        return str(error).splitlines()[0]


def _require_postgres() -> None:
    problem = _pg_reachable()
    if problem is None:
        return
    message = f"PostgreSQL at {_pg_admin_url().render_as_string()} is not reachable: {problem}"
    if IN_CI:
        pytest.fail(message)
    pytest.skip(message)


def _admin_execute(statement: str) -> None:
    engine = create_engine_for(_pg_admin_url(), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(text(statement))
    finally:
        engine.dispose()


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
    _require_postgres()
    name = f"sc_tpl_{uuid.uuid4().hex[:12]}"
    _admin_execute(f'CREATE DATABASE "{name}"')
    engine = create_engine_for(_pg_admin_url().set(database=name))
    upgrade_schema(engine)
    engine.dispose()
    yield name
    _admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def new_postgres_database(template: str | None = None) -> URL:
    name = f"sc_test_{uuid.uuid4().hex[:12]}"
    suffix = f' TEMPLATE "{template}"' if template else ""
    _admin_execute(f'CREATE DATABASE "{name}"{suffix}')
    return _pg_admin_url().set(database=name)


def drop_postgres_database(url: URL) -> None:
    _admin_execute(f'DROP DATABASE IF EXISTS "{url.database}" WITH (FORCE)')


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
    _require_postgres()
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
