"""Where the console's database is, for the GUI: the saved connection profiles
(with their passwords in the OS keyring), the ``--db`` argument resolved by the
command line's rules, a one-off connection test, and a URL described for people.

The GUI reaches storage's profiles and URL rules through this module only, so
that ``ui`` never imports ``console.storage``.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import text
from sqlalchemy.engine import URL

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
    "probe_connection",
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
