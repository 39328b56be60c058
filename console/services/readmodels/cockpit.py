"""The TAM cockpit (SPEC.md section 1, "TAM"): the accounts a Technical Account
Manager is dedicated to, each with its open cases and their clocks, the breaches
of the current month, its licences, contacts, proctored exam sessions and the
TAM's own notes — and the use cases that write those notes.

Everything is read in one transaction and handed out as frozen snapshots that
carry the :class:`Programme`, so a screen can re-read the clocks every second
without asking the database. Breaches come from the one attainment rule
(``console.services.readmodels.settlements``); exam windows from the one recurrence
expansion (``console.sla.exams``). "Today" and "this month" are local days of the
support calendar's time zone. Roles are enforced here: a TAM reads and writes
their own accounts; leads and admins read anyone's; agents are refused.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.domain.cases import OPEN_STATUS_CODES, CaseSummary, Role
from console.domain.permissions import Action, may_read_cockpit_of, may_write_notes_on
from console.domain.plans import Plan, Severity
from console.services.base import Service
from console.services.errors import Conflict, InvalidInput, NotAllowed, NotFound
from console.services.infrastructure.database import Database, to_second
from console.services.infrastructure.lookup import account_named, acting_user, optional_user, user_named
from console.services.infrastructure.programme import Programme
from console.services.permissions import require
from console.services.readmodels.queue import QueueRow, build_rows, clock_reader
from console.services.readmodels.settlements import ClockRow, attainment, clocks_settling_between
from console.services.readmodels.snapshots import (
    ContactView,
    UserView,
    fetch_summaries,
    summary_query,
    user_view,
)
from console.sla.attainment import Attainment
from console.sla.clock import ClockState
from console.sla.exams import ExamSession
from console.storage.models import (
    Account,
    Case,
    Contact,
    ExamCancellation,
    ExamSessionRecord,
    TamNote,
    User,
)

EXAM_HORIZON = timedelta(days=30)
"""How far ahead the cockpit lists exam sessions."""
MAX_EXAM_WINDOWS = 50
"""At most this many windows per account (a daily series over 30 days is 30)."""
MAX_NOTE_LENGTH = 10_000
NOTE_ENTITY = "tam_note"
"""change_log entity of note changes; its ``entity_id`` is the account's id."""

# The worst clock first: what the badge of an account shows.
_STATE_RANK = {
    ClockState.BREACHED: 0,
    ClockState.AT_RISK: 1,
    ClockState.RUNNING: 2,
    ClockState.PAUSED: 3,
    ClockState.MET: 4,
}


class TrialState(enum.StrEnum):
    NONE = "none"
    ACTIVE = "active"
    EXPIRED = "expired"


@dataclass(frozen=True, slots=True)
class Licences:
    """An account's Premier licences as of one local day.

    ``trial_days_left`` counts local calendar days from today to the trial's last
    day: 0 on its last day, negative once it has expired (None without a trial).
    """

    early_adopter: bool
    trial_until: date | None
    trial_state: TrialState
    trial_days_left: int | None

    @classmethod
    def of(cls, early_adopter: bool, trial_until: date | None, today: date) -> Licences:
        if trial_until is None:
            return cls(early_adopter, None, TrialState.NONE, None)
        left = (trial_until - today).days
        return cls(early_adopter, trial_until, TrialState.ACTIVE if left >= 0 else TrialState.EXPIRED, left)


@dataclass(frozen=True, slots=True)
class ExamWindow:
    """One occurrence of an exam session, in UTC; ``live`` when it runs at the
    snapshot's instant."""

    session_id: int
    title: str
    start: datetime
    end: datetime
    time_zone: str
    recurring: bool
    live: bool


@dataclass(frozen=True, slots=True)
class TamNoteView:
    id: int
    account_id: int
    author_id: int
    author_name: str
    body: str
    created_at: datetime
    updated_at: datetime
    version: int

    @property
    def edited(self) -> bool:
        return self.updated_at != self.created_at


