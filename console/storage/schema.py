"""Bringing a database's schema up to date at start-up, and refusing one that is
newer than the code.

Migrations are Alembic scripts shipped inside the package; no ``alembic.ini`` is
needed. A console applies them only when the database is behind, on PostgreSQL
under an advisory lock (so that ten consoles starting together migrate once) and
on SQLite inside an immediate transaction (the write lock does the same). A
database whose revision the code does not know was written by a newer version of
Support Console: it is left alone and the user is told to upgrade.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, text

from console.storage.access import bind_access, is_bound, is_superuser
from console.storage.engine import writer

MIGRATIONS = Path(__file__).parent / "migrations"
# pg_advisory_lock key: "SCMIGRAT" as a 64-bit number, so no other tool collides.
ADVISORY_LOCK_KEY = 0x53434D4947524154


class SchemaState(enum.StrEnum):
    EMPTY = "empty"
    BEHIND = "behind"
    CURRENT = "current"
    AHEAD = "ahead"


@dataclass(frozen=True, slots=True)
class SchemaStatus:
    current: str | None
    head: str
    state: SchemaState


class SchemaTooNewError(RuntimeError):
    """The database was migrated by a newer Support Console than this one."""


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise RuntimeError("no migrations are shipped")
    return head


def _status(connection: Connection) -> SchemaStatus:
    current = MigrationContext.configure(connection).get_current_revision()
    head = head_revision()
    if current is None:
        return SchemaStatus(None, head, SchemaState.EMPTY)
    if current == head:
        return SchemaStatus(current, head, SchemaState.CURRENT)
    scripts = ScriptDirectory.from_config(alembic_config())
    known = {script.revision for script in scripts.walk_revisions()}
    state = SchemaState.BEHIND if current in known else SchemaState.AHEAD
    return SchemaStatus(current, head, state)


def schema_status(engine: Engine) -> SchemaStatus:
    with engine.connect() as connection:
        return _status(connection)


def _too_new(status: SchemaStatus) -> SchemaTooNewError:
    return SchemaTooNewError(
        f"the database schema (revision {status.current}) is newer than this version of "
        f"Support Console (head {status.head}); upgrade the application"
    )


def check_schema(engine: Engine) -> SchemaStatus:
    """The status, raising :class:`SchemaTooNewError` for a newer schema."""
    status = schema_status(engine)
    if status.state is SchemaState.AHEAD:
        raise _too_new(status)
    return status


def upgrade_schema(engine: Engine) -> SchemaStatus:
    """Apply the migrations the database lacks (none when current); the status after."""
    if engine.dialect.name == "postgresql":
        return _upgrade_postgresql(engine)
    return _upgrade_sqlite(engine)


def _upgrade_sqlite(engine: Engine) -> SchemaStatus:
    # Batch mode rebuilds a table by copying it and dropping the original; with
    # foreign keys on, that DROP is an implicit DELETE that cascades (altering
    # ``cases`` would empty ``messages`` and ``case_events``). SQLite only lets the
    # pragma change outside a transaction, so it is switched off around the
    # migration, the result is checked before commit, and it is switched back on
    # before the connection returns to the pool.
    with writer(engine).connect() as connection:
        # On the DBAPI connection: through SQLAlchemy the statement would first
        # begin a transaction, inside which the pragma is silently ignored.
        raw = connection.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            return _upgrade_on(connection, before_commit=_check_foreign_keys)
        finally:
            if connection.in_transaction():
                connection.rollback()
            raw.execute("PRAGMA foreign_keys=ON")


def _check_foreign_keys(connection: Connection) -> None:
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        sample = ", ".join(f"{row[0]} row {row[1]} -> {row[2]}" for row in broken[:5])
        raise RuntimeError(
            f"the migration left {len(broken)} broken foreign keys ({sample}); nothing was changed"
        )


def _upgrade_postgresql(engine: Engine) -> SchemaStatus:
    with engine.connect() as connection:
        connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": ADVISORY_LOCK_KEY})
        connection.commit()
        try:
            return _upgrade_on(connection, every_time=_bind_roles)
        finally:
            connection.rollback()
            connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": ADVISORY_LOCK_KEY})
            connection.commit()


def _upgrade_on(
    connection: Connection,
    before_commit: Callable[[Connection], None] | None = None,
    every_time: Callable[[Connection, bool], None] | None = None,
) -> SchemaStatus:
    """Migrate in one transaction; ``before_commit`` checks a migration that ran,
    ``every_time`` runs in that transaction whether one ran or not (and is told)."""
    with connection.begin():
        status = _status(connection)
        if status.state is SchemaState.AHEAD:
            raise _too_new(status)
        if status.state is not SchemaState.CURRENT:
            command.upgrade(alembic_config(connection), "head")
            if before_commit is not None:
                before_commit(connection)
        if every_time is not None:
            every_time(connection, status.state is not SchemaState.CURRENT)
    return _status(connection)


def _bind_roles(connection: Connection, migrated: bool) -> None:
    """On PostgreSQL: this database's roles and grants, made when missing (a new
    database, one upgraded from before people signed in, or a copy running under
    another name), and made again after a migration when a superuser runs it (a
    new table needs its grants). See console.storage.access."""
    if not is_bound(connection) or (migrated and is_superuser(connection)):
        bind_access(connection)
