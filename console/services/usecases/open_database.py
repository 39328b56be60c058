"""Opening a database for the console: connect, bring the schema up to date,
fill an empty database when the caller asks for it (the GUI's local file gets the
demo data on a fresh machine), and list the people who may sign in.

Runs on a worker thread; what it returns is the connected services and frozen
values. The filler is handed in by the caller, so that the services never depend
on the demo data that sits above them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select

from console.services.bundle import ConsoleServices
from console.services.errors import ServiceError
from console.services.infrastructure.database import Database
from console.services.readmodels.snapshots import UserView
from console.storage.engine import create_engine_for
from console.storage.models import Account
from console.storage.schema import SchemaTooNewError, upgrade_schema

Filler = Callable[[Database], object]


class SchemaTooNew(ServiceError):
    """The database was migrated by a newer Support Console than this one."""


@dataclass(frozen=True)
class OpenedDatabase:
    """The services over the opened database (the caller closes them), the
    active users to choose from, and whether the filler ran."""

    services: ConsoleServices
    users: tuple[UserView, ...]
    filled: bool


def open_console_database(url: str, fill_if_empty: Filler | None = None) -> OpenedDatabase:
    """Open ``url``, migrate it, run ``fill_if_empty`` when it holds no customer
    account, and list the active users. Nothing stays open when it fails; a
    schema newer than this application is :class:`SchemaTooNew`."""
    db = Database(create_engine_for(url))
    try:
        try:
            upgrade_schema(db.engine)
        except SchemaTooNewError as error:
            raise SchemaTooNew(str(error)) from None
        filled = False
        if fill_if_empty is not None and _holds_no_account(db):
            fill_if_empty(db)
            filled = True
        services = ConsoleServices(db)
        users = tuple(user for user in services.accounts.users() if user.active)
        return OpenedDatabase(services, users, filled)
    except BaseException:
        db.close()
        raise


def _holds_no_account(db: Database) -> bool:
    with db.read() as session:
        return not session.scalar(select(func.count()).select_from(Account))
