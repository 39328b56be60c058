"""The command line's words for what the core hands over as codes and values: the
queue rules, why a case stands where it does in the queue, case statuses and
severities. The GUI words the same codes in ui/wording.py, translatably; the core
returns no sentences."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from console.domain.cases import CaseStatus
from console.domain.plans import Severity

if TYPE_CHECKING:  # console.queueing needs SQLAlchemy, which the light commands never load
    from console.queueing import QueuePlace, QueueRule

# Keyed by the codes (QueueRule and QueueReason are string enums).
RULE_LABELS = {
    "exam_live": "proctored exam session live now",
    "priority_plan": "plan with priority queueing",
    "awaiting_first_response": "awaiting first response",
    "earliest_due": "due earlier",
    "severity": "higher severity",
    "opened": "opened earlier",
}

SEVERITY_LABELS = {
    Severity.URGENT: "Urgent",
    Severity.HIGH: "High",
    Severity.MEDIUM: "Medium",
    Severity.LOW: "Low",
}

STATUS_LABELS = {
    CaseStatus.NEW: "New",
    CaseStatus.OPEN: "Open",
    CaseStatus.PENDING_CUSTOMER: "Pending customer",
    CaseStatus.ON_HOLD: "On hold",
    CaseStatus.SOLVED: "Solved",
    CaseStatus.CLOSED: "Closed",
}


def rule_label(rule: QueueRule) -> str:
    """What the rule puts first, e.g. ``higher severity``."""
    return RULE_LABELS[rule]


def severity_label(severity: Severity) -> str:
    return SEVERITY_LABELS[severity]


def status_label(status: CaseStatus) -> str:
    return STATUS_LABELS[status]


def moment_text(value: datetime | None) -> str:
    """An instant in a why-sentence: ``2026-11-27 09:30Z``, or ``no clock``."""
    if value is None:
        return "no clock"
    return value.strftime("%Y-%m-%d %H:%MZ")


def why_text(place: QueuePlace) -> str:
    """Why the case stands where it does, e.g. ``above #12: severity 1 before 3``."""
    below = place.below
    if below is None:
        return "last in the queue"
    return f"above #{below.number}: {BECAUSE[place.reason](place)}"


def _add_on(place: QueuePlace) -> str:
    assert place.below is not None
    return f"#{place.below.number} is a paid add-on"


def _plans(place: QueuePlace) -> str:
    assert place.below is not None
    return f"{place.case.plan.label} has priority queueing, {place.below.plan.label} does not"


def _due(place: QueuePlace) -> str:
    assert place.below is not None
    return (
        f"first response due earlier ({moment_text(place.case.due_at)} vs {moment_text(place.below.due_at)})"
    )


def _severities(place: QueuePlace) -> str:
    assert place.below is not None
    return f"severity {int(place.case.severity)} before {int(place.below.severity)}"


_EXAM = "its account's proctored exam session is live now"
_AWAITING = "awaiting its first response"

BECAUSE: dict[str, Callable[[QueuePlace], str]] = {
    "last": lambda place: "last in the queue",
    "lower_number": lambda place: "lower case number",
    "exam_live": lambda place: _EXAM,
    "exam_live_over_add_on": lambda place: f"{_EXAM}; {_add_on(place)}, which that does not lift",
    "priority_plan": _plans,
    "priority_plan_over_add_on": lambda place: (
        f"{place.case.plan.label} has priority queueing; {_add_on(place)}, which no plan covers"
    ),
    "awaiting_first_response": lambda place: _AWAITING,
    "awaiting_over_add_on": lambda place: f"{_AWAITING}; {_add_on(place)}, which has no first-response clock",
    "due_earlier": _due,
    "waiting_longer": lambda place: (
        f"customer waiting longer (since {moment_text(place.case.waiting_since)})"
    ),
    "higher_severity": _severities,
    "opened_earlier": lambda place: f"opened earlier ({moment_text(place.case.opened_at)})",
}
"""The reason after ``above #n:``, by QueueReason code."""
