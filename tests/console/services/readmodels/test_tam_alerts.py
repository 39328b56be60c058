"""The TAM's Severity 1 alert: the first look is the baseline, each case alerts
once, a severity raised to 1 alerts too, at any hour; answered cases and other
TAMs' accounts do not."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from console.domain.cases import CaseStatus, CaseSummary
from console.domain.plans import Category, Plan, Severity
from console.services.readmodels.alerts import AlertKind
from console.services.readmodels.cockpit import CockpitService
from console.services.readmodels.tam_alerts import TamAlertWatcher
from tests.support.services import Services


def test_tam_alerts(services: Services) -> None:
    cockpit = CockpitService(services.db, services.loader, services.clock)
    tom = services.accounts.user("Tom Tam").id
    watcher = TamAlertWatcher(tom)
    before = services.cases.open_case("Initech", 1, "Before sign-in")
    assert watcher.update(cockpit.urgent_cases(tom)) == []  # baseline: no flood at start-up
    assert watcher.started

    # Saturday 28 Nov 03:00 Berlin: no operational hour, still an alert.
    services.clock.now = datetime(2026, 11, 28, 3, tzinfo=ZoneInfo("Europe/Berlin")).astimezone(UTC)
    night = services.cases.open_case("Initech", 1, "Cluster down")
    services.cases.open_case("Globex", 1, "Not Tom's account")
    raised = services.cases.open_case("Initech", 3, "Getting worse")
    alerts = watcher.update(cockpit.urgent_cases(tom))
    assert [(a.kind, a.case_number) for a in alerts] == [(AlertKind.NEW_URGENT, night.number)]
    assert (alerts[0].account_name, alerts[0].subject, alerts[0].on_call) == ("Initech", "Cluster down", True)
    assert watcher.update(cockpit.urgent_cases(tom)) == []  # once

    services.cases.change_severity(raised.number, 1, actor="Anna Agent")
    assert [a.case_number for a in watcher.update(cockpit.urgent_cases(tom))] == [raised.number]
    # Lowered and raised again: it already alerted.
    services.cases.change_severity(raised.number, 2, actor="Anna Agent")
    services.cases.change_severity(raised.number, 1, actor="Anna Agent")
    assert watcher.update(cockpit.urgent_cases(tom)) == []

    # The snapshot's cases serve as well: answered ones never alert.
    answered = services.cases.open_case("Initech", 1, "Answered at once")
    services.talk.reply(answered.number, "On it.", "Anna Agent")
    assert watcher.update(cockpit.snapshot(tom).accounts[0].open_cases) == []
    assert before.number not in [a.case_number for a in watcher.update(cockpit.urgent_cases(tom))]


@given(st.lists(st.tuples(st.integers(1, 30), st.sampled_from(list(Severity)), st.booleans()), max_size=40))
def test_every_case_alerts_at_most_once(looks: list[tuple[int, Severity, bool]]) -> None:
    """Whatever order cases come and go in, a case alerts at most once, and only
    while it is Severity 1 and unanswered."""
    opened = datetime(2026, 11, 25, 8, tzinfo=UTC)
    watcher = TamAlertWatcher(1)
    watcher.update([])
    alerted: list[int] = []
    for case_id, severity, answered in looks:
        case = CaseSummary.create(
            id=case_id,
            number=case_id,
            subject="s",
            category=Category.INCIDENT,
            severity=severity,
            status=CaseStatus.OPEN,
            plan=Plan.PREMIER,
            account_id=1,
            account_name="Initech",
            language="en",
            opened_at=opened,
            due_at=opened,
            first_response_at=opened if answered else None,
            waiting_since=None,
            assignee_id=None,
            assignee_name=None,
            unread_chat=0,
            version=1,
        )
        for alert in watcher.update([case]):
            assert severity is Severity.URGENT and not answered
            alerted.append(alert.case_id)
    assert len(alerted) == len(set(alerted))
