"""Many open cases at once, for load tests and benchmarks (the claim race, the
queue with 50,000 cases). Due times come from the real programme and calendar;
the rows go in with one bulk insert per batch, so filling is quick and what is
measured afterwards is the work under test, not the filling."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import insert, select, update

from console.domain.plans import Category, Plan, Severity
from console.services.casework import due_time
from console.services.database import Database, to_second
from console.services.programme import ProgrammeLoader
from console.storage.models import Account, Case, Counter

BATCH = 5000
SUBJECTS = (
    "SSO login loop after IdP certificate rotation",
    "Licence key rejected after upgrade",
    "Report export times out",
    "Exam proctor cannot see candidate webcam",
    "API returns 502 under load",
    "Password reset e-mail not delivered",
)


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
        accounts = session.execute(select(Account.id, Account.plan_code).order_by(Account.id)).all()
        if account_ids is not None:
            accounts = [a for a in accounts if a.id in set(account_ids)]
        if not accounts:
            raise ValueError("add accounts before filling the queue")
        first = int(session.scalar(select(Counter.value).where(Counter.name == "case_number")) or 0) + 1
        number = first
        for offset in range(0, count, BATCH):
            rows = []
            for _ in range(min(BATCH, count - offset)):
                account = rnd.choice(accounts)
                plan = Plan(account.plan_code)
                severity = Severity(rnd.choices((1, 2, 3, 4), weights=(1, 3, 5, 4))[0])
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
        session.execute(update(Counter).where(Counter.name == "case_number").values(value=number - 1))
        Database.record_change(session, "case", 0, "bulk_opened", at=moment)
    return first
