"""The queue view: the filter bar says what it wants (and the pure filter does it),
selection and activation signals, state kept between sessions, and a picture of
the view with 40 rows."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.domain.cases import CaseStatus
from console.domain.plans import Category, Plan, Severity
from console.services.infrastructure.programme import Programme
from console.services.readmodels.queue import QueueRow, build_rows
from tests.support.ui_clock import UI_NOW, CaseFactory
from ui.queue.queue_filter_spec import QueueFilterSpec, QueueMode, apply_filter
from ui.queue.queue_model import QueueColumn
from ui.queue.queue_view import QueueView
from ui.theme import DARK, LIGHT, Theme, apply_theme

ME = 7
ACCOUNTS = ["Globex", "Initech", "Exam Board", "Umbrella Health", "Stark Industries", "Wayne Enterprises"]
SUBJECTS = [
    "SSO login loop after IdP certificate rotation",
    "Licence key rejected after upgrade",
    "Report export times out",
    "Exam proctor cannot see candidate webcam",
    "API returns 502 under load",
    "Password reset e-mail not delivered",
]


def sample_rows(
    make_case: CaseFactory, programme: Programme, count: int = 40, now: datetime = UI_NOW
) -> list[QueueRow]:
    plans = [Plan.STANDARD, Plan.PREMIER, Plan.PROCTORED]
    cases = []
    for n in range(1, count + 1):
        plan = plans[n % 3]
        assigned = n % 4 == 0
        cases.append(
            make_case(
                4700 + n,
                plan=plan,
                severity=Severity(1 + n % 4),
                category=Category.TRAINING if n % 13 == 0 else Category.INCIDENT,
                account_id=1 + n % len(ACCOUNTS),
                account_name=ACCOUNTS[n % len(ACCOUNTS)],
                subject=SUBJECTS[n % len(SUBJECTS)],
                language="de" if n % 5 == 0 else "en",
                opened_at=now - timedelta(minutes=(53 * n) % 900 + 3),
                status=CaseStatus.OPEN if assigned else CaseStatus.NEW,
                assignee_id=ME if n % 8 == 0 else (9 if assigned else None),
                assignee_name="Anna Agent" if n % 8 == 0 else ("Ben Agent" if assigned else None),
                unread_chat=2 if n % 7 == 0 else 0,
                first_response_at=now - timedelta(minutes=2) if n % 11 == 0 else None,
            )
        )
    return build_rows(cases, programme, now)


@pytest.fixture
def view(qtbot: QtBot) -> QueueView:
    widget = QueueView(time_zone=ZoneInfo("Europe/Berlin"))
    qtbot.addWidget(widget)
    return widget


def test_filter_bar_changes_emit_filter_changed(qtbot: QtBot, view: QueueView) -> None:
    assert view.current_filter() == QueueFilterSpec()
    with qtbot.waitSignal(view.filter_changed, timeout=1000):
        view.mode_buttons[QueueMode.MINE].click()
    assert view.current_filter().mode is QueueMode.MINE
    with qtbot.waitSignal(view.filter_changed, timeout=1000):
        view.plan_combo.setCurrentIndex(view.plan_combo.findData(Plan.PREMIER.value))
    with qtbot.waitSignal(view.filter_changed, timeout=1000):
        view.severity_combo.setCurrentIndex(1)
    view.set_languages(["de", "en"])
    with qtbot.waitSignal(view.filter_changed, timeout=1000):
        view.language_combo.setCurrentIndex(view.language_combo.findData("de"))
    assert view.current_filter() == QueueFilterSpec(QueueMode.MINE, Plan.PREMIER, Severity.URGENT, "de", "")


def test_search_is_debounced(qtbot: QtBot, view: QueueView) -> None:
    emitted: list[bool] = []
    view.filter_changed.connect(lambda: emitted.append(True))
    qtbot.keyClicks(view.search_edit, "login")
    assert emitted == []  # not per key
    qtbot.waitUntil(lambda: emitted == [True], timeout=1000)
    assert view.current_filter().search == "login"
    view.search_edit.setText("export")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)  # Enter does not wait
    assert emitted == [True, True]


def test_apply_filter(make_case: CaseFactory, ui_programme: Programme) -> None:
    rows = sample_rows(make_case, ui_programme)

    def kept(spec: QueueFilterSpec) -> set[int]:
        return {row.case.number for row in apply_filter(rows, spec, ME)}

    everything = {row.case.number for row in rows}
    assert kept(QueueFilterSpec()) == everything
    assert kept(QueueFilterSpec(QueueMode.MINE)) == {4700 + n for n in range(8, 41, 8)}
    assert kept(QueueFilterSpec(QueueMode.UNASSIGNED)) == {4700 + n for n in range(1, 41) if n % 4}
    assert kept(QueueFilterSpec(plan=Plan.PREMIER)) == {4700 + n for n in range(1, 41) if n % 3 == 1}
    assert kept(QueueFilterSpec(severity=Severity.URGENT)) == {4700 + n for n in range(1, 41) if n % 4 == 0}
    assert kept(QueueFilterSpec(language="de")) == {4700 + n for n in range(5, 41, 5)}
    assert kept(QueueFilterSpec(search="#4712")) == {4712}
    assert kept(QueueFilterSpec(search="  webcam ")) == {4700 + n for n in range(1, 41) if n % 6 == 3}
    assert kept(QueueFilterSpec(search="initech")) == {4700 + n for n in range(1, 41) if n % 6 == 1}
    assert kept(QueueFilterSpec(QueueMode.UNASSIGNED, language="de", search="sso")) == {4730}
    # the order is kept
    ordered = [row.case.number for row in apply_filter(rows, QueueFilterSpec(plan=Plan.STANDARD), ME)]
    assert ordered == [row.case.number for row in rows if row.case.plan is Plan.STANDARD]


def test_filter_spec_text_round_trip() -> None:
    spec = QueueFilterSpec(QueueMode.UNASSIGNED, Plan.PROCTORED, Severity.HIGH, "de", "a;b=c\\d")
    assert QueueFilterSpec.from_text(spec.to_text()) == spec
    assert QueueFilterSpec.from_text("mode=nonsense;plan=gold;severity=9") == QueueFilterSpec()
    assert QueueFilterSpec.from_text("") == QueueFilterSpec()


def test_selection_and_activation_signals(
    qtbot: QtBot, view: QueueView, make_case: CaseFactory, ui_programme: Programme
) -> None:
    rows = sample_rows(make_case, ui_programme)
    view.resize(1000, 600)
    view.show()
    view.set_rows(rows, ui_programme, UI_NOW)
    current: list[int | None] = []
    view.current_case_changed.connect(current.append)
    with qtbot.waitSignal(view.case_activated, timeout=1000) as blocker:
        assert view.select_case(rows[3].case.number)
    assert blocker.args == [rows[3].case.number]
    assert current == [rows[3].case.number]
    assert view.selected_case() == rows[3].case.number
    assert not view.select_case(99999)

    with qtbot.waitSignal(view.case_activated, timeout=1000) as blocker:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert blocker.args == [rows[3].case.number]

    activated: list[int] = []
    view.case_activated.connect(activated.append)
    rect = view.table.visualRect(view.model.index(3, QueueColumn.SUBJECT))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert activated == []  # the case was already selected: a click does not reopen it
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert activated == [rows[3].case.number]  # once, not once per click

    # the current case leaves the queue
    view.set_rows(rows[:3], ui_programme, UI_NOW)
    assert current[-1] is None
    first, last = view.visible_row_range()
    assert (first, last) == (0, 2)


def test_visible_row_range_follows_scrolling(
    qtbot: QtBot, view: QueueView, make_case: CaseFactory, ui_programme: Programme
) -> None:
    view.resize(1000, 600)
    view.show()
    assert view.visible_row_range() == (0, -1)
    view.set_rows(sample_rows(make_case, ui_programme), ui_programme, UI_NOW)
    first, last = view.visible_row_range()
    assert first == 0 and 5 < last < 39
    view.table.scrollToBottom()
    first, last = view.visible_row_range()
    assert last == 39 and first > 0


def test_state_round_trip(
    qtbot: QtBot, tmp_path: Path, make_case: CaseFactory, ui_programme: Programme
) -> None:
    settings = QSettings(str(tmp_path / "console.ini"), QSettings.Format.IniFormat)
    first = QueueView()
    qtbot.addWidget(first)
    first.set_rows(sample_rows(make_case, ui_programme), ui_programme, UI_NOW)
    spec = QueueFilterSpec(QueueMode.UNASSIGNED, Plan.PREMIER, Severity.HIGH, "de", "export")
    first.set_filter(spec)
    header = first.table.horizontalHeader()
    header.resizeSection(QueueColumn.ACCOUNT, 222)
    header.moveSection(QueueColumn.ASSIGNEE, 1)
    first.table.sortByColumn(QueueColumn.SEVERITY, Qt.SortOrder.DescendingOrder)
    first.save_state(settings)
    settings.sync()

    again = QSettings(str(tmp_path / "console.ini"), QSettings.Format.IniFormat)
    second = QueueView()
    qtbot.addWidget(second)
    with qtbot.waitSignal(second.filter_changed, timeout=1000):
        second.restore_state(again)
    assert second.current_filter() == spec
    assert second.model.sort_column == QueueColumn.SEVERITY
    assert second.model.sort_order == Qt.SortOrder.DescendingOrder
    restored = second.table.horizontalHeader()
    assert restored.sectionSize(QueueColumn.ACCOUNT) == 222
    assert restored.visualIndex(QueueColumn.ASSIGNEE) == 1
    assert restored.sortIndicatorSection() == QueueColumn.SEVERITY
    # rows arriving later are sorted as saved
    second.set_rows(sample_rows(make_case, ui_programme), ui_programme, UI_NOW)
    severities = [int(second.model.case_at(r).severity) for r in range(second.model.rowCount())]
    assert severities == sorted(severities, reverse=True)


def test_restore_state_from_empty_settings_keeps_defaults(qtbot: QtBot, tmp_path: Path) -> None:
    view = QueueView()
    qtbot.addWidget(view)
    view.restore_state(QSettings(str(tmp_path / "empty.ini"), QSettings.Format.IniFormat))
    assert view.current_filter() == QueueFilterSpec()
    assert view.model.sort_column == -1


@pytest.mark.parametrize(
    ("theme", "now"),
    [
        (LIGHT, UI_NOW + timedelta(hours=2)),  # Wednesday 11:00 in Berlin: clocks running
        (DARK, UI_NOW - timedelta(hours=2)),  # Wednesday 07:00: calendar closed, clocks paused
    ],
    ids=["light-open", "dark-closed"],
)
def test_render_forty_rows(
    qtbot: QtBot,
    view: QueueView,
    make_case: CaseFactory,
    ui_programme: Programme,
    tmp_path: Path,
    theme: Theme,
    now: datetime,
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette, sheet, name = app.palette(), app.styleSheet(), app.property("support_console_theme")
    apply_theme(app, theme)
    try:
        view.resize(1000, 600)
        view.show()
        view.set_rows(sample_rows(make_case, ui_programme, now=now), ui_programme, now)
        view.select_case(view.model.case_at(2).number)
        view.tick(now + timedelta(seconds=30))
        path = tmp_path / f"queue_view_{theme.name.value}.png"
        assert view.grab().save(str(path))
        assert path.stat().st_size > 10_000
        print(f"queue view picture: {path}")
    finally:  # leave the application as other tests expect it
        app.setStyleSheet(sheet)
        app.setPalette(palette)
        app.setProperty("support_console_theme", name)


def test_header_clicks_sort_and_a_third_click_restores_queue_order(
    qtbot: QtBot, view: QueueView, make_case: CaseFactory, ui_programme: Programme
) -> None:
    rows = sample_rows(make_case, ui_programme)
    view.resize(1000, 600)
    view.show()
    view.set_rows(rows, ui_programme, UI_NOW)
    header = view.table.horizontalHeader()
    assert header.model().headerData(QueueColumn.SLA, Qt.Orientation.Horizontal) == "SLA"
    center = (
        header.sectionViewportPosition(QueueColumn.ACCOUNT) + header.sectionSize(QueueColumn.ACCOUNT) // 2
    )
    point = QPoint(center, header.height() // 2)
    orders = []
    for _ in range(3):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=point)
        orders.append((view.model.sort_column, view.model.sort_order))
    assert orders[0] == (QueueColumn.ACCOUNT, Qt.SortOrder.AscendingOrder)
    assert orders[1] == (QueueColumn.ACCOUNT, Qt.SortOrder.DescendingOrder)
    assert orders[2][0] == -1
    assert [view.model.case_at(r).number for r in range(len(rows))] == [row.case.number for row in rows]


def test_countdown_cells_get_the_calendar_zone_of_the_programme(
    qtbot: QtBot, new_york: ZoneInfo, make_case: CaseFactory, ui_programme: Programme
) -> None:
    widget = QueueView()  # no zone given: the programme's calendar decides
    qtbot.addWidget(widget)
    widget.set_rows(sample_rows(make_case, ui_programme, count=3), ui_programme, UI_NOW)
    assert widget.delegate.time_zone == ZoneInfo("Europe/Berlin")
