"""A PostgreSQL database of its own with people who sign in as themselves: made
by the superuser (the schema, its roles, the people with their one-time
passwords), dropped afterwards together with the roles it made."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy.engine import URL

from console.services.bundle import ConsoleServices
from console.services.infrastructure.database import Database
from console.storage.access import drop_roles
from console.storage.engine import create_engine_for
from console.storage.schema import upgrade_schema
from tests.support.postgres import admin_execute, new_postgres_database, pg_admin_url, require_postgres


@dataclass(frozen=True)
class PeopleServer:
    url: URL  # the superuser's
    one_time: dict[str, str]  # login -> one-time password

    def owner_services(self) -> ConsoleServices:
        return ConsoleServices(Database(create_engine_for(self.url)))


@contextmanager
def people_server(people: tuple[tuple[str, str, str], ...]) -> Iterator[PeopleServer]:
    """``people``: (name, role, login) each, added with a one-time password."""
    require_postgres()
    url = new_postgres_database()
    try:
        engine = create_engine_for(url)
        upgrade_schema(engine)
        engine.dispose()
        services = ConsoleServices(Database(create_engine_for(url)))
        one_time: dict[str, str] = {}
        try:
            for name, role, login in people:
                added = services.people.add_person(name, role, login=login)
                assert added.one_time_password is not None
                one_time[login] = added.one_time_password.password
        finally:
            services.close()
        yield PeopleServer(url, one_time)
    finally:
        admin_execute(f'DROP DATABASE IF EXISTS "{url.database}" WITH (FORCE)')
        admin = create_engine_for(pg_admin_url(), isolation_level="AUTOCOMMIT")
        try:
            with admin.connect() as connection:
                drop_roles(connection, str(url.database))
        finally:
            admin.dispose()
