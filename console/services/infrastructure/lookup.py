"""Finding the records a user names: cases by number, accounts and users by name
(or id), each a clear :class:`NotFound` when missing."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from console.services.errors import NotAllowed, NotFound
from console.services.infrastructure.database import PERSON_LOGIN
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
    """The acting user: on a person's own connection (PostgreSQL) always that
    person — naming anyone else is refused, naming no one means them; otherwise
    (SQLite, the owner) the user named, or None for the system."""
    login = session.info.get(PERSON_LOGIN)
    if login is None:
        return None if name is None else user_named(session, name)
    me = session.scalars(select(User).where(User.login == login)).one_or_none()
    if me is None:
        raise NotAllowed(f"the connection's role belongs to no person here (login {login!r})")
    if name is not None and not _names(me, name):
        raise NotAllowed(
            f"you are signed in as {me.name}: you act as yourself, not as {name!r} "
            "(acting as someone else takes the database's owner role)"
        )
    return me


def acting_user(session: Session, name: str | int | None) -> User:
    """The person who acts, when an action needs one (no system fallback)."""
    who = optional_user(session, name)
    if who is None:
        raise NotAllowed("say who acts: --as NAME (before the command)")
    return who


def _names(user: User, name: str | int) -> bool:
    if isinstance(name, int):
        return user.id == name
    wanted = name.strip().lower()
    return wanted in (user.name.lower(), user.login)
