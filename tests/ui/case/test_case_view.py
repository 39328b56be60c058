"""The case view against a real database on each backend: header and timeline
filled, replies sent from the box, drafts kept per case, status changes, the
conflict banner when another console got there first, and quiet live refreshes."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from console.domain.cases import CaseStatus, MessageKind
from console.services.bundle import ConsoleServices
from console.services.infrastructure.database import Database
from console.services.infrastructure.feed import latest_change_id, read_changes
from tests.support.clock import SteppingClock
from ui.case.case_view import CaseView
from ui.session import ConsoleSession
from ui.theme import DARK, LIGHT, apply_theme

# Wednesday 2026-11-25 09:00 in Berlin (CET)
START = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> SteppingClock:
    return SteppingClock(START)


@pytest.fixture
def console(engine: Engine, clock: SteppingClock) -> Iterator[ConsoleSession]:
    """Anna's console, over an organisation with a Premier and a Standard account."""
    services = ConsoleServices(Database(engine), clock)
    accounts = services.accounts
    accounts.add_user("Anna Agent", "agent", languages=["en", "de"])
    accounts.add_user("Ben Agent", "agent", languages=["en"])
    # A lead writes on Anna's cases from another console (an agent may not).
    accounts.add_user("Lea Lead", "lead", languages=["en"])
    accounts.add_user("Tom Tam", "tam")
    accounts.add_account("Globex", "standard")
    accounts.add_account(
        "Initech", "premier", tam="Tom Tam", early_adopter=True, trial_until=START.date() + timedelta(days=36)
    )
    accounts.add_contact("Initech", "Peter Gibbons", "peter@initech.example")
    accounts.add_contact("Globex", "Hank Scorpio", "hank@globex.example")
    session = ConsoleSession(services, accounts.user("Anna Agent"))
    yield session
    session.worker.shutdown()


def open_premier(console: ConsoleSession, subject: str = "Exam app freezes at login") -> int:
    services = console.services
    case = services.cases.open_case(
        "Initech", 2, subject, body="Since this morning the app hangs on the login screen."
    )
    services.cases.claim_next("Anna Agent")
    return case.number


def shown_view(qtbot: QtBot, console: ConsoleSession, number: int) -> CaseView:
    view = CaseView(console)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    view.show_case(number)
    qtbot.waitUntil(lambda: view.detail is not None and view.detail.summary.number == number)
    return view


def test_showing_a_case_fills_header_and_timeline(qtbot: QtBot, console: ConsoleSession) -> None:
    number = open_premier(console)
    view = CaseView(console)
    qtbot.addWidget(view)
    view.show_case(number)
    assert "Loading" in view.empty_label.text()
    qtbot.waitUntil(lambda: view.detail is not None)

    assert view.subject_label.text() == "Exam app freezes at login"
    assert f"#{number}" in view.case_label.text() and "Initech" in view.case_label.text()
    plan = view.plan_label.text()
    assert "Premier" in plan and "live chat" in plan and "priority queueing" in plan and "Tom Tam" in plan
    assert "Early adopter" in view.licence_label.text() and "trial until" in view.licence_label.text()
    assert view.status_combo.currentText() == "Open"
    assert {view.status_combo.itemText(i) for i in range(view.status_combo.count())} == {
        "Open",
        "Pending customer",
        "On hold",
        "Solved",
    }
    assert view.severity_combo.currentData() == 2
    assert view.assignee_label.text() == "Anna Agent"
    assert "left (operational)" in view.due_label.text()
    timeline = view.timeline.toPlainText()
    assert "Since this morning the app hangs" in timeline
    assert "Anna Agent claimed the case" in timeline


def test_a_customers_words_typed_in_by_an_agent_name_both(qtbot: QtBot, console: ConsoleSession) -> None:
    number = open_premier(console)
    console.services.talk.customer_message(
        number, "Called: the exam starts at noon.", contact_email="peter@initech.example", actor="Anna Agent"
    )
    view = shown_view(qtbot, console, number)
    timeline = view.timeline.toPlainText()
    assert "Peter Gibbons · Customer, entered by Anna Agent" in timeline
    assert "Called: the exam starts at noon." in timeline


def test_the_due_line_is_local_with_the_calendar_time(
    qtbot: QtBot, console: ConsoleSession, new_york: ZoneInfo
) -> None:
    view = shown_view(qtbot, console, open_premier(console))
    assert view.detail is not None and view.detail.summary.due_at is not None
    due = view.detail.summary.due_at
    here, there = due.astimezone(new_york), due.astimezone(ZoneInfo("Europe/Berlin"))
    assert here.hour != there.hour
    assert f"due {here:%a %H:%M} EST ({there:%H:%M} CET) · " in view.due_label.text()
    assert view.case_label.text().endswith(f"opened {START.astimezone(new_york):%a %H:%M}")


