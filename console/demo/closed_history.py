"""The demo's month of history: a thousand closed cases of the 30 days before ``now``,
bulk-written by the load generator (played case by case it would take a minute) but
told with the demo's own subjects, languages and first replies, so that the SLA
trend and the reports have a month to show and read like real work. Afterwards
every case, history and played cases alike, is numbered in the order it was opened,
as if they had come in one by one.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import datetime
from typing import cast

from sqlalchemy import Table, bindparam, select, update

from console.demo.loadgen import HistoryStory, fill_closed_history
from console.demo.organisation import Person, company_named
from console.demo.phrases import FIRST_REPLIES, say
from console.demo.topics import pick_topic
from console.domain.plans import Plan
from console.services.infrastructure.database import Database
from console.storage.models import Account, Case, User

CLOSED_HISTORY = 1000
"""Closed cases of the 30 days before, bulk-written: the SLA trend and the reports
have a month of history (played case by case it would take a minute)."""
CLOSED_HISTORY_DAYS = 30


def add_closed_history(db: Database, now: datetime, rng: random.Random, agents: Sequence[Person]) -> None:
    """The closed cases of the last month, answered by ``agents`` in turn, then every
    case numbered in the order it was opened (as if they had come in one by one)."""
    with db.read() as session:
        accounts = dict(session.execute(select(Account.id, Account.name)).tuples().all())
        staff = dict(session.execute(select(User.name, User.id)).tuples().all())
    companies = {account_id: company_named(name) for account_id, name in accounts.items()}

    def story(account_id: int, plan: Plan, rng: random.Random) -> HistoryStory:
        company = companies[account_id]
        topic = pick_topic(rng, plan, company.language, add_on_chance=0.0)
        return HistoryStory(
            topic.subject,
            company.language,
            topic.body,
            say(rng, FIRST_REPLIES, company.language),
        )

    agent_ids = [staff[a.name] for a in agents]
    fill_closed_history(
        db,
        CLOSED_HISTORY,
        now,
        days=CLOSED_HISTORY_DAYS,
        seed=rng.randrange(1 << 30),
        met_share=0.93,
        assignee_ids=rng.sample(agent_ids, len(agent_ids)),
        story=story,
    )
    _number_in_opening_order(db)


def _number_in_opening_order(db: Database) -> None:
    """Renumber every case by its opening time, keeping the first number."""
    with db.write() as session:
        rows = session.execute(select(Case.id, Case.number).order_by(Case.opened_at, Case.id)).all()
        first = min(number for _, number in rows)
        cases = cast(Table, Case.__table__)
        renumber = (
            update(cases).where(cases.c.id == bindparam("case_id")).values(number=bindparam("new_number"))
        )
        # Through negative numbers: the unique index holds at every step.
        session.execute(renumber, [{"case_id": case_id, "new_number": -n} for case_id, n in rows])
        session.execute(
            renumber,
            [{"case_id": case_id, "new_number": first + i} for i, (case_id, _) in enumerate(rows)],
        )
