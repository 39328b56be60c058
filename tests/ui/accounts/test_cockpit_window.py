"""The TAM cockpit window over a real database on both backends, against a
hand-computed fixture: the accounts and their figures, every model under
qtmodeltester, the live Severity 1 alert (muted or minimised), notes written
through the screen, the case hand-off, and who may open whose cockpit."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.engine import URL

from console.services.bundle import ConsoleServices
from console.services.infrastructure.database import Database
from console.services.readmodels.cockpit import CockpitService
from console.sla.clock import ClockState
from console.storage.engine import create_engine_for
from console.storage.models import Account, User
from tests.support.clock import SteppingClock
from ui.accounts.account_list_model import UrgentRole, WorstStateRole
from ui.accounts.cockpit_window import CockpitWindow
from ui.accounts.tam_on_call import TamOnCall
from ui.notifier import Notifier
from ui.session import ConsoleSession
from ui.wording import alert_title

# Wednesday 25 Nov 2026 09:00 Berlin (CET).
WEDNESDAY_9 = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


class World:
    """The colleague's console (its own engine) and the shared clock."""

    def __init__(self, url: URL) -> None:
        self.url = url
        self.clock = SteppingClock(WEDNESDAY_9)
        self.other = ConsoleServices(Database(create_engine_for(url)), self.clock)
        self.cockpit = CockpitService(self.other.db, self.other.loader, self.clock)
        self.sessions: list[ConsoleSession] = []

    def session(self, user: str) -> ConsoleSession:
        services = ConsoleServices(Database(create_engine_for(self.url)), self.clock)
        session = ConsoleSession(services, services.accounts.user(user))
        self.sessions.append(session)
        return session


@pytest.fixture
def world(database_url: URL) -> Iterator[World]:
    w = World(database_url)
    svc = w.other
    for name, role in (
        ("Ada Admin", "admin"),
        ("Lea Lead", "lead"),
        ("Tom Tam", "tam"),
        ("Anna Agent", "agent"),
    ):
        svc.accounts.add_user(name, role)
    svc.accounts.add_account("Globex", "standard")
    svc.accounts.add_account(
        "Initech", "premier", tam="Tom Tam", early_adopter=True, trial_until=date(2026, 12, 7)
    )
    svc.accounts.add_account("Exam Board", "proctored")
    svc.accounts.add_contact("Initech", "Peter Gibbons", "peter@initech.example", phone="+1 555 0199")
    with svc.db.write() as session:  # an admin made Tom responsible for a Proctored account too
        tom = session.scalars(select(User.id).where(User.name == "Tom Tam")).one()
        session.scalars(select(Account).where(Account.name == "Exam Board")).one().tam_id = tom
    # Sev 2 opened Tue 24 Nov 09:00Z, 30 operational minutes: due 09:30Z, never answered:
    # breached in November. Sev 3 opened then, 120 minutes (due 11:00Z), answered 10:00Z: met.
    svc.cases.open_case("Initech", 2, "Login fails", opened_at=utc(2026, 11, 24, 9))
    met = svc.cases.open_case("Initech", 3, "Slow reports", opened_at=utc(2026, 11, 24, 9))
    w.clock.now = utc(2026, 11, 24, 10)
    svc.talk.reply(met.number, "Looking into it.", "Anna Agent")
    w.clock.now = WEDNESDAY_9
    # Finals live now (07:30Z-10:00Z); nothing else booked.
    svc.exams.add_exam("Exam Board", utc(2026, 11, 25, 7, 30), utc(2026, 11, 25, 10), title="Finals")
    yield w
    for console in w.sessions:
        console.close()
    svc.close()


@pytest.fixture
def open_window(qtbot: QtBot, world: World, tmp_path: Path) -> Iterator[Callable[[str], CockpitWindow]]:
    windows: list[CockpitWindow] = []

    def make(user: str) -> CockpitWindow:
        session = world.session(user)
        settings = QSettings(str(tmp_path / f"{user}.ini"), QSettings.Format.IniFormat)
        win = CockpitWindow(session, settings)
        qtbot.addWidget(win)
        win.resize(1400, 900)
        win.show()
        win.start()
        windows.append(win)
        return win

    yield make
    for win in windows:
        win.close()


def wait_loaded(qtbot: QtBot, win: CockpitWindow) -> None:
    qtbot.waitUntil(
        lambda: win.snapshot is not None and win.stack.currentWidget() is win.page, timeout=10_000
    )


