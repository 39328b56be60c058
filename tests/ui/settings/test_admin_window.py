"""The administration window over a real database on each backend: every tab
loads, edits and saves through the core (with the count of recomputed due times),
shows refusals inline, follows a colleague's changes live, keeps unsaved edits,
turns a lost version race into "changed by someone else — reloaded", and is
read-only for non-admins. Every model passes qtmodeltester.

Hand-computed figures: a Globex (Standard) Severity 3 case opened Wed 2026-11-25
09:00 Berlin is due Thu 09:00 Berlin (720 operational minutes: 11h on Wednesday
to 20:00, 1h on Thursday); at 240 minutes it is due Wed 13:00 Berlin."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

import keyring
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import URL

from console.domain.cases import Role
from console.domain.permissions import allowed
from console.domain.plans import Plan, Severity
from console.storage.profiles import KEYRING_SERVICE, Profile, ProfileStore
from tests.support.admin_world import SAT_10, SAT_12, World, show_tab, wait_status
from ui.settings.admin_window import APPLY_DELAY_MS, TAB_ACTIONS, AdminWindow
from ui.settings.exam_dialog import MONTHLY, ExamDialog, monthly_rule
from ui.settings.user_model import ACTIVE, ROLE, TEAM
from ui.theme import DARK, LIGHT, apply_theme
from ui.widgets.row_model import RowRole


def due_of_first_case(world: World) -> datetime | None:
    return world.other.cases.detail(10001).summary.due_at


# -- plans & targets --------------------------------------------------------------------------


def test_targets_grid_saves_and_says_how_many_cases_moved(
    qtbot: QtBot, open_window: Callable[[str], AdminWindow], world: World, qtmodeltester: Any
) -> None:
    win = open_window("Ada Admin")
    tab = win.targets_tab
    model = tab.model
    qtmodeltester.check(model)
    assert model.rowCount() == 3 and model.columnCount() == 5
    assert model.index(0, 0).data() == "Standard"
    assert model.index(0, 3).data() == "1 day (12h)  ·  720 min"
    assert model.index(1, 1).data() == "15m  ·  15 min  ·  24x7"  # Premier Severity 1: on call
    assert "24x7 on-call clock" in model.index(1, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert not tab.save_button.isEnabled()

    assert model.setData(model.index(0, 3), 240)
    assert not model.setData(model.index(0, 3), 0)  # out of range: refused by the grid
    assert model.index(0, 3).data() == "4h  ·  240 min"
    assert tab.save_button.isEnabled()
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    wait_status(qtbot, tab, "Saved. 1 open case got a new due time.")
    assert due_of_first_case(world) == datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    qtbot.waitUntil(lambda: model.index(0, 3).data(RowRole).version == 2, timeout=10_000)
    assert not model.has_pending()
    qtmodeltester.check(model)


def test_a_colleagues_change_arrives_live_and_unsaved_edits_are_kept(
    qtbot: QtBot, open_window: Callable[[str], AdminWindow], world: World
) -> None:
    win = open_window("Ada Admin")
    model = win.targets_tab.model
    world.other.targets.set_target("premier", 2, 45, actor="Ada Admin")
    qtbot.waitUntil(lambda: model.minutes(Plan.PREMIER, Severity.HIGH) == 45, timeout=10_000)

    model.setData(model.index(0, 1), 200)  # Standard 1: an unsaved edit
    world.other.targets.set_target("premier", 3, 90, actor="Ada Admin")
    wait_status(qtbot, win.targets_tab, "Your unsaved edits are kept")
    assert model.minutes(Plan.STANDARD, Severity.URGENT) == 200
    assert model.minutes(Plan.PREMIER, Severity.MEDIUM) == 120  # not yet reloaded


def test_the_echo_of_the_tabs_own_write_is_not_someone_elses_change(
    qtbot: QtBot, open_window: Callable[[str], AdminWindow], world: World
) -> None:
    """The change log reports the admin's own closure back to their window; with an
    unsaved edit on the tab, only another person's change is worth "someone else
    changed" (a full CI run once lost "Saved." to that note about its own save)."""
    win = open_window("Ada Admin")
    tab = show_tab(qtbot, win, "calendar")
    tab.regions_edit.setText("CH, FR")  # an unsaved edit
    tab.closure_date.setDate(date(2026, 12, 24))
    with qtbot.waitSignal(win.session.changes_arrived, timeout=10_000):
        qtbot.mouseClick(tab.add_closure_button, Qt.MouseButton.LeftButton)
    wait_status(qtbot, tab, "Closed on 2026-12-24.")
    qtbot.wait(APPLY_DELAY_MS * 3)
    assert tab.status.text().startswith("Closed on 2026-12-24.")

    world.other.calendar.add_closure(date(2026, 12, 31), actor=None)  # the owner, from the CLI
    wait_status(qtbot, tab, "Someone else changed the set-up. Your unsaved edits are kept")
    assert tab.regions_edit.text() == "CH, FR"


