"""The support programme as the database holds it: targets, clock kinds, the
support calendar, the queue's rule chain, plan entitlements and the exam
schedules of Proctored accounts, turned into the core's rule objects.

Building an :class:`OperationalCalendar` costs a little (its year tables), so the
loader keeps the last one and reuses it while the stored set-up is unchanged.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from types import MappingProxyType
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from console.domain.plans import Entitlements, Plan, Severity
from console.queueing import DEFAULT_CHAIN, RuleChain
from console.sla.calendar import Calendar, CalendarError, DailyWindow, OperationalCalendar
from console.sla.clock import RiskThresholds
from console.sla.exams import ExamSchedule, ExamSession
from console.sla.policy import ClockKind, SlaPolicy
from console.storage.models import (
    Account,
    CalendarClosure,
    CalendarHours,
    ChangeLog,
    ExamCancellation,
    ExamSessionRecord,
    PlanRecord,
    PlanTarget,
    SupportCalendarRecord,
)

_ENTITLEMENT_FIELDS = Entitlements.__slots__

SETUP_ENTITIES = ("policy", "calendar", "exam", "plan")
"""change_log entities that change the programme; every write to the set-up logs one."""
MAX_CACHE_SECONDS = 60.0


@dataclass(frozen=True)
class Programme:
    """Everything the clock and the queue need to know about the set-up."""

    policy: SlaPolicy
    calendar: OperationalCalendar
    chain: RuleChain
    entitlements: MappingProxyType[Plan, Entitlements]
    exams: MappingProxyType[int, ExamSchedule] = field(default_factory=lambda: MappingProxyType({}))
    _exam_calendars: dict[tuple[ClockKind, int], Calendar] = field(default_factory=dict, compare=False)

    @property
    def priority_plans(self) -> frozenset[Plan]:
        return frozenset(plan for plan, rights in self.entitlements.items() if rights.priority_queueing)

    def calendar_for(self, plan: Plan, severity: Severity, account_id: int) -> Calendar:
        """The calendar a case of this plan, severity and account counts on, as the
        policy decides it (:meth:`SlaPolicy.calendar_for` is the one home of the rule)."""
        schedule = self.exams.get(account_id)
        if schedule is None:
            return self.policy.calendar_for(plan, severity, self.calendar)
        # The policy's answer depends only on the clock kind and the schedule, and a
        # calendar united with exam windows builds its own year tables: keep it per
        # account instead of building one per case.
        key = (self.policy.kind(plan, severity), account_id)
        calendar = self._exam_calendars.get(key)
        if calendar is None:
            calendar = self.policy.calendar_for(plan, severity, self.calendar, schedule)
            self._exam_calendars[key] = calendar
        return calendar

    def live_exam_accounts(self, now: datetime) -> frozenset[int]:
        return frozenset(account for account, schedule in self.exams.items() if schedule.live_at(now))


class ProgrammeLoader:
    """Loads the programme in a session, reusing the calendar while it is unchanged."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._calendar_key: tuple[object, ...] | None = None
        self._calendar: OperationalCalendar | None = None
        self._exam_key: tuple[object, ...] | None = None
        self._exams: MappingProxyType[int, ExamSchedule] = MappingProxyType({})
        self._programme: Programme | None = None
        self._marker: int | None = None
        self._loaded_at = 0.0

    def load(self, session: Session) -> Programme:
        """The programme as stored now: re-read only when a set-up change has been
        logged since the last load (or the cache is older than a minute)."""
        marker = session.scalar(
            select(func.coalesce(func.max(ChangeLog.id), 0)).where(ChangeLog.entity.in_(SETUP_ENTITIES))
        )
        with self._lock:
            cached = self._programme
            if (
                cached is not None
                and marker == self._marker
                and time.monotonic() - self._loaded_at < MAX_CACHE_SECONDS
            ):
                return cached
        programme = self._read(session)
        with self._lock:
            self._marker = marker
            self._loaded_at = time.monotonic()
        return programme

    def _read(self, session: Session) -> Programme:
        settings = session.get_one(SupportCalendarRecord, 1)
        hours = session.execute(
            select(CalendarHours.weekday, CalendarHours.start_minute, CalendarHours.end_minute).order_by(
                CalendarHours.weekday, CalendarHours.start_minute
            )
        ).all()
        closures = tuple(session.scalars(select(CalendarClosure.day).order_by(CalendarClosure.day)))
        targets = session.execute(
            select(PlanTarget.plan_code, PlanTarget.severity, PlanTarget.minutes, PlanTarget.clock_kind)
        ).all()
        plans = session.scalars(select(PlanRecord)).all()
        entitlements = MappingProxyType(
            {
                Plan(p.code): Entitlements(**{name: bool(getattr(p, name)) for name in _ENTITLEMENT_FIELDS})
                for p in plans
            }
        )
        policy = SlaPolicy(
            targets=MappingProxyType({(Plan(t.plan_code), Severity(t.severity)): t.minutes for t in targets}),
            kinds=MappingProxyType(
                {(Plan(t.plan_code), Severity(t.severity)): ClockKind(t.clock_kind) for t in targets}
            ),
            thresholds=RiskThresholds(settings.at_risk_fraction, settings.at_risk_seconds),
        )
        try:
            chain = RuleChain.parse(settings.queue_rules) if settings.queue_rules else DEFAULT_CHAIN
        except ValueError:
            chain = DEFAULT_CHAIN
        calendar_key = (
            settings.time_zone,
            settings.holiday_regions,
            tuple(tuple(row) for row in hours),
            closures,
        )
        exam_rows = self._exam_rows(session)
        with self._lock:
            if calendar_key != self._calendar_key or self._calendar is None:
                self._calendar = build_calendar(
                    settings.time_zone, settings.holiday_regions, [tuple(row) for row in hours], closures
                )
                self._calendar_key = calendar_key
                self._exam_key = None  # exam calendars unite with this calendar
            if exam_rows[0] != self._exam_key:
                self._exams = MappingProxyType(exam_rows[1])
                self._exam_key = exam_rows[0]
                self._programme = None
            programme = self._programme
            if (
                programme is None
                or programme.calendar is not self._calendar
                or programme.policy != policy
                or programme.chain != chain
                or programme.entitlements != entitlements
            ):
                programme = Programme(policy, self._calendar, chain, entitlements, self._exams)
                self._programme = programme
            return programme

    @staticmethod
    def _exam_rows(session: Session) -> tuple[tuple[object, ...], dict[int, ExamSchedule]]:
        rows = session.execute(
            select(
                ExamSessionRecord.id,
                ExamSessionRecord.account_id,
                ExamSessionRecord.start_at,
                ExamSessionRecord.end_at,
                ExamSessionRecord.time_zone,
                ExamSessionRecord.rrule,
                ExamSessionRecord.version,
            )
            .join(Account, Account.id == ExamSessionRecord.account_id)
            # Exam windows open the clock of Proctored accounts only (an account
            # that left the plan keeps its history, not the extra open time).
            .where(Account.plan_code == Plan.PROCTORED.value)
            .order_by(ExamSessionRecord.id)
        ).all()
        cancellations = session.execute(
            select(ExamCancellation.session_id, ExamCancellation.occurrence_start).order_by(
                ExamCancellation.id
            )
        ).all()
        key = (tuple(tuple(r) for r in rows), tuple(tuple(c) for c in cancellations))
        cancelled: dict[int, set[datetime]] = {}
        for session_id, start in cancellations:
            cancelled.setdefault(session_id, set()).add(start)
        sessions: dict[int, list[ExamSession]] = {}
        for row in rows:
            zone = ZoneInfo(row.time_zone)
            sessions.setdefault(row.account_id, []).append(
                ExamSession(
                    row.start_at.astimezone(zone),
                    row.end_at.astimezone(zone),
                    row.rrule,
                    frozenset(c.astimezone(zone) for c in cancelled.get(row.id, ())),
                )
            )
        return key, {account: ExamSchedule.of(items) for account, items in sessions.items()}


def build_calendar(
    time_zone: str, regions: str, hours: Iterable[tuple[int, int, int]], closures: Iterable[date]
) -> OperationalCalendar:
    weekly: dict[int, list[DailyWindow]] = {}
    for weekday, start, end in hours:
        weekly.setdefault(weekday, []).append(DailyWindow(start, end))
    try:
        return OperationalCalendar(
            time_zone,
            {day: tuple(windows) for day, windows in weekly.items()},
            [code for code in regions.split(",") if code.strip()],
            closures,
        )
    except CalendarError as error:
        raise CalendarError(f"the stored support calendar is not usable: {error}") from None
