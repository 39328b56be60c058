"""The queue: open cases in priority-queueing order, each with its clock read at
one instant and the one-line reason for its place (SPEC.md sections 3 and 4).

The queue view, the command line and the wallboard all read it from here. It is
read with one Core query, ordered by :mod:`console.queueing` and clocked by
:mod:`console.sla`; nothing here knows about widgets.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from console.domain.cases import OPEN_STATUS_CODES, CaseStatus, CaseSummary
from console.domain.plans import Plan, Severity
from console.queueing import QueueContext, QueuePlace, QueueRule, order
from console.services.base import Service
from console.services.infrastructure.database import to_second
from console.services.infrastructure.programme import Programme
from console.services.readmodels.snapshots import collector_paused, fetch_summaries, summary_query
from console.sla.calendar import to_epoch
from console.sla.clock import ClockReader, ClockReading
from console.storage.models import Case


@dataclass(frozen=True, slots=True)
class QueueFilter:
    """Which open cases to show. Empty fields do not filter."""

    assignee_id: int | None = None
    unassigned_only: bool = False
    plans: frozenset[Plan] = frozenset()
    severities: frozenset[Severity] = frozenset()
    languages: frozenset[str] = frozenset()
    statuses: frozenset[CaseStatus] = frozenset()
    account_ids: frozenset[int] = frozenset()

    def keeps(self, case: CaseSummary) -> bool:
        if self.assignee_id is not None and case.assignee_id != self.assignee_id:
            return False
        if self.unassigned_only and case.assignee_id is not None:
            return False
        if self.plans and case.plan not in self.plans:
            return False
        if self.severities and case.severity not in self.severities:
            return False
        if self.languages and case.language not in self.languages:
            return False
        if self.statuses and case.status not in self.statuses:
            return False
        return not (self.account_ids and case.account_id not in self.account_ids)


class QueueRow(NamedTuple):
    """One row of the queue at one instant."""

    place: QueuePlace
    clock: ClockReading | None  # None: a paid add-on, no SLA clock
    exam_live: bool

    @property
    def position(self) -> int:
        return self.place.position

    @property
    def case(self) -> CaseSummary:
        return self.place.case

    @property
    def rule(self) -> QueueRule | None:
        return self.place.rule


@dataclass(frozen=True, slots=True)
class QueueSnapshot:
    """The queue as read at ``now``, with what is needed to re-clock it later."""

    now: datetime
    rows: tuple[QueueRow, ...]
    programme: Programme


class QueueService(Service):
    def snapshot(self, now: datetime | None = None, keep: QueueFilter | None = None) -> QueueSnapshot:
        """All open cases (or those ``keep`` keeps), in queue order, clocked at ``now``."""
        moment = to_second(now) if now is not None else self.clock()
        with collector_paused(freeze=True):
            with self.db.read() as session:
                programme = self.loader.load(session)
                query = summary_query().where(Case.status.in_(OPEN_STATUS_CODES))
                cases = fetch_summaries(session, query)
            if keep is not None:
                cases = [c for c in cases if keep.keeps(c)]
            return QueueSnapshot(moment, tuple(build_rows(cases, programme, moment)), programme)

    def rows(self, now: datetime | None = None, keep: QueueFilter | None = None) -> list[QueueRow]:
        return list(self.snapshot(now, keep).rows)


def build_rows(cases: Iterable[CaseSummary], programme: Programme, now: datetime) -> list[QueueRow]:
    """Order ``cases`` and read their clocks at ``now`` (shared with the wallboard)."""
    ctx = queue_context(programme, now)
    return rows_of(order(cases, ctx, programme.chain), programme, now, ctx)


def queue_context(programme: Programme, now: datetime) -> QueueContext:
    return QueueContext(programme.live_exam_accounts(now), programme.priority_plans)


def rows_of(
    places: Iterable[QueuePlace], programme: Programme, now: datetime, ctx: QueueContext
) -> list[QueueRow]:
    """Queue rows from places in order: each case's clock read at ``now``."""
    read = clock_reader(programme, now)
    live = ctx.live_exam_accounts
    return [QueueRow(place, read(place.case), place.case.account_id in live) for place in places]


def clock_reader(programme: Programme, now: datetime) -> Callable[[CaseSummary], ClockReading | None]:
    """A function reading any case's clock at ``now``; one :class:`ClockReader` per
    calendar, so the per-instant work is done once for the whole queue."""
    moment = to_epoch(now)
    readers: dict[int, ClockReader] = {}
    policy = programme.policy

    def read(case: CaseSummary) -> ClockReading | None:
        if case.due_at is None or case.due_epoch is None:
            return None
        calendar = programme.calendar_for(case.plan, case.severity, case.account_id)
        reader = readers.get(id(calendar))
        if reader is None:
            reader = readers[id(calendar)] = ClockReader(calendar, moment, policy.thresholds)
        return reader.read_epochs(
            case.due_epoch,
            case.due_at,
            policy.target_minutes(case.plan, case.severity) * 60,
            case.responded_epoch,
            case.first_response_at,
        )

    return read
