"""Which changes deserve a desktop notification for an agent (SPEC.md section 1:
"be warned before a case breaches"): a case of theirs, or an unassigned one in the
queue, that becomes at risk; and a new Severity 1. The first look at the queue is
the baseline (no flood of alerts at sign-in); after that each case alerts once per
kind."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass

from console.domain.cases import CaseSummary
from console.domain.plans import Plan, Severity
from console.services.readmodels.queue import QueueRow
from console.sla.clock import ClockState


class AlertKind(enum.StrEnum):
    AT_RISK = "at_risk"
    NEW_URGENT = "new_urgent"


@dataclass(frozen=True, slots=True)
class Alert:
    """A notification as codes and values; the GUI words it (ui/wording.py)."""

    kind: AlertKind
    case_id: int
    case_number: int
    account_name: str
    subject: str
    plan: Plan
    minutes_left: int = 0  # AT_RISK: whole minutes left on the clock
    on_call: bool = False  # NEW_URGENT: raised by a TAM's on-call watch

    @classmethod
    def about(cls, kind: AlertKind, case: CaseSummary, minutes_left: int = 0, on_call: bool = False) -> Alert:
        """The alert of ``kind`` about ``case``."""
        return cls(
            kind, case.id, case.number, case.account_name, case.subject, case.plan, minutes_left, on_call
        )


class AlertWatcher:
    def __init__(self, user_id: int) -> None:
        self.user_id = user_id
        self._seen: set[int] | None = None
        self._alerted: set[tuple[AlertKind, int]] = set()

    def update(self, rows: Iterable[QueueRow]) -> list[Alert]:
        """The alerts that ``rows`` (the whole queue, clocked now) give rise to."""
        alerts: list[Alert] = []
        current: set[int] = set()
        baseline = self._seen is None
        for row in rows:
            case = row.case
            current.add(case.id)
            mine_or_free = case.assignee_id is None or case.assignee_id == self.user_id
            if baseline:
                if row.clock is not None and row.clock.state is ClockState.AT_RISK:
                    self._alerted.add((AlertKind.AT_RISK, case.id))
                continue
            assert self._seen is not None
            if (
                case.id not in self._seen
                and case.severity is Severity.URGENT
                and case.first_response_at is None
            ):
                key = (AlertKind.NEW_URGENT, case.id)
                if key not in self._alerted:
                    self._alerted.add(key)
                    # One notification per case: a new Severity 1 is at risk from the
                    # start (15 minutes), so the at-risk alert would only repeat it.
                    self._alerted.add((AlertKind.AT_RISK, case.id))
                    alerts.append(Alert.about(AlertKind.NEW_URGENT, case))
            if mine_or_free and row.clock is not None and row.clock.state is ClockState.AT_RISK:
                key = (AlertKind.AT_RISK, case.id)
                if key not in self._alerted:
                    self._alerted.add(key)
                    minutes = max(0, row.clock.remaining_seconds) // 60
                    alerts.append(Alert.about(AlertKind.AT_RISK, case, minutes_left=minutes))
        self._seen = current
        return alerts
