"""One unit of work per use case: a session opened outside the logic, committed or
rolled back as a whole, with the change-log rows and the PostgreSQL wake-up sent
in the same transaction.

Writes on SQLite begin IMMEDIATE (they queue for the write lock instead of
failing halfway); a lost optimistic-locking race surfaces as :class:`Conflict`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from sqlalchemy import Engine, event, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from console.domain.instants import InstantOutOfRange, check_instant
from console.services.errors import Conflict, InvalidInput
from console.services.infrastructure.feed import CHANNEL
from console.services.infrastructure.inputs import check_new_text
from console.storage.engine import create_engine_for, session_factory, writer
from console.storage.models import ChangeLog
from console.storage.schema import upgrade_schema

_PENDING_NOTIFY = "support_console.notify"


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
        for factory in (self._reader, self._writer):
            event.listen(factory, "before_flush", check_new_text)

    @classmethod
    def open(cls, url: str, migrate: bool = True) -> Database:
        """Connect, and bring the schema up to date when it is behind."""
        engine = create_engine_for(url)
        if migrate:
            upgrade_schema(engine)
        return cls(engine)

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._reader() as session, session.begin():
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A read-write transaction; committed when the block ends without error."""
        session = self._writer()
        try:
            with session.begin():
                yield session
                if session.info.pop(_PENDING_NOTIFY, False) and self.is_postgres:
                    session.execute(text("SELECT pg_notify(:channel, '')"), {"channel": CHANNEL})
        except StaleDataError:
            raise Conflict("changed by someone else in the meantime — reload and try again") from None
        except IntegrityError as error:
            raise InvalidInput(_integrity_message(error)) from None
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


def _integrity_message(error: IntegrityError) -> str:
    text_ = str(error.orig).strip().splitlines()[0] if error.orig is not None else str(error)
    if "unique" in text_.lower() or "duplicate" in text_.lower():
        return f"that already exists ({text_})"
    return f"the database refused the change ({text_})"