def test_a_lost_version_race_says_changed_by_someone_else_and_reloads(
    qtbot: QtBot, open_window: Callable[[str], AdminWindow], world: World
) -> None:
    win = open_window("Ada Admin")
    tab = win.targets_tab
    tab.model.setData(tab.model.index(0, 3), 300)
    world.other.targets.set_target("standard", 3, 600, actor="Ada Admin")
    wait_status(qtbot, tab, "unsaved edits are kept")
    tab.save()
    wait_status(qtbot, tab, "Changed by someone else — reloaded")
    qtbot.waitUntil(lambda: tab.model.minutes(Plan.STANDARD, Severity.MEDIUM) == 600, timeout=10_000)
    assert not tab.model.has_pending()


# -- the support calendar ------------------------------------------------------------------------


def test_calendar_tab_previews_holidays_and_saves_closures_and_hours(
    qtbot: QtBot, open_window: Callable[[str], AdminWindow], world: World, qtmodeltester: Any
) -> None:
    win = open_window("Ada Admin")
    tab = show_tab(qtbot, win, "calendar")
    assert tab.zone_box.currentText() == "Europe/Berlin"
    assert [e.text() for e in tab.day_edits] == ["08:00-20:00"] * 5 + ["", ""]
    assert tab.regions_edit.text() == "CH, DE"
    assert (tab.risk_share.value(), tab.risk_minutes.value()) == (20, 15)
    qtbot.waitUntil(lambda: tab.holiday_model.rowCount() > 0, timeout=10_000)
    qtmodeltester.check(tab.holiday_model)

    tab.regions_edit.setText("CH, XX")
    tab.preview()
    qtbot.waitUntil(lambda: "Unknown holiday region 'XX'" in tab.preview_status.text(), timeout=10_000)
    assert tab.holiday_model.rowCount() == 0
    tab.regions_edit.setText("CH, DE-BY")
    tab.year_spin.setValue(2027)
    tab.preview()
    qtbot.waitUntil(lambda: tab.holiday_model.rowCount() > 0, timeout=10_000)
    rows = tab.holiday_model.rows()
    assert (rows[0].day, rows[0].name, rows[0].regions) == (
        date(2027, 1, 1),
        "New Year's Day",
        ("CH", "DE-BY"),
    )
    assert tab.holiday_model.index(1, 2).data() == "Epiphany"
    assert tab.holiday_model.index(1, 3).data() == "DE-BY"
    assert tab.has_unsaved()  # the regions were edited, not saved

    # A closure on the due day (Thu 26 Nov): due Fri 09:00 Berlin; 1 case moved.
    tab.closure_date.setDate(date(2026, 11, 26))
    tab.closure_reason.setText("Company meeting")
    qtbot.mouseClick(tab.add_closure_button, Qt.MouseButton.LeftButton)
    wait_status(qtbot, tab, "Closed on 2026-11-26. 1 open case got a new due time.")
    qtbot.waitUntil(lambda: tab.closure_model.rowCount() == 1, timeout=10_000)
    qtmodeltester.check(tab.closure_model)
    assert [tab.closure_model.index(0, c).data() for c in range(3)] == [
        "2026-11-26",
        "Thu",
        "Company meeting",
    ]
    assert due_of_first_case(world) == datetime(2026, 11, 27, 8, 0, tzinfo=UTC)
    assert tab.regions_edit.text() == "CH, DE-BY"  # the unsaved edit is still there
    tab.closure_table.selectRow(0)
    qtbot.mouseClick(tab.remove_closure_button, Qt.MouseButton.LeftButton)
    wait_status(qtbot, tab, "2026-11-26 is open again. 1 open case got a new due time.")

    # Shorter hours: 9h on Wed (09:00-18:00), 3h from Thu 08:00 -> Thu 11:00 Berlin.
    tab.day_edits[0].setText("nine to five")
    tab.save()
    wait_status(qtbot, tab, "Monday: an opening window reads like 08:00-20:00, not 'nine to five'")
    for edit in tab.day_edits[:5]:
        edit.setText("08:00-18:00")
    tab.save()
    wait_status(qtbot, tab, "Saved. 1 open case got a new due time.")
    assert due_of_first_case(world) == datetime(2026, 11, 26, 10, 0, tzinfo=UTC)
    settings = world.other.calendar.calendar_settings()
    assert (settings.regions, settings.hours_text) == (("CH", "DE-BY"), "mon-fri 08:00-18:00")
    qtbot.waitUntil(lambda: not tab.has_unsaved(), timeout=10_000)


