"""The command line's words for the queue's reasons, rules, statuses and severities
(the core hands over codes and values; console/cli/words.py words them)."""

from __future__ import annotations

from console.cli.words import BECAUSE, RULE_LABELS, rule_label, severity_label, status_label, why_text
from console.domain.cases import CaseStatus
from console.domain.plans import Category, Plan, Severity
from console.queueing import QueueContext, QueueReason, QueueRule, order
from tests.support.queue_cases import case


def test_every_reason_is_worded() -> None:
    exam = order(
        [
            case(1, Plan.PREMIER, Severity.URGENT, due=1),
            case(2, Plan.PROCTORED, Severity.LOW, due=900, account=7),
        ],
        QueueContext(frozenset({7})),
    )
    assert [why_text(p) for p in exam] == [
        "above #1: its account's proctored exam session is live now",
        "last in the queue",
    ]
    plan = order(
        [case(1, Plan.STANDARD, Severity.URGENT, due=1), case(2, Plan.PREMIER, Severity.LOW, due=500)]
    )
    assert why_text(plan[0]) == "above #1: Premier has priority queueing, Standard does not"
    awaiting = order([case(1, responded=True, waiting=0), case(2, due=900)])
    assert why_text(awaiting[0]) == "above #1: awaiting its first response"
    due = order(
        [case(1, due=120), case(2, due=60), case(3, responded=True, waiting=30), case(4, responded=True)]
    )
    assert [why_text(p) for p in due[:3]] == [
        "above #1: first response due earlier (2026-11-25 09:00Z vs 2026-11-25 10:00Z)",
        "above #3: awaiting its first response",
        "above #4: customer waiting longer (since 2026-11-25 08:30Z)",
    ]
    ties = order(
        [
            case(5, severity=Severity.LOW),
            case(4, severity=Severity.HIGH, opened=5),
            case(3, severity=Severity.HIGH, opened=1),
            case(2, severity=Severity.HIGH, opened=1),
        ]
    )
    assert [why_text(p) for p in ties] == [
        "above #3: lower case number",
        "above #4: opened earlier (2026-11-25 08:01Z)",
        "above #5: severity 2 before 4",
        "last in the queue",
    ]


def test_reasons_over_a_paid_add_on_say_so() -> None:
    premier = case(1, Plan.PREMIER, Severity.URGENT, due=5, account=2)
    training = case(
        2, Plan.PROCTORED, Severity.URGENT, due=None, opened=-600, account=7, category=Category.TRAINING
    )
    places = order([training, premier], QueueContext(frozenset({7})))
    assert places[0].reason is QueueReason.PRIORITY_PLAN_OVER_ADD_ON
    assert (
        why_text(places[0])
        == "above #2: Premier has priority queueing; #2 is a paid add-on, which no plan covers"
    )
    covered = case(1, Plan.PROCTORED, Severity.LOW, due=900, account=7)
    places = order([training, covered], QueueContext(frozenset({7})))
    assert why_text(places[0]) == (
        "above #2: its account's proctored exam session is live now; #2 is a paid add-on, which that does not lift"
    )
    unanswered = case(1, Plan.STANDARD, Severity.LOW, due=900)
    places = order([training, unanswered])
    assert why_text(places[0]) == (
        "above #2: awaiting its first response; #2 is a paid add-on, which has no first-response clock"
    )


def test_every_code_has_words() -> None:
    assert set(BECAUSE) == {reason.value for reason in QueueReason}
    assert set(RULE_LABELS) == {rule.value for rule in QueueRule}


def test_labels() -> None:
    assert [rule_label(rule) for rule in QueueRule] == [
        "proctored exam session live now",
        "plan with priority queueing",
        "awaiting first response",
        "due earlier",
        "higher severity",
        "opened earlier",
    ]
    assert [severity_label(s) for s in Severity] == ["Urgent", "High", "Medium", "Low"]
    assert [status_label(s) for s in CaseStatus] == [
        "New",
        "Open",
        "Pending customer",
        "On hold",
        "Solved",
        "Closed",
    ]
