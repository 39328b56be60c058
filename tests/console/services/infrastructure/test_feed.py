"""The live change feed on both backends: every change arrives once, in order,
within about a second; a lost connection is survived with nothing missed."""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from console.services.infrastructure import feed as feed_module
from console.services.infrastructure.database import Database
from console.services.infrastructure.feed import (
    Change,
    ChangeListener,
    FeedStatus,
    latest_change_id,
    read_changes,
)
from console.storage.engine import create_engine_for
from tests.support.services import Services


class Collector:
    def __init__(self) -> None:
        self.changes: list[Change] = []
        self.statuses: list[FeedStatus] = []
        self.arrived = threading.Condition()

    def on_changes(self, changes: Sequence[Change]) -> None:
        with self.arrived:
            self.changes.extend(changes)
            self.arrived.notify_all()

    def on_status(self, status: FeedStatus) -> None:
        self.statuses.append(status)

    def wait_for(self, count: int, timeout: float = 10.0) -> bool:
        deadline = time.monotonic() + timeout
        with self.arrived:
            while len(self.changes) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self.arrived.wait(left)
        return True


def test_changes_from_another_console_arrive_in_order(services: Services) -> None:
    # The listener has its own engine: a second console on the same database.
    other = create_engine_for(services.db.engine.url)
    collector = Collector()
    start = latest_change_id(other)
    listener = ChangeListener(
        other, collector.on_changes, collector.on_status, after_id=start, poll_interval=0.05
    )
    with listener:
        opened = services.cases.open_case("Initech", 2, "Live one")
        began = time.monotonic()
        assert collector.wait_for(1)
        latency = time.monotonic() - began
        services.cases.claim_next("Anna Agent")
        services.talk.reply(opened.number, "On it", "Anna Agent")
        assert collector.wait_for(3)
    other.dispose()
    assert [c.action for c in collector.changes] == ["opened", "claimed", "reply"]
    assert all(c.case_id == opened.id for c in collector.changes)
    ids = [c.id for c in collector.changes]
    assert ids == sorted(set(ids))
    assert latency < 2.0
    assert collector.statuses[0].connected


def test_read_changes_pages_from_an_id(services: Services) -> None:
    first = latest_change_id(services.db.engine)
    for index in range(5):
        services.cases.open_case("Globex", 3, f"Case {index}")
    changes = read_changes(services.db.engine, first, limit=3)
    assert len(changes) == 3
    rest = read_changes(services.db.engine, changes[-1].id)
    assert len(rest) == 2


def test_listener_survives_failures_and_misses_nothing(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    collector = Collector()
    real_read = feed_module.read_changes
    failures = {"left": 0}

    def flaky(engine: object, after_id: int, limit: int = 2000) -> list[Change]:
        if failures["left"] > 0:
            failures["left"] -= 1
            raise OperationalError("SELECT", {}, Exception("server closed the connection unexpectedly"))
        return real_read(engine, after_id, limit)  # type: ignore[arg-type]

    monkeypatch.setattr(feed_module, "read_changes", flaky)
    listener = ChangeListener(
        services.db.engine,
        collector.on_changes,
        collector.on_status,
        after_id=latest_change_id(services.db.engine),
        poll_interval=0.05,
        max_backoff=0.2,
    )
    with listener:
        services.cases.open_case("Globex", 3, "Before the outage")
        assert collector.wait_for(1)
        failures["left"] = 3
        services.cases.open_case("Globex", 3, "During the outage 1")
        services.cases.open_case("Globex", 3, "During the outage 2")
        assert collector.wait_for(3)
    assert [s.connected for s in collector.statuses] == [True, False, True]
    assert "server closed the connection" in collector.statuses[1].message
    assert len({c.id for c in collector.changes}) == 3


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_postgres_listener_reconnects_after_its_connection_is_killed(services: Services) -> None:
    collector = Collector()
    listener = ChangeListener(
        services.db.engine,
        collector.on_changes,
        collector.on_status,
        after_id=latest_change_id(services.db.engine),
        wake_interval=0.5,
        max_backoff=0.5,
    )
    with listener:
        services.cases.open_case("Globex", 3, "Before")
        assert collector.wait_for(1)
        with services.db.engine.connect() as connection:
            killed = connection.execute(
                text(
                    "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND application_name = 'support-console feed'"
                )
            ).scalar_one()
            connection.commit()
        assert killed >= 1
        services.cases.open_case("Globex", 3, "While reconnecting")
        assert collector.wait_for(2, timeout=15)
    assert [c.action for c in collector.changes] == ["opened", "opened"]
    assert False in [s.connected for s in collector.statuses]


def test_database_open_migrates(tmp_path: object) -> None:
    db = Database.open(f"sqlite:///{tmp_path}/fresh.sqlite3")
    try:
        assert latest_change_id(db.engine) == 0
    finally:
        db.close()
