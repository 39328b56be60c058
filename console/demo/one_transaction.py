"""All of the demo in one transaction: :class:`OneTransaction` is the database as
the seeder hands it to the services. Their reads and writes join one session, so
the services run their normal code paths while the demo is stored whole or not at
all, and quickly (no commit per step). A PostgreSQL database wakes the other
consoles once, when the demo is committed.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from console.services.errors import Conflict, InvalidInput
from console.services.infrastructure.database import Database
from console.services.infrastructure.feed import CHANNEL
from console.storage.engine import session_factory, writer


class OneTransaction(Database):
    """The database as the seeder hands it to the services: every use case's read and
    write joins one transaction, committed at the end of :meth:`transaction`. The
    services run their normal code paths (so the rows are exactly theirs); the demo
    is stored all or nothing, and without a commit per step it takes seconds."""

    def __init__(self, engine: Engine) -> None:
        super().__init__(engine)
        self._factory = session_factory(writer(engine))
        self._session: Session | None = None

    @contextmanager
    def transaction(self) -> Iterator[None]:
        session = self._factory()
        try:
            with session.begin():
                self._session = session
                yield
                if self.is_postgres:  # wake the other consoles once, for all of it
                    session.execute(text("SELECT pg_notify(:channel, '')"), {"channel": CHANNEL})
        except StaleDataError:
            raise Conflict(
                "the database changed while the demo was being seeded; nothing was stored"
            ) from None
        except IntegrityError as error:
            raise InvalidInput(f"the demo data could not be stored, nothing was: {error.orig}") from None
        finally:
            self._session = None
            session.close()

    def _joined(self) -> Session:
        if self._session is None:
            raise RuntimeError("the demo's use cases run inside transaction()")
        return self._session

    @contextmanager
    def read(self) -> Iterator[Session]:
        yield self._joined()

    @contextmanager
    def write(self) -> Iterator[Session]:
        session = self._joined()
        yield session
        session.flush()
        session.expunge_all()  # the services hand out snapshots; keep the identity map small
