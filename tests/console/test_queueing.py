"""The priority-queueing rule chain: order, "why here", and configurable chains."""

from __future__ import annotations

import itertools
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from console.domain.cases import CaseSummary
from console.domain.plans import Category, Plan, Severity
from console.queueing import (
    DEFAULT_CHAIN,
    LIFTING_RULES,
    QueueContext,
    QueuePlace,
    QueueReason,
    QueueRule,
    RuleChain,
    order,
)
from tests.support.queue_cases import case, cases_strategy


def numbers(places: list[QueuePlace]) -> list[int]:
    return [p.case.number for p in places]


def test_live_exam_comes_first() -> None:
    cases = [
        case(1, Plan.PREMIER, Severity.URGENT, due=1),
        case(2, Plan.PROCTORED, Severity.LOW, due=900, account=7),
    ]
    places = order(cases, QueueContext(frozenset({7})))
    assert numbers(places) == [2, 1]
    assert places[0].rule is QueueRule.EXAM_LIVE
    assert places[0].reason is QueueReason.EXAM_LIVE


def test_priority_plans_before_standard() -> None:
    places = order(
        [case(1, Plan.STANDARD, Severity.URGENT, due=1), case(2, Plan.PREMIER, Severity.LOW, due=500)]
    )
    assert numbers(places) == [2, 1]
    assert places[0].reason is QueueReason.PRIORITY_PLAN


def test_awaiting_first_response_before_answered() -> None:
    places = order([case(1, responded=True, waiting=0), case(2, due=900)])
    assert numbers(places) == [2, 1]
    assert places[0].rule is QueueRule.AWAITING_FIRST_RESPONSE


def test_earliest_due_then_oldest_unanswered() -> None:
    places = order(
        [
            case(1, due=120),
            case(2, due=60),
            case(3, responded=True, waiting=30),
            case(4, responded=True, waiting=10),
            case(5, responded=True, waiting=None),
        ]
    )
    assert numbers(places) == [2, 1, 4, 3, 5]
    assert places[0].reason is QueueReason.DUE_EARLIER
    assert places[2].reason is QueueReason.WAITING_LONGER


def test_severity_then_opened_then_number() -> None:
    places = order(
        [
            case(5, severity=Severity.LOW, due=60),
            case(4, severity=Severity.HIGH, due=60, opened=5),
            case(3, severity=Severity.HIGH, due=60, opened=1),
            case(2, severity=Severity.HIGH, due=60, opened=1),
        ]
    )
    assert numbers(places) == [2, 3, 4, 5]
    assert places[0].reason is QueueReason.LOWER_NUMBER
    assert places[1].rule is QueueRule.OPENED
    assert places[2].rule is QueueRule.SEVERITY
    assert places[1].reason is QueueReason.OPENED_EARLIER
    assert places[2].reason is QueueReason.HIGHER_SEVERITY
    assert places[3].reason is QueueReason.LAST


def test_paid_add_ons_without_clock_wait_behind_clocked_cases() -> None:
    places = order([case(1, due=None), case(2, due=2000)])
    assert numbers(places) == [2, 1]


def test_chain_can_be_reordered_and_switched() -> None:
    cases = [case(1, Plan.STANDARD, Severity.URGENT, due=1), case(2, Plan.PREMIER, Severity.LOW, due=500)]
    severity_first = RuleChain.parse("severity,priority_plan")
    assert numbers(order(cases, chain=severity_first)) == [1, 2]
    assert numbers(order(cases, chain=RuleChain.parse(""))) == [1, 2]
    assert (
        str(DEFAULT_CHAIN) == "exam_live,priority_plan,awaiting_first_response,earliest_due,severity,opened"
    )
    with pytest.raises(ValueError, match="unknown queue rule"):
        RuleChain.parse("vip_first")
    with pytest.raises(ValueError, match="only once"):
        RuleChain.parse("severity,severity")


