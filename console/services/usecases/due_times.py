"""New first-response due times for open cases after the programme changed (a
target, the calendar, an exam session): the one recompute the set-up screens,
the command line and exam bookings share.

Only cases still awaiting their first response move (a clock that was answered
is settled); paid add-ons carry no clock. The rows are read with one Core query
and only the changed ones are written, in bulk, each with its audit line and a
change-log row, in the caller's transaction — so tens of thousands of open cases
take seconds, and the change is all or nothing.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import ColumnElement, Table, bindparam, insert, select, update
from sqlalchemy.orm import Session

from console.domain.cases import OPEN_STATUS_CODES
from console.domain.plans import Category, Plan, Severity
from console.services.infrastructure.programme import Programme
from console.services.usecases.casework import due_time
from console.sla.calendar import from_epoch, to_epoch
from console.storage.models import Base, Case, CaseEvent, ChangeLog, User
from console.storage.types import EpochSeconds

BULK = 5_000  # rows per executemany batch


def recompute_due_times(
    session: Session, programme: Programme, who: User | None, moment: datetime, scope: ColumnElement[bool]
) -> int:
    """New due times for the open cases in ``scope`` awaiting their first response,
    on ``programme``; returns how many changed."""
    rows = session.execute(
        select(
            Case.id,
            Case.plan_code,
            Case.severity,
            Case.account_id,
            Case.category,
            EpochSeconds(Case.opened_at),
            EpochSeconds(Case.first_response_due_at),
        ).where(
            scope,
            Case.status.in_(OPEN_STATUS_CODES),
            Case.first_response_at.is_(None),
            Case.first_response_due_at.is_not(None),  # paid add-ons carry no clock
        )
    ).tuples()
    changed: list[tuple[int, int, int]] = []
    for case_id, plan_code, severity, account_id, category, opened, due in rows:
        moved = due_time(
            programme, Plan(plan_code), Severity(severity), account_id, Category(category), from_epoch(opened)
        )
        if moved is None:
            continue  # a paid add-on: filtered out above, it carries no clock
        new_due = to_epoch(moved)
        if new_due != due:
            changed.append((case_id, due, new_due))
    if not changed:
        return 0
    cases = _table(Case)
    move = (
        update(cases)
        .where(cases.c.id == bindparam("case_id"))
        .values(
            first_response_due_at=bindparam("due", type_=cases.c.first_response_due_at.type),
            version=cases.c.version + 1,
        )
    )
    actor_id = None if who is None else who.id
    for start in range(0, len(changed), BULK):
        chunk = changed[start : start + BULK]
        session.execute(move, [{"case_id": c, "due": from_epoch(new)} for c, _, new in chunk])
        session.execute(
            insert(_table(CaseEvent)),
            [
                {
                    "case_id": c,
                    "user_id": actor_id,
                    "at": moment,
                    "action": "due",
                    "field": "first_response_due_at",
                    "old_value": _iso(old),
                    "new_value": _iso(new),
                }
                for c, old, new in chunk
            ],
        )
        session.execute(
            insert(_table(ChangeLog)),
            [
                {
                    "at": moment,
                    "entity": "case",
                    "entity_id": c,
                    "case_id": c,
                    "action": "due",
                    "actor_id": actor_id,
                }
                for c, _, _ in chunk
            ],
        )
    # Rows changed behind the ORM's back: objects of this session must not go stale.
    session.expire_all()
    return len(changed)


def _table(model: type[Base]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def _iso(epoch: int) -> str:
    return from_epoch(epoch).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
