"""The SLA rules: the operational calendar, the clock and the policy (SPEC.md section 3)."""

from console.sla.calendar import (
    AlwaysOpenCalendar,
    Calendar,
    CalendarError,
    DailyWindow,
    FixedWindows,
    OperationalCalendar,
    business_week,
    from_epoch,
    to_epoch,
)
from console.sla.clock import ClockReading, ClockState, RiskThresholds, SlaClock, read_clock
from console.sla.exams import ExamSchedule, ExamSession
from console.sla.policy import ALWAYS_OPEN, DEFAULT_POLICY, ClockKind, SlaPolicy

__all__ = [
    "ALWAYS_OPEN",
    "DEFAULT_POLICY",
    "AlwaysOpenCalendar",
    "Calendar",
    "CalendarError",
    "ClockKind",
    "ClockReading",
    "ClockState",
    "DailyWindow",
    "ExamSchedule",
    "ExamSession",
    "FixedWindows",
    "OperationalCalendar",
    "RiskThresholds",
    "SlaClock",
    "SlaPolicy",
    "business_week",
    "from_epoch",
    "read_clock",
    "to_epoch",
]
