"""One unit of work per use case: a session opened outside the logic, committed or
rolled back as a whole, with the change-log rows and the PostgreSQL wake-up sent
in the same transaction.

Writes on SQLite begin IMMEDIATE (they queue for the write lock instead of
failing halfway); a lost optimistic-locking race surfaces as :class:`Conflict`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Engine, event, text
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from console.domain.instants import InstantOutOfRange, check_instant
from console.services.errors import Conflict, InvalidInput, NotAllowed
from console.services.infrastructure.feed import CHANNEL
from console.services.infrastructure.inputs import check_new_text
from console.storage.access import group_role, login_of
from console.storage.engine import create_engine_for, session_factory, writer
from console.storage.models import ChangeLog
from console.storage.schema import upgrade_schema

_PENDING_NOTIFY = "support_console.notify"
# session.info key: the login of the person this connection is (PostgreSQL), read
# by lookup.optional_user; absent for the owner, a superuser and SQLite.
PERSON_LOGIN = "support_console.person_login"


@dataclass(frozen=True, slots=True)
class ConnectionIdentity:
    """Who a database connection is. ``login``: the person (a PostgreSQL login
    role ``<login>@<database>``), who then acts as themselves whatever a client
    names; None for SQLite, a superuser or the owner role, which may act as
    anyone (``--as``) or as the system. ``owner``: trusted with everything."""

    login: str | None
    owner: bool
    role_name: str | None = None

    @property
    def is_person(self) -> bool:
        return self.login is not None


def utc_now() -> datetime:
    """Now, to the second (the clock's resolution; keeps SQL and Python order equal)."""
    return datetime.now(UTC).replace(microsecond=0)


def to_second(value: datetime) -> datetime:
    """An aware instant in UTC without its sub-second part."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise InvalidInput(f"{value.isoformat()} has no time zone")
    try:
        check_instant(value)
    except InstantOutOfRange as error:
        raise InvalidInput(str(error)) from None
    return value.astimezone(UTC).replace(microsecond=0)


class Database:
    """The engine and the two kinds of transaction the use cases need."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.is_postgres = engine.dialect.name == "postgresql"
        self._reader = session_factory(engine)
        self._writer = session_factory(writer(engine))
        self._identity: ConnectionIdentity | None = None
        for factory in (self._reader, self._writer):
            event.listen(factory, "before_flush", check_new_text)

    @property
    def identity(self) -> ConnectionIdentity:
        """Who this database's connections are (asked of the server once)."""
        if self._identity is None:
            self._identity = self._ask_identity()
        return self._identity

    def _ask_identity(self) -> ConnectionIdentity:
        if not self.is_postgres:
            return ConnectionIdentity(login=None, owner=True)
        with self.engine.connect() as connection:
            role, database, superuser = connection.execute(
                text(
                    "SELECT session_user, current_database(), "
                    "(SELECT rolsuper FROM pg_roles WHERE rolname = session_user)"
                )
            ).one()
            owner = bool(superuser) or bool(
                connection.execute(
                    text(
                        "SELECT pg_has_role(session_user, oid, 'MEMBER') FROM pg_roles WHERE rolname = :owner"
                    ),
                    {"owner": group_role(database, "owner")},
                ).scalar()
            )
        login = None if owner else login_of(str(role), str(database))
        return ConnectionIdentity(login=login, owner=owner, role_name=str(role))

    @classmethod
    def open(cls, url: str, migrate: bool = True) -> Database:
        """Connect, and bring the schema up to date when it is behind."""
        engine = create_engine_for(url)
        if migrate:
            upgrade_schema(engine)
        return cls(engine)

    def close(self) -> None:
        self.engine.dispose()

    def _mark(self, session: Session) -> None:
        login = self.identity.login
        if login is not None:
            session.info[PERSON_LOGIN] = login

    @contextmanager
    def read(self) -> Iterator[Session]:
        try:
            with self._reader() as session, session.begin():
                self._mark(session)
                yield session
        except DBAPIError as error:
            refusal = refusal_of(error)
            if refusal is None:
                raise
            raise NotAllowed(refusal) from None

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A read-write transaction; committed when the block ends without error."""
        session = self._writer()
        self._mark(session)
        try:
            with session.begin():
                yield session
                if session.info.pop(_PENDING_NOTIFY, False) and self.is_postgres:
                    session.execute(text("SELECT pg_notify(:channel, '')"), {"channel": CHANNEL})
        except StaleDataError:
            raise Conflict("changed by someone else in the meantime — reload and try again") from None
        except IntegrityError as error:
            raise InvalidInput(_integrity_message(error)) from None
        except DBAPIError as error:
            refusal = refusal_of(error)
            if refusal is None:
                raise
            raise NotAllowed(refusal) from None
        finally:
            session.close()

    @staticmethod
    def record_change(
        session: Session,
        entity: str,
        entity_id: int,
        action: str,
        case_id: int | None = None,
        actor_id: int | None = None,
        at: datetime | None = None,
    ) -> None:
        """Append to the change log in the current transaction (and wake listeners)."""
        session.add(
            ChangeLog(
                at=at or utc_now(),
                entity=entity,
                entity_id=entity_id,
                case_id=case_id,
                action=action,
                actor_id=actor_id,
            )
        )
        session.info[_PENDING_NOTIFY] = True


# PostgreSQL's refusals: insufficient_privilege (a grant, a policy or one of
# migration 0003's triggers), invalid_password (an expired one-time password).
REFUSAL_STATES = frozenset({"42501", "28P01"})


def refusal_of(error: DBAPIError) -> str | None:
    """The database's refusal of a statement, in its own words; None for any
    other error."""
    state = getattr(error.orig, "sqlstate", None)
    if state not in REFUSAL_STATES:
        return None
    diag = getattr(error.orig, "diag", None)
    primary = getattr(diag, "message_primary", None) or str(error.orig).splitlines()[0]
    return f"the database refused: {primary}"


def _integrity_message(error: IntegrityError) -> str:
    text_ = str(error.orig).strip().splitlines()[0] if error.orig is not None else str(error)
    if "unique" in text_.lower() or "duplicate" in text_.lower():
        return f"that already exists ({text_})"
    return f"the database refused the change ({text_})"
