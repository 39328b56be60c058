"""What every use case on a case does the same way: check the version the user
saw, write the audit trail, log the change, compute the due time, and read the
fresh summary back."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import text, update
from sqlalchemy.orm import Session

from console.domain.cases import CaseSummary
from console.domain.plans import Category, Plan, Severity
from console.services.errors import Conflict
from console.services.infrastructure.database import Database
from console.services.infrastructure.programme import Programme
from console.services.readmodels.snapshots import summary_of, summary_query
from console.storage.models import Case, CaseEvent, Counter, User


def check_version(session: Session, case: Case, expected_version: int | None) -> None:
    """Refuse when the case changed since the user read it (``expected_version``)."""
    if expected_version is not None and case.version != expected_version:
        raise Conflict(
            f"case #{case.number} was changed by someone else (you saw version {expected_version}, "
            f"it is now at version {case.version}) — reload to see what changed",
            current=read_summary(session, case.id),
        )


def audit(
    session: Session,
    case: Case,
    actor: User | None,
    action: str,
    at: datetime,
    field: str | None = None,
    old: object = None,
    new: object = None,
) -> None:
    session.add(
        CaseEvent(
            case_id=case.id,
            user_id=None if actor is None else actor.id,
            at=at,
            action=action,
            field=field,
            old_value=None if old is None else str(old),
            new_value=None if new is None else str(new),
        )
    )


def log_case_change(session: Session, case: Case, action: str, actor: User | None, at: datetime) -> None:
    Database.record_change(
        session, "case", case.id, action, case_id=case.id, actor_id=None if actor is None else actor.id, at=at
    )


def due_time(
    programme: Programme,
    plan: Plan,
    severity: Severity,
    account_id: int,
    category: Category,
    opened_at: datetime,
) -> datetime | None:
    """The first-response due time; None for a paid add-on (no clock)."""
    if category.is_paid_add_on:
        return None
    calendar = programme.calendar_for(plan, severity, account_id)
    return calendar.add(opened_at, programme.policy.target_minutes(plan, severity))


def read_summary(session: Session, case_id: int) -> CaseSummary:
    session.flush()
    return summary_of(session.execute(summary_query().where(Case.id == case_id)).one())


def iso_z(value: datetime | None) -> str | None:
    """An instant as audit text: ISO 8601 UTC with Z."""
    return None if value is None else value.strftime("%Y-%m-%dT%H:%M:%SZ")


def next_case_number(session: Session) -> int:
    """Bumps the counter in this transaction (the row lock serialises openers).
    On PostgreSQL through the database's own function: people may not write the
    counter, and a case they open must carry the number it gave."""
    if session.get_bind().dialect.name == "postgresql":
        return int(session.execute(text("SELECT sc_next_case_number()")).scalar_one())
    counter = session.execute(
        update(Counter)
        .where(Counter.name == "case_number")
        .values(value=Counter.value + 1)
        .returning(Counter.value)
        .execution_options(synchronize_session=False)
    ).scalar_one()
    return int(counter)
