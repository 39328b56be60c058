"""Case use cases on SQLite and PostgreSQL: open, claim, assign, status, severity,
replies, notes, chat, conflicts and the audit trail."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from console.domain.cases import CaseStatus, MessageKind
from console.domain.plans import Plan, Severity
from console.services.errors import Conflict, InvalidInput, NotAllowed, NotFound, NothingToClaim
from console.storage.models import CaseEvent, ChangeLog
from tests.support.services import WEDNESDAY_9, Services


def test_open_case_computes_the_due_time(services: Services) -> None:
    case = services.cases.open_case("Globex", 1, "Server down", body="Nothing works")
    assert case.number == 10001
    assert case.plan is Plan.STANDARD
    assert case.due_at == WEDNESDAY_9 + timedelta(hours=4)
    assert case.status is CaseStatus.NEW
    assert case.waiting_since == WEDNESDAY_9
    services.clock.now = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
    premier = services.cases.open_case(
        "Initech", 1, "Outage", opened_at=datetime(2026, 11, 28, 22, 0, tzinfo=UTC)
    )
    assert premier.due_at == datetime(2026, 11, 28, 22, 15, tzinfo=UTC)  # 24x7 on-call
    addon = services.cases.open_case("Initech", 3, "Custom report", category="customisation")
    assert addon.due_at is None
    detail = services.cases.detail(case.number)
    assert [m.body for m in detail.messages] == ["Nothing works"]
    assert detail.events[0].action == "opened"


def test_opening_in_the_future_is_refused(services: Services) -> None:
    with pytest.raises(InvalidInput, match="lies in the future"):
        services.cases.open_case("Globex", 1, "Tomorrow", opened_at=WEDNESDAY_9 + timedelta(days=1))


def test_bad_input_writes_nothing(services: Services) -> None:
    with services.db.read() as session:
        before = session.scalar(select(func.count()).select_from(ChangeLog))
    for call, error in [
        (lambda: services.cases.open_case("Globex", 5, "x"), InvalidInput),
        (lambda: services.cases.open_case("Nobody Inc", 1, "x"), NotFound),
        (lambda: services.cases.open_case("Globex", 1, "   "), InvalidInput),
        (lambda: services.cases.open_case("Globex", 1, "x", category="magic"), InvalidInput),
        (lambda: services.cases.open_case("Globex", 1, "x", opened_at=datetime(2026, 1, 1)), InvalidInput),
    ]:
        with pytest.raises(error):
            call()
    with services.db.read() as session:
        assert session.scalar(select(func.count()).select_from(ChangeLog)) == before


def test_claim_takes_the_top_of_the_queue_in_order(services: Services) -> None:
    low = services.cases.open_case("Globex", 1, "Standard urgent")
    top = services.cases.open_case("Initech", 4, "Premier low")
    claimed = services.cases.claim_next("Ben Agent")
    assert claimed.number == top.number
    assert claimed.assignee_name == "Ben Agent"
    assert claimed.status is CaseStatus.OPEN
    assert services.cases.claim_next("Anna Agent").number == low.number
    with pytest.raises(NothingToClaim):
        services.cases.claim_next("Ben Agent")


def test_claim_respects_languages(services: Services) -> None:
    services.cases.open_case("Globex", 2, "Frage", language="de")
    with pytest.raises(NothingToClaim):
        services.cases.claim_next("Ben Agent")
    assert services.cases.claim_next("Anna Agent").language == "de"


def test_assign_and_roles(services: Services) -> None:
    case = services.cases.open_case("Globex", 3, "Question")
    with pytest.raises(NotAllowed, match="may not assign cases to others"):
        services.cases.assign(case.number, "Ben Agent", actor="Anna Agent")
    mine = services.cases.assign(case.number, "Anna Agent", actor="Anna Agent")
    assert mine.assignee_name == "Anna Agent"
    moved = services.cases.assign(case.number, "Ben Agent", actor="Lea Lead")
    assert moved.assignee_name == "Ben Agent"
    back = services.cases.assign(case.number, None, actor="Lea Lead")
    assert back.assignee_id is None


def test_status_machine(services: Services) -> None:
    case = services.cases.open_case("Globex", 3, "Question")
    services.cases.change_status(case.number, "pending_customer", actor="Anna Agent")
    solved = services.cases.change_status(case.number, "solved", actor="Anna Agent")
    assert solved.status is CaseStatus.SOLVED
    closed = services.cases.change_status(case.number, "closed", actor="Anna Agent")
    with pytest.raises(InvalidInput, match="cannot go from closed to open"):
        services.cases.change_status(case.number, "open", actor="Anna Agent")
    with pytest.raises(InvalidInput, match="unknown status"):
        services.cases.change_status(case.number, "vanished")
    assert closed.status is CaseStatus.CLOSED


def test_severity_change_recomputes_due_before_first_response(services: Services) -> None:
    case = services.cases.open_case("Globex", 4, "Slow report")
    assert case.due_at == datetime(2026, 11, 30, 8, 0, tzinfo=UTC)  # 36 operational hours
    raised = services.cases.change_severity(case.number, 1, actor="Anna Agent")
    assert raised.due_at == WEDNESDAY_9 + timedelta(hours=4)
    services.clock.advance(minutes=30)
    services.talk.reply(case.number, "Looking into it", "Anna Agent")
    after = services.cases.change_severity(case.number, 2, actor="Anna Agent")
    assert after.due_at == raised.due_at  # answered: the due time stays
    actions = [e.action for e in services.cases.detail(case.number).events]
    assert actions == ["opened", "severity", "due", "first_response", "status", "reply", "severity"]


def test_first_public_response_stops_the_clock_notes_do_not(services: Services) -> None:
    case = services.cases.open_case("Initech", 2, "Login fails", body="Cannot log in")
    services.clock.advance(minutes=5)
    noted = services.talk.note(case.number, "Checking logs", "Anna Agent")
    assert noted.first_response_at is None
    services.clock.advance(minutes=5)
    replied = services.talk.reply(case.number, "We are on it", "Anna Agent")
    assert replied.first_response_at == WEDNESDAY_9 + timedelta(minutes=10)
    assert replied.waiting_since is None
    services.clock.advance(minutes=5)
    services.talk.customer_message(case.number, "Still broken")
    again = services.cases.summary(case.number)
    assert again.waiting_since == WEDNESDAY_9 + timedelta(minutes=15)
    assert again.first_response_at == replied.first_response_at
    kinds = [m.kind for m in services.cases.detail(case.number).messages]
    assert kinds == [MessageKind.REPLY, MessageKind.NOTE, MessageKind.REPLY, MessageKind.REPLY]


def test_chat(services: Services) -> None:
    premier = services.cases.open_case("Initech", 2, "Chat me")
    services.talk.customer_message(premier.number, "Hello?", chat=True)
    unread = services.cases.summary(premier.number)
    assert unread.unread_chat == 1
    answered = services.talk.agent_chat(premier.number, "Hi Peter", "Anna Agent")
    assert answered.unread_chat == 0
    assert answered.first_response_at is not None
    standard = services.cases.open_case("Globex", 2, "No chat here")
    with pytest.raises(NotAllowed, match="live chat is not part of the Standard plan"):
        services.talk.customer_message(standard.number, "Hello?", chat=True)
    with pytest.raises(NotAllowed, match="live chat is not part of the Standard plan"):
        services.talk.agent_chat(standard.number, "Hi", "Anna Agent")


def test_plan_change_applies_to_new_cases_only(services: Services) -> None:
    before = services.cases.open_case("Globex", 1, "Before")
    services.accounts.change_plan("Globex", "premier", actor="Ada Admin")
    after = services.cases.open_case("Globex", 1, "After")
    assert before.plan is Plan.STANDARD and after.plan is Plan.PREMIER
    assert services.cases.summary(before.number).due_at == before.due_at
    with pytest.raises(NotAllowed):
        services.accounts.change_plan("Globex", "standard", actor="Anna Agent")


def test_concurrent_edit_is_a_conflict(services: Services) -> None:
    case = services.cases.open_case("Globex", 3, "Shared")
    seen = case.version
    services.cases.change_status(case.number, "pending_customer", actor="Ben Agent", expected_version=seen)
    with pytest.raises(Conflict, match="changed by someone else") as caught:
        services.cases.change_severity(case.number, 2, actor="Anna Agent", expected_version=seen)
    assert caught.value.current is not None
    assert caught.value.current.status is CaseStatus.PENDING_CUSTOMER
    assert services.cases.summary(case.number).severity is Severity.MEDIUM


def test_every_change_is_audited_and_logged(services: Services) -> None:
    case = services.cases.open_case("Initech", 2, "Audit me")
    services.cases.claim_next("Anna Agent")
    services.talk.reply(case.number, "Hi", "Anna Agent")
    services.cases.change_status(case.number, "solved", actor="Anna Agent")
    with services.db.read() as session:
        logged = session.scalars(
            select(ChangeLog.action).where(ChangeLog.case_id == case.id).order_by(ChangeLog.id)
        ).all()
        events = session.scalars(
            select(CaseEvent).where(CaseEvent.case_id == case.id).order_by(CaseEvent.id)
        ).all()
    assert logged == ["opened", "claimed", "reply", "status"]
    assert [(e.action, e.old_value, e.new_value) for e in events][1:] == [
        ("claimed", None, "Anna Agent"),
        ("first_response", None, "met"),
        ("reply", None, None),
        ("status", "open", "solved"),
    ]
