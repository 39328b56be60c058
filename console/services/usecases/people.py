"""People and their passwords: who the connection is, an admin adding a person
with a one-time password or giving one anew, and a person choosing their own.

On PostgreSQL a person is a login role (``console.storage.access``); the
database mirrors their role, activity and password state into it, and its own
functions take a password only as a SCRAM verifier computed here by libpq, so
the password itself never crosses the wire nor reaches a server log. On SQLite
there are no passwords: whoever opens the file is trusted with it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from console.domain.cases import Role
from console.domain.people import ONE_TIME_VALIDITY, PasswordState, new_one_time_password, password_problem
from console.domain.permissions import Action
from console.services.base import Service
from console.services.errors import InvalidInput, NotAllowed
from console.services.infrastructure.database import PERSON_LOGIN, Database
from console.services.infrastructure.lookup import optional_user, user_named
from console.services.permissions import require
from console.services.readmodels.snapshots import UserView, user_view
from console.services.usecases.accounts import insert_user
from console.services.usecases.setup_change import actor_id
from console.storage.access import person_role
from console.storage.models import User


@dataclass(frozen=True, slots=True)
class OneTimePassword:
    """Shown once to the admin who issued it, to hand to its person."""

    login: str
    password: str
    valid_until: datetime


@dataclass(frozen=True, slots=True)
class NewPerson:
    user: UserView
    one_time_password: OneTimePassword | None  # None on SQLite


@dataclass(frozen=True, slots=True)
class Me:
    """Who the connection is: a person (``user``), or the owner (``user`` is None
    and ``owner`` is true) who may act as anyone."""

    user: UserView | None
    owner: bool
    shared_server: bool

    @property
    def must_choose_password(self) -> bool:
        return (
            self.user is not None and self.shared_server and self.user.password_state is not PasswordState.OWN
        )

    def one_time_expired(self, now: datetime) -> bool:
        user = self.user
        return (
            user is not None
            and user.password_state is PasswordState.ONE_TIME
            and user.one_time_until is not None
            and user.one_time_until < now
        )


class PeopleService(Service):
    def whoami(self) -> Me:
        identity = self.db.identity
        with self.db.read() as session:
            login = session.info.get(PERSON_LOGIN)
            user = None
            if login is not None:
                found = session.scalars(select(User).where(User.login == login)).one_or_none()
                if found is None:
                    raise NotAllowed(f"the connection's role belongs to no person here (login {login!r})")
                user = user_view(found)
        return Me(user=user, owner=identity.owner, shared_server=self.db.is_postgres)

    def add_person(
        self,
        name: str,
        role: Role | str,
        login: str | None = None,
        languages: Sequence[str] = ("en",),
        team: str | None = None,
        email: str | None = None,
        actor: str | int | None = None,
    ) -> NewPerson:
        """Add a person; on PostgreSQL with a one-time password, in one transaction."""
        moment = self.clock()
        with self.db.write() as session:
            user = insert_user(session, moment, name, role, languages, team, email, actor, login)
            issued = self._issue(session, user, moment) if self.db.is_postgres else None
            session.flush()
            session.refresh(user)
            return NewPerson(user_view(user), issued)

    def issue_one_time_password(self, name: str | int, actor: str | int | None = None) -> OneTimePassword:
        """A new one-time password for a person (forgotten, or expired): their
        old password stops working and they choose a new one at sign-in."""
        if not self.db.is_postgres:
            raise InvalidInput(
                "a local SQLite database has no passwords: whoever can open the file can use it"
            )
        moment = self.clock()
        with self.db.write() as session:
            who = optional_user(session, actor)
            require(who, Action.MANAGE_USERS, doing="give people passwords")
            user = user_named(session, name)
            if not user.active:
                raise InvalidInput(f"{user.name} is deactivated: activate them first")
            issued = self._issue(session, user, moment)
            Database.record_change(session, "user", user.id, "password", actor_id=actor_id(who), at=moment)
            return issued

    def set_own_password(self, password: str) -> None:
        """The connected person chooses their password (at first sign-in, or later)."""
        if not self.db.is_postgres:
            raise InvalidInput("a local SQLite database has no passwords")
        with self.db.write() as session:
            login = session.info.get(PERSON_LOGIN)
            if login is None:
                raise InvalidInput("only a person signed in as themselves chooses a password here")
            problem = password_problem(password, login)
            if problem is not None:
                raise InvalidInput(problem)
            verifier = _scram_verifier(session, password, self.db.identity.role_name or login)
            session.execute(text("SELECT sc_set_own_password(:verifier)"), {"verifier": verifier})

    def _issue(self, session: Session, user: User, moment: datetime) -> OneTimePassword:
        password = new_one_time_password()
        until = moment + ONE_TIME_VALIDITY
        database = str(session.execute(text("SELECT current_database()")).scalar_one())
        verifier = _scram_verifier(session, password, person_role(database, user.login))
        session.flush()
        session.execute(
            text("SELECT sc_issue_password(:id, :verifier, :until)"),
            {"id": user.id, "verifier": verifier, "until": until},
        )
        session.expire(user)
        return OneTimePassword(user.login, password, until)


def _scram_verifier(session: Session, password: str, role_name: str) -> str:
    """libpq's SCRAM-SHA-256 verifier of ``password`` for ``role_name``: what
    ``ALTER ROLE … PASSWORD`` stores, computed on this side of the wire."""
    raw = session.connection().connection.dbapi_connection
    pgconn = getattr(raw, "pgconn", None)
    if pgconn is None:
        raise InvalidInput("passwords are set on PostgreSQL only")
    verifier = pgconn.encrypt_password(password.encode(), role_name.encode(), b"scram-sha-256")
    return bytes(verifier).decode("ascii")
