"""The queue as a console keeps it between changes: every open case once, kept up
to date from the change feed by re-reading only the cases that changed, then
re-ordered in memory. This is what lets a console show other consoles' changes
within a second without reloading 50,000 cases.

Qt-free and not thread-safe by itself: the GUI calls it from one worker at a time.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from console.domain.cases import CaseSummary
from console.queueing import SortedQueue
from console.services.infrastructure.database import to_second
from console.services.infrastructure.feed import Change
from console.services.infrastructure.programme import Programme
from console.services.readmodels.queue import QueueService, QueueSnapshot, queue_context, rows_of
from console.services.readmodels.snapshots import (
    collector_paused,
    fetch_summaries,
    release_frozen,
    summary_query,
)
from console.storage.models import Case

# Changes that can alter the programme (calendar, targets, exams): the whole queue
# is re-read then, since every due time may have moved.
_SETUP_ENTITIES = frozenset({"policy", "calendar", "exam", "plan"})
_BATCH = 500


class LiveQueue:
    def __init__(self, queue: QueueService) -> None:
        self.queue = queue
        self._cases: dict[int, CaseSummary] = {}
        self._programme: Programme | None = None
        self._sorted: SortedQueue | None = None

    @property
    def size(self) -> int:
        return len(self._cases)

    def load(self, now: datetime | None = None) -> QueueSnapshot:
        """Read every open case (start-up, or after a set-up change)."""
        release_frozen()  # a full read: the collector may look at the old queue once more
        snapshot = self.queue.snapshot(now)
        self._cases = {row.case.id: row.case for row in snapshot.rows}
        self._programme = snapshot.programme
        self._sorted = None
        return snapshot

    def apply(
        self, changes: Iterable[Change], now: datetime | None = None
    ) -> tuple[QueueSnapshot, frozenset[int]]:
        """Bring the queue up to date with ``changes``; the new snapshot and the ids
        of the cases that changed."""
        batch = list(changes)
        if self._programme is None or any(c.entity in _SETUP_ENTITIES for c in batch):
            snapshot = self.load(now)
            return snapshot, frozenset(self._cases)
        case_ids = sorted({c.case_id for c in batch if c.case_id is not None})
        bulk = any(c.entity == "case" and c.action == "bulk_opened" for c in batch)
        if bulk:
            snapshot = self.load(now)
            return snapshot, frozenset(self._cases)
        moment = to_second(now) if now is not None else self.queue.clock()
        if case_ids:
            with self.queue.db.read() as session:
                self._programme = self.queue.loader.load(session)
                fresh: list[CaseSummary] = []
                for start in range(0, len(case_ids), _BATCH):
                    chunk = case_ids[start : start + _BATCH]
                    fresh.extend(fetch_summaries(session, summary_query().where(Case.id.in_(chunk))))
            found = {case.id: case for case in fresh}
            sorted_queue = self._sorted_for(moment)
            for case_id in case_ids:
                case = found.get(case_id)
                if case is None or not case.status.is_open:
                    self._cases.pop(case_id, None)
                    sorted_queue.replace(case_id, None)
                else:
                    self._cases[case_id] = case
                    sorted_queue.replace(case_id, case)
        return self.snapshot(moment), frozenset(case_ids)

    def _sorted_for(self, now: datetime) -> SortedQueue:
        """The kept order, rebuilt only when what the rules read has changed (an exam
        session started or ended, another rule chain or priority plans)."""
        assert self._programme is not None, "load() first"
        ctx = queue_context(self._programme, now)
        current = self._sorted
        if current is None or current.ctx != ctx or current.chain != self._programme.chain:
            with collector_paused(freeze=True):
                current = SortedQueue(self._cases.values(), ctx, self._programme.chain)
            self._sorted = current
        return current

    def snapshot(self, now: datetime) -> QueueSnapshot:
        """The queue in order, clocked at ``now``, from what is in memory."""
        assert self._programme is not None, "load() first"
        sorted_queue = self._sorted_for(now)
        with collector_paused(freeze=True):
            rows = tuple(rows_of(sorted_queue.places(), self._programme, now, sorted_queue.ctx))
        return QueueSnapshot(now, rows, self._programme)
