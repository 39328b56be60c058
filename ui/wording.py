"""How the GUI words what the core hands over as codes and values: the queue rules,
why a case stands where it does in the queue, case statuses and severities, and the
desktop notifications (alerts). Every
text goes through ``QCoreApplication.translate`` (context ``Wording``); in English
it reads as the command line's words (console/cli/words.py)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from console.domain.cases import CaseStatus, Channel, Presence, Role
from console.domain.plans import Severity
from console.domain.tiles import Level, Tile
from console.queueing import QueuePlace, QueueReason, QueueRule
from console.services.readmodels.alerts import Alert, AlertKind


def rule_label(rule: QueueRule) -> str:
    """What the rule puts first, e.g. ``higher severity``."""
    match rule:
        case QueueRule.EXAM_LIVE:
            return QCoreApplication.translate("Wording", "proctored exam session live now")
        case QueueRule.PRIORITY_PLAN:
            return QCoreApplication.translate("Wording", "plan with priority queueing")
        case QueueRule.AWAITING_FIRST_RESPONSE:
            return QCoreApplication.translate("Wording", "awaiting first response")
        case QueueRule.EARLIEST_DUE:
            return QCoreApplication.translate("Wording", "due earlier")
        case QueueRule.SEVERITY:
            return QCoreApplication.translate("Wording", "higher severity")
        case QueueRule.OPENED:
            return QCoreApplication.translate("Wording", "opened earlier")


def severity_label(severity: Severity) -> str:
    match severity:
        case Severity.URGENT:
            return QCoreApplication.translate("Wording", "Urgent")
        case Severity.HIGH:
            return QCoreApplication.translate("Wording", "High")
        case Severity.MEDIUM:
            return QCoreApplication.translate("Wording", "Medium")
        case Severity.LOW:
            return QCoreApplication.translate("Wording", "Low")


def status_label(status: CaseStatus) -> str:
    match status:
        case CaseStatus.NEW:
            return QCoreApplication.translate("Wording", "New")
        case CaseStatus.OPEN:
            return QCoreApplication.translate("Wording", "Open")
        case CaseStatus.PENDING_CUSTOMER:
            return QCoreApplication.translate("Wording", "Pending customer")
        case CaseStatus.ON_HOLD:
            return QCoreApplication.translate("Wording", "On hold")
        case CaseStatus.SOLVED:
            return QCoreApplication.translate("Wording", "Solved")
        case CaseStatus.CLOSED:
            return QCoreApplication.translate("Wording", "Closed")


def _moment(value: datetime | None) -> str:
    if value is None:
        return QCoreApplication.translate("Wording", "no clock")
    return value.strftime("%Y-%m-%d %H:%MZ")


def why_text(place: QueuePlace) -> str:
    """Why the case stands where it does, e.g. ``above #12: severity 1 before 3``."""
    below = place.below
    if below is None:
        return QCoreApplication.translate("Wording", "last in the queue")
    return QCoreApplication.translate("Wording", "above #{number}: {reason}").format(
        number=below.number, reason=_because(place)
    )


def _because(place: QueuePlace) -> str:
    case, below = place.case, place.below
    assert below is not None
    match place.reason:
        case QueueReason.LOWER_NUMBER:
            return QCoreApplication.translate("Wording", "lower case number")
        case QueueReason.EXAM_LIVE:
            return QCoreApplication.translate("Wording", "its account's proctored exam session is live now")
        case QueueReason.EXAM_LIVE_OVER_ADD_ON:
            return QCoreApplication.translate(
                "Wording",
                "its account's proctored exam session is live now; "
                "#{below} is a paid add-on, which that does not lift",
            ).format(below=below.number)
        case QueueReason.PRIORITY_PLAN:
            return QCoreApplication.translate(
                "Wording", "{plan} has priority queueing, {other} does not"
            ).format(plan=case.plan.label, other=below.plan.label)
        case QueueReason.PRIORITY_PLAN_OVER_ADD_ON:
            return QCoreApplication.translate(
                "Wording", "{plan} has priority queueing; #{below} is a paid add-on, which no plan covers"
            ).format(plan=case.plan.label, below=below.number)
        case QueueReason.AWAITING_FIRST_RESPONSE:
            return QCoreApplication.translate("Wording", "awaiting its first response")
        case QueueReason.AWAITING_OVER_ADD_ON:
            return QCoreApplication.translate(
                "Wording",
                "awaiting its first response; #{below} is a paid add-on, which has no first-response clock",
            ).format(below=below.number)
        case QueueReason.DUE_EARLIER:
            return QCoreApplication.translate(
                "Wording", "first response due earlier ({due} vs {other})"
            ).format(due=_moment(case.due_at), other=_moment(below.due_at))
        case QueueReason.WAITING_LONGER:
            return QCoreApplication.translate("Wording", "customer waiting longer (since {since})").format(
                since=_moment(case.waiting_since)
            )
        case QueueReason.HIGHER_SEVERITY:
            return QCoreApplication.translate("Wording", "severity {severity} before {other}").format(
                severity=int(case.severity), other=int(below.severity)
            )
        case QueueReason.OPENED_EARLIER:
            return QCoreApplication.translate("Wording", "opened earlier ({opened})").format(
                opened=_moment(case.opened_at)
            )
        case QueueReason.LAST:
            return QCoreApplication.translate("Wording", "last in the queue")


