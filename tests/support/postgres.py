"""The PostgreSQL server the tests use (127.0.0.1:5432; ``SUPPORT_CONSOLE_TEST_PG``
overrides it): reaching it, creating and dropping a database per test. When it
cannot be reached its tests fail in CI (``CI`` set) and skip elsewhere."""

from __future__ import annotations

import os
import uuid

import pytest
from sqlalchemy import text
from sqlalchemy.engine import URL, make_url

from console.storage.access import drop_roles
from console.storage.engine import create_engine_for

PG_SERVER = os.environ.get("SUPPORT_CONSOLE_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
IN_CI = bool(os.environ.get("CI"))


def pg_admin_url() -> URL:
    return make_url(PG_SERVER).set(drivername="postgresql+psycopg")


def pg_reachable() -> str | None:
    """None when the server answers, else why not."""
    try:
        engine = create_engine_for(pg_admin_url())
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        engine.dispose()
        return None
    except Exception as error:  # any failure to connect means "not reachable"
        return str(error).splitlines()[0]


def require_postgres() -> None:
    problem = pg_reachable()
    if problem is None:
        return
    message = f"PostgreSQL at {pg_admin_url().render_as_string()} is not reachable: {problem}"
    if IN_CI:
        pytest.fail(message)
    pytest.skip(message)


def admin_execute(statement: str) -> None:
    engine = create_engine_for(pg_admin_url(), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(text(statement))
    finally:
        engine.dispose()


def new_postgres_database(template: str | None = None) -> URL:
    name = f"sc_test_{uuid.uuid4().hex[:12]}"
    suffix = f' TEMPLATE "{template}"' if template else ""
    admin_execute(f'CREATE DATABASE "{name}"{suffix}')
    return pg_admin_url().set(database=name)


def drop_database_roles(database: str) -> None:
    """Drop the roles a database made (``sc_<database>_*`` and its people's
    logins): roles belong to the whole server and outlive the database."""
    engine = create_engine_for(pg_admin_url())
    try:
        with engine.begin() as connection:
            drop_roles(connection, database)
    finally:
        engine.dispose()


def drop_postgres_database(url: URL) -> None:
    """Drop a test's database, then the roles it made."""
    admin_execute(f'DROP DATABASE IF EXISTS "{url.database}" WITH (FORCE)')
    drop_database_roles(str(url.database))
