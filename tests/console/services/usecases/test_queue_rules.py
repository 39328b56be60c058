"""Leads and admins reorder and switch the queue's rules (SPEC.md section 4): who may,
what is logged, that the queue view, the live queue and claiming follow the stored
chain at once, the preview, and — on both backends — that the SQL order claiming
uses equals the Python order for every chain a lead can build."""

from __future__ import annotations

import itertools
import random
import time
from datetime import timedelta

import pytest
from sqlalchemy import select

from console.domain.cases import OPEN_STATUS_CODES, CaseStatus
from console.queueing import DEFAULT_CHAIN, QueueContext, QueueReason, QueueRule, RuleChain, order, sql_order
from console.services.errors import Conflict, InvalidInput, NotAllowed
from console.services.infrastructure.feed import read_changes
from console.services.readmodels.live_queue import LiveQueue
from console.services.readmodels.snapshots import summary_of, summary_query
from console.services.usecases.cases import QUEUE_COLUMNS
from console.services.usecases.queue_rules import QueueRulesService
from console.storage.models import Case, ChangeLog
from tests.support.services import WEDNESDAY_9, Services

SEVERITY_FIRST = RuleChain.parse(
    "severity,-exam_live,priority_plan,awaiting_first_response,earliest_due,opened"
)


def rules_service(services: Services) -> QueueRulesService:
    return QueueRulesService(services.db, services.loader, services.clock)


def test_leads_and_admins_set_the_chain_others_are_refused(services: Services) -> None:
    rules = rules_service(services)
    assert rules.queue_rules().chain == DEFAULT_CHAIN and rules.queue_rules().published
    for who in ("Anna Agent", "Tom Tam"):
        with pytest.raises(NotAllowed, match="may not change the queue rules: that takes a lead or admin"):
            rules.set_queue_rules(SEVERITY_FIRST, actor=who)
    assert rules.queue_rules().chain == DEFAULT_CHAIN
    view = rules.set_queue_rules(str(SEVERITY_FIRST), actor="Lea Lead")
    assert view.chain == SEVERITY_FIRST and not view.published
    assert rules.queue_rules().chain == SEVERITY_FIRST
    lea = services.accounts.user("Lea Lead").id
    with services.db.read() as session:
        logged = session.execute(
            select(ChangeLog.entity, ChangeLog.action, ChangeLog.actor_id).order_by(ChangeLog.id.desc())
        ).first()
    assert tuple(logged or ()) == ("policy", "queue_rules", lea)
    assert rules.reset_queue_rules(actor="Ada Admin").published
    assert rules.queue_rules().chain == DEFAULT_CHAIN


def test_bad_chains_and_stale_editors_are_refused(services: Services) -> None:
    rules = rules_service(services)
    with pytest.raises(InvalidInput, match="unknown queue rule 'vip'"):
        rules.set_queue_rules("vip,severity", actor="Lea Lead")
    with pytest.raises(InvalidInput, match="only once"):
        rules.set_queue_rules("severity,-severity", actor="Lea Lead")
    rules.set_queue_rules(SEVERITY_FIRST, actor="Lea Lead")
    with pytest.raises(Conflict, match="changed by someone else"):
        rules.set_queue_rules("opened", actor="Ada Admin", expected=DEFAULT_CHAIN)
    assert rules.queue_rules().chain == SEVERITY_FIRST


def test_queue_live_queue_claiming_and_preview_follow_the_stored_chain(services: Services) -> None:
    rules = rules_service(services)
    premier_low = services.cases.open_case("Initech", 4, "Premier low")
    standard_urgent = services.cases.open_case("Globex", 1, "Standard urgent")
    live = LiveQueue(services.queue)
    assert [r.case.number for r in live.load().rows] == [premier_low.number, standard_urgent.number]

    preview = rules.preview(SEVERITY_FIRST)
    assert [r.case.number for r in preview] == [standard_urgent.number, premier_low.number]
    assert preview[0].place.reason is QueueReason.HIGHER_SEVERITY
    assert rules.queue_rules().chain == DEFAULT_CHAIN  # a preview stores nothing

    rules.set_queue_rules(SEVERITY_FIRST, actor="Lea Lead")
    assert [r.case.number for r in services.queue.rows()] == [standard_urgent.number, premier_low.number]
    snapshot, _ = live.apply(read_changes(services.db.engine, 0, limit=10_000))
    assert [r.case.number for r in snapshot.rows] == [standard_urgent.number, premier_low.number]
    assert services.cases.claim_next("Anna Agent").number == standard_urgent.number


# --- the SQL order equals the Python order for every chain a lead can build -------------------


def every_effective_chain() -> list[RuleChain]:
    """6! orders x 2^6 switch sets = 46,080 chains a lead can build; the order they give
    depends only on the switched-on rules in their order (a switched-off rule's place
    is kept only for the editor), so they give 1,957 distinct orders: one chain each."""
    effective: dict[tuple[QueueRule, ...], RuleChain] = {}
    for steps in itertools.permutations(QueueRule):
        for mask in range(64):
            off = frozenset(rule for bit, rule in enumerate(QueueRule) if mask >> bit & 1)
            chain = RuleChain(steps, off)
            effective.setdefault(chain.rules, chain)
    assert len(effective) == sum(len(list(itertools.permutations(QueueRule, k))) for k in range(7)) == 1957
    return list(effective.values())