def test_calendar_refusals_are_one_line(qtbot: QtBot, open_window: Callable[[str], AdminWindow]) -> None:
    win = open_window("Ada Admin")
    tab = show_tab(qtbot, win, "calendar")
    tab.zone_box.setCurrentText("Mars/Base")
    tab.save()
    wait_status(qtbot, tab, "Unknown time zone 'Mars/Base'")
    assert tab.status.kind == "error" and "\n" not in tab.status.text()
    tab.zone_box.setCurrentText("Europe/Berlin")
    tab.day_edits[0].setText("08:00-12:00, 11:00-14:00")
    tab.save()
    wait_status(qtbot, tab, "Mon: the windows 08:00-12:00 and 11:00-14:00 overlap")


# -- exam sessions ------------------------------------------------------------------------------


def test_exam_sessions_tab_cancels_and_deletes(
    qtbot: QtBot, open_window: Callable[[str], AdminWindow], world: World, qtmodeltester: Any
) -> None:
    win = open_window("Ada Admin")
    tab = show_tab(qtbot, win, "exams")
    model = tab.model
    qtmodeltester.check(model)
    assert [model.index(0, c).data() for c in range(5)] == [
        "Exam Board",
        "Finals",
        "Sat 2026-11-28 10:00–12:00 CET",
        "weekly, Saturday",
        "—",
    ]
    tab.table.selectRow(0)
    assert tab.cancel_button.isEnabled()
    exam = tab.selected()
    tab.cancel_occurrence(exam, SAT_10)
    wait_status(qtbot, tab, "Cancelled the session of Sat 2026-11-28 10:00. 0 open cases got a new due time.")
    qtbot.waitUntil(lambda: model.index(0, 4).data() == "2026-11-28", timeout=10_000)

    tab.confirm = lambda question: "Delete Finals of Exam Board" in question
    tab.table.selectRow(0)
    tab.delete_selected()
    wait_status(qtbot, tab, "Deleted. 0 open cases got a new due time.")
    qtbot.waitUntil(lambda: model.rowCount() == 0, timeout=10_000)
    assert tab.empty_label.isVisible()
    assert world.other.exams.exam_sessions() == []


def test_booking_an_exam_moves_a_proctored_case(
    qtbot: QtBot, open_window: Callable[[str], AdminWindow], world: World
) -> None:
    world.clock.now = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
    # Opened Sat 12:00 Berlin (11:00 UTC), Severity 3 = 240 minutes. The weekly Finals
    # window ended at 12:00, so the clock waits until Mon 08:00: due Mon 12:00 Berlin.
    case = world.other.cases.open_case("Exam Board", 3, "Proctor cannot log in", opened_at=SAT_12)
    assert case.due_at == datetime(2026, 11, 30, 11, 0, tzinfo=UTC)
    win = open_window("Ada Admin")
    tab = show_tab(qtbot, win, "exams")
    dialog = tab.exam_dialog()
    assert dialog.account_box.currentText() == "Exam Board"
    dialog.title_edit.setText("Resit")
    start = datetime(2026, 11, 28, 13, 0, tzinfo=UTC)  # Sat 14:00-16:00 Berlin
    dialog.set_window(start, datetime(2026, 11, 28, 15, 0, tzinfo=UTC))
    dialog.recurrence_box.setCurrentIndex(MONTHLY)
    assert dialog.rule_edit.text() == "FREQ=MONTHLY;BYDAY=-1SA"  # 28 Nov is the last Saturday
    assert dialog.in_words.text() == "Monthly, last Saturday; 2h 00m each."
    form = dialog.form()
    dialog.close()
    tab.book(form)
    # 1h waiting (12:00-13:00 UTC is closed), 2h in the Resit window, 2h from Mon 08:00:
    # due Mon 10:00 Berlin = 09:00 UTC.
    wait_status(qtbot, tab, "Booked for Exam Board. 1 open case got a new due time.")
    assert world.other.cases.detail(case.number).summary.due_at == datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=10_000)


