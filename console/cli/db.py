"""``support-console db upgrade|info`` and ``profile add|list|default|remove``: the
database a console works on."""

from __future__ import annotations

import argparse
import getpass
import sys
from dataclasses import replace
from typing import TextIO

from sqlalchemy import Engine, func, select
from sqlalchemy.exc import DBAPIError, OperationalError

from console.cli.context import connect_failure, database_url_text, open_database
from console.cli.errors import EXIT_OK, PROG, DatabaseUnavailable, UsageError
from console.cli.output import print_table
from console.cli.parsing import SubCommands
from console.domain.people import PasswordState
from console.storage.engine import create_engine_for, describe
from console.storage.models import Account, Case, ChangeLog, User
from console.storage.profiles import NO_KEYRING, Profile, ProfileError, ProfileStore, keyring_available
from console.storage.schema import SchemaState, schema_status, upgrade_schema


def register(commands: SubCommands) -> None:
    db = commands.add_parser("db", help="the database: upgrade its schema, show what it holds")
    actions = db.add_subparsers(dest="db_command", metavar="{upgrade,info}", required=True)
    actions.add_parser("upgrade", help="apply the migrations the database lacks").set_defaults(
        handler=run_upgrade
    )
    actions.add_parser("info", help="which database, its schema revision and what it holds").set_defaults(
        handler=run_info
    )

    profile = commands.add_parser(
        "profile", help="saved connection profiles (passwords go to the OS keyring)"
    )
    pactions = profile.add_subparsers(
        dest="profile_command", metavar="{add,list,default,remove}", required=True
    )
    add = pactions.add_parser("add", help="save a PostgreSQL or SQLite profile")
    add.add_argument("--name", required=True)
    add.add_argument("--sqlite", metavar="FILE", help="a SQLite file instead of a server")
    add.add_argument("--host")
    add.add_argument("--port", type=int, default=5432)
    add.add_argument("--database")
    add.add_argument("--user")
    add.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    add.add_argument("--ask-password", action="store_true", help="ask for the password at the terminal")
    add.add_argument("--default", action="store_true", help="use this profile when no --db is given")
    add.set_defaults(handler=run_profile_add)
    pactions.add_parser("list", help="the saved profiles").set_defaults(handler=run_profile_list)
    default = pactions.add_parser("default", help="choose the profile used when no --db is given")
    default.add_argument("name")
    default.set_defaults(handler=run_profile_default)
    remove = pactions.add_parser("remove", help="forget a profile and its keyring password")
    remove.add_argument("name")
    remove.set_defaults(handler=run_profile_remove)


def run_upgrade(args: argparse.Namespace, out: TextIO) -> int:
    engine = create_engine_for(database_url_text(args, create=True))
    try:
        before = schema_status(engine)
        if before.state is SchemaState.AHEAD:
            raise UsageError(
                f"the database schema (revision {before.current}) is newer than this version of "
                f"Support Console (head {before.head}); upgrade the application"
            )
        after = upgrade_schema(engine)
        waiting = _without_password(engine)
    except (OperationalError, DBAPIError) as error:
        where = describe(engine.url)
        raise connect_failure(error, where, f"cannot open the database ({where})") from None
    finally:
        engine.dispose()
    if before.current == after.current:
        out.write(f"{describe(engine.url)}: schema is current (revision {after.current})\n")
    else:
        out.write(f"{describe(engine.url)}: upgraded from {before.current or 'empty'} to {after.current}\n")
    if waiting:
        people = "1 active person has" if waiting == 1 else f"{waiting} active people have"
        out.write(
            f"{people} no password yet and cannot sign in: give each a one-time password with "
            f"`{PROG} admin person password NAME` (`{PROG} admin person list` shows who)\n"
        )
    return EXIT_OK


def _without_password(engine: Engine) -> int:
    """How many active people have no password yet (PostgreSQL; 0 on SQLite,
    which has no passwords)."""
    if engine.dialect.name != "postgresql":
        return 0
    with engine.connect() as connection:
        count = connection.execute(
            select(func.count()).where(User.active.is_(True), User.password_state == PasswordState.NONE.value)
        ).scalar_one()
    return int(count)


