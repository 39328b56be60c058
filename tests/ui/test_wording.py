"""The GUI words the core's codes as the command line does (in English): every queue
reason, rule, status and severity (ui/wording.py against console/cli/words.py)."""

from __future__ import annotations

from hypothesis import given, settings

from console.cli import words
from console.domain.cases import CaseStatus, CaseSummary
from console.domain.plans import Severity
from console.queueing import QueueContext, QueueRule, RuleChain, order
from tests.console.test_queueing import cases_strategy
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
