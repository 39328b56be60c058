"""How the GUI words what the core hands over as codes and values: the queue rules,
why a case stands where it does in the queue, case statuses and severities, and the
desktop notifications (alerts). Every
text goes through ``QCoreApplication.translate`` (context ``Wording``); in English
it reads as the command line's words (console/cli/words.py)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from console.domain.cases import CaseStatus
from console.domain.plans import Severity
from console.queueing import QueuePlace, QueueReason, QueueRule
from console.services.readmodels.alerts import Alert, AlertKind

_CONTEXT = "Wording"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def rule_label(rule: QueueRule) -> str:
    """What the rule puts first, e.g. ``higher severity``."""
    match rule:
        case QueueRule.EXAM_LIVE:
            return _tr("proctored exam session live now")
        case QueueRule.PRIORITY_PLAN:
            return _tr("plan with priority queueing")
        case QueueRule.AWAITING_FIRST_RESPONSE:
            return _tr("awaiting first response")
        case QueueRule.EARLIEST_DUE:
            return _tr("due earlier")
        case QueueRule.SEVERITY:
            return _tr("higher severity")
        case QueueRule.OPENED:
            return _tr("opened earlier")


def severity_label(severity: Severity) -> str:
    match severity:
        case Severity.URGENT:
            return _tr("Urgent")
        case Severity.HIGH:
            return _tr("High")
        case Severity.MEDIUM:
            return _tr("Medium")
        case Severity.LOW:
            return _tr("Low")


def status_label(status: CaseStatus) -> str:
    match status:
        case CaseStatus.NEW:
            return _tr("New")
        case CaseStatus.OPEN:
            return _tr("Open")
        case CaseStatus.PENDING_CUSTOMER:
            return _tr("Pending customer")
        case CaseStatus.ON_HOLD:
            return _tr("On hold")
        case CaseStatus.SOLVED:
            return _tr("Solved")
        case CaseStatus.CLOSED:
            return _tr("Closed")


def _moment(value: datetime | None) -> str:
    if value is None:
        return _tr("no clock")
    return value.strftime("%Y-%m-%d %H:%MZ")


def why_text(place: QueuePlace) -> str:
    """Why the case stands where it does, e.g. ``above #12: severity 1 before 3``."""
    below = place.below
    if below is None:
        return _tr("last in the queue")
    return _tr("above #{number}: {reason}").format(number=below.number, reason=_because(place))


def _because(place: QueuePlace) -> str:
    case, below = place.case, place.below
    assert below is not None
    match place.reason:
        case QueueReason.LOWER_NUMBER:
            return _tr("lower case number")
        case QueueReason.EXAM_LIVE:
            return _tr("its account's proctored exam session is live now")
        case QueueReason.EXAM_LIVE_OVER_ADD_ON:
            return _tr(
                "its account's proctored exam session is live now; "
                "#{below} is a paid add-on, which that does not lift"
            ).format(below=below.number)
        case QueueReason.PRIORITY_PLAN:
            return _tr("{plan} has priority queueing, {other} does not").format(
                plan=case.plan.label, other=below.plan.label
            )
        case QueueReason.PRIORITY_PLAN_OVER_ADD_ON:
            return _tr(
                "{plan} has priority queueing; #{below} is a paid add-on, which no plan covers"
            ).format(plan=case.plan.label, below=below.number)
        case QueueReason.AWAITING_FIRST_RESPONSE:
            return _tr("awaiting its first response")
        case QueueReason.AWAITING_OVER_ADD_ON:
            return _tr(
                "awaiting its first response; #{below} is a paid add-on, which has no first-response clock"
            ).format(below=below.number)
        case QueueReason.DUE_EARLIER:
            return _tr("first response due earlier ({due} vs {other})").format(
                due=_moment(case.due_at), other=_moment(below.due_at)
            )
        case QueueReason.WAITING_LONGER:
            return _tr("customer waiting longer (since {since})").format(since=_moment(case.waiting_since))
        case QueueReason.HIGHER_SEVERITY:
            return _tr("severity {severity} before {other}").format(
                severity=int(case.severity), other=int(below.severity)
            )
        case QueueReason.OPENED_EARLIER:
            return _tr("opened earlier ({opened})").format(opened=_moment(case.opened_at))
        case QueueReason.LAST:
            return _tr("last in the queue")


def alert_title(alert: Alert) -> str:
    """The notification's first line, e.g. ``At risk — #12, 9 min left``."""
    match alert.kind:
        case AlertKind.AT_RISK:
            return _tr("At risk — #{number}, {minutes} min left").format(
                number=alert.case_number, minutes=alert.minutes_left
            )
        case AlertKind.NEW_URGENT if alert.on_call:
            return _tr("Severity 1 on {account} — #{number}").format(
                account=alert.account_name, number=alert.case_number
            )
        case AlertKind.NEW_URGENT:
            return _tr("New Severity 1 — #{number}").format(number=alert.case_number)


def alert_text(alert: Alert) -> str:
    """The notification's body: the account, the plan and the case's subject."""
    match alert.kind:
        case AlertKind.AT_RISK:
            return _tr("{account}: {subject}").format(account=alert.account_name, subject=alert.subject)
        case AlertKind.NEW_URGENT if alert.on_call:
            return _tr("{subject} ({plan}; you are on call)").format(
                subject=alert.subject, plan=alert.plan.label
            )
        case AlertKind.NEW_URGENT:
            return _tr("{account} ({plan}): {subject}").format(
                account=alert.account_name, plan=alert.plan.label, subject=alert.subject
            )