def run_info(args: argparse.Namespace, out: TextIO) -> int:
    engine = create_engine_for(database_url_text(args))
    try:
        status = schema_status(engine)
        out.write(f"database   {describe(engine.url)}\n")
        out.write(f"backend    {engine.dialect.name}\n")
        out.write(
            f"schema     {status.state.value} (revision {status.current or '-'}, code head {status.head})\n"
        )
        if status.state in (SchemaState.CURRENT, SchemaState.BEHIND):
            with engine.connect() as connection:
                for label, model in (("accounts", Account), ("users", User), ("cases", Case)):
                    count = connection.execute(select(func.count()).select_from(model)).scalar_one()
                    out.write(f"{label:<10} {count}\n")
                last = connection.execute(select(func.max(ChangeLog.id))).scalar_one()
                out.write(f"changes    {last or 0}\n")
    except (OperationalError, DBAPIError) as error:
        where = describe(engine.url)
        raise connect_failure(error, where, f"cannot open the database ({where})") from None
    finally:
        engine.dispose()
    return EXIT_OK


def run_profile_add(args: argparse.Namespace, out: TextIO) -> int:
    try:
        if args.sqlite:
            profile = Profile(args.name, "sqlite", path=args.sqlite, is_default=args.default)
            password = None
        else:
            profile = Profile(
                args.name,
                "postgresql",
                host=args.host or "",
                port=args.port,
                database=args.database or "",
                user=args.user or "",
                is_default=args.default,
            )
            password = _password(args, profile)
        ProfileStore().save(profile, password)
    except ProfileError as error:
        raise UsageError(str(error)) from None
    kept = " (password kept in the OS keyring)" if password else ""
    out.write(f"saved profile {profile.name}: {profile.describe()}{kept}\n")
    # Check it works now rather than at the next start. The profile is saved
    # either way (exit 2 would mean nothing was written): a server that is down
    # today is no reason to type the profile again tomorrow.
    if not args.sqlite:
        url = ProfileStore().url_for(profile).render_as_string(hide_password=False)
        try:
            open_database(argparse.Namespace(db=url)).close()
        except (UsageError, DatabaseUnavailable, DBAPIError) as error:
            reason = _reason(error) if isinstance(error, DBAPIError) else str(error)
            print(
                f"{PROG}: warning: profile {profile.name} is saved but could not connect now: {reason}; "
                f"fix it with `profile add --name {profile.name} ...` or `profile remove {profile.name}`",
                file=sys.stderr,
            )
            return EXIT_OK
        out.write("connected and checked the schema\n")
    return EXIT_OK


def _password(args: argparse.Namespace, profile: Profile) -> str | None:
    """The password the options ask for, or None. Refused before asking when no
    keyring could keep it, and when there is no terminal to ask at."""
    if not (args.password_stdin or args.ask_password):
        return None
    if not keyring_available():
        raise ProfileError(NO_KEYRING)
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n")
    if not sys.stdin.isatty():
        raise UsageError("--ask-password needs a terminal; pipe the password to --password-stdin instead")
    try:
        return getpass.getpass(f"Password for {profile.user}@{profile.host}: ")
    except EOFError:
        raise UsageError("no password given") from None


def run_profile_list(args: argparse.Namespace, out: TextIO) -> int:
    try:
        profiles = ProfileStore().all()
    except ProfileError as error:
        raise UsageError(str(error)) from None
    print_table(
        out,
        ["default", "name", "where"],
        [["*" if p.is_default else "", p.name, p.describe()] for p in profiles],
    )
    return EXIT_OK


def run_profile_default(args: argparse.Namespace, out: TextIO) -> int:
    store = ProfileStore()
    try:
        profile = store.get(args.name)
        store.save(replace(profile, is_default=True))
    except ProfileError as error:
        raise UsageError(str(error)) from None
    out.write(f"{args.name} is now the default profile\n")
    return EXIT_OK


def run_profile_remove(args: argparse.Namespace, out: TextIO) -> int:
    try:
        ProfileStore().delete(args.name)
    except ProfileError as error:
        raise UsageError(str(error)) from None
    out.write(f"removed profile {args.name}\n")
    return EXIT_OK


def _reason(error: DBAPIError) -> str:
    return str(error.orig).strip().splitlines()[0] if error.orig is not None else str(error)
