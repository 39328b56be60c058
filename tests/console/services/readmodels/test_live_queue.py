"""The live queue follows the change feed by re-reading only the changed cases."""

from __future__ import annotations

from console.services.infrastructure.feed import latest_change_id, read_changes
from console.services.readmodels.live_queue import LiveQueue
from tests.support.services import WEDNESDAY_9, Services


def test_live_queue_applies_changes(services: Services) -> None:
    a = services.cases.open_case("Globex", 3, "A")
    live = LiveQueue(services.queue)
    snapshot = live.load(WEDNESDAY_9)
    assert [r.case.number for r in snapshot.rows] == [a.number]
    mark = latest_change_id(services.db.engine)
    b = services.cases.open_case("Initech", 3, "B")
    services.cases.change_status(a.number, "solved")
    snapshot, changed = live.apply(read_changes(services.db.engine, mark), WEDNESDAY_9)
    assert [r.case.number for r in snapshot.rows] == [b.number]
    assert changed == frozenset({a.id, b.id})
    assert live.size == 1
    mark = latest_change_id(services.db.engine)
    services.exams.add_exam("Exam Board", WEDNESDAY_9, WEDNESDAY_9.replace(hour=12))
    snapshot, changed = live.apply(read_changes(services.db.engine, mark), WEDNESDAY_9)
    assert [r.case.number for r in snapshot.rows] == [b.number]  # set-up change: whole queue re-read