@settings(max_examples=300, deadline=None)
@given(cases_strategy, st.frozensets(st.integers(1, 5)), st.randoms())
def test_order_does_not_depend_on_input_order(
    cases: list[CaseSummary], live: frozenset[int], rnd: random.Random
) -> None:
    ctx = QueueContext(live)
    shuffled = list(cases)
    rnd.shuffle(shuffled)
    assert numbers(order(cases, ctx)) == numbers(order(shuffled, ctx))


@settings(max_examples=300, deadline=None)
@given(cases_strategy, st.frozensets(st.integers(1, 5)))
def test_each_row_obeys_the_first_rule_that_separates_it(
    cases: list[CaseSummary], live: frozenset[int]
) -> None:
    ctx = QueueContext(live)
    places = order(cases, ctx)
    for above, below in itertools.pairwise(places):
        a, b = above.case, below.case
        key_a, key_b = DEFAULT_CHAIN.key(a, ctx), DEFAULT_CHAIN.key(b, ctx)
        assert key_a < key_b
        if above.rule is None:
            assert key_a[:-1] == key_b[:-1]
        # The live-exam rule holds strictly over everything below it (paid add-ons
        # rank as if their account had no live exam).
        a_live = a.account_id in live and not a.category.is_paid_add_on
        b_live = b.account_id in live and not b.category.is_paid_add_on
        if a_live != b_live:
            assert a_live


@settings(max_examples=200, deadline=None)
@given(cases_strategy, cases_strategy, st.randoms(), st.frozensets(st.integers(1, 5)))
def test_sorted_queue_matches_a_fresh_order_after_changes(
    first: list[CaseSummary], changes: list[CaseSummary], rnd: random.Random, live: frozenset[int]
) -> None:
    from console.queueing import SortedQueue

    ctx = QueueContext(live)
    kept = SortedQueue(first, ctx, DEFAULT_CHAIN)
    current = {c.id: c for c in first}
    for change in changes:  # new or changed cases (same id = same number here)
        kept.replace(change.id, change)
        current[change.id] = change
    for gone in rnd.sample(sorted(current), k=min(3, len(current))):
        kept.replace(gone, None)
        del current[gone]
    expected = order(current.values(), ctx)
    assert [(p.case.number, p.rule, p.below, p.reason) for p in kept.places()] == [
        (p.case.number, p.rule, p.below, p.reason) for p in expected
    ]


@settings(max_examples=300, deadline=None)
@given(cases_strategy, st.frozensets(st.integers(1, 5)))
def test_the_fast_default_key_equals_the_composed_rules(
    cases: list[CaseSummary], live: frozenset[int]
) -> None:
    from console.queueing import _KEYS

    ctx = QueueContext(live)
    fast = DEFAULT_CHAIN.key_function(ctx)
    for one in cases:
        composed = (*(_KEYS[rule](one, ctx) for rule in DEFAULT_CHAIN.rules), one.number)
        assert fast(one) == composed


# --- paid add-ons get no lift from the first three rules (SPEC section 4) ---------------------


def test_paid_add_on_of_a_live_exam_account_waits_behind_an_unanswered_premier_severity_1() -> None:
    premier = case(1, Plan.PREMIER, Severity.URGENT, due=5, account=2)
    add_on = case(
        2, Plan.PROCTORED, Severity.URGENT, due=None, opened=-600, account=7, category=Category.TRAINING
    )
    places = order([add_on, premier], QueueContext(frozenset({7})))
    assert numbers(places) == [1, 2]
    assert places[0].rule is QueueRule.PRIORITY_PLAN
    assert places[0].reason is QueueReason.PRIORITY_PLAN_OVER_ADD_ON


def test_paid_add_on_ranks_as_if_its_account_had_no_live_exam() -> None:
    covered = case(1, Plan.PROCTORED, Severity.LOW, due=900, account=7)
    add_on = case(
        2, Plan.PROCTORED, Severity.URGENT, due=None, opened=-600, account=7, category=Category.CONSULTING
    )
    places = order([add_on, covered], QueueContext(frozenset({7})))
    assert numbers(places) == [1, 2]
    assert places[0].rule is QueueRule.EXAM_LIVE
    assert places[0].reason is QueueReason.EXAM_LIVE_OVER_ADD_ON


