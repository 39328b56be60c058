"""Alerts: at risk for the agent's own or unassigned cases, new Severity 1; the first
look is the baseline; each alert once."""

from __future__ import annotations

from datetime import timedelta

from console.services.readmodels.alerts import AlertKind, AlertWatcher
from tests.support.services import WEDNESDAY_9, Services


def test_alerts(services: Services) -> None:
    anna = services.accounts.user("Anna Agent").id
    watcher = AlertWatcher(anna)
    early = services.cases.open_case("Globex", 2, "Before sign-in")  # 8 h target
    assert watcher.update(services.queue.rows(WEDNESDAY_9)) == []  # baseline
    urgent = services.cases.open_case("Initech", 1, "Outage")
    other = services.cases.open_case("Initech", 3, "Someone else's")
    services.cases.assign(other.number, "Ben Agent", actor="Lea Lead")
    alerts = watcher.update(services.queue.rows(WEDNESDAY_9))
    assert [(a.kind, a.case_number) for a in alerts] == [(AlertKind.NEW_URGENT, urgent.number)]
    # 7 hours later Globex's 8 h case is at risk (unassigned); Ben's case is not Anna's business.
    later = WEDNESDAY_9 + timedelta(hours=7, minutes=1)
    kinds = {(a.kind, a.case_number) for a in watcher.update(services.queue.rows(later))}
    assert (AlertKind.AT_RISK, early.number) in kinds
    assert all(number != other.number for _, number in kinds)
    assert watcher.update(services.queue.rows(later)) == []  # once only