def test_sending_a_reply_stores_it_and_clears_the_box(qtbot: QtBot, console: ConsoleSession) -> None:
    number = open_premier(console)
    view = shown_view(qtbot, console, number)
    qtbot.keyClicks(view.reply_edit, "We are looking into it.")
    changed: list[int] = []
    view.case_changed.connect(changed.append)
    qtbot.mouseClick(view.send_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: changed == [number])
    messages = console.services.cases.detail(number).messages
    assert (messages[-1].kind, messages[-1].body) == (MessageKind.REPLY, "We are looking into it.")
    assert view.reply_edit.toPlainText() == ""
    qtbot.waitUntil(lambda: "We are looking into it." in view.timeline.toPlainText())
    assert "met" in view.due_label.text()


def test_an_internal_note_by_shortcut(qtbot: QtBot, console: ConsoleSession) -> None:
    number = open_premier(console)
    view = shown_view(qtbot, console, number)
    view.reply_edit.setFocus()
    qtbot.keyClicks(view.reply_edit, "Customer uses the old client")
    qtbot.keyClick(
        view.reply_edit,
        Qt.Key.Key_Return,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: console.services.cases.detail(number).messages[-1].kind is MessageKind.NOTE)
    assert console.services.cases.detail(number).summary.first_response_at is None
    qtbot.waitUntil(lambda: "Internal note" in view.timeline.toPlainText())


def test_a_draft_survives_switching_cases(qtbot: QtBot, console: ConsoleSession) -> None:
    first = open_premier(console)
    second = open_premier(console, "Licence key rejected")
    view = shown_view(qtbot, console, first)
    qtbot.keyClicks(view.reply_edit, "Half a reply to the first")

    view.show_case(second)
    assert view.reply_edit.toPlainText() == ""
    qtbot.waitUntil(lambda: view.detail is not None and view.detail.summary.number == second)
    qtbot.keyClicks(view.reply_edit, "Another half")

    view.show_case(first)
    assert view.reply_edit.toPlainText() == "Half a reply to the first"
    qtbot.waitUntil(lambda: view.detail is not None and view.detail.summary.number == first)
    assert view.reply_edit.toPlainText() == "Half a reply to the first"
    assert view.draft(second) == "Another half"


def test_changing_the_status_with_the_combo(qtbot: QtBot, console: ConsoleSession) -> None:
    number = open_premier(console)
    view = shown_view(qtbot, console, number)
    version = console.services.cases.summary(number).version
    view.status_combo.setCurrentIndex(view.status_combo.findData(CaseStatus.PENDING_CUSTOMER.value))

    qtbot.waitUntil(lambda: console.services.cases.summary(number).status is CaseStatus.PENDING_CUSTOMER)
    assert console.services.cases.summary(number).version > version
    qtbot.waitUntil(
        lambda: view.detail is not None and view.detail.summary.status is CaseStatus.PENDING_CUSTOMER
    )
    statuses = {CaseStatus(view.status_combo.itemData(i)) for i in range(view.status_combo.count())}
    assert statuses == {CaseStatus.PENDING_CUSTOMER, CaseStatus.OPEN, CaseStatus.ON_HOLD, CaseStatus.SOLVED}
    assert "Anna Agent changed status open → pending customer" in view.timeline.toPlainText()


def test_a_conflict_shows_what_changed_and_keeps_the_draft(qtbot: QtBot, console: ConsoleSession) -> None:
    number = open_premier(console)
    view = shown_view(qtbot, console, number)
    assert view.detail is not None
    shown_version = view.detail.summary.version
    qtbot.keyClicks(view.reply_edit, "Draft that must survive")
    # Another console changes the case; this view still shows the old version.
    console.services.cases.change_status(number, "pending_customer", actor="Lea Lead")

    view.severity_combo.setCurrentIndex(view.severity_combo.findData(1))
    qtbot.waitUntil(lambda: view.conflict_banner.isVisible())
    text = view.conflict_banner.label.text()
    assert "Changed by someone else" in text
    assert "status open → pending customer" in text
    assert f"version {shown_version} →" in text
    assert view.severity_combo.currentData() == 2  # back to what is stored
    assert console.services.cases.summary(number).severity == 2
    assert view.reply_edit.toPlainText() == "Draft that must survive"

    qtbot.mouseClick(view.conflict_banner.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.conflict_banner.isVisible())
    assert view.status_combo.currentText() == "Pending customer"
    assert view.detail is not None and view.detail.summary.version > shown_version
    assert view.reply_edit.toPlainText() == "Draft that must survive"


def test_a_change_from_another_console_refreshes_quietly(
    qtbot: QtBot, console: ConsoleSession, engine: Engine
) -> None:
    number = open_premier(console)
    view = shown_view(qtbot, console, number)
    qtbot.keyClicks(view.reply_edit, "Half-written")
    view.reply_edit.moveCursor(view.reply_edit.textCursor().MoveOperation.Start)
    before = latest_change_id(engine)
    console.services.talk.customer_message(number, "Any news? The exam starts at noon.")
    console.services.talk.note(number, "Escalated to engineering", "Lea Lead")
    changes = tuple(read_changes(engine, before))
    assert changes

    view.on_changes(changes)
    qtbot.waitUntil(lambda: "Escalated to engineering" in view.timeline.toPlainText())
    assert "Any news? The exam starts at noon." in view.timeline.toPlainText()
    assert view.reply_edit.toPlainText() == "Half-written"
    assert view.reply_edit.textCursor().position() == 0