def test_exam_dialog_refuses_a_window_that_ends_before_it_starts(qtbot: QtBot) -> None:
    dialog = ExamDialog("Europe/Berlin", ["Exam Board"])
    qtbot.addWidget(dialog)
    dialog.set_window(SAT_12, SAT_10)
    dialog.recurrence_box.setCurrentIndex(0)
    assert "must end after it starts" in dialog.in_words.text()
    assert monthly_rule(datetime(2026, 12, 7, 9, tzinfo=UTC)) == "FREQ=MONTHLY;BYDAY=1MO"


# -- users & roles -----------------------------------------------------------------------------


def test_users_tab_saves_per_user_and_shows_refusals(
    qtbot: QtBot, open_window: Callable[[str], AdminWindow], world: World, qtmodeltester: Any
) -> None:
    win = open_window("Ada Admin")
    tab = show_tab(qtbot, win, "users")
    model = tab.model
    qtmodeltester.check(model)
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert names == ["Ada Admin", "Ben Agent", "Lea Lead", "Tom Tam"]
    ben, ada, tom = names.index("Ben Agent"), names.index("Ada Admin"), names.index("Tom Tam")
    assert model.index(ben, ROLE).data() == "Agent"
    assert model.index(ben, ACTIVE).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked

    assert model.setData(model.index(ben, ROLE), "lead")
    assert model.setData(model.index(ben, TEAM), "Night shift")
    assert model.setData(model.index(ada, ROLE), "agent")  # the last admin: refused on save
    assert model.setData(model.index(tom, ROLE), "agent")  # still the TAM of Initech
    assert model.index(ben, ROLE).data() == "Team lead"
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    wait_status(qtbot, tab, "Saved: Ben Agent.")
    text = tab.status.text()
    assert "Ada Admin: Ada Admin is the last active admin" in text
    assert "Tom Tam: Tom Tam is still the TAM of Initech" in text
    ben_now = world.other.accounts.user("Ben Agent")
    assert (ben_now.role, ben_now.team) == (Role.LEAD, "Night shift")
    assert world.other.accounts.user("Ada Admin").role is Role.ADMIN
    qtbot.waitUntil(
        lambda: model.index(ben, ROLE).data() == "Team lead" and not model.has_pending(), timeout=10_000
    )

    model.setData(model.index(ben, ACTIVE), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    tab.save()
    wait_status(qtbot, tab, "Saved: Ben Agent.")
    assert not world.other.accounts.user("Ben Agent").active

    dialog = tab.person_dialog()
    dialog.name_edit.setText("Cleo Agent")
    dialog.languages_edit.setText("en, fr")
    form = dialog.form()
    dialog.close()
    tab.add_person(form)
    wait_status(qtbot, tab, "Added Cleo Agent (Agent), who signs in as cleo.agent.")
    qtbot.waitUntil(lambda: model.rowCount() == 5, timeout=10_000)
    assert world.other.accounts.user("Cleo Agent").languages == ("en", "fr")
    qtmodeltester.check(model)


# -- connection profiles ---------------------------------------------------------------------------


def test_profiles_tab_keeps_passwords_in_the_keyring(
    qtbot: QtBot, open_window: Callable[[str], AdminWindow], world: World, qtmodeltester: Any
) -> None:
    win = open_window("Ada Admin")
    tab = show_tab(qtbot, win, "profiles")
    qtmodeltester.check(tab.model)
    assert [p.name for p in tab.model.rows()] == ["Local"]

    tab.new_profile()
    tab.name_edit.setText("Team")
    tab.host_edit.setText("127.0.0.1")
    tab.port_spin.setValue(1)  # nothing listens there
    tab.database_edit.setText("support")
    tab.user_edit.setText("agent")
    tab.password_edit.setText("s3cret")
    tab.save()
    wait_status(qtbot, tab, "Saved the profile Team.")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=10_000)
    store = ProfileStore(world.tmp_path / "profiles")
    saved = store.get("Team")
    assert keyring.get_password(KEYRING_SERVICE, saved.keyring_user) == "s3cret"
    assert "s3cret" not in (world.tmp_path / "profiles" / "profiles.json").read_text()

    tab.test()
    qtbot.waitUntil(lambda: "Could not connect" in tab.status.text(), timeout=20_000)

    tab.table.selectRow(tab.model.row_of("Team"))
    tab.make_default()
    wait_status(qtbot, tab, "Team is now the default at sign-in.")
    assert store.default().name == "Team"
    tab.table.selectRow(tab.model.row_of("Team"))
    tab.delete()
    wait_status(qtbot, tab, "Deleted the profile Team.")
    assert keyring.get_password(KEYRING_SERVICE, saved.keyring_user) is None


