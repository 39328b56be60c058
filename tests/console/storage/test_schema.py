"""Migrations on both backends: from empty to head, idempotent, concurrent, and a
schema newer than the code refused."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import Engine, select, text
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from console.domain.plans import Plan, Severity, entitlements_of
from console.sla.policy import DEFAULT_POLICY
from console.storage.engine import create_engine_for, session_factory, writer
from console.storage.models import Account, ChangeLog, PlanRecord, PlanTarget, SupportCalendarRecord, User
from console.storage.schema import SchemaState, SchemaTooNewError, check_schema, schema_status, upgrade_schema


def test_empty_to_head_and_idempotent(empty_database_url: URL) -> None:
    engine = create_engine_for(empty_database_url)
    try:
        assert schema_status(engine).state is SchemaState.EMPTY
        status = upgrade_schema(engine)
        assert status.state is SchemaState.CURRENT
        assert upgrade_schema(engine) == status
    finally:
        engine.dispose()


def test_concurrent_upgrades_migrate_once(empty_database_url: URL) -> None:
    engines = [create_engine_for(empty_database_url) for _ in range(4)]
    errors: list[BaseException] = []

    def upgrade(engine: Engine) -> None:
        try:
            upgrade_schema(engine)
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=upgrade, args=(e,)) for e in engines]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    try:
        assert errors == []
        with engines[0].connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM plans")).scalar_one() == 3
            assert connection.execute(text("SELECT count(*) FROM alembic_version")).scalar_one() == 1
    finally:
        for engine in engines:
            engine.dispose()


def test_newer_schema_is_refused(engine: Engine) -> None:
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    with pytest.raises(SchemaTooNewError, match="newer than this version of Support Console"):
        upgrade_schema(engine)
    with pytest.raises(SchemaTooNewError):
        check_schema(engine)
    with engine.connect() as connection:  # left alone
        assert (
            connection.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
            == "9999_from_the_future"
        )


def test_reference_data_is_the_published_programme(engine: Engine) -> None:
    with Session(engine) as session:
        plans = {p.code: p for p in session.scalars(select(PlanRecord))}
        for plan in Plan:
            record = plans[plan.value]
            assert record.label == plan.label
            for field in entitlements_of(plan).__slots__:  # type: ignore[attr-defined]
                assert getattr(record, field) == getattr(entitlements_of(plan), field), (plan, field)
        targets = {(t.plan_code, t.severity): t for t in session.scalars(select(PlanTarget))}
        for plan in Plan:
            for severity in Severity:
                target = targets[(plan.value, int(severity))]
                assert target.minutes == DEFAULT_POLICY.target_minutes(plan, severity)
                assert target.clock_kind == DEFAULT_POLICY.kind(plan, severity).value
        calendar = session.get_one(SupportCalendarRecord, 1)
        assert (calendar.time_zone, calendar.holiday_regions) == ("Europe/Berlin", "CH,DE")


def test_sqlite_pragmas(tmp_path: object) -> None:
    engine = create_engine_for(f"sqlite:///{tmp_path}/p.sqlite3")
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar_one() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar_one() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar_one() == 30000
    engine.dispose()


def test_instants_round_trip_as_aware_utc(engine: Engine) -> None:
    plus_two = timezone(timedelta(hours=2))
    with session_factory(engine)() as session, session.begin():
        user = User(
            name="Ada", login="ada", role="agent", created_at=datetime(2026, 6, 1, 12, 0, 5, tzinfo=plus_two)
        )
        session.add(user)
    with Session(engine) as session:
        stored = session.scalars(select(User).where(User.name == "Ada")).one()
        assert stored.created_at == datetime(2026, 6, 1, 10, 0, 5, tzinfo=UTC)
        assert stored.created_at.tzinfo is UTC


def test_naive_instants_are_refused(engine: Engine) -> None:
    with pytest.raises(Exception, match="naive datetime"), Session(engine) as session, session.begin():
        session.add(User(name="Naive", login="naive", role="agent", created_at=datetime(2026, 6, 1, 12, 0)))


def test_concurrent_edit_is_detected_not_overwritten(engine: Engine) -> None:
    now = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
    with Session(engine) as session, session.begin():
        session.add(Account(name="Initech", plan_code="premier", created_at=now))
    make = session_factory(writer(engine))
    first, second = make(), make()
    b = second.scalars(select(Account).where(Account.name == "Initech")).one()
    second.commit()  # the colleague's console read it a while ago
    a = first.scalars(select(Account).where(Account.name == "Initech")).one()
    a.language = "de"
    first.commit()
    b.language = "fr"
    with pytest.raises(StaleDataError):
        second.commit()
    second.rollback()
    first.close()
    second.close()
    with Session(engine) as session:
        assert session.scalars(select(Account.language).where(Account.name == "Initech")).one() == "de"


def test_change_log_ids_increase(engine: Engine) -> None:
    now = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
    with Session(engine) as session, session.begin():
        for index in range(5):
            session.add(ChangeLog(at=now, entity="case", entity_id=index, action="opened"))
    with Session(engine) as session:
        ids = list(session.scalars(select(ChangeLog.id).order_by(ChangeLog.id)))
    assert ids == sorted(ids) and len(set(ids)) == 5


def test_migrations_match_the_models(engine: Engine) -> None:
    """A model change without a migration would show up here."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from console.storage.models import Base

    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []
