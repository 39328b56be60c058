"""Many cases at once, for load tests and benchmarks (the claim race, the queue
with 50,000 open cases, the wallboard over 500,000 closed cases of history). Due times come from the real programme and calendar;
the rows go in with one bulk insert per batch, so filling is quick and what is
measured afterwards is the work under test, not the filling."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import NamedTuple

from sqlalchemy import Row, insert, select, update
from sqlalchemy.orm import Session

from console.domain.plans import Category, Plan, Severity
from console.services.infrastructure.database import Database, to_second
from console.services.infrastructure.programme import ProgrammeLoader
from console.services.usecases.casework import due_time
from console.sla.calendar import from_epoch, to_epoch
from console.storage.models import Account, Case, Counter, Message

BATCH = 5000
SUBJECTS = (
    "SSO login loop after IdP certificate rotation",
    "Licence key rejected after upgrade",
    "Report export times out",
    "Exam proctor cannot see candidate webcam",
    "API returns 502 under load",
    "Password reset e-mail not delivered",
)


class HistoryStory(NamedTuple):
    """What a history case is about: its subject and language, the customer's
    opening message and the agent's first reply."""

    subject: str
    language: str
    customer_text: str
    agent_text: str


StoryTeller = Callable[[int, Plan, random.Random], HistoryStory]
"""Tells the story of a history case of an account (id) on a plan."""


def fill_open_cases(
    db: Database,
    count: int,
    now: datetime,
    seed: int = 7,
    spread_minutes: int = 7 * 24 * 60,
    account_ids: Sequence[int] | None = None,
) -> int:
    """Open ``count`` unassigned cases over the ``spread_minutes`` before ``now``;
    returns the first new case number."""
    rnd = random.Random(seed)
    moment = to_second(now)
    loader = ProgrammeLoader()
    with db.write() as session:
        programme = loader.load(session)
        accounts = _accounts(session, account_ids, "filling the queue")
        first = _last_case_number(session) + 1
        number = first
        for offset in range(0, count, BATCH):
            rows = []
            for _ in range(min(BATCH, count - offset)):
                account = rnd.choice(accounts)
                plan = Plan(account.plan_code)
                severity = _severity(rnd)
                opened = moment - timedelta(minutes=rnd.randrange(spread_minutes))
                rows.append(
                    {
                        "number": number,
                        "account_id": account.id,
                        "subject": rnd.choice(SUBJECTS),
                        "category": Category.INCIDENT.value,
                        "severity": int(severity),
                        "status": "new",
                        "plan_code": plan.value,
                        "language": "en",
                        "opened_at": opened,
                        "first_response_due_at": due_time(
                            programme, plan, severity, account.id, Category.INCIDENT, opened
                        ),
                        "unread_chat": 0,
                        "updated_at": opened,
                        "version": 1,
                    }
                )
                number += 1
            session.execute(insert(Case), rows)
        _set_last_case_number(session, number - 1)
        Database.record_change(session, "case", 0, "bulk_opened", at=moment)
    return first


