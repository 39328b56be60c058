"""Engines and mappings against the real backends: SQLite's write lock taken at
BEGIN IMMEDIATE, foreign keys enforced, instants stored in UTC in the backend's
own form, a lost race on a case detected, and a table-rebuilding migration on
SQLite that leaves the rows referring to the table alone."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event, select, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

import console.storage.schema as schema_module
from console.storage.engine import create_engine_for, session_factory, writer
from console.storage.models import Account, Case, Message
from console.storage.schema import SchemaState, schema_status, upgrade_schema

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
sqlite_only = pytest.mark.parametrize("backend", ["sqlite"])


def _add_case(session: Session, number: int = 10001) -> Case:
    account = Account(name=f"Account {number}", plan_code="premier", created_at=NOW)
    session.add(account)
    session.flush()
    case = Case(
        number=number,
        account_id=account.id,
        subject="Exam client does not start",
        category="technical",
        severity=2,
        status="new",
        plan_code="premier",
        opened_at=NOW,
        first_response_due_at=NOW + timedelta(minutes=30),
        updated_at=NOW,
    )
    session.add(case)
    session.flush()
    return case


def _locked_out(path: str) -> bool:
    """Whether another connection is refused the write lock right now."""
    other = sqlite3.connect(path, timeout=0.05, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError:
        return True
    else:
        other.execute("ROLLBACK")
        return False
    finally:
        other.close()


# --- SQLite ---------------------------------------------------------------------------


@sqlite_only
def test_writer_sessions_hold_the_write_lock_from_begin(engine: Engine, database_url: URL) -> None:
    assert database_url.database is not None
    with session_factory(engine)() as reader, reader.begin():
        reader.execute(text("SELECT count(*) FROM cases"))
        assert not _locked_out(database_url.database)  # a DEFERRED read takes no write lock
    with session_factory(writer(engine))() as session, session.begin():
        session.execute(text("SELECT count(*) FROM cases"))
        assert _locked_out(database_url.database)
    assert not _locked_out(database_url.database)


@sqlite_only
def test_one_session_can_ask_for_begin_immediate(engine: Engine, database_url: URL) -> None:
    assert database_url.database is not None
    with session_factory(engine)() as session:
        # Before anything else in the session, so that the option is on the
        # connection when the transaction begins.
        session.connection(execution_options={"sqlite_begin": "IMMEDIATE"})
        assert _locked_out(database_url.database)
        session.rollback()
    assert not _locked_out(database_url.database)


@sqlite_only
def test_unknown_begin_mode_is_refused(engine: Engine) -> None:
    with (
        pytest.raises(ValueError, match="sqlite_begin must be"),
        engine.execution_options(sqlite_begin="EVENTUALLY").connect() as connection,
    ):
        connection.execute(text("SELECT 1"))


def test_sqlite_file_directory_is_created(tmp_path: Path) -> None:
    path = tmp_path / "not" / "yet" / "there.sqlite3"
    engine = create_engine_for(str(path))
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        assert path.exists()
    finally:
        engine.dispose()


@sqlite_only
def test_sqlite_stores_instants_as_naive_utc_text(engine: Engine) -> None:
    plus_one = timezone(timedelta(hours=1))
    with Session(engine) as session, session.begin():
        case = _add_case(session)
        case.first_response_at = datetime(2026, 11, 25, 10, 15, 30, 250000, tzinfo=plus_one)
    with engine.connect() as connection:
        raw = connection.exec_driver_sql("SELECT first_response_at FROM cases").scalar_one()
    assert raw == "2026-11-25 09:15:30.250000"


@sqlite_only
def test_ids_of_append_only_tables_are_rowid_aliases(engine: Engine) -> None:
    # INTEGER PRIMARY KEY (not BIGINT) is what makes SQLite hand out increasing ids.
    with engine.connect() as connection:
        for table in ("change_log", "messages", "case_events"):
            columns = connection.exec_driver_sql(f"PRAGMA table_info({table})").fetchall()
            assert [(c[2], c[5]) for c in columns if c[1] == "id"] == [("INTEGER", 1)], table


def _postgresql_connect_parameters(url: URL, **kwargs: Any) -> dict[str, Any]:
    """What psycopg would be called with (captured, no server needed)."""
    engine = create_engine_for(url, **kwargs)
    captured: dict[str, Any] = {}

    @event.listens_for(engine, "do_connect")
    def _capture(_dialect: Any, _record: Any, _cargs: Any, cparams: dict[str, Any]) -> None:
        captured.update(cparams)
        raise _Captured

    with pytest.raises(_Captured), engine.connect():
        pass
    engine.dispose()
    return captured


class _Captured(Exception):
    pass


def test_postgresql_connections_time_out_and_keep_their_password() -> None:
    url = URL.create(
        "postgresql", username="agent7", password="s3cret", host="db.example", database="support"
    )
    parameters = _postgresql_connect_parameters(url)
    assert (parameters["connect_timeout"], parameters["password"]) == (10, "s3cret")
    assert _postgresql_connect_parameters(url, connect_args={"connect_timeout": 2})["connect_timeout"] == 2


# --- PostgreSQL, and both backends ---------------------------------------------------


@pytest.mark.parametrize("backend", [pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_postgresql_stores_instants_as_timestamptz(engine: Engine) -> None:
    with engine.connect() as connection:
        kinds = set(
            connection.execute(
                text(
                    "SELECT data_type FROM information_schema.columns "
                    "WHERE table_name = 'cases' AND column_name LIKE '%\\_at' ESCAPE '\\'"
                )
            ).scalars()
        )
    assert kinds == {"timestamp with time zone"}


def test_instants_keep_microseconds_and_order(engine: Engine) -> None:
    early = datetime(2026, 3, 29, 0, 59, 59, 999999, tzinfo=UTC)  # just before the CEST switch
    late = datetime(2026, 3, 29, 3, 0, 0, tzinfo=timezone(timedelta(hours=2)))  # 01:00 UTC
    with Session(engine) as session, session.begin():
        first = _add_case(session, 10001)
        second = _add_case(session, 10002)
        first.first_response_due_at, second.first_response_due_at = late, early
    with Session(engine) as session:
        rows = session.execute(
            select(Case.number, Case.first_response_due_at).order_by(Case.first_response_due_at)
        ).all()
        due_before = session.scalars(select(Case.number).where(Case.first_response_due_at < late)).all()
    assert [(n, d) for n, d in rows] == [(10002, early), (10001, late.astimezone(UTC))]
    assert due_before == [10002]
    assert all(d is not None and d.tzinfo is UTC for _, d in rows)


def test_naive_instant_in_a_query_is_refused(engine: Engine) -> None:
    with Session(engine) as session, pytest.raises(StatementError) as caught:
        session.execute(select(Case.id).where(Case.opened_at < datetime(2026, 1, 1))).all()
    assert isinstance(caught.value.orig, ValueError)


def test_foreign_keys_are_enforced(engine: Engine) -> None:
    with pytest.raises(IntegrityError), Session(engine) as session, session.begin():
        session.add(Message(case_id=424242, kind="reply", author_kind="agent", body="hi", created_at=NOW))


def test_lost_race_on_a_case_is_a_stale_data_error(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        case_id = _add_case(session).id
    make = session_factory(writer(engine))
    mine, theirs = make(), make()
    try:
        stale = mine.get_one(Case, case_id)
        mine.commit()  # loaded a while ago, as a console's form would be
        with theirs.begin():
            theirs.get_one(Case, case_id).status = "open"
        stale.severity = 1
        with pytest.raises(StaleDataError):
            mine.commit()
        mine.rollback()
    finally:
        mine.close()
        theirs.close()
    with Session(engine) as session:
        case = session.get_one(Case, case_id)
        assert (case.status, case.severity, case.version) == ("open", 2, 2)


# --- a later migration on SQLite --------------------------------------------------------

_REBUILD_CASES = '''"""Rebuild cases (what batch mode does for most ALTERs on SQLite)."""

import sqlalchemy as sa
from alembic import op

revision = "9999_rebuild"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases", recreate="always") as batch:
        batch.add_column(sa.Column("extra", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("cases", recreate="always") as batch:
        batch.drop_column("extra")
'''


@pytest.fixture
def migrations_with_a_rebuild(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    scripts = tmp_path / "migrations"
    shutil.copytree(schema_module.MIGRATIONS, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    # It follows whatever the project's newest migration is.
    rebuild = _REBUILD_CASES.replace("{head}", schema_module.head_revision())
    (scripts / "versions" / "9999_rebuild.py").write_text(rebuild, encoding="utf-8")
    monkeypatch.setattr(schema_module, "MIGRATIONS", scripts)
    yield scripts


@sqlite_only
def test_table_rebuild_on_sqlite_keeps_the_rows_that_refer_to_it(
    engine: Engine, migrations_with_a_rebuild: Path
) -> None:
    with Session(engine) as session, session.begin():
        case = _add_case(session)
        session.add(Message(case_id=case.id, kind="reply", author_kind="agent", body="hi", created_at=NOW))
    assert schema_status(engine).state is SchemaState.BEHIND
    assert upgrade_schema(engine).current == "9999_rebuild"
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM messages")).scalar_one() == 1
        assert connection.execute(text("SELECT count(*) FROM cases")).scalar_one() == 1
        # and the pooled connection has its foreign keys back on
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1
