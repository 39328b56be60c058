"""Opening the database a command works on: ``--db URL``, else
``$SUPPORT_CONSOLE_DB``, else the default connection profile, else the local
SQLite file — migrated first when its schema is behind.

Only the local file (the first-run experience) and the commands meant to make a
database (``db upgrade``, ``demo seed``) create a SQLite file that is not there: a
mistyped path is refused, not turned into a fresh empty database."""

from __future__ import annotations

import argparse
import contextlib
import os
from collections.abc import Iterator

from sqlalchemy.exc import DBAPIError, OperationalError

from console.cli.errors import UsageError, database_failure
from console.services.bundle import ConsoleServices
from console.services.errors import NotFound
from console.services.infrastructure.database import Database
from console.storage.engine import (
    ENV_DATABASE,
    DatabaseUrlError,
    create_engine_for,
    describe,
    refuse_missing_file,
    resolve_database_url,
)
from console.storage.profiles import LOCAL_PROFILE, ProfileError, ProfileStore
from console.storage.schema import SchemaTooNewError, upgrade_schema


def database_url_text(args: argparse.Namespace, create: bool = False) -> str:
    """The URL of the command's database, password included (never print it: see
    :func:`describe`). ``create``: the command may make a SQLite file that is not
    there yet."""
    profile_url = None
    if getattr(args, "db", None) is None and not os.environ.get(ENV_DATABASE):
        try:
            store = ProfileStore()
            profile = store.default()
            if profile.name != LOCAL_PROFILE:
                profile_url = store.url_for(profile).render_as_string(hide_password=False)
        except ProfileError as error:
            raise UsageError(str(error)) from None
    try:
        url = resolve_database_url(getattr(args, "db", None), os.environ, profile_url)
        if not create:
            refuse_missing_file(url)
    except DatabaseUrlError as error:
        raise UsageError(str(error)) from None
    return url.render_as_string(hide_password=False)


def open_database(args: argparse.Namespace, migrate: bool = True, create: bool = False) -> Database:
    """The database for this command, its schema brought up to date; ``create``:
    see :func:`database_url_text`."""
    url = database_url_text(args, create)
    engine = create_engine_for(url)
    try:
        if migrate:
            upgrade_schema(engine)
    except SchemaTooNewError as error:
        engine.dispose()
        raise UsageError(str(error)) from None
    except (OperationalError, DBAPIError) as error:
        engine.dispose()
        raise database_failure(error, f"cannot open the database ({describe(engine.url)})") from None
    return Database(engine)


@contextlib.contextmanager
def services(args: argparse.Namespace) -> Iterator[ConsoleServices]:
    """All use cases over the command's database, closed afterwards."""
    bundle = ConsoleServices(open_database(args))
    try:
        actor = getattr(args, "actor", None)
        if actor is not None:
            # Refused before any command runs: a mistyped --as must not pass
            # silently where a command happens not to look at the actor.
            try:
                bundle.accounts.user(actor)
            except NotFound as error:
                raise UsageError(f"--as {actor}: {error}") from None
        yield bundle
    finally:
        bundle.close()
