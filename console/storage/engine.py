"""Engines per backend, and which database a console uses.

SQLite (the default, one workstation) runs in WAL mode with ``synchronous=FULL``,
foreign keys on and a busy timeout. pysqlite's own transaction handling is
switched off so that we issue ``BEGIN`` ourselves: a connection or engine with the
execution option ``sqlite_begin="IMMEDIATE"`` takes the write lock when its
transaction starts (see :func:`writer`), which is how writes are serialised
without "database is locked" failures halfway through a transaction.

PostgreSQL (a team's shared server) is reached with psycopg 3; ``postgresql://``
and ``postgres://`` URLs are accepted and mean psycopg.
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

# Re-exported: callers have always found these here.
from console.storage.locations import APP_NAME as APP_NAME
from console.storage.locations import ENV_DATABASE as ENV_DATABASE
from console.storage.locations import default_sqlite_path as default_sqlite_path

SQLITE_BUSY_TIMEOUT_MS = 30_000
PG_CONNECT_TIMEOUT_S = 10


class DatabaseUrlError(ValueError):
    """A database URL that cannot be used."""


# ``scheme://user:password@`` — the password part, however malformed the rest.
_PASSWORD = re.compile(r"(://[^/@:]*:)[^@]*@")


def mask_password(text: str) -> str:
    """``text`` with the password of a URL in it replaced by ``***``: what an
    error message may echo of a URL the user typed."""
    return _PASSWORD.sub(r"\1***@", text)


def normalise_url(text: str | URL) -> URL:
    """A SQLAlchemy URL from a URL or a bare file path (which means SQLite), with
    the driver this application ships (psycopg 3, whatever the URL named)."""
    if isinstance(text, URL):
        url = text
    else:
        raw = text.strip()
        if not raw:
            raise DatabaseUrlError("the database URL is empty")
        if "://" not in raw:
            return URL.create("sqlite", database=str(Path(raw).expanduser().resolve()))
        try:
            url = make_url(raw)
        except (ArgumentError, ValueError) as error:
            # ValueError: a port that is not a number, a bracketed host left open.
            detail = ""
            if isinstance(error, ValueError) and not isinstance(error, ArgumentError):
                port = raw.rsplit("@", 1)[-1].split("/", 1)[0].rpartition(":")[2]
                detail = f" (the port {port!r} is not a number)" if port and not port.isdigit() else ""
            raise DatabaseUrlError(f"not a database URL: {mask_password(raw)!r}{detail}") from None
    backend = url.get_backend_name()
    if backend in ("postgresql", "postgres"):
        return url.set(drivername="postgresql+psycopg")
    if backend == "sqlite":
        return url.set(drivername="sqlite")
    raise DatabaseUrlError(f"unsupported database {backend!r}: use a SQLite file or a postgresql:// URL")


def resolve_database_url(
    cli_url: str | None,
    environ: Mapping[str, str] | None = None,
    profile_url: str | None = None,
) -> URL:
    """``--db URL``, else ``$SUPPORT_CONSOLE_DB``, else the default profile's URL,
    else the local SQLite file. A ``--db`` that is given but empty is an error, not
    "use the default": a script whose variable came out empty must not reach the
    default database (a team's server, perhaps)."""
    env = os.environ if environ is None else environ
    if cli_url is not None and not cli_url.strip():
        raise DatabaseUrlError("--db is empty: give a database URL or a SQLite file path")
    for candidate in (cli_url, env.get(ENV_DATABASE), profile_url):
        if candidate:
            return normalise_url(candidate)
    return URL.create("sqlite", database=str(default_sqlite_path()))


def create_engine_for(url: URL | str, **kwargs: Any) -> Engine:
    """An engine set up for its backend (see the module docstring)."""
    target = normalise_url(url)
    if target.get_backend_name() == "sqlite":
        return _sqlite_engine(target, **kwargs)
    # libpq waits for ever for a server that does not answer (VPN down, wrong
    # host); a bounded wait turns that into an error the user can read.
    connect_args = {"connect_timeout": PG_CONNECT_TIMEOUT_S, **kwargs.pop("connect_args", {})}
    return create_engine(target, pool_pre_ping=True, future=True, connect_args=connect_args, **kwargs)


def sqlite_file(url: URL) -> Path | None:
    """The file of a SQLite URL; None for other backends and in-memory databases."""
    database = url.database or ""
    if url.get_backend_name() != "sqlite" or not database or database == ":memory:":
        return None
    if database.startswith("file:"):
        return None
    return Path(database)


def refuse_missing_file(url: URL) -> None:
    """:class:`DatabaseUrlError` for a SQLite file that is not there, unless it is
    the local file (which a first run creates): a mistyped path must not become a
    fresh empty database. Commands that are meant to make one skip this check."""
    file = sqlite_file(url)
    if file is not None and not file.exists() and file != default_sqlite_path():
        raise DatabaseUrlError(
            f"no database at {file}: check the path, or create one with "
            f"`support-console --db {file} db upgrade` (or `demo seed`)"
        )


def create_private_file(path: Path) -> None:
    """Create ``path`` (and its directory) readable by its owner only, unless it
    exists. SQLite gives the -wal and -shm files it adds the mode of the
    database file, so they are private too."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    os.close(handle)


def _sqlite_engine(url: URL, **kwargs: Any) -> Engine:
    file = sqlite_file(url)
    if file is not None:
        create_private_file(file)
    engine = create_engine(
        url,
        connect_args={"check_same_thread": False, "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000},
        future=True,
        **kwargs,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # We emit BEGIN ourselves (below); pysqlite must not.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        _enable_wal(cursor)
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        if mode not in ("DEFERRED", "IMMEDIATE", "EXCLUSIVE"):
            raise ValueError(f"sqlite_begin must be DEFERRED, IMMEDIATE or EXCLUSIVE, not {mode!r}")
        connection.exec_driver_sql(f"BEGIN {mode}")

    return engine


def _enable_wal(cursor: Any) -> None:
    """Switch a database file to WAL once. Switching takes an exclusive lock that
    SQLite does not wait for (no busy handler), so consoles opening a new file at
    the same moment retry for a while instead of failing."""
    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            mode = cursor.execute("PRAGMA journal_mode").fetchone()[0]
            if str(mode).lower() != "wal":
                cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def writer(engine: Engine) -> Engine:
    """The engine for read-write transactions: on SQLite they take the write lock
    at BEGIN (IMMEDIATE), so two writers queue instead of failing halfway."""
    if engine.dialect.name == "sqlite":
        return engine.execution_options(sqlite_begin="IMMEDIATE")
    return engine


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions whose loaded objects stay readable after commit."""
    return sessionmaker(bind=engine, expire_on_commit=False, future=True)


def describe(url: URL) -> str:
    """The URL for people: no password, the file path for SQLite, and a person's
    login role ``<login>@<database>`` as "<login> on …" (console.storage.access)."""
    if url.get_backend_name() == "sqlite":
        return f"SQLite {url.database}"
    where = f"PostgreSQL {url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"
    user = url.username or ""
    suffix = f"@{url.database}"
    if user.endswith(suffix) and len(user) > len(suffix):
        return f"{user[: -len(suffix)]} on {where}"
    return f"{user} on {where}" if user else where
