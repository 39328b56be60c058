"""Opening the database a command works on: ``--db URL``, else
``$SUPPORT_CONSOLE_DB``, else the default connection profile, else the local
SQLite file — migrated first when its schema is behind.

On PostgreSQL a person connects as their own login role ``<login>@<database>``:
``--user LOGIN`` puts it into the URL (the password comes from the profile's
keyring entry, ``PGPASSWORD`` or ``~/.pgpass``, which libpq reads itself). Such a
connection acts as that person whatever ``--as`` says; a refused sign-in is one
sentence (:func:`sign_in_problem`).

Only the local file (the first-run experience) and the commands meant to make a
database (``db upgrade``, ``demo seed``) create a SQLite file that is not there: a
mistyped path is refused, not turned into a fresh empty database."""

from __future__ import annotations

import argparse
import contextlib
import os
import shlex
from collections.abc import Iterator

from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, OperationalError

from console.cli.errors import PROG, UsageError, database_failure
from console.domain.people import login_problem
from console.services.bundle import ConsoleServices
from console.services.errors import NotFound
from console.services.infrastructure.connections import person_url, sign_in_problem
from console.services.infrastructure.database import Database
from console.services.usecases.open_database import SchemaTooNew, bring_schema_up_to_date
from console.storage.engine import (
    ENV_DATABASE,
    DatabaseUrlError,
    create_engine_for,
    describe,
    refuse_missing_file,
    resolve_database_url,
)
from console.storage.profiles import LOCAL_PROFILE, Profile, ProfileError, ProfileStore


def database_url_text(args: argparse.Namespace, create: bool = False) -> str:
    """The URL of the command's database, password included (never print it: see
    :func:`describe`). ``create``: the command may make a SQLite file that is not
    there yet. With ``--user LOGIN``: that person's URL (:func:`person_url`)."""
    profile_url = None
    profile: Profile | None = None
    store = ProfileStore()
    if getattr(args, "db", None) is None and not os.environ.get(ENV_DATABASE):
        try:
            default = store.default()
            if default.name != LOCAL_PROFILE:
                profile = default
                profile_url = store.url_for(default).render_as_string(hide_password=False)
        except ProfileError as error:
            raise UsageError(str(error)) from None
    try:
        url = resolve_database_url(getattr(args, "db", None), os.environ, profile_url)
        if not create:
            refuse_missing_file(url)
    except DatabaseUrlError as error:
        raise UsageError(str(error)) from None
    login = getattr(args, "user", None)
    if login is not None:
        url = _signed_in(url, login.strip(), store, profile)
    return url.render_as_string(hide_password=False)


def _signed_in(url: URL, login: str, store: ProfileStore, profile: Profile | None) -> URL:
    """``url`` as the person ``login`` connects to it. Their password: the one
    remembered for them under the profile (the OS keyring), else none in the URL
    — libpq then reads ``PGPASSWORD`` or ``~/.pgpass``. A password the URL carries
    for another user is not theirs and is dropped."""
    if url.get_backend_name() != "postgresql":
        raise UsageError(
            "--user is for PostgreSQL: a local SQLite database has no sign-in (use --as NAME to act as someone)"
        )
    problem = login_problem(login)
    if problem is not None:
        raise UsageError(f"--user: {problem}")
    person = person_url(url, login)
    if url.username and url.username != person.username:
        # URL.set(password=None) keeps the password: make the URL anew.
        person = URL.create(
            person.drivername, person.username, None, person.host, person.port, person.database, person.query
        )
    if profile is not None:
        remembered = store.person_password(profile, login)
        if remembered:
            person = person.set(password=remembered)
    return person


def sign_in_sentence(error: BaseException) -> str | None:
    """Why the server refused the sign-in, in one sentence (lower-case, for the
    end of an error line); None for any other failure."""
    problem = sign_in_problem(error)
    return None if problem is None else problem[:1].lower() + problem[1:]


def connect_failure(error: DBAPIError, where: str, doing: str = "cannot open the database") -> Exception:
    """The command-line error for a failed connection to ``where`` (described):
    a refused sign-in in one sentence (exit status 2), else as
    :func:`database_failure` says."""
    problem = sign_in_sentence(error)
    if problem is not None:
        return UsageError(f"cannot sign in to {where}: {problem}")
    return database_failure(error, doing)


def open_database(args: argparse.Namespace, migrate: bool = True, create: bool = False) -> Database:
    """The database for this command, its schema brought up to date (by the
    owner, or on SQLite; a person is told when it is behind); ``create``: see
    :func:`database_url_text`. A refused sign-in is one sentence."""
    url = database_url_text(args, create)
    db = Database(create_engine_for(url))
    where = describe(db.engine.url)
    try:
        if migrate:
            owner = db.identity.owner  # the first round trip: a refused sign-in fails here
            bring_schema_up_to_date(db, may_migrate=owner)
    except SchemaTooNew as error:
        db.close()
        raise UsageError(str(error)) from None
    except (OperationalError, DBAPIError) as error:
        db.close()
        raise connect_failure(error, where, f"cannot open the database ({where})") from None
    except BaseException:
        db.close()
        raise
    return db


@contextlib.contextmanager
def services(args: argparse.Namespace, choosing_password: bool = False) -> Iterator[ConsoleServices]:
    """All use cases over the command's database, closed afterwards. A person
    signed in with a one-time password may do nothing but choose their own
    (``choosing_password``): told so here rather than by a refused grant."""
    bundle = ConsoleServices(open_database(args))
    try:
        if bundle.db.identity.is_person and not choosing_password:
            _require_own_password(bundle)
        actor = getattr(args, "actor", None)
        if actor is not None:
            # Refused before any command runs: a mistyped --as must not pass
            # silently where a command happens not to look at the actor.
            try:
                named = bundle.accounts.user(actor)
            except NotFound as error:
                raise UsageError(f"--as {actor}: {error}") from None
            signed_in = bundle.db.identity.login
            if signed_in is not None and named.login != signed_in:
                # A person's connection acts as that person, whatever the
                # command: --as cannot grant more than the connection has.
                raise UsageError(
                    f"--as {actor}: you are signed in as {signed_in} and act as yourself; "
                    "acting as someone else takes the database's owner role"
                )
        yield bundle
    finally:
        bundle.close()


def _require_own_password(bundle: ConsoleServices) -> None:
    me = bundle.people.whoami()
    if me.user is None or not me.must_choose_password:
        return
    login = shlex.quote(me.user.login)
    if me.one_time_expired(bundle.clock()):
        until = me.user.one_time_until
        when = "" if until is None else f" on {until:%Y-%m-%d %H:%M} UTC"
        raise UsageError(f"your one-time password expired{when}: ask an admin for a new one")
    raise UsageError(
        f"choose your own password first: {PROG} --user {login} password "
        "(your one-time password lets you do nothing else)"
    )


def acting_person(args: argparse.Namespace, svc: ConsoleServices, doing: str) -> str | int:
    """Who does what needs a person (claims, writes): ``--as``, else on a
    person's own connection that person; else a :class:`UsageError` saying
    "say who ``doing``"."""
    actor = getattr(args, "actor", None)
    if actor is not None:
        return str(actor)
    if svc.db.identity.is_person:
        me = svc.people.whoami().user
        if me is not None:
            return me.id
    raise UsageError(f"say who {doing}: --as NAME (before the command)")
