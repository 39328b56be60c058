"""The GUI words the core's codes as the command line does (in English): every queue
reason, rule, status and severity (ui/wording.py against console/cli/words.py); and
the desktop notifications, which only the GUI shows."""

from __future__ import annotations

from hypothesis import given, settings

from console.cli import words
from console.domain.cases import CaseStatus, CaseSummary
from console.domain.plans import Plan, Severity
from console.queueing import QueueContext, QueueRule, RuleChain, order
from console.services.readmodels.alerts import Alert, AlertKind
from tests.support.queue_cases import cases_strategy
from ui import wording


def test_labels_read_as_the_command_line_s() -> None:
    assert [wording.rule_label(r) for r in QueueRule] == [words.rule_label(r) for r in QueueRule]
    assert [wording.status_label(s) for s in CaseStatus] == [words.status_label(s) for s in CaseStatus]
    assert [wording.severity_label(s) for s in Severity] == [words.severity_label(s) for s in Severity]


@settings(max_examples=200, deadline=None)
@given(cases_strategy)
def test_why_reads_as_the_command_line_s(cases: list[CaseSummary]) -> None:
    for chain in (RuleChain(), RuleChain(tuple(reversed(QueueRule)))):
        for place in order(cases, QueueContext(frozenset({1, 3})), chain):
            assert wording.why_text(place) == words.why_text(place)


def test_alerts() -> None:
    at_risk = Alert(AlertKind.AT_RISK, 1, 12, "Globex", "Slow logins", Plan.STANDARD, minutes_left=9)
    assert (wording.alert_title(at_risk), wording.alert_text(at_risk)) == (
        "At risk — #12, 9 min left",
        "Globex: Slow logins",
    )
    urgent = Alert(AlertKind.NEW_URGENT, 2, 13, "Initech", "Production down", Plan.PREMIER)
    assert (wording.alert_title(urgent), wording.alert_text(urgent)) == (
        "New Severity 1 — #13",
        "Initech (Premier): Production down",
    )
    on_call = Alert(AlertKind.NEW_URGENT, 2, 13, "Initech", "Production {down}", Plan.PREMIER, on_call=True)
    assert (wording.alert_title(on_call), wording.alert_text(on_call)) == (
        "Severity 1 on Initech — #13",
        "Production {down} (Premier; you are on call)",
    )