@dataclass(frozen=True, slots=True)
class TamAccount:
    """One account in the cockpit. ``open_cases`` are in queue order; ``month`` is
    the attainment of the clocks of this account settled in the current local
    month (``month.breached``: the breaches this month)."""

    id: int
    name: str
    plan: Plan
    language: str
    region: str | None
    tam_id: int | None
    tam_name: str | None
    licences: Licences
    contacts: tuple[ContactView, ...]
    open_cases: tuple[CaseSummary, ...]
    month: Attainment
    exams: tuple[ExamWindow, ...]
    notes: tuple[TamNoteView, ...]
    version: int

    @property
    def breaches_this_month(self) -> int:
        return self.month.breached

    @property
    def urgent_open(self) -> int:
        """Open Severity 1 cases."""
        return sum(1 for case in self.open_cases if case.severity is Severity.URGENT)

    @property
    def urgent_awaiting(self) -> tuple[CaseSummary, ...]:
        """Open Severity 1 cases still awaiting their first response (the on-call's)."""
        return tuple(
            case
            for case in self.open_cases
            if case.severity is Severity.URGENT and case.first_response_at is None
        )

    @property
    def live_exam(self) -> bool:
        return any(window.live for window in self.exams)


@dataclass(frozen=True, slots=True)
class CockpitSnapshot:
    """A TAM's accounts as read at ``now`` (Severity 1 first, then the worst clock,
    then by name), with what is needed to re-clock their cases later."""

    now: datetime
    tam: UserView
    accounts: tuple[TamAccount, ...]
    programme: Programme
    month_start: datetime
    month_end: datetime

    @property
    def zone(self) -> ZoneInfo:
        return self.programme.calendar.zone

    def account(self, account_id: int) -> TamAccount | None:
        for account in self.accounts:
            if account.id == account_id:
                return account
        return None

    def rows(self, account: TamAccount, now: datetime | None = None) -> list[QueueRow]:
        """The account's open cases as queue rows, clocked at ``now`` (default: the
        snapshot's instant)."""
        return build_rows(account.open_cases, self.programme, now or self.now)


def worst_state(cases: Iterable[CaseSummary], programme: Programme, now: datetime) -> ClockState | None:
    """The most pressing clock among ``cases`` at ``now`` (None: no case has one)."""
    read = clock_reader(programme, now)
    worst: ClockState | None = None
    for case in cases:
        reading = read(case)
        if reading is not None and (worst is None or _STATE_RANK[reading.state] < _STATE_RANK[worst]):
            worst = reading.state
    return worst


def account_order_key(account: TamAccount, programme: Programme, now: datetime) -> tuple[int, int, str, int]:
    """Accounts with an open Severity 1 first, then by their worst clock, then by name."""
    state = worst_state(account.open_cases, programme, now)
    rank = len(_STATE_RANK) if state is None else _STATE_RANK[state]
    return (0 if account.urgent_open else 1, rank, account.name.casefold(), account.id)


