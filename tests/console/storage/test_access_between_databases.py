"""Two support databases on one PostgreSQL server never share a person or a
grant: each has roles named after it, a copy gets its own when it is upgraded
(and loses the original's), and a person of one cannot even connect to the other."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import Engine, text
from sqlalchemy.engine import URL

from console.services.infrastructure.database import Database
from console.services.usecases.accounts import AccountService
from console.storage.access import drop_roles, group_role, person_role
from console.storage.engine import create_engine_for
from console.storage.schema import upgrade_schema
from tests.support.postgres import admin_execute, pg_admin_url, require_postgres

pytestmark = pytest.mark.postgres


def _superuser() -> Engine:
    return create_engine_for(pg_admin_url(), isolation_level="AUTOCOMMIT")


@pytest.fixture
def two_databases() -> Iterator[tuple[URL, URL]]:
    """A bound database with one person, and a copy of it, bound under its own name."""
    require_postgres()
    first, copy = f"sc_one_{uuid.uuid4().hex[:8]}", f"sc_copy_{uuid.uuid4().hex[:8]}"
    try:
        admin_execute(f'CREATE DATABASE "{first}"')
        first_url = pg_admin_url().set(database=first)
        engine = create_engine_for(first_url)
        upgrade_schema(engine)
        AccountService(Database(engine)).add_user("Anna Agent", "agent")
        engine.dispose()
        admin_execute(f'CREATE DATABASE "{copy}" TEMPLATE "{first}"')
        copy_url = pg_admin_url().set(database=copy)
        engine = create_engine_for(copy_url)
        upgrade_schema(engine)
        engine.dispose()
        yield first_url, copy_url
    finally:
        admin = _superuser()
        with admin.connect() as connection:
            for name in (copy, first):
                connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                drop_roles(connection, name)
        admin.dispose()


def _acl(url: URL, query: str) -> str:
    engine = create_engine_for(url)
    try:
        with engine.connect() as connection:
            return str(connection.execute(text(query)).scalar())
    finally:
        engine.dispose()


def test_a_copy_grants_nothing_to_the_originals_roles(two_databases: tuple[URL, URL]) -> None:
    first, copy = two_databases
    original = f"sc_{first.database}_"
    tables = _acl(
        copy, "SELECT string_agg(relacl::text, ' ') FROM pg_class WHERE relname IN ('cases', 'users')"
    )
    functions = _acl(copy, "SELECT string_agg(proacl::text, ' ') FROM pg_proc WHERE proname LIKE 'sc\\_%'")
    schema = _acl(copy, "SELECT nspacl::text FROM pg_namespace WHERE nspname = 'public'")
    assert original not in tables + functions + schema
    assert group_role(str(copy.database), "agent") in tables
    assert _acl(copy, "SELECT tableowner FROM pg_tables WHERE tablename = 'cases'") == group_role(
        str(copy.database), "owner"
    )


def test_the_copy_has_its_own_login_role_for_each_person(two_databases: tuple[URL, URL]) -> None:
    first, copy = two_databases
    names = _acl(first, "SELECT string_agg(rolname, ',') FROM pg_roles WHERE rolname LIKE 'anna.agent@%'")
    assert set(names.split(",")) >= {
        person_role(str(first.database), "anna.agent"),
        person_role(str(copy.database), "anna.agent"),
    }


def test_a_person_of_one_database_cannot_connect_to_the_other(two_databases: tuple[URL, URL]) -> None:
    first, copy = two_databases
    host, port = first.host or "127.0.0.1", first.port or 5432
    with pytest.raises(psycopg.OperationalError, match="permission denied for database"):
        psycopg.connect(
            host=host, port=port, dbname=copy.database, user=person_role(str(first.database), "anna.agent")
        ).close()


def test_the_original_can_be_retired_while_its_copy_lives(two_databases: tuple[URL, URL]) -> None:
    first, _copy = two_databases
    admin = _superuser()
    try:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE "{first.database}" WITH (FORCE)')
            drop_roles(connection, str(first.database))
            left = connection.execute(
                text("SELECT count(*) FROM pg_roles WHERE rolname LIKE :pattern"),
                {"pattern": f"sc\\_{first.database}\\_%"},
            ).scalar()
    finally:
        admin.dispose()
    assert left == 0
