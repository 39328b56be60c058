"""Opening a database for the console: the schema is brought up to date, an empty
database is filled only when asked and only once, and the people to choose from
are the active users."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import URL

from console.services.bundle import ConsoleServices
from console.services.infrastructure.connections import person_url
from console.services.infrastructure.database import Database
from console.services.usecases.open_database import (
    SchemaBehind,
    SchemaTooNew,
    is_shared_server,
    open_console_database,
)
from console.storage.engine import create_engine_for
from tests.support.people_server import people_server


def _fill(db: Database) -> None:
    services = ConsoleServices(db)
    services.accounts.add_user("Anna Agent", "agent")
    services.accounts.add_account("Hooli", "standard")


def _url(url: URL) -> str:
    return url.render_as_string(hide_password=False)


def test_an_empty_database_is_migrated_and_filled_once(empty_database_url: URL) -> None:
    first = open_console_database(_url(empty_database_url), _fill)
    try:
        assert first.filled
        assert [user.name for user in first.users] == ["Anna Agent"]
    finally:
        first.services.close()
    again = open_console_database(_url(empty_database_url), _fill)
    try:
        assert not again.filled
        assert len(again.services.accounts.accounts()) == 1
    finally:
        again.services.close()


def test_without_a_filler_nothing_is_added(empty_database_url: URL) -> None:
    opened = open_console_database(_url(empty_database_url))
    try:
        assert not opened.filled
        assert opened.users == ()
        assert opened.services.accounts.accounts() == []
    finally:
        opened.services.close()


def test_only_active_users_are_offered(database_url: URL) -> None:
    setup = ConsoleServices(Database(create_engine_for(database_url)))
    setup.accounts.add_user("Anna Agent", "agent")
    setup.accounts.add_user("Lea Lead", "lead")
    with setup.db.write() as session:
        session.execute(text("UPDATE users SET active = false WHERE name = 'Lea Lead'"))
    setup.close()
    opened = open_console_database(_url(database_url))
    try:
        assert [user.name for user in opened.users] == ["Anna Agent"]
    finally:
        opened.services.close()


def test_a_newer_schema_is_refused_as_a_service_error(database_url: URL) -> None:
    engine = create_engine_for(database_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'from_the_future'"))
    engine.dispose()
    with pytest.raises(SchemaTooNew, match="newer than this version"):
        open_console_database(_url(database_url))


@pytest.mark.postgres
def test_a_person_neither_migrates_nor_lists_people() -> None:
    """A person's connection says who it is and lists no one; a schema that is
    behind is theirs to report, not to upgrade."""
    with people_server((("Aisha Rahman", "agent", "aisha.rahman"),)) as server:
        as_aisha = _url(person_url(server.url, "aisha.rahman"))
        opened = open_console_database(as_aisha, _fill)
        try:
            assert opened.me.user is not None and opened.me.user.login == "aisha.rahman"
            assert opened.me.must_choose_password
            assert opened.users == () and not opened.filled and opened.file is None
        finally:
            opened.services.close()
        owner = open_console_database(_url(server.url))
        try:
            assert owner.me.owner and owner.me.user is None
            assert [user.name for user in owner.users] == ["Aisha Rahman"]
        finally:
            owner.services.close()
        engine = create_engine_for(server.url)
        with engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = '0002'"))
        engine.dispose()
        with pytest.raises(SchemaBehind, match=r"ask an admin to run `support-console db upgrade`\.$"):
            open_console_database(as_aisha)


def test_a_sqlite_file_is_named_and_shared_servers_are_told_apart(database_url: URL) -> None:
    opened = open_console_database(_url(database_url))
    try:
        if database_url.get_backend_name() == "sqlite":
            assert opened.file == str(Path(str(database_url.database)).resolve())
        else:
            assert opened.file is None
        assert opened.me.owner
    finally:
        opened.services.close()
    assert is_shared_server("postgresql://someone@db.example.com/support")
    assert not is_shared_server("sqlite:////tmp/console.sqlite3")
    assert not is_shared_server("not a url")