def build_mixed_queue(services: Services) -> None:
    """Open cases in every status, answered and unanswered (some with a customer
    follow-up), paid add-ons, an account with a live exam, and exact ties (twins
    opened at the same second with the same account, severity and category)."""
    services.exams.add_exam("Exam Board", WEDNESDAY_9 - timedelta(hours=1), WEDNESDAY_9 + timedelta(hours=2))
    rnd = random.Random(9)
    twins: list[tuple[int, int]] = []
    for index, (account, category, severity) in enumerate(
        itertools.product(("Globex", "Initech", "Exam Board"), ("incident", "training"), (1, 3))
    ):
        services.clock.now = WEDNESDAY_9 - timedelta(minutes=37 * index % 400)
        pair = tuple(
            services.cases.open_case(
                account, severity, f"twin {index}", category=category, body="help"
            ).number
            for _ in range(2)
        )
        twins.append((pair[0], pair[1]))
    singles = []
    for index in range(20):
        services.clock.now = WEDNESDAY_9 - timedelta(minutes=rnd.randrange(0, 3000))
        case = services.cases.open_case(
            rnd.choice(["Globex", "Initech", "Exam Board"]),
            rnd.randint(1, 4),
            f"single {index}",
            category=rnd.choice(["incident", "question", "consulting", "customisation"]),
            body="help" if rnd.random() < 0.7 else None,
        )
        singles.append(case.number)
    services.clock.now = WEDNESDAY_9 - timedelta(minutes=20)
    for first, second in twins[::3]:  # answered twins stay tied
        for number in (first, second):
            services.talk.reply(number, "answer", "Anna Agent")
    for first, second in twins[1::3]:
        for number in (first, second):
            services.talk.reply(number, "answer", "Anna Agent")
        services.clock.now = WEDNESDAY_9 - timedelta(minutes=10)
        for number in (first, second):
            services.talk.customer_message(number, "still broken")
        services.clock.now = WEDNESDAY_9 - timedelta(minutes=20)
    for number in rnd.sample(singles, 10):
        services.talk.reply(number, "answer", "Anna Agent")
        if rnd.random() < 0.5:
            services.talk.customer_message(number, "follow-up")
    for number, status in zip(
        rnd.sample(singles, 6),
        ["pending_customer", "pending_customer", "on_hold", "on_hold", "solved", "open"],
        strict=True,
    ):
        services.cases.change_status(number, status, actor="Lea Lead")
    services.cases.change_status(twins[2][0], "pending_customer", actor="Lea Lead")
    services.cases.change_status(twins[2][1], "pending_customer", actor="Lea Lead")
    services.clock.now = WEDNESDAY_9


@pytest.mark.slow
def test_sql_order_equals_python_order_for_every_chain_a_lead_can_build(services: Services) -> None:
    """Both sides read the same open cases (every open status, as the queue view does).
    All 1,957 distinct chains while an exam is live, and every seventh of them when
    none is (that only drops the live-exam term): one database per backend and one
    ORDER BY query per chain — compiling each distinct statement is most of the cost,
    about 7 ms a chain, 15-20 s a backend on a shared two-core machine."""
    build_mixed_queue(services)
    chains = every_effective_chain()
    started = time.perf_counter()
    with services.db.read() as session:
        programme = services.cases.loader.load(session)
        summaries = [
            summary_of(r) for r in session.execute(summary_query().where(Case.status.in_(OPEN_STATUS_CODES)))
        ]
        kinds = {(s.status, s.category.is_paid_add_on, s.first_response_at is None) for s in summaries}
        assert {CaseStatus.PENDING_CUSTOMER, CaseStatus.ON_HOLD} <= {k[0] for k in kinds}
        assert {(True, True), (False, True), (False, False)} <= {k[1:] for k in kinds}
        checked = 0
        for now, some in ((WEDNESDAY_9, chains), (WEDNESDAY_9 + timedelta(hours=3), chains[::7])):
            ctx = QueueContext(programme.live_exam_accounts(now), programme.priority_plans)
            assert bool(ctx.live_exam_accounts) == (now == WEDNESDAY_9)
            for chain in some:
                sql_numbers = list(
                    session.scalars(
                        select(Case.number)
                        .where(Case.status.in_(OPEN_STATUS_CODES))
                        .order_by(*sql_order(chain, QUEUE_COLUMNS, ctx))
                    )
                )
                python_numbers = [p.case.number for p in order(summaries, ctx, chain)]
                assert sql_numbers == python_numbers, str(chain)
                checked += 1
    elapsed = time.perf_counter() - started
    assert checked == 1957 + 280
    assert elapsed < 120, f"{checked} ORDER BY queries took {elapsed:.1f} s"