def local_month(now: datetime, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """The local calendar month containing ``now``: [first midnight, next first midnight) in UTC."""
    local = now.astimezone(zone)
    start = datetime(local.year, local.month, 1, tzinfo=zone)
    following = datetime(local.year + local.month // 12, local.month % 12 + 1, 1, tzinfo=zone)
    return to_second(start), to_second(following)


class CockpitService(Service):
    # -- reading ----------------------------------------------------------------------

    def snapshot(
        self, tam: str | int, actor: str | int | None = None, now: datetime | None = None
    ) -> CockpitSnapshot:
        """The accounts ``tam`` is dedicated to, as of ``now`` (default: the clock)."""
        moment = to_second(now) if now is not None else self.clock()
        with self.db.read() as session:
            target = _tam_user(session, tam)
            _may_read(optional_user(session, actor), target)
            programme = self.loader.load(session)
            accounts = session.scalars(
                select(Account).where(Account.tam_id == target.id).order_by(Account.name)
            ).all()
            zone = programme.calendar.zone
            month_start, month_end = local_month(moment, zone)
            built = self._accounts(session, accounts, target, programme, moment, month_start, month_end)
        ordered = sorted(built, key=lambda a: account_order_key(a, programme, moment))
        return CockpitSnapshot(moment, user_view(target), tuple(ordered), programme, month_start, month_end)

    def accounts_of(
        self, tam: str | int, actor: str | int | None = None, now: datetime | None = None
    ) -> tuple[TamAccount, ...]:
        return self.snapshot(tam, actor, now).accounts

    def tams(self, actor: str | int | None = None) -> list[UserView]:
        """The TAMs whose cockpit ``actor`` may open: a TAM only themself."""
        with self.db.read() as session:
            who = optional_user(session, actor)
            require(who, Action.OPEN_COCKPIT)
            if who is not None and who.role == Role.TAM.value:
                return [user_view(who)]
            found = session.scalars(select(User).where(User.role == Role.TAM.value).order_by(User.name))
            return [user_view(user) for user in found]

    def urgent_cases(self, tam: str | int, actor: str | int | None = None) -> tuple[CaseSummary, ...]:
        """Open Severity 1 cases awaiting their first response on ``tam``'s
        accounts, at any hour (the on-call's light query; oldest first)."""
        with self.db.read() as session:
            target = _tam_user(session, tam)
            _may_read(optional_user(session, actor), target)
            query = (
                summary_query()
                .where(
                    Account.tam_id == target.id,
                    Case.status.in_(OPEN_STATUS_CODES),
                    Case.severity == int(Severity.URGENT),
                    Case.first_response_at.is_(None),
                )
                .order_by(Case.opened_at, Case.number)
            )
            return tuple(fetch_summaries(session, query))

    def _accounts(
        self,
        session: Session,
        accounts: Sequence[Account],
        tam: User,
        programme: Programme,
        now: datetime,
        month_start: datetime,
        month_end: datetime,
    ) -> list[TamAccount]:
        if not accounts:
            return []
        ids = [a.id for a in accounts]
        zone = programme.calendar.zone
        today = now.astimezone(zone).date()

        contacts: dict[int, list[ContactView]] = {}
        for c in session.scalars(
            select(Contact).where(Contact.account_id.in_(ids)).order_by(Contact.name, Contact.id)
        ):
            contacts.setdefault(c.account_id, []).append(
                ContactView(c.id, c.name, c.email, c.phone, c.language)
            )

        # Account ids are integers read from the database a moment ago, so they may
        # be compiled into the statement (fetch_summaries inlines parameters).
        cases: dict[int, list[CaseSummary]] = {}
        open_query = summary_query().where(Case.account_id.in_(ids), Case.status.in_(OPEN_STATUS_CODES))
        for summary in fetch_summaries(session, open_query):
            cases.setdefault(summary.account_id, []).append(summary)

        settling: dict[int, list[ClockRow]] = {}
        for row in clocks_settling_between(session, month_start, month_end, account_ids=ids):
            settling.setdefault(row.account_id, []).append(row)

        notes: dict[int, list[TamNoteView]] = {}
        note_rows = session.execute(
            select(TamNote, User.name)
            .join(User, User.id == TamNote.author_id)
            .where(TamNote.account_id.in_(ids))
            .order_by(TamNote.created_at.desc(), TamNote.id.desc())
        ).all()
        for note, author in note_rows:
            notes.setdefault(note.account_id, []).append(_note_view(note, author))

        exams = _exam_windows(session, ids, now)

        result: list[TamAccount] = []
        for account in accounts:
            ordered = tuple(row.case for row in build_rows(cases.get(account.id, ()), programme, now))
            month = attainment(settling.get(account.id, ()), month_start, month_end, now)
            result.append(
                TamAccount(
                    account.id,
                    account.name,
                    Plan(account.plan_code),
                    account.language,
                    account.region,
                    account.tam_id,
                    tam.name,
                    Licences.of(account.early_adopter, account.trial_until, today),
                    tuple(contacts.get(account.id, ())),
                    ordered,
                    month,
                    exams.get(account.id, ()),
                    tuple(notes.get(account.id, ())),
                    account.version,
                )
            )
        return result

    # -- notes ------------------------------------------------------------------------

    def add_note(self, account: str | int, body: str, actor: str | int) -> TamNoteView:
        """A new note on ``account`` by ``actor`` (its TAM, or an admin)."""
        text = _note_body(body)
        moment = self.clock()
        with self.db.write() as session:
            author = _author(session, actor)
            acct = account_named(session, account)
            if not may_write_notes_on(Role(author.role), author.id, acct.tam_id):
                raise NotAllowed(
                    f"{author.name} is not the TAM of {acct.name}: only its TAM writes notes on it"
                )
            note = TamNote(
                account_id=acct.id, author_id=author.id, body=text, created_at=moment, updated_at=moment
            )
            session.add(note)
            session.flush()
            Database.record_change(session, NOTE_ENTITY, acct.id, "note_added", actor_id=author.id, at=moment)
            return _note_view(note, author.name)

    def edit_note(self, note_id: int, body: str, expected_version: int, actor: str | int) -> TamNoteView:
        """Replace the text of the author's own note; Conflict when it changed since
        the author read it at ``expected_version``."""
        text = _note_body(body)
        moment = self.clock()
        with self.db.write() as session:
            author = _author(session, actor)
            note = _own_note(session, note_id, author, "edit", expected_version)
            if note.body != text:
                note.body = text
                note.updated_at = moment
                session.flush()
                Database.record_change(
                    session, NOTE_ENTITY, note.account_id, "note_edited", actor_id=author.id, at=moment
                )
            return _note_view(note, author.name)

    def delete_note(self, note_id: int, actor: str | int, expected_version: int | None = None) -> None:
        """Delete the author's own note."""
        moment = self.clock()
        with self.db.write() as session:
            author = _author(session, actor)
            note = _own_note(session, note_id, author, "delete", expected_version)
            account_id = note.account_id
            session.delete(note)
            session.flush()
            Database.record_change(
                session, NOTE_ENTITY, account_id, "note_deleted", actor_id=author.id, at=moment
            )


# -- inside ------------------------------------------------------------------------------


def _tam_user(session: Session, tam: str | int) -> User:
    user = user_named(session, tam)
    if user.role != Role.TAM.value:
        raise InvalidInput(f"{user.name} is a {user.role}, not a TAM")
    return user


def _may_read(who: User | None, tam: User) -> None:
    require(who, Action.OPEN_COCKPIT)
    if who is not None and not may_read_cockpit_of(Role(who.role), who.id, tam.id):
        raise NotAllowed(f"{who.name} may see only their own accounts, not those of {tam.name}")


def _author(session: Session, actor: str | int | None) -> User:
    if actor is None:
        raise InvalidInput("a TAM note needs an author (act as a user)")
    who = acting_user(session, actor)
    require(who, Action.WRITE_TAM_NOTES)
    return who


def _own_note(
    session: Session, note_id: int, author: User, doing: str, expected_version: int | None
) -> TamNote:
    note = session.get(TamNote, note_id)
    if note is None:
        raise NotFound(f"no TAM note #{note_id} (deleted in the meantime?)")
    if note.author_id != author.id:
        raise NotAllowed(f"{author.name} may not {doing} a note written by someone else")
    if expected_version is not None and note.version != expected_version:
        raise Conflict(
            f"the note was changed in the meantime (you saw version {expected_version}, it is now at "
            f"version {note.version}) — reload to see what changed"
        )
    return note


def _note_body(body: str) -> str:
    text = body.strip()
    if not text:
        raise InvalidInput("a note needs some text")
    if len(text) > MAX_NOTE_LENGTH:
        raise InvalidInput(f"the note is {len(text)} characters long; at most {MAX_NOTE_LENGTH}")
    return text


def _note_view(note: TamNote, author: str) -> TamNoteView:
    return TamNoteView(
        note.id,
        note.account_id,
        note.author_id,
        author,
        note.body,
        note.created_at,
        note.updated_at,
        note.version,
    )


def _exam_windows(
    session: Session, account_ids: list[int], now: datetime
) -> dict[int, tuple[ExamWindow, ...]]:
    """Exam windows of the accounts live at ``now`` or starting within the horizon."""
    records = session.scalars(
        select(ExamSessionRecord)
        .where(ExamSessionRecord.account_id.in_(account_ids))
        .order_by(ExamSessionRecord.id)
    ).all()
    if not records:
        return {}
    cancelled: dict[int, set[datetime]] = {}
    for session_id, start in session.execute(
        select(ExamCancellation.session_id, ExamCancellation.occurrence_start).where(
            ExamCancellation.session_id.in_([r.id for r in records])
        )
    ):
        cancelled.setdefault(session_id, set()).add(start)
    horizon = now + EXAM_HORIZON
    found: dict[int, list[ExamWindow]] = {}
    for record in records:
        zone = ZoneInfo(record.time_zone)
        exam = ExamSession(
            record.start_at.astimezone(zone),
            record.end_at.astimezone(zone),
            record.rrule,
            frozenset(c.astimezone(zone) for c in cancelled.get(record.id, ())),
        )
        for start, end in exam.occurrences(now, horizon):
            found.setdefault(record.account_id, []).append(
                ExamWindow(
                    record.id,
                    record.title,
                    to_second(start),
                    to_second(end),
                    record.time_zone,
                    record.rrule is not None,
                    start <= now < end,
                )
            )
    return {
        account: tuple(sorted(windows, key=lambda w: (w.start, w.session_id))[:MAX_EXAM_WINDOWS])
        for account, windows in found.items()
    }
