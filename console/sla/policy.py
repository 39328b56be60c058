"""The SLA policy: first-response targets per plan and severity, and which calendar
each clock runs on (SPEC.md section 3).

Targets are operational minutes ("1 day" is one full operational day, 720
minutes). Premier Severity 1 runs on the 24x7 on-call clock; Proctored runs on the
operational hours united with the account's exam session windows; everything else
on the operational hours. The policy is data (the database can hold edited
targets); :data:`DEFAULT_POLICY` is the published programme.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType

from console.domain.plans import Category, Plan, Severity
from console.sla.calendar import AlwaysOpenCalendar, Calendar, CalendarError, OperationalCalendar
from console.sla.clock import DEFAULT_THRESHOLDS, RiskThresholds, SlaClock
from console.sla.exams import ExamSchedule

OPERATIONAL_DAY_MINUTES = 12 * 60


class ClockKind(enum.StrEnum):
    """Which calendar a clock counts on."""

    OPERATIONAL = "operational"
    ALWAYS = "24x7"
    OPERATIONAL_AND_EXAMS = "operational+exams"


_DEFAULT_TARGETS: dict[Plan, tuple[int, int, int, int]] = {
    Plan.STANDARD: (4 * 60, 8 * 60, OPERATIONAL_DAY_MINUTES, 3 * OPERATIONAL_DAY_MINUTES),
    Plan.PREMIER: (15, 30, 2 * 60, OPERATIONAL_DAY_MINUTES),
    Plan.PROCTORED: (15, 45, 4 * 60, 2 * OPERATIONAL_DAY_MINUTES),
}


def _default_target_table() -> Mapping[tuple[Plan, Severity], int]:
    return MappingProxyType(
        {
            (plan, severity): minutes[severity - 1]
            for plan, minutes in _DEFAULT_TARGETS.items()
            for severity in Severity
        }
    )


def _default_kinds() -> Mapping[tuple[Plan, Severity], ClockKind]:
    kinds: dict[tuple[Plan, Severity], ClockKind] = {}
    for plan in Plan:
        for severity in Severity:
            if plan is Plan.PROCTORED:
                kinds[(plan, severity)] = ClockKind.OPERATIONAL_AND_EXAMS
            elif plan is Plan.PREMIER and severity is Severity.URGENT:
                kinds[(plan, severity)] = ClockKind.ALWAYS
            else:
                kinds[(plan, severity)] = ClockKind.OPERATIONAL
    return MappingProxyType(kinds)


@dataclass(frozen=True)
class SlaPolicy:
    """Targets (operational minutes) and clock kinds per plan and severity."""

    targets: Mapping[tuple[Plan, Severity], int] = field(default_factory=_default_target_table)
    kinds: Mapping[tuple[Plan, Severity], ClockKind] = field(default_factory=_default_kinds)
    thresholds: RiskThresholds = DEFAULT_THRESHOLDS

    def __post_init__(self) -> None:
        for plan in Plan:
            for severity in Severity:
                minutes = self.targets.get((plan, severity))
                if minutes is None:
                    raise CalendarError(f"no target for {plan.value} severity {int(severity)}")
                if minutes <= 0:
                    raise CalendarError(
                        f"the target for {plan.value} severity {int(severity)} must be positive, not {minutes}"
                    )
                if (plan, severity) not in self.kinds:
                    raise CalendarError(f"no clock kind for {plan.value} severity {int(severity)}")

    def target_minutes(self, plan: Plan, severity: Severity) -> int:
        return self.targets[(plan, severity)]

    def kind(self, plan: Plan, severity: Severity) -> ClockKind:
        return self.kinds[(plan, severity)]

    def with_target(self, plan: Plan, severity: Severity, minutes: int) -> SlaPolicy:
        targets = dict(self.targets)
        targets[(plan, severity)] = minutes
        return SlaPolicy(MappingProxyType(targets), self.kinds, self.thresholds)

    def calendar_for(
        self,
        plan: Plan,
        severity: Severity,
        business: OperationalCalendar,
        exams: ExamSchedule | None = None,
    ) -> Calendar:
        """The calendar a case of this plan and severity counts on."""
        kind = self.kind(plan, severity)
        if kind is ClockKind.ALWAYS:
            return ALWAYS_OPEN
        if kind is ClockKind.OPERATIONAL_AND_EXAMS and exams is not None and exams.sessions:
            return business.with_windows(exams)
        return business

    def clock_for(
        self,
        plan: Plan,
        severity: Severity,
        opened_at: datetime,
        business: OperationalCalendar,
        exams: ExamSchedule | None = None,
        category: Category = Category.INCIDENT,
    ) -> SlaClock | None:
        """The first-response clock of a new case, or None for a paid add-on (no SLA)."""
        if category.is_paid_add_on:
            return None
        return SlaClock(
            self.calendar_for(plan, severity, business, exams),
            opened_at,
            self.target_minutes(plan, severity),
        )


ALWAYS_OPEN = AlwaysOpenCalendar()
DEFAULT_POLICY = SlaPolicy()