def fill_closed_history(
    db: Database,
    count: int,
    now: datetime,
    days: int = 365,
    seed: int = 11,
    met_share: float = 0.9,
    account_ids: Sequence[int] | None = None,
    assignee_ids: Sequence[int] | None = None,
    story: StoryTeller | None = None,
) -> int:
    """Add ``count`` closed cases opened over the ``days`` before ``now``, each with
    a first response (``met_share`` of them in time, the rest late) and solved a
    while after it: the history behind SLA attainment and its trend. Due times
    and response times are counted on each case's real calendar. Cases go to
    ``assignee_ids`` in turn (default: left unassigned). With ``story`` each case
    also gets its subject and language from it, and its two messages (the
    customer's opening message, the agent's first reply), so that the history
    reads like real work (the demo); without, the cases carry no messages (the
    benchmarks). Returns the first new case number."""
    if not 0 <= met_share <= 1:
        raise ValueError(f"the share of met clocks lies between 0 and 1, not {met_share}")
    rnd = random.Random(seed)
    moment = to_second(now)
    current = to_epoch(moment)
    loader = ProgrammeLoader()
    with db.write() as session:
        programme = loader.load(session)
        accounts = _accounts(session, account_ids, "filling the history")
        assignees: list[int | None] = list(assignee_ids) if assignee_ids else [None]
        first = _last_case_number(session) + 1
        number = first
        # Oldest first, as a real database fills: case numbers and row order follow
        # the opening time, which is what range scans by time benefit from.
        openings = sorted(current - rnd.randrange(3600, days * 86400) for _ in range(count))
        for offset in range(0, count, BATCH):
            rows = []
            stories: list[tuple[int, int | None, HistoryStory, int, int]] = []
            for index in range(min(BATCH, count - offset)):
                account = rnd.choice(accounts)
                plan = Plan(account.plan_code)
                severity = _severity(rnd)
                calendar = programme.calendar_for(plan, severity, account.id)
                target = programme.policy.target_minutes(plan, severity) * 60
                opened = openings[offset + index]
                due = calendar.add_epoch(opened, target)
                share = rnd.uniform(0.05, 1.0) if rnd.random() < met_share else rnd.uniform(1.02, 1.8)
                responded = calendar.add_epoch(opened, max(1, int(target * share)))
                if responded > current:  # a recent case: its answer came a moment ago
                    responded = max(opened + 1, current - rnd.randrange(1, 600))
                solved = min(current, responded + rnd.randrange(1800, 3 * 86400))
                told = None if story is None else story(account.id, plan, rnd)
                assignee = assignees[(offset + index) % len(assignees)]
                if told is not None:
                    stories.append((number, assignee, told, opened, responded))
                rows.append(
                    {
                        "number": number,
                        "account_id": account.id,
                        "subject": rnd.choice(SUBJECTS) if told is None else told.subject,
                        "category": Category.INCIDENT.value,
                        "severity": int(severity),
                        "status": "closed",
                        "plan_code": plan.value,
                        "language": "en" if told is None else told.language,
                        "opened_at": from_epoch(opened),
                        "first_response_due_at": from_epoch(due),
                        "first_response_at": from_epoch(responded),
                        "last_customer_message_at": None if told is None else from_epoch(opened),
                        "last_agent_message_at": from_epoch(responded),
                        "unread_chat": 0,
                        "assignee_id": assignee,
                        "solved_at": from_epoch(solved),
                        "updated_at": from_epoch(solved),
                        "version": 1,
                    }
                )
                number += 1
            session.execute(insert(Case), rows)
            if stories:
                _add_messages(session, stories)
        _set_last_case_number(session, number - 1)
        Database.record_change(session, "case", 0, "bulk_closed", at=moment)
    return first


def _accounts(
    session: Session, account_ids: Sequence[int] | None, filling: str
) -> Sequence[Row[tuple[int, str]]]:
    """The accounts (id, plan code) to add cases to: all, or those of ``account_ids``."""
    accounts = session.execute(select(Account.id, Account.plan_code).order_by(Account.id)).all()
    if account_ids is not None:
        accounts = [a for a in accounts if a.id in set(account_ids)]
    if not accounts:
        raise ValueError(f"add accounts before {filling}")
    return accounts


def _severity(rnd: random.Random) -> Severity:
    """A severity as bulk cases have them: few urgent, the rest high, medium or low."""
    return Severity(rnd.choices((1, 2, 3, 4), weights=(1, 3, 5, 4))[0])


def _last_case_number(session: Session) -> int:
    """The number the last case was given (0 before the first)."""
    return int(session.scalar(select(Counter.value).where(Counter.name == "case_number")) or 0)


def _set_last_case_number(session: Session, number: int) -> None:
    session.execute(update(Counter).where(Counter.name == "case_number").values(value=number))


def _add_messages(
    session: Session, stories: Sequence[tuple[int, int | None, HistoryStory, int, int]]
) -> None:
    numbers = [number for number, *_ in stories]
    ids = dict(
        session.execute(select(Case.number, Case.id).where(Case.number.between(min(numbers), max(numbers))))
        .tuples()
        .all()
    )
    messages = []
    for number, assignee, told, opened, responded in stories:
        case_id = ids[number]
        messages.append(
            {
                "case_id": case_id,
                "kind": "reply",
                "author_kind": "customer",
                "author_user_id": None,
                "body": told.customer_text,
                "created_at": from_epoch(opened),
            }
        )
        messages.append(
            {
                "case_id": case_id,
                "kind": "reply",
                "author_kind": "agent",
                "author_user_id": assignee,
                "body": told.agent_text,
                "created_at": from_epoch(responded),
            }
        )
    session.execute(insert(Message), messages)