def test_the_cockpit_shows_the_tam_accounts(
    qtbot: QtBot, open_window: Callable[[str], CockpitWindow], qtmodeltester: Any
) -> None:
    win = open_window("Tom Tam")
    wait_loaded(qtbot, win)
    model = win.accounts_model
    # No Severity 1 open: Initech (its worst clock breached) before Exam Board (no case).
    assert [model.account_at(r).name for r in range(model.rowCount())] == ["Initech", "Exam Board"]
    assert model.index(0, 0).data(WorstStateRole) == ClockState.BREACHED
    assert model.index(1, 0).data(WorstStateRole) is None
    assert win.list_title.text() == "My accounts (2)"
    page = win.page
    assert page.name_label.text() == "Initech"
    # Trial until 7 Dec: 12 days after Wed 25 Nov.
    assert "trial until 07 Dec 2026 — expires in 12 days" in page.licence_label.text()
    assert "early-adopter products qualified" in page.licence_label.text()
    assert page.open_tile.value.text() == "2"
    assert page.open_tile.detail.text() == "1 awaiting first response"
    # Settled in November: the Sev 2 breached, the Sev 3 met -> 1 breach, 1 of 2 met = 50 %.
    assert page.breach_tile.value.text() == "1"
    assert page.breach_tile.detail.text() == "1 met of 2 settled in November · 50%"
    assert page.urgent_tile.value.text() == "0"
    assert page.contact_model.rowCount() == 1
    assert page.tabs.currentIndex() == 1  # no exams: contacts first
    cases = page.cases_model
    assert [cases.case_at(r).subject for r in range(cases.rowCount())] == ["Login fails", "Slow reports"]
    # Due Tue 10:30 Berlin; overdue in operational time: Tue 10:30-20:00 (9h 30m) + Wed 08:00-09:00 (1h).
    assert cases.index(0, 0).data() == "breached +10h 30m"
    for checked in (model, cases, page.contact_model, page.notes.model, page.exam_model):
        qtmodeltester.check(checked)

    win.select_account(model.account_at(1).id)
    assert page.name_label.text() == "Exam Board"
    assert page.exam_model.rowCount() == 1
    assert page.exam_model.index(0, 2).data() == "live now — ends 11:00"  # 10:00Z = 11:00 CET
    assert page.exam_model.index(0, 0).data() == "Wed 25 Nov 08:30–11:00 CET"
    assert page.exam_tile.value.text() == "Live now"
    assert page.tabs.currentIndex() == 0
    assert page.no_cases_label.isVisible()
    qtmodeltester.check(page.exam_model)


def test_the_cockpit_shows_local_times_and_says_so(
    qtbot: QtBot, open_window: Callable[[str], CockpitWindow], new_york: ZoneInfo
) -> None:
    before = datetime.now(new_york)
    win = open_window("Tom Tam")
    wait_loaded(qtbot, win)
    after = datetime.now(new_york)
    assert win.status_zone.text() == (
        "Times in EST (your zone) · due times also in the support calendar's Europe/Berlin"
    )
    win.on_connection(True, "")  # the listener may report its connection after the first read
    updated = win.status_live.text().removeprefix("Live · updated ")
    assert f"{before:%H:%M:%S}" <= updated <= f"{after:%H:%M:%S}" or before.hour != after.hour
    page = win.page
    tooltip = page.cases_model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "First response due Tue 24 Nov 04:30 EST (10:30 CET)" in tooltip  # 09:30Z
    win.select_account(win.accounts_model.account_at(1).id)
    assert page.exam_model.index(0, 0).data() == "Wed 25 Nov 02:30–05:00 EST"  # 07:30Z-10:00Z
    assert page.exam_model.index(0, 2).data() == "live now — ends 05:00"
    assert page.exam_tile.detail.text() == "Finals · ends 05:00"