def test_own_changes_and_other_cases_do_not_reload(
    qtbot: QtBot, console: ConsoleSession, engine: Engine
) -> None:
    number = open_premier(console)
    other = open_premier(console, "Another case")
    view = shown_view(qtbot, console, number)
    loaded = view.detail
    before = latest_change_id(engine)
    console.services.talk.note(number, "Mine", "Anna Agent")
    console.services.talk.note(other, "Elsewhere", "Lea Lead")
    view.on_changes(tuple(read_changes(engine, before)))
    assert view.detail is loaded
    assert not view._loads.running


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)  # one rendering is enough
def test_render_case_view(
    qtbot: QtBot, console: ConsoleSession, clock: SteppingClock, tmp_path: Path, backend: str
) -> None:
    services = console.services
    case = services.cases.open_case(
        "Initech",
        2,
        "Proctoring client freezes at the identity check for every candidate in room B",
        body="Since 08:30 every candidate in room B gets stuck on the identity check.\n"
        "We have 40 exams starting at 11:00. Please help!",
        contact_email="peter@initech.example",
    )
    clock.advance(minutes=4)
    services.cases.claim_next("Anna Agent")
    clock.advance(minutes=3)
    services.talk.note(case.number, "Same symptom as #88 last month: the camera driver update.", "Anna Agent")
    clock.advance(minutes=1)
    services.cases.change_severity(case.number, 1, actor="Anna Agent")
    clock.advance(minutes=5)
    services.talk.reply(
        case.number,
        "Hello Peter, we are on it. Could you send the client log from one of the machines?",
        "Anna Agent",
    )
    clock.advance(minutes=6)
    services.talk.customer_message(case.number, "Log attached. Thank you!", chat=True)
    clock.advance(minutes=2)
    services.talk.agent_chat(case.number, "Got it, looking now.", "Anna Agent")

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    for theme in (LIGHT, DARK):
        apply_theme(app, theme)
        view = shown_view(qtbot, console, case.number)
        qtbot.keyClicks(view.reply_edit, "Please roll back the camera driver to 4.2 on room B machines")
        view.show_conflict(
            view.detail.summary if view.detail else case,
            (view.detail.summary if view.detail else case)._replace(
                status=CaseStatus.PENDING_CUSTOMER, version=99
            ),
        )
        path = tmp_path / f"case_view_{theme.name.value}.png"
        assert view.grab().save(str(path))
        print(path)
    apply_theme(app, LIGHT)

    waiting = services.cases.open_case(
        "Globex", 3, "Report export produces an empty PDF", body="Exports are empty since the update."
    )
    clock.advance(minutes=50)
    view = shown_view(qtbot, console, waiting.number)
    path = tmp_path / "case_view_standard.png"
    assert view.grab().save(str(path))
    print(path)


def test_a_refresh_keeps_the_reading_position(qtbot: QtBot, console: ConsoleSession, engine: Engine) -> None:
    number = open_premier(console)
    for n in range(12):
        console.services.talk.note(number, f"Finding {n}: the log shows a timeout\nand a retry", "Lea Lead")
    view = shown_view(qtbot, console, number)
    bar = view.timeline.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0 and bar.value() == bar.maximum())

    before = latest_change_id(engine)
    console.services.talk.note(number, "At the end", "Lea Lead")
    view.on_changes(tuple(read_changes(engine, before)))
    qtbot.waitUntil(lambda: "At the end" in view.timeline.toPlainText())
    qtbot.waitUntil(lambda: bar.value() == bar.maximum())

    bar.setValue(10)
    before = latest_change_id(engine)
    console.services.talk.note(number, "Further down", "Lea Lead")
    view.on_changes(tuple(read_changes(engine, before)))
    qtbot.waitUntil(lambda: "Further down" in view.timeline.toPlainText())
    assert bar.value() == 10


def test_a_closed_view_sits_in_no_reference_cycle(qtbot: QtBot, console: ConsoleSession) -> None:
    """Its handlers, loads and parts keep no Python reference back to it: a view
    in a cycle is freed by the cycle collector, which may run on a worker thread,
    and a Qt object freed there crashes the GUI."""
    number = open_premier(console)
    view = shown_view(qtbot, console, number)
    view.reply_edit.setPlainText("Thanks, we are looking into it.")
    view.send_reply()
    reply_edit, loads = view.reply_edit, view._loads
    qtbot.waitUntil(lambda: reply_edit.toPlainText() == "" and not loads.running, timeout=5000)
    view.close()
    gc.collect()
    was_enabled = gc.isenabled()  # off while the GUI's collector runs (ui.gui_collector)
    gc.disable()
    try:
        closed = weakref.ref(view)
        del view
        alive = closed()
        assert alive is None or gc.get_referrers(alive) == []
    finally:
        if was_enabled:
            gc.enable()
