"""Where the console's database is, for the GUI: the saved connection profiles
(with their passwords in the OS keyring), the ``--db`` argument resolved by the
command line's rules, a one-off connection test, and a URL described for people.

The GUI reaches storage's profiles and URL rules through this module only, so
that ``ui`` never imports ``console.storage``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from sqlalchemy import text
from sqlalchemy.engine import URL

from console.storage.access import person_role
from console.storage.engine import (
    DatabaseUrlError,
    create_engine_for,
    describe,
    refuse_missing_file,
    resolve_database_url,
)
from console.storage.profiles import LOCAL_PROFILE, Profile, ProfileError, ProfileStore

__all__ = [
    "LOCAL_PROFILE",
    "DatabaseUrlError",
    "Profile",
    "ProfileError",
    "ProfileStore",
    "console_database_url",
    "describe",
    "person_url",
    "probe_connection",
    "sign_in_problem",
]


def console_database_url(db_argument: str | None, environ: Mapping[str, str]) -> str:
    """The URL (password included) the GUI opens for ``--db`` (``None`` when not
    given: ``$SUPPORT_CONSOLE_DB``, else the local file). The command line's rules
    hold: an empty ``--db`` is an error, and a SQLite file that is not there is
    refused rather than created — both as :class:`DatabaseUrlError`."""
    resolved = resolve_database_url(db_argument, environ)
    refuse_missing_file(resolved)
    return resolved.render_as_string(hide_password=False)


def probe_connection(url: URL) -> str:
    """Connect once and run a trivial query; what it connected to, for people.
    Raises what the driver raises when it cannot connect."""
    engine = create_engine_for(url)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    finally:
        engine.dispose()
    return f"Connected to {describe(url)}."


def person_url(url: URL, login: str) -> URL:
    """The URL by which the person with ``login`` connects to ``url``'s database:
    their login role is ``<login>@<database>`` (console.storage.access)."""
    return url.set(username=person_role(url.database or "", login.strip()))


_SIGN_IN_PROBLEMS = (
    # With password authentication PostgreSQL does not tell an unknown name from
    # a wrong password (no one can probe for names); trusted servers say "role".
    (re.compile(r"password authentication failed"), "The user name or password is wrong."),
    (
        re.compile(r'role "[^"]*" is not permitted to log in'),
        "This person is deactivated: ask an admin to activate them.",
    ),
    (re.compile(r'role "[^"]*" does not exist'), "No one with that user name works in this database."),
    (re.compile(r"permission denied for database"), "This person may not connect to this database."),
)


def sign_in_problem(error: BaseException) -> str | None:
    """A refused sign-in in one sentence (wrong password, deactivated person,
    unknown name); None when ``error`` is something else (the server is down, the
    database's name is wrong…)."""
    text_ = str(error)
    for pattern, sentence in _SIGN_IN_PROBLEMS:
        if pattern.search(text_):
            return sentence
    return None