def alert_title(alert: Alert) -> str:
    """The notification's first line, e.g. ``At risk — #12, 9 min left``."""
    match alert.kind:
        case AlertKind.AT_RISK:
            return QCoreApplication.translate("Wording", "At risk — #{number}, {minutes} min left").format(
                number=alert.case_number, minutes=alert.minutes_left
            )
        case AlertKind.NEW_URGENT if alert.on_call:
            return QCoreApplication.translate("Wording", "Severity 1 on {account} — #{number}").format(
                account=alert.account_name, number=alert.case_number
            )
        case AlertKind.NEW_URGENT:
            return QCoreApplication.translate("Wording", "New Severity 1 — #{number}").format(
                number=alert.case_number
            )


def alert_text(alert: Alert) -> str:
    """The notification's body: the account, the plan and the case's subject."""
    match alert.kind:
        case AlertKind.AT_RISK:
            return QCoreApplication.translate("Wording", "{account}: {subject}").format(
                account=alert.account_name, subject=alert.subject
            )
        case AlertKind.NEW_URGENT if alert.on_call:
            return QCoreApplication.translate("Wording", "{subject} ({plan}; you are on call)").format(
                subject=alert.subject, plan=alert.plan.label
            )
        case AlertKind.NEW_URGENT:
            return QCoreApplication.translate("Wording", "{account} ({plan}): {subject}").format(
                account=alert.account_name, plan=alert.plan.label, subject=alert.subject
            )


def role_label(role: Role) -> str:
    """A person's role as the GUI names it: "Agent", "Team lead", "TAM", "Admin"."""
    match role:
        case Role.AGENT:
            return QCoreApplication.translate("Wording", "Agent")
        case Role.LEAD:
            return QCoreApplication.translate("Wording", "Team lead")
        case Role.TAM:
            return QCoreApplication.translate("Wording", "TAM")
        case Role.ADMIN:
            return QCoreApplication.translate("Wording", "Admin")


def presence_label(presence: Presence) -> str:
    match presence:
        case Presence.ONLINE:
            return QCoreApplication.translate("Wording", "Online")
        case Presence.AWAY:
            return QCoreApplication.translate("Wording", "Away")
        case Presence.OFFLINE:
            return QCoreApplication.translate("Wording", "Offline")


def channel_label(channel: Channel) -> str:
    match channel:
        case Channel.CONSOLE:
            return QCoreApplication.translate("Wording", "Console")
        case Channel.EMAIL:
            return QCoreApplication.translate("Wording", "Email")


def tile_label(tile: Tile) -> str:
    """A wallboard figure's name, e.g. "Cases waiting" (the core's Tile.label in English)."""
    match tile:
        case Tile.WAITING:
            return QCoreApplication.translate("Wording", "Cases waiting")
        case Tile.AWAITING_FIRST_RESPONSE:
            return QCoreApplication.translate("Wording", "Awaiting first response")
        case Tile.AT_RISK:
            return QCoreApplication.translate("Wording", "At risk")
        case Tile.BREACHED_TODAY:
            return QCoreApplication.translate("Wording", "Breached today")
        case Tile.ATTAINMENT_TODAY:
            return QCoreApplication.translate("Wording", "SLA attainment today")
        case Tile.ATTAINMENT_WEEK:
            return QCoreApplication.translate("Wording", "SLA attainment, 7 days")
        case Tile.OLDEST_UNASSIGNED:
            return QCoreApplication.translate("Wording", "Oldest unassigned case")
        case Tile.CHATS_WAITING:
            return QCoreApplication.translate("Wording", "Chats waiting")
        case Tile.LONGEST_CHAT_WAIT:
            return QCoreApplication.translate("Wording", "Longest chat wait")
        case Tile.AGENTS_ONLINE:
            return QCoreApplication.translate("Wording", "Agents online")
        case Tile.AVERAGE_FIRST_RESPONSE:
            return QCoreApplication.translate("Wording", "Average first response today")


def level_label(level: Level) -> str:
    """A wallboard tile's colour in words (for tooltips and the chart's limits)."""
    match level:
        case Level.GREEN:
            return QCoreApplication.translate("Wording", "Green")
        case Level.AMBER:
            return QCoreApplication.translate("Wording", "Amber")
        case Level.RED:
            return QCoreApplication.translate("Wording", "Red")
        case Level.NONE:
            return QCoreApplication.translate("Wording", "No figure")


def role_word(role: Role) -> str:
    """A role inside a sentence ("has the lead role"); in English the role's own code."""
    match role:
        case Role.AGENT:
            return QCoreApplication.translate("Wording", "agent")
        case Role.LEAD:
            return QCoreApplication.translate("Wording", "lead")
        case Role.TAM:
            return QCoreApplication.translate("Wording", "TAM")
        case Role.ADMIN:
            return QCoreApplication.translate("Wording", "admin")
