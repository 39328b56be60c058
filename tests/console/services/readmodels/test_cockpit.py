"""The TAM cockpit against a hand-computed fixture on both backends: licences,
contacts, open cases in queue order with their worst clock, breaches this month
by the one settlement rule, exam windows (live, recurring, cancelled), notes and
who may read and write what."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from console.domain.plans import Plan
from console.services.errors import Conflict, InvalidInput, NotAllowed, NotFound
from console.services.readmodels.cockpit import (
    NOTE_ENTITY,
    CockpitService,
    Licences,
    TrialState,
    local_month,
    worst_state,
)
from console.sla.attainment import Attainment
from console.sla.clock import ClockState
from console.storage.models import Account, ChangeLog, User
from tests.support.services import WEDNESDAY_9, Services

BERLIN = ZoneInfo("Europe/Berlin")


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


@pytest.fixture
def cockpit(services: Services) -> CockpitService:
    return CockpitService(services.db, services.loader, services.clock)


def make_responsible(services: Services, account: str, tam: str) -> None:
    """What an admin may do by hand: a TAM responsible for a non-Premier account."""
    with services.db.write() as session:
        tam_id = session.scalars(select(User.id).where(User.name == tam)).one()
        session.scalars(select(Account).where(Account.name == account)).one().tam_id = tam_id


@pytest.fixture
def book(services: Services) -> dict[str, int]:
    """Tom Tam's book: Initech (cases), Umbrella (active trial), Hooli (expired
    trial) and, made responsible by an admin, Exam Board (proctored)."""
    svc = services
    svc.accounts.add_account("Umbrella", "premier", tam="Tom Tam", trial_until=date(2026, 12, 7))
    svc.accounts.add_account("Hooli", "premier", tam="Tom Tam", trial_until=date(2026, 11, 20))
    svc.accounts.add_contact("Initech", "Joanna Lumbergh", "joanna@initech.example", phone="+1 555 0100")
    make_responsible(svc, "Exam Board", "Tom Tam")
    numbers: dict[str, int] = {}
    # A: Premier Sev 2 opened Tue 24 Nov 10:00 Berlin (09:00Z), 30 operational minutes:
    #    due 10:30 Berlin = 09:30Z on 24 Nov; never answered -> breached in November.
    numbers["A"] = svc.cases.open_case("Initech", 2, "Login fails", opened_at=utc(2026, 11, 24, 9)).number
    # B: Sev 3 opened the same minute, 120 minutes: due 12:00 Berlin = 11:00Z; answered
    #    10:00Z -> met in November.
    numbers["B"] = svc.cases.open_case("Initech", 3, "Slow reports", opened_at=utc(2026, 11, 24, 9)).number
    svc.clock.now = utc(2026, 11, 24, 10)
    svc.talk.reply(numbers["B"], "Looking into it.", "Anna Agent")
    svc.clock.now = WEDNESDAY_9
    # C: Sev 4 opened Fri 30 Oct 10:00 Berlin (09:00Z), 720 minutes: 10 h to 20:00 that
    #    Friday, then 2 h from Mon 2 Nov 08:00 -> due 10:00 Berlin = 09:00Z on 2 Nov;
    #    never answered -> breached in November although opened in October.
    numbers["C"] = svc.cases.open_case("Initech", 4, "Docs typo", opened_at=utc(2026, 10, 30, 9)).number
    # D: Sev 2 opened Thu 29 Oct 09:00Z, due 09:30Z the same day -> breached in October.
    numbers["D"] = svc.cases.open_case("Initech", 2, "Old outage", opened_at=utc(2026, 10, 29, 9)).number
    svc.cases.change_status(numbers["D"], "solved")
    # E: Sev 1 now (Wed 25 Nov 08:00Z), Premier 24x7: due 08:15Z, open, awaiting.
    numbers["E"] = svc.cases.open_case("Initech", 1, "Production down").number
    # Exam Board: one session live now, a monthly and a weekly series (one cancelled).
    svc.exams.add_exam("Exam Board", utc(2026, 11, 25, 7, 30), utc(2026, 11, 25, 10), title="Finals")
    svc.exams.add_exam(
        "Exam Board",
        datetime(2026, 11, 2, 9, tzinfo=BERLIN),
        datetime(2026, 11, 2, 12, tzinfo=BERLIN),
        rrule="FREQ=MONTHLY;BYDAY=1MO",
        title="Monthly board",
    )
    svc.exams.add_exam(
        "Exam Board",
        datetime(2026, 11, 27, 18, tzinfo=BERLIN),
        datetime(2026, 11, 27, 20, tzinfo=BERLIN),
        rrule="FREQ=WEEKLY;BYDAY=FR",
        title="Friday evening",
        cancelled=[datetime(2026, 12, 4, 18, tzinfo=BERLIN)],
    )
    return numbers


def test_the_cockpit_of_a_tam(cockpit: CockpitService, book: dict[str, int]) -> None:
    snapshot = cockpit.snapshot("Tom Tam", actor="Tom Tam")
    assert snapshot.now == WEDNESDAY_9
    # November in Berlin: 1 Nov 00:00 CET = 31 Oct 23:00Z to 1 Dec 00:00 CET = 30 Nov 23:00Z.
    assert (snapshot.month_start, snapshot.month_end) == (utc(2026, 10, 31, 23), utc(2026, 11, 30, 23))
    # Initech holds a Severity 1: first. Then by worst clock: Exam Board, Hooli and
    # Umbrella have no open case, so by name.
    assert [a.name for a in snapshot.accounts] == ["Initech", "Exam Board", "Hooli", "Umbrella"]
    initech, exam_board, hooli, umbrella = snapshot.accounts

    assert initech.plan is Plan.PREMIER and initech.tam_name == "Tom Tam"
    assert initech.licences == Licences(True, None, TrialState.NONE, None)
    assert [c.name for c in initech.contacts] == ["Joanna Lumbergh", "Peter Gibbons"]
    assert initech.contacts[0].phone == "+1 555 0100"
    # Queue order: awaiting first response before answered; among those the earliest due
    # (C 2 Nov, A 24 Nov, E 25 Nov); then B.
    assert [c.number for c in initech.open_cases] == [book["C"], book["A"], book["E"], book["B"]]
    assert initech.urgent_open == 1
    assert [c.number for c in initech.urgent_awaiting] == [book["E"]]
    # Settled in November: A and C breached, B met; D breached in October.
    assert initech.month == Attainment(met=1, breached=2)
    assert initech.breaches_this_month == 2
    assert worst_state(initech.open_cases, snapshot.programme, snapshot.now) is ClockState.BREACHED

    # Umbrella's trial ends 7 Dec: 12 days after Wed 25 Nov. Hooli's ended 20 Nov.
    assert umbrella.licences == Licences(False, date(2026, 12, 7), TrialState.ACTIVE, 12)
    assert hooli.licences == Licences(False, date(2026, 11, 20), TrialState.EXPIRED, -5)
    assert umbrella.open_cases == () and umbrella.month == Attainment()

    # Exam Board, within 30 days of Wed 25 Nov 08:00Z: Finals live now; Friday evening
    # 27 Nov 18:00 CET (17:00Z), 4 Dec cancelled, 11 and 18 Dec; the monthly board on the
    # first Monday of December, 7 Dec 09:00 CET (08:00Z); 25 Dec 17:00Z lies beyond.
    assert exam_board.plan is Plan.PROCTORED
    windows = [(w.title, w.start, w.live, w.recurring) for w in exam_board.exams]
    assert windows == [
        ("Finals", utc(2026, 11, 25, 7, 30), True, False),
        ("Friday evening", utc(2026, 11, 27, 17), False, True),
        ("Monthly board", utc(2026, 12, 7, 8), False, True),
        ("Friday evening", utc(2026, 12, 11, 17), False, True),
        ("Friday evening", utc(2026, 12, 18, 17), False, True),
    ]
    assert exam_board.live_exam and not initech.live_exam
    assert cockpit.accounts_of("Tom Tam") == snapshot.accounts


def test_figures_move_with_time(services: Services, cockpit: CockpitService, book: dict[str, int]) -> None:
    # Tue 1 Dec 00:30 Berlin: a new month, nothing settled in it yet; Umbrella's trial has 6 days.
    later = cockpit.snapshot("Tom Tam", now=datetime(2026, 12, 1, 0, 30, tzinfo=BERLIN))
    by_name = {a.name: a for a in later.accounts}
    assert by_name["Initech"].month == Attainment()
    assert by_name["Umbrella"].licences.trial_days_left == 6
    assert not by_name["Exam Board"].live_exam
    # The trial's last day still counts as active.
    last_day = cockpit.snapshot("Tom Tam", now=datetime(2026, 12, 7, 23, 59, tzinfo=BERLIN))
    assert {a.name: a for a in last_day.accounts}["Umbrella"].licences.trial_state is TrialState.ACTIVE


def test_who_may_read_a_cockpit(services: Services, cockpit: CockpitService) -> None:
    services.accounts.add_user("Tia Tam", "tam")
    assert [a.name for a in cockpit.accounts_of("Tom Tam", actor="Lea Lead")] == ["Initech"]
    assert [a.name for a in cockpit.accounts_of("Tom Tam", actor="Ada Admin")] == ["Initech"]
    assert cockpit.accounts_of("Tia Tam", actor="Tia Tam") == ()
    with pytest.raises(NotAllowed, match="only their own accounts"):
        cockpit.accounts_of("Tom Tam", actor="Tia Tam")
    with pytest.raises(NotAllowed, match="agent"):
        cockpit.accounts_of("Tom Tam", actor="Anna Agent")
    with pytest.raises(InvalidInput, match="not a TAM"):
        cockpit.accounts_of("Lea Lead", actor="Ada Admin")
    with pytest.raises(NotFound):
        cockpit.accounts_of("Nobody")
    assert [u.name for u in cockpit.tams("Tom Tam")] == ["Tom Tam"]
    assert [u.name for u in cockpit.tams("Lea Lead")] == ["Tia Tam", "Tom Tam"]
    with pytest.raises(NotAllowed):
        cockpit.tams("Ben Agent")


def test_urgent_cases_at_any_hour(services: Services, cockpit: CockpitService) -> None:
    # Saturday 28 Nov 03:00 Berlin: outside every operational hour; Premier Sev 1 is 24x7.
    services.clock.now = datetime(2026, 11, 28, 3, tzinfo=BERLIN).astimezone(UTC)
    night = services.cases.open_case("Initech", 1, "Night outage")
    services.cases.open_case("Initech", 2, "Not urgent")
    services.cases.open_case("Globex", 1, "Not Tom's account")
    answered = services.cases.open_case("Initech", 1, "Answered")
    services.talk.reply(answered.number, "On it.", "Anna Agent")
    assert [c.number for c in cockpit.urgent_cases("Tom Tam", actor="Tom Tam")] == [night.number]
    # 15 minutes of real time: due 03:15 Berlin that Saturday (02:15Z).
    assert cockpit.urgent_cases("Tom Tam")[0].due_at == utc(2026, 11, 28, 2, 15)


def test_notes(services: Services, cockpit: CockpitService) -> None:
    services.accounts.add_user("Tia Tam", "tam")
    first = cockpit.add_note("Initech", "  Upgrade to 8.2 planned for Q1.  ", "Tom Tam")
    assert (first.body, first.author_name, first.version, first.edited) == (
        "Upgrade to 8.2 planned for Q1.",
        "Tom Tam",
        1,
        False,
    )
    services.clock.advance(minutes=5)
    second = cockpit.add_note("Initech", "Exec sponsor: Bill L.", "Ada Admin")
    notes = cockpit.accounts_of("Tom Tam")[0].notes
    assert [n.id for n in notes] == [second.id, first.id]  # newest first

    with pytest.raises(NotAllowed, match="not the TAM of Initech"):
        cockpit.add_note("Initech", "Hello", "Tia Tam")
    with pytest.raises(NotAllowed):
        cockpit.add_note("Initech", "Hello", "Anna Agent")
    with pytest.raises(InvalidInput, match="needs some text"):
        cockpit.add_note("Initech", "   ", "Tom Tam")
    with pytest.raises(InvalidInput, match="author"):
        cockpit.add_note("Initech", "Hello", None)  # type: ignore[arg-type]
    with pytest.raises(NotFound):
        cockpit.add_note("Nowhere Inc", "Hello", "Tom Tam")

    services.clock.advance(minutes=5)
    edited = cockpit.edit_note(first.id, "Upgrade to 8.2 moved to Q2.", first.version, "Tom Tam")
    assert edited.version == 2 and edited.edited
    assert edited.updated_at == WEDNESDAY_9 + timedelta(minutes=10)
    with pytest.raises(Conflict, match="changed in the meantime"):
        cockpit.edit_note(first.id, "Stale edit", first.version, "Tom Tam")
    with pytest.raises(NotAllowed, match="written by someone else"):
        cockpit.edit_note(first.id, "Not mine", edited.version, "Ada Admin")
    with pytest.raises(NotAllowed, match="written by someone else"):
        cockpit.delete_note(second.id, "Tom Tam")
    with pytest.raises(InvalidInput):
        cockpit.edit_note(first.id, "", edited.version, "Tom Tam")
    with pytest.raises(Conflict):
        cockpit.delete_note(first.id, "Tom Tam", expected_version=1)
    cockpit.delete_note(first.id, "Tom Tam", expected_version=2)
    with pytest.raises(NotFound):
        cockpit.delete_note(first.id, "Tom Tam")
    assert [n.body for n in cockpit.accounts_of("Tom Tam")[0].notes] == ["Exec sponsor: Bill L."]

    with services.db.read() as session:
        logged = session.execute(
            select(ChangeLog.entity_id, ChangeLog.action)
            .where(ChangeLog.entity == NOTE_ENTITY)
            .order_by(ChangeLog.id)
        ).all()
        initech = session.scalars(select(Account.id).where(Account.name == "Initech")).one()
    assert [tuple(row) for row in logged] == [
        (initech, "note_added"),
        (initech, "note_added"),
        (initech, "note_edited"),
        (initech, "note_deleted"),
    ]


@settings(max_examples=300, deadline=None)
@given(st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)))
def test_local_month_holds_the_instant(moment: datetime) -> None:
    start, end = local_month(moment, BERLIN)
    assert start <= moment.replace(microsecond=0) < end
    first, following = start.astimezone(BERLIN), end.astimezone(BERLIN)
    assert (first.day, first.hour, first.minute) == (1, 0, 0)
    assert (following.day, following.hour, following.minute) == (1, 0, 0)
    assert 28 <= (following.date() - first.date()).days <= 31


@given(st.dates(), st.dates())
def test_a_trial_is_active_through_its_last_day(until: date, today: date) -> None:
    licences = Licences.of(False, until, today)
    assert licences.trial_days_left == (until - today).days
    assert (licences.trial_state is TrialState.ACTIVE) == (today <= until)