def test_test_connection_reaches_a_real_database(
    qtbot: QtBot, open_window: Callable[[str], AdminWindow], world: World, database_url: URL
) -> None:
    win = open_window("Ada Admin")
    tab = show_tab(qtbot, win, "profiles")
    if database_url.get_backend_name() == "sqlite":
        profile = Profile("Here", "sqlite", path=str(database_url.database))
    else:
        profile = Profile(
            "Here",
            "postgresql",
            host=str(database_url.host),
            port=int(database_url.port or 5432),
            database=str(database_url.database),
            user=str(database_url.username),
        )
    tab.show_profile(profile)
    tab.test()
    qtbot.waitUntil(lambda: tab.status.text().startswith("Connected to"), timeout=20_000)
    assert tab.status.kind == "ok"


# -- who may edit, and how it looks ----------------------------------------------------------------


def test_a_lead_sees_a_read_only_notice_and_the_core_refuses_anyway(
    qtbot: QtBot, open_window: Callable[[str], AdminWindow], world: World
) -> None:
    win = open_window("Lea Lead")
    assert win.banner.isVisible()
    assert win.banner.label.text() == (
        "You are signed in as Lea Lead (lead): Plans & targets, Support calendar, Users & roles, Mail are "
        "shown read-only. You change: Exam sessions, Queue rules."
    )
    tab = win.targets_tab
    assert not tab.save_button.isVisible()
    assert not tab.model.flags(tab.model.index(0, 3)) & Qt.ItemFlag.ItemIsEditable
    assert not tab.model.setData(tab.model.index(0, 3), 240)
    users = show_tab(qtbot, win, "users")
    assert not users.add_box.isVisible()
    # Going round the screen does not help: the core refuses.
    tab.model.editable = True
    tab.model.setData(tab.model.index(0, 3), 240)
    tab.read_only = False
    tab.save()
    wait_status(qtbot, tab, "Lea Lead (lead) may not change the SLA targets: that takes an admin")
    assert due_of_first_case(world) == datetime(2026, 11, 26, 8, 0, tzinfo=UTC)


def test_each_tab_is_editable_for_whom_the_permission_table_lets_make_its_change(
    qtbot: QtBot, open_window: Callable[[str], AdminWindow], world: World
) -> None:
    for name in ("Ada Admin", "Lea Lead"):
        win = open_window(name)
        for tab_name, action in TAB_ACTIONS.items():
            assert win.by_name[tab_name].read_only is not allowed(win.session.user.role, action), (
                name,
                tab_name,
            )
        assert not win.profiles_tab.read_only
        win.close()


def test_every_tab_renders_in_light_and_dark(
    qtbot: QtBot, open_window: Callable[[str], AdminWindow], world: World
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    win = open_window("Ada Admin")
    try:
        for theme in (LIGHT, DARK):
            apply_theme(app, theme)
            for name in win.by_name:
                show_tab(qtbot, win, name)
                image = win.grab().toImage()
                assert not image.isNull() and image.width() >= 1000
    finally:
        apply_theme(app, LIGHT)
    win.close()
    settings = QSettings(str(world.tmp_path / "Ada Admin.ini"), QSettings.Format.IniFormat)
    last = win.tabs.count() - 1
    assert settings.value("admin/tab", type=int) == last  # the last tab shown is shown next time
