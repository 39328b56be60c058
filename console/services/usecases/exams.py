"""Proctored exam sessions: booking, changing, cancelling one occurrence of,
deleting and listing them — the one service for all of it, used by the command
line (``exam add``, ``admin exam ...``), the admin screens and the demo.

A session opens a Proctored account's clock during its windows, so every change
recomputes, in the same transaction, the due times of that account's open cases
still awaiting their first response, and says how many moved. Booking and
changing take the same permission (``Action.EDIT_EXAM_SESSIONS``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import delete, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from console.domain.permissions import Action
from console.domain.plans import Plan
from console.services.base import Service
from console.services.errors import Conflict, InvalidInput, NotFound
from console.services.infrastructure.database import Database, to_second
from console.services.infrastructure.lookup import account_named, optional_user
from console.services.permissions import require
from console.services.usecases.setup_change import SetupResult, actor_id, recompute_after_change
from console.sla.calendar import CalendarError
from console.sla.exams import ExamSession
from console.storage.models import Account, Case, ExamCancellation, ExamSessionRecord, User

DEFAULT_TITLE = "Proctored exam session"


@dataclass(frozen=True, slots=True)
class ExamView:
    id: int
    account_id: int
    account_name: str
    title: str
    start: datetime  # UTC
    end: datetime
    time_zone: str
    rrule: str | None
    cancelled: tuple[datetime, ...]
    version: int

    @property
    def recurrence_text(self) -> str:
        return recurrence_text(self.rrule)

    def local(self, value: datetime) -> datetime:
        return value.astimezone(ZoneInfo(self.time_zone))

    @property
    def first_window(self) -> tuple[datetime, datetime] | None:
        """The first window the booking holds (local time), None when all are cancelled."""
        zone = ZoneInfo(self.time_zone)
        session = ExamSession(
            self.start.astimezone(zone),
            self.end.astimezone(zone),
            self.rrule,
            frozenset(c.astimezone(zone) for c in self.cancelled),
        )
        return session.first_window()


# --- the recurrence in words (the command line and the screens) ------------------------------

_FREQ_WORDS = {"DAILY": "day", "WEEKLY": "week", "MONTHLY": "month", "YEARLY": "year"}
_DAY_WORDS = {"MO": "Monday", "TU": "Tuesday", "WE": "Wednesday", "TH": "Thursday", "FR": "Friday"}
_DAY_WORDS |= {"SA": "Saturday", "SU": "Sunday"}
_ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", -1: "last"}


def recurrence_text(rule: str | None) -> str:
    """A recurrence rule in words: ``FREQ=MONTHLY;BYDAY=1MO`` -> "monthly, first Monday"."""
    if not rule:
        return "once (on demand)"
    fields = dict(
        part.split("=", 1) for part in rule.upper().removeprefix("RRULE:").split(";") if "=" in part
    )
    freq = fields.get("FREQ", "")
    interval = int(fields["INTERVAL"]) if fields.get("INTERVAL", "").isdigit() else 1
    unit = _FREQ_WORDS.get(freq)
    if unit is None:
        return rule
    words = [f"{freq.lower()}" if interval == 1 else f"every {interval} {unit}s"]
    for day in filter(None, fields.get("BYDAY", "").split(",")):
        code, number = day[-2:], day[:-2]
        name = _DAY_WORDS.get(code, code)
        if number.lstrip("+-").isdigit():
            words.append(f"{_ORDINALS.get(int(number), number)} {name}")
        else:
            words.append(name)
    if fields.get("BYMONTHDAY"):
        words.append(f"day {fields['BYMONTHDAY']}")
    if fields.get("BYMONTH"):
        months = [date(2000, int(m), 1).strftime("%B") for m in fields["BYMONTH"].split(",") if m.isdigit()]
        words.append(", ".join(months))
    if fields.get("COUNT"):
        words.append(f"{fields['COUNT']} times")
    if fields.get("UNTIL"):
        until = fields["UNTIL"]
        words.append(f"until {until[:4]}-{until[4:6]}-{until[6:8]}" if len(until) >= 8 else f"until {until}")
    return ", ".join(words)


# --- the use cases ----------------------------------------------------------------------------


class ExamService(Service):
    def exam_sessions(self, account: str | int | None = None) -> list[ExamView]:
        """The booked sessions (of one account, or all), by account and start."""
        with self.db.read() as session:
            query = (
                select(ExamSessionRecord, Account.name)
                .join(Account, Account.id == ExamSessionRecord.account_id)
                .order_by(Account.name, ExamSessionRecord.start_at, ExamSessionRecord.id)
            )
            if account is not None:
                query = query.where(ExamSessionRecord.account_id == account_named(session, account).id)
            rows = session.execute(query).tuples().all()
            cancelled: dict[int, list[datetime]] = {}
            for session_id, start in session.execute(
                select(ExamCancellation.session_id, ExamCancellation.occurrence_start).order_by(
                    ExamCancellation.occurrence_start
                )
            ).tuples():
                cancelled.setdefault(session_id, []).append(start)
            return [_exam_view(record, name, cancelled.get(record.id, ())) for record, name in rows]

    def add_exam(
        self,
        account: str | int,
        start: datetime,
        end: datetime,
        rrule: str | None = None,
        title: str = "",
        time_zone: str = "Europe/Berlin",
        actor: str | int | None = None,
        *,
        cancelled: Sequence[datetime] = (),
    ) -> SetupResult:
        """Book a session for a Proctored account (``cancelled``: occurrences
        booked as cancelled already, by their start)."""
        try:
            zone = ZoneInfo(time_zone)
        except (ZoneInfoNotFoundError, ValueError):
            raise InvalidInput(f"unknown time zone {time_zone!r}") from None
        begin, finish = to_second(start), to_second(end)
        try:
            ExamSession(begin.astimezone(zone), finish.astimezone(zone), rrule or None)
        except CalendarError as error:
            raise InvalidInput(str(error)) from None
        moment = self.clock()
        with self.db.write() as session:
            who = optional_user(session, actor)
            require(who, Action.EDIT_EXAM_SESSIONS, doing="book exam sessions")
            acct = account_named(session, account)
            if acct.plan_code != Plan.PROCTORED.value:
                raise InvalidInput(
                    f"{acct.name} is on the {Plan(acct.plan_code).label} plan; exam sessions are booked for Proctored accounts"
                )
            record = ExamSessionRecord(
                account_id=acct.id,
                title=title or DEFAULT_TITLE,
                start_at=begin,
                end_at=finish,
                time_zone=time_zone,
                rrule=rrule or None,
                created_at=moment,
            )
            session.add(record)
            session.flush()
            for occurrence in cancelled:
                session.add(ExamCancellation(session_id=record.id, occurrence_start=to_second(occurrence)))
            return SetupResult(self._changed(session, record, who, moment, "added"))

    def edit_exam(
        self,
        session_id: int,
        start: datetime,
        end: datetime,
        rrule: str | None,
        title: str,
        expected_version: int | None = None,
        actor: str | int | None = None,
    ) -> SetupResult:
        begin, finish = to_second(start), to_second(end)
        moment = self.clock()
        with self.db.write() as session:
            who = optional_user(session, actor)
            require(who, Action.EDIT_EXAM_SESSIONS, doing="change exam sessions")
            record = _exam(session, session_id)
            if expected_version is not None and record.version != expected_version:
                raise Conflict("the exam session was changed by someone else — reloaded")
            zone = ZoneInfo(record.time_zone)
            try:
                ExamSession(begin.astimezone(zone), finish.astimezone(zone), rrule or None)
            except CalendarError as error:
                raise InvalidInput(str(error)) from None
            record.start_at, record.end_at = begin, finish
            record.rrule = rrule or None
            record.title = " ".join(title.split()) or DEFAULT_TITLE
            session.flush()
            return SetupResult(self._changed(session, record, who, moment, "changed"))

    def cancel_occurrence(
        self, session_id: int, occurrence_start: datetime, actor: str | int | None = None
    ) -> SetupResult:
        """Cancel one occurrence of a session (by its start); its window closes."""
        start = to_second(occurrence_start)
        moment = self.clock()
        with self.db.write() as session:
            who = optional_user(session, actor)
            require(who, Action.EDIT_EXAM_SESSIONS, doing="cancel exam sessions")
            record = _exam(session, session_id)
            zone = ZoneInfo(record.time_zone)
            exam = ExamSession(record.start_at.astimezone(zone), record.end_at.astimezone(zone), record.rrule)
            local = start.astimezone(zone)
            if not any(s == local for s, _ in exam.occurrences(local, local + timedelta(seconds=1))):
                raise InvalidInput(
                    f"{record.title!r} has no occurrence starting {local:%Y-%m-%d %H:%M} {record.time_zone}"
                )
            already = session.scalar(
                select(ExamCancellation.id).where(
                    ExamCancellation.session_id == record.id, ExamCancellation.occurrence_start == start
                )
            )
            if already is not None:
                raise InvalidInput(f"the occurrence of {local:%Y-%m-%d %H:%M} is already cancelled")
            session.add(ExamCancellation(session_id=record.id, occurrence_start=start))
            flag_modified(record, "title")  # the session changed: the ORM bumps its version
            session.flush()
            return SetupResult(self._changed(session, record, who, moment, "cancelled"))

    def delete_exam(
        self, session_id: int, actor: str | int | None = None, expected_version: int | None = None
    ) -> SetupResult:
        moment = self.clock()
        with self.db.write() as session:
            who = optional_user(session, actor)
            require(who, Action.EDIT_EXAM_SESSIONS, doing="delete exam sessions")
            record = _exam(session, session_id)
            if expected_version is not None and record.version != expected_version:
                raise Conflict("the exam session was changed by someone else — reloaded")
            account_id = record.account_id
            session.execute(delete(ExamCancellation).where(ExamCancellation.session_id == record.id))
            session.delete(record)
            session.flush()
            Database.record_change(session, "exam", session_id, "deleted", actor_id=actor_id(who), at=moment)
            session.flush()
            return SetupResult(
                recompute_after_change(session, self.loader, who, moment, Case.account_id == account_id)
            )

    def _changed(
        self, session: Session, record: ExamSessionRecord, who: User | None, moment: datetime, action: str
    ) -> int:
        """Log the change and recompute the account's open unanswered cases."""
        Database.record_change(session, "exam", record.id, action, actor_id=actor_id(who), at=moment)
        session.flush()
        return recompute_after_change(session, self.loader, who, moment, Case.account_id == record.account_id)


def _exam(session: Session, session_id: int) -> ExamSessionRecord:
    record = session.get(ExamSessionRecord, session_id)
    if record is None:
        raise NotFound(f"no exam session #{session_id}")
    return record


def _exam_view(record: ExamSessionRecord, account_name: str, cancelled: Iterable[datetime]) -> ExamView:
    return ExamView(
        record.id,
        record.account_id,
        account_name,
        record.title,
        record.start_at,
        record.end_at,
        record.time_zone,
        record.rrule,
        tuple(cancelled),
        record.version,
    )
