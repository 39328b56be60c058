"""Finding the records a user names: cases by number, accounts and users by name
(or id), each a clear :class:`NotFound` when missing."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from console.services.errors import NotFound
from console.storage.models import Account, Case, User


def case_by_number(session: Session, number: int, for_update: bool = False) -> Case:
    query = select(Case).where(Case.number == number)
    if for_update:
        query = query.with_for_update()
    found = session.scalars(query).one_or_none()
    if found is None:
        raise NotFound(f"no case #{number}")
    return found


def account_named(session: Session, name: str | int) -> Account:
    if isinstance(name, int):
        found = session.get(Account, name)
    else:
        found = session.scalars(
            select(Account).where(func.lower(Account.name) == name.strip().lower())
        ).one_or_none()
    if found is None:
        raise NotFound(f"no account named {name!r}")
    return found


def user_named(session: Session, name: str | int) -> User:
    if isinstance(name, int):
        found = session.get(User, name)
    else:
        found = session.scalars(
            select(User).where(func.lower(User.name) == name.strip().lower())
        ).one_or_none()
    if found is None:
        raise NotFound(f"no user named {name!r}")
    return found


def optional_user(session: Session, name: str | int | None) -> User | None:
    """The acting user, or None for the system (the command line without --as)."""
    return None if name is None else user_named(session, name)