def test_paid_add_on_ranks_as_if_no_first_response_were_pending() -> None:
    answered = case(1, Plan.STANDARD, Severity.LOW, responded=True, waiting=30)
    unanswered = case(2, Plan.STANDARD, Severity.LOW, due=900)
    add_on = case(
        3,
        Plan.STANDARD,
        Severity.URGENT,
        due=None,
        opened=-600,
        waiting=-600,
        category=Category.IMPLEMENTATION,
    )
    places = order([add_on, answered, unanswered])
    assert numbers(places) == [2, 3, 1]
    assert places[0].rule is QueueRule.AWAITING_FIRST_RESPONSE
    # The add-on competes with the answered cases by its oldest unanswered customer
    # message, as they do: its customer has waited longer than #1's.
    assert places[1].rule is QueueRule.EARLIEST_DUE
    silent = case(4, Plan.STANDARD, Severity.URGENT, due=None, category=Category.IMPLEMENTATION)
    assert numbers(order([silent, answered])) == [1, 4]  # nothing waiting: behind the answered
    alone = order([add_on, unanswered])
    assert alone[0].reason is QueueReason.AWAITING_OVER_ADD_ON


@settings(max_examples=300, deadline=None)
@given(cases_strategy, st.frozensets(st.integers(1, 5)), st.permutations(list(QueueRule)))
def test_no_lifting_rule_puts_a_paid_add_on_above_anything(
    cases: list[CaseSummary], live: frozenset[int], rules: list[QueueRule]
) -> None:
    ctx = QueueContext(live)
    for chain in (DEFAULT_CHAIN, RuleChain(tuple(rules))):
        for place in order(cases, ctx, chain):
            if place.case.category.is_paid_add_on:
                assert place.rule not in LIFTING_RULES


# --- chains a lead builds: order and switches -------------------------------------------------


def test_switched_off_rules_keep_their_place_in_the_chain() -> None:
    chain = RuleChain.parse("exam_live,-priority_plan,awaiting_first_response,earliest_due,-severity,opened")
    assert chain.rules == (
        QueueRule.EXAM_LIVE,
        QueueRule.AWAITING_FIRST_RESPONSE,
        QueueRule.EARLIEST_DUE,
        QueueRule.OPENED,
    )
    assert chain.steps == tuple(QueueRule)
    assert chain.off == frozenset({QueueRule.PRIORITY_PLAN, QueueRule.SEVERITY})
    assert str(chain) == "exam_live,-priority_plan,awaiting_first_response,earliest_due,-severity,opened"
    assert [(rule, on) for rule, on in chain.entries][:2] == [
        (QueueRule.EXAM_LIVE, True),
        (QueueRule.PRIORITY_PLAN, False),
    ]


def test_rules_a_stored_chain_leaves_out_are_switched_off_at_its_end() -> None:
    chain = RuleChain.parse("severity,priority_plan")
    assert chain.rules == (QueueRule.SEVERITY, QueueRule.PRIORITY_PLAN)
    assert str(chain) == ("severity,priority_plan,-exam_live,-awaiting_first_response,-earliest_due,-opened")
    assert RuleChain.parse(str(chain)) == chain
    assert RuleChain.parse("").rules == ()
    with pytest.raises(ValueError, match="only once"):
        RuleChain.parse("severity,-severity")
    with pytest.raises(ValueError, match="unknown queue rule"):
        RuleChain.parse("-vip_first")


def test_every_chain_a_lead_can_build_survives_storing() -> None:
    """6! orders x 2^6 switch sets = 46,080 chains: each reads back equal from its text,
    which fits the stored column (400 characters)."""
    count = 0
    for steps in itertools.permutations(QueueRule):
        for mask in range(64):
            off = frozenset(rule for bit, rule in enumerate(QueueRule) if mask >> bit & 1)
            chain = RuleChain(steps, off)
            text = str(chain)
            assert len(text) <= 400
            assert RuleChain.parse(text) == chain
            assert chain.rules == tuple(rule for rule in steps if rule not in off)
            count += 1
    assert count == 46_080
