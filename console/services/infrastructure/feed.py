"""The live change feed: how a console learns of every change made by any other
console within about a second, without re-reading the queue.

Every write appends rows to ``change_log`` in its own transaction. On PostgreSQL
the same transaction sends ``NOTIFY support_console`` (delivered at commit); a
listener thread per console waits on a dedicated connection and, when woken,
reads the log from the last id it saw. On SQLite the listener polls the log's
highest id a few times a second. A listener that loses its connection says so,
retries with a growing pause, and on reconnecting reads everything after its last
id: no change is ever missed, and none is delivered twice.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

import psycopg
from sqlalchemy import Engine, func, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError

from console.logs import get_logger
from console.storage.models import ChangeLog

log = get_logger(__name__)

CHANNEL = "support_console"
LISTENER_APPLICATION = "support-console feed"
READ_BATCH = 2000


@dataclass(frozen=True, slots=True)
class Change:
    """One row of the change log: what changed, not the new values (read those fresh)."""

    id: int
    at: datetime
    entity: str
    entity_id: int
    case_id: int | None
    action: str
    actor_id: int | None


def read_changes(engine: Engine, after_id: int, limit: int = READ_BATCH) -> list[Change]:
    """The changes after ``after_id``, oldest first, at most ``limit`` of them."""
    query = (
        select(
            ChangeLog.id,
            ChangeLog.at,
            ChangeLog.entity,
            ChangeLog.entity_id,
            ChangeLog.case_id,
            ChangeLog.action,
            ChangeLog.actor_id,
        )
        .where(ChangeLog.id > after_id)
        .order_by(ChangeLog.id)
        .limit(limit)
    )
    with engine.connect() as connection:
        return [Change(*row) for row in connection.execute(query)]


def latest_change_id(engine: Engine) -> int:
    """The id of the newest change (0 for an empty log): where a new console starts."""
    with engine.connect() as connection:
        return int(connection.execute(select(func.coalesce(func.max(ChangeLog.id), 0))).scalar_one())


@dataclass(frozen=True, slots=True)
class FeedStatus:
    """Whether the listener is connected; ``message`` says why not."""

    connected: bool
    message: str = ""


ChangesCallback = Callable[[Sequence[Change]], None]
StatusCallback = Callable[[FeedStatus], None]


class ChangeListener:
    """A thread that calls ``on_changes`` with every new change, in order, once.

    Callbacks run on the listener's thread; a GUI hands them over to its own
    thread. ``after_id`` is where to start (default: the newest change now).
    """

    def __init__(
        self,
        engine: Engine,
        on_changes: ChangesCallback,
        on_status: StatusCallback | None = None,
        after_id: int | None = None,
        poll_interval: float = 0.2,
        wake_interval: float = 2.0,
        max_backoff: float = 5.0,
    ) -> None:
        self.engine = engine
        self.on_changes = on_changes
        self.on_status = on_status
        self._after_id = after_id
        self.poll_interval = poll_interval
        self.wake_interval = wake_interval
        self.max_backoff = max_backoff
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._connected: bool | None = None
        self._is_postgres = engine.dialect.name == "postgresql"

    @property
    def last_id(self) -> int | None:
        return self._after_id

    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError("the listener is already running")
        self._thread = threading.Thread(target=self._run, name="change-feed", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def __enter__(self) -> ChangeListener:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- the thread -------------------------------------------------------------------

    def _run(self) -> None:
        backoff = 0.25
        while not self._stop.is_set():
            try:
                if self._after_id is None:
                    self._after_id = latest_change_id(self.engine)
                if self._is_postgres:
                    self._listen_postgres()
                else:
                    self._poll()
                backoff = 0.25
            except (OperationalError, DBAPIError, psycopg.Error, OSError) as error:
                self._set_status(FeedStatus(False, _one_line(error)))
                log.warning("change feed lost its connection: %s", _one_line(error))
                if self._stop.wait(backoff):
                    return
                backoff = min(backoff * 2, self.max_backoff)

    def _catch_up(self) -> None:
        assert self._after_id is not None
        while not self._stop.is_set():
            changes = read_changes(self.engine, self._after_id)
            if not changes:
                return
            self._after_id = changes[-1].id
            try:
                self.on_changes(changes)
            except Exception:  # a faulty subscriber must not stop the feed
                log.exception("change feed subscriber failed")
            if len(changes) < READ_BATCH:
                return

    def _poll(self) -> None:
        self._catch_up()
        self._set_status(FeedStatus(True))
        while not self._stop.wait(self.poll_interval):
            self._catch_up()

    def _listen_postgres(self) -> None:
        url = make_url(self.engine.url).set(drivername="postgresql")
        conninfo = url.render_as_string(hide_password=False)
        with psycopg.connect(
            conninfo, autocommit=True, connect_timeout=5, application_name=LISTENER_APPLICATION
        ) as connection:
            connection.execute(f"LISTEN {CHANNEL}")
            # Listening first, then reading: nothing committed in between is lost.
            self._catch_up()
            self._set_status(FeedStatus(True))
            while not self._stop.is_set():
                woken = False
                for _ in connection.notifies(timeout=self.wake_interval, stop_after=1):
                    woken = True
                if woken:
                    # Let a burst of commits land, then read them in one go.
                    time.sleep(0.005)
                # Read on a timeout too: a safety net, and it notices a dead connection.
                connection.execute("SELECT 1")
                self._catch_up()

    def _set_status(self, status: FeedStatus) -> None:
        if self._connected is status.connected:
            return
        self._connected = status.connected
        if self.on_status is not None:
            try:
                self.on_status(status)
            except Exception:
                log.exception("change feed status subscriber failed")


def _one_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return text[0] if text else type(error).__name__


def changed_by_others(changes: Sequence[Change], case_id: int, me: int) -> bool:
    """Whether ``changes`` touch case ``case_id`` and were made by someone other
    than user ``me`` (a view then re-reads the case; its own changes it knows)."""
    return any(change.case_id == case_id and change.actor_id != me for change in changes)
