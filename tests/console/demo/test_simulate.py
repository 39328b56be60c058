"""The activity simulator on SQLite and PostgreSQL: paced customer actions that are
really stored, and a clear refusal without accounts."""

from __future__ import annotations

import threading
from collections import Counter

import pytest
from sqlalchemy import Engine, func, select

from console.demo.simulate import SimEvent, Simulator
from console.domain.plans import Plan
from console.services.errors import InvalidInput
from console.services.infrastructure.database import Database
from console.services.usecases.accounts import AccountService
from console.storage.models import Case, CaseEvent, Message


def _organisation(db: Database) -> None:
    accounts = AccountService(db)
    accounts.add_user("Tom Tam", "tam")
    accounts.add_account("Globex", "standard")
    accounts.add_account("Initech", "premier", tam="Tom Tam")
    accounts.add_account("Exam Board", "proctored", language="de")
    accounts.add_contact("Initech", "Peter Gibbons", "peter@initech.example")


def test_twenty_events_are_really_stored(engine: Engine) -> None:
    db = Database(engine)
    _organisation(db)
    seen: list[SimEvent] = []
    done = Simulator(db, rate_per_second=500, seed=3).run(max_events=20, on_event=seen.append)
    assert done == len(seen) == 20
    kinds = Counter(event.kind for event in seen)
    assert kinds["case_opened"] >= 1 and sum(kinds.values()) == 20
    with db.read() as session:
        cases = dict(session.execute(select(Case.number, Case.plan_code)).tuples().all())
        customer_messages = session.scalar(
            select(func.count()).select_from(Message).where(Message.author_kind == "customer")
        )
        chats = session.scalar(select(func.count()).select_from(CaseEvent).where(CaseEvent.action == "chat"))
        replies = session.scalar(
            select(func.count()).select_from(CaseEvent).where(CaseEvent.action == "customer_reply")
        )
        opened = session.scalar(
            select(func.count()).select_from(CaseEvent).where(CaseEvent.action == "opened")
        )
    assert len(cases) == opened == kinds["case_opened"]
    assert customer_messages == 20  # each new case opens with the customer's message
    assert chats == kinds["chat"] and replies == kinds["customer_reply"]
    for event in seen:
        assert event.case_number in cases
        if event.kind == "chat":
            assert cases[event.case_number] != Plan.STANDARD.value
        assert event.text


def test_run_stops_on_duration_and_on_stop(engine: Engine) -> None:
    db = Database(engine)
    _organisation(db)
    simulator = Simulator(db, rate_per_second=20, seed=1)
    assert 1 <= simulator.run(duration_seconds=0.3) <= 8
    stop = threading.Event()
    stop.set()
    assert simulator.run(stop=stop) == 0


def test_without_accounts_it_says_to_seed_first(engine: Engine) -> None:
    db = Database(engine)
    with pytest.raises(InvalidInput, match="demo seed"):
        Simulator(db, rate_per_second=10).step()
    with pytest.raises(InvalidInput, match="positive"):
        Simulator(db, rate_per_second=0)