def test_a_severity_1_alerts_the_tam_live_even_muted_and_minimised(
    qtbot: QtBot, open_window: Callable[[str], CockpitWindow], world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    flashed: list[tuple[QWidget, int]] = []
    monkeypatch.setattr(
        QApplication, "alert", staticmethod(lambda widget, ms=0: flashed.append((widget, ms)))
    )
    win = open_window("Tom Tam")
    wait_loaded(qtbot, win)
    assert win.on_call is not None
    qtbot.waitUntil(lambda: win.on_call is not None and win.on_call.watcher.started, timeout=5000)
    win.notifier.mute(30)
    win.showMinimized()
    urgent = world.other.cases.open_case("Initech", 1, "Production down")
    world.other.cases.open_case("Globex", 1, "Not Tom's")
    qtbot.waitUntil(lambda: len(win.notifier.urgent_shown) == 1, timeout=10_000)
    alert = win.notifier.urgent_shown[0]
    assert alert.case_number == urgent.number
    assert alert_title(alert) == f"Severity 1 on Initech — #{urgent.number}"
    assert flashed == [(win, 0)]
    # The cockpit itself re-reads: Initech now holds a Severity 1 and the banner says so.
    qtbot.waitUntil(lambda: win.accounts_model.index(0, 0).data(UrgentRole) == 1, timeout=10_000)
    win.showNormal()
    assert win.urgent_banner.isVisible()
    # 15 minutes of real time (Premier 24x7), read at the same instant.
    assert win.urgent_banner.label.text() == (
        f"Severity 1 awaiting first response: #{urgent.number} Initech — Production down (15m 00s)"
    )
    assert win.page.urgent_tile.value.text() == "1"
    # Once only.
    world.other.cases.open_case("Initech", 3, "Something else")
    qtbot.wait(800)
    assert len(win.notifier.urgent_shown) == 1
    # Clicking the alert hands the case over.
    with qtbot.waitSignal(win.case_activated, timeout=2000) as signal:
        qtbot.mouseClick(win.notifier.toast, Qt.MouseButton.LeftButton)
    assert signal.args == [urgent.number]
    assert not win.notifier.toast.isVisible()


def test_one_on_call_per_session(qtbot: QtBot, world: World, tmp_path: Path) -> None:
    session = world.session("Tom Tam")
    host = QWidget()
    qtbot.addWidget(host)
    on_call = TamOnCall(session, Notifier(host, host.windowIcon()))
    assert TamOnCall.of(session) is on_call
    win = CockpitWindow(session, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    assert win.on_call is on_call and not win._own_on_call
    win.close()
    assert TamOnCall.of(session) is on_call  # the window leaves the session's on-call running
    with pytest.raises(ValueError, match="not a TAM"):
        TamOnCall(world.session("Lea Lead"), Notifier(host, host.windowIcon()))


def test_notes_add_edit_conflict_and_delete_through_the_screen(
    qtbot: QtBot, open_window: Callable[[str], CockpitWindow], world: World
) -> None:
    win = open_window("Tom Tam")
    wait_loaded(qtbot, win)
    notes = win.page.notes
    assert notes.empty_label.isVisible()
    assert not notes.save_button.isEnabled()
    notes.editor.setPlainText("Upgrade to 8.2 planned for Q1.")
    qtbot.mouseClick(notes.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: notes.model.rowCount() == 1, timeout=10_000)
    assert notes.editor.toPlainText() == ""
    assert notes.model.index(0, 0).data() == "Upgrade to 8.2 planned for Q1."
    assert notes.count_label.text() == "1 note"

    notes.list.setCurrentIndex(notes.model.index(0, 0))
    assert notes.edit_button.isEnabled() and notes.delete_button.isEnabled()
    qtbot.mouseClick(notes.edit_button, Qt.MouseButton.LeftButton)
    assert notes.save_button.text() == "Save changes"
    notes.editor.setPlainText("Upgrade moved to Q2.")
    # Meanwhile Tom changes the same note from another console.
    note = notes.model.note_at(0)
    world.cockpit.edit_note(note.id, "Changed elsewhere.", note.version, "Tom Tam")
    qtbot.mouseClick(notes.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: notes.message_label.isVisible(), timeout=10_000)
    assert "changed in the meantime" in notes.message_label.text()
    assert notes.editor.toPlainText() == "Upgrade moved to Q2."  # the draft is kept
    qtbot.waitUntil(lambda: notes.model.index(0, 0).data() == "Changed elsewhere.", timeout=10_000)
    qtbot.mouseClick(notes.save_button, Qt.MouseButton.LeftButton)  # saving again replaces it
    qtbot.waitUntil(lambda: notes.model.index(0, 0).data() == "Upgrade moved to Q2.", timeout=10_000)
    assert notes.model.note_at(0).version == 3

    notes.list.setCurrentIndex(notes.model.index(0, 0))
    qtbot.mouseClick(notes.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: notes.model.rowCount() == 0, timeout=10_000)

    # A note from another console arrives live.
    world.cockpit.add_note("Initech", "Exec sponsor: Bill L.", "Ada Admin")
    qtbot.waitUntil(lambda: notes.model.rowCount() == 1, timeout=10_000)
    notes.list.setCurrentIndex(notes.model.index(0, 0))
    assert not notes.edit_button.isEnabled()  # not Tom's own


def test_double_clicking_a_case_hands_it_over(
    qtbot: QtBot, open_window: Callable[[str], CockpitWindow]
) -> None:
    win = open_window("Tom Tam")
    wait_loaded(qtbot, win)
    table = win.page.cases_table
    first = win.page.cases_model.case_at(0).number
    rect = table.visualRect(win.page.cases_model.index(0, 4))
    activated: list[int] = []
    win.case_activated.connect(activated.append)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert activated == []  # a click selects; it does not hand over
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert activated == [first]  # once, not once per click
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert activated == [first, first]


def test_a_lead_picks_a_tam_and_an_agent_is_refused(
    qtbot: QtBot, open_window: Callable[[str], CockpitWindow]
) -> None:
    lead = open_window("Lea Lead")
    wait_loaded(qtbot, lead)
    assert lead.tam_combo.count() == 1 and lead.tam_combo.currentText() == "Tom Tam"
    assert lead.list_title.text() == "Accounts of Tom Tam (2)"
    assert lead.on_call is None
    assert not lead.page.notes.editor.isEnabled()  # only the account's TAM writes notes

    agent = open_window("Anna Agent")
    qtbot.waitUntil(lambda: "may not open the TAM cockpit" in agent.empty_label.text(), timeout=10_000)
    assert agent.stack.currentWidget() is agent.empty_label
