"""A customer's words typed in by an agent (said on the phone) record who entered
them, and only someone who may work the case enters them — on both backends."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from console.domain.cases import AuthorKind
from console.services.errors import NotAllowed
from console.storage.models import CaseEvent, ChangeLog, Message, User
from tests.support.services import Services


def _user_id(services: Services, name: str) -> int:
    with services.db.read() as session:
        return session.scalars(select(User.id).where(User.name == name)).one()


def test_an_agent_entering_a_customers_message_is_recorded(services: Services) -> None:
    case = services.cases.open_case("Initech", 2, "Phone call", contact_email="peter@initech.example")
    services.talk.customer_message(case.number, "It is down again", chat=True, actor="Anna Agent")
    anna = _user_id(services, "Anna Agent")
    with services.db.read() as session:
        message = session.scalars(select(Message).where(Message.body == "It is down again")).one()
        assert message.author_kind == AuthorKind.CUSTOMER.value
        assert message.entered_by_id == anna
        chat_event = session.scalars(
            select(CaseEvent).where(CaseEvent.case_id == case.id, CaseEvent.action == "chat")
        ).one()
        assert chat_event.user_id == anna
        change = session.scalars(
            select(ChangeLog).where(ChangeLog.case_id == case.id).order_by(ChangeLog.id.desc())
        ).first()
        assert change is not None and change.actor_id == anna
    shown = services.cases.detail(case.number).messages[-1]
    assert (shown.author_name, shown.entered_by) == ("Peter Gibbons", "Anna Agent")


def test_the_customers_own_message_has_no_one_entering_it(services: Services) -> None:
    case = services.cases.open_case("Initech", 2, "Portal", contact_email="peter@initech.example")
    services.talk.customer_message(case.number, "From the portal")
    shown = services.cases.detail(case.number).messages[-1]
    assert (shown.author_name, shown.entered_by) == ("Peter Gibbons", None)


def test_only_someone_who_may_work_the_case_enters_for_the_customer(services: Services) -> None:
    case = services.cases.open_case("Initech", 2, "Anna's case", contact_email="peter@initech.example")
    services.cases.assign(case.number, "Anna Agent", actor="Lea Lead")
    with pytest.raises(NotAllowed, match="assigned to someone else"):
        services.talk.customer_message(case.number, "Hello", chat=True, actor="Ben Agent")
    with services.db.write() as session:
        session.scalars(select(User).where(User.name == "Tom Tam")).one().active = False
    with pytest.raises(NotAllowed, match="Tom Tam is deactivated"):
        services.talk.customer_message(case.number, "Hello", chat=True, actor="Tom Tam")
    services.talk.customer_message(case.number, "Hello", chat=True, actor="Lea Lead")
    assert services.cases.detail(case.number).messages[-1].entered_by == "Lea Lead"
