"""Opening a database for the console: connect, bring the schema up to date when
the connection may (the owner, a superuser, a SQLite file), fill an empty
database when the caller asks for it (the GUI's local file gets the demo data on
a fresh machine), and say who the connection is.

A person signed in to a shared PostgreSQL server may not migrate: a schema that
is behind is refused with what to do (:class:`SchemaBehind`).

Runs on a worker thread; what it returns is the connected services and frozen
values. The filler is handed in by the caller, so that the services never depend
on the demo data that sits above them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from console.services.bundle import ConsoleServices
from console.services.errors import ServiceError
from console.services.infrastructure.database import Database
from console.services.readmodels.snapshots import UserView
from console.services.usecases.people import Me
from console.storage.engine import create_engine_for, sqlite_file
from console.storage.models import Account
from console.storage.schema import SchemaState, SchemaTooNewError, check_schema, upgrade_schema

Filler = Callable[[Database], object]

UPGRADE_NEEDED = "The database needs an upgrade: ask an admin to run `support-console db upgrade`."


class SchemaTooNew(ServiceError):
    """The database was migrated by a newer Support Console than this one."""


class SchemaBehind(ServiceError):
    """The schema is behind and this connection (a person's) may not upgrade it."""


@dataclass(frozen=True)
class OpenedDatabase:
    """The services over the opened database (the caller closes them), who the
    connection is (``me``), the active users to choose from (when the connection
    may act as anyone: SQLite, the owner; empty for a person), whether the filler
    ran, and the SQLite file's absolute path (None on a server)."""

    services: ConsoleServices
    users: tuple[UserView, ...]
    filled: bool
    me: Me
    file: str | None = None


def open_console_database(url: str, fill_if_empty: Filler | None = None) -> OpenedDatabase:
    """Open ``url``, migrate it when the connection may, run ``fill_if_empty``
    when it holds no customer account, and say who the connection is. Nothing
    stays open when it fails; a schema newer than this application is
    :class:`SchemaTooNew`, one a person may not bring up to date
    :class:`SchemaBehind`."""
    db = Database(create_engine_for(url))
    try:
        owner = db.identity.owner  # the first round trip: a refused sign-in fails here
        bring_schema_up_to_date(db, may_migrate=owner)
        filled = False
        if owner and fill_if_empty is not None and _holds_no_account(db):
            fill_if_empty(db)
            filled = True
        services = ConsoleServices(db)
        me = services.people.whoami()
        users = tuple(user for user in services.accounts.users() if user.active) if owner else ()
        file = sqlite_file(db.engine.url)
        return OpenedDatabase(services, users, filled, me, None if file is None else str(file.resolve()))
    except BaseException:
        db.close()
        raise


def is_shared_server(url: str) -> bool:
    """Whether ``url`` names a PostgreSQL server (people sign in with a password)
    rather than a SQLite file (whoever opens it is trusted)."""
    try:
        return make_url(url).get_backend_name() == "postgresql"
    except ArgumentError:
        return False


def bring_schema_up_to_date(db: Database, may_migrate: bool) -> None:
    """Upgrade the schema (``may_migrate``) or check that it needs none."""
    try:
        if may_migrate:
            upgrade_schema(db.engine)
            return
        status = check_schema(db.engine)
    except SchemaTooNewError as error:
        raise SchemaTooNew(str(error)) from None
    if status.state is not SchemaState.CURRENT:
        raise SchemaBehind(UPGRADE_NEEDED)


def _holds_no_account(db: Database) -> bool:
    with db.read() as session:
        return not session.scalar(select(func.count()).select_from(Account))
