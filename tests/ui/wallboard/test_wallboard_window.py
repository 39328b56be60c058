"""The wallboard window over a real database (both backends), filled with the
hand-computed week of ``tests/support/wallboard_week.py``: every tile's
figure and colour, the ticking countdowns, live refresh from another console,
the persisted filters, reassigning from the lead panel, the thresholds dialog,
what agents do not get, full screen, and qtmodeltester on each model."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from console.domain.plans import Plan
from console.domain.tiles import Level, Tile
from console.services.bundle import ConsoleServices
from console.services.infrastructure.database import Database
from tests.support.services import WEDNESDAY_9, Services, make_services
from tests.support.wallboard_week import NOW, berlin, build_week
from ui.session import ConsoleSession
from ui.wallboard.next_to_breach_model import CountdownRole
from ui.wallboard.tile_texts import age_text
from ui.wallboard.wallboard_window import WallboardWindow

OpenBoard = Callable[..., WallboardWindow]


@pytest.fixture
def week(engine: Engine) -> Iterator[tuple[Services, dict[str, int]]]:
    svc = make_services(engine, WEDNESDAY_9)
    for name, role in (
        ("Ada Admin", "admin"),
        ("Lea Lead", "lead"),
        ("Tom Tam", "tam"),
        ("Anna Agent", "agent"),
        ("Ben Agent", "agent"),
    ):
        svc.accounts.add_user(name, role)
    svc.accounts.add_account("Globex", "standard")
    svc.accounts.add_account("Initech", "premier", tam="Tom Tam")
    svc.accounts.add_account("Exam Board", "proctored")
    yield svc, build_week(svc)


@pytest.fixture
def open_board(
    qtbot: QtBot, engine: Engine, week: tuple[Services, dict[str, int]], tmp_path: Path
) -> Iterator[OpenBoard]:
    svc, _numbers = week
    windows: list[WallboardWindow] = []

    def open_(
        user: str = "Lea Lead", size: tuple[int, int] = (1920, 1080), wait: bool = True
    ) -> WallboardWindow:
        services = ConsoleServices(Database(engine), clock=svc.clock)
        session = ConsoleSession(services, services.accounts.user(user))
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = WallboardWindow(session, settings, owns_session=True)
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        window.start()
        if wait:
            qtbot.waitUntil(lambda: window.figures is not None, timeout=10_000)
        windows.append(window)
        return window

    yield open_
    for window in windows:
        window.close()


def tile(window: WallboardWindow, which: Tile) -> tuple[str, str, Level]:
    widget = window.tiles[which]
    return widget.value.text(), widget.detail.text(), widget.level


def test_every_tile_shows_its_hand_computed_figure(
    open_board: OpenBoard, week: tuple[Services, dict[str, int]]
) -> None:
    n = week[1]
    window = open_board()
    assert window.figures is not None and window.figures.now == NOW
    # figures: see test_every_figure_of_the_whole_board; levels: the default thresholds
    assert tile(window, Tile.WAITING) == (
        "5",
        '<span style="color:#f85149">S1 2</span> · S2 1 · S3 2 · S4 0',
        Level.GREEN,
    )
    assert tile(window, Tile.AWAITING_FIRST_RESPONSE) == ("3", "of 6 open · 2 unassigned", Level.GREEN)
    assert tile(window, Tile.AT_RISK) == ("1", f"next: #{n['c8']} in 10m 00s", Level.AMBER)
    assert tile(window, Tile.BREACHED_TODAY) == ("2", "of 4 clocks settled today", Level.AMBER)
    assert tile(window, Tile.OLDEST_UNASSIGNED) == ("2h 00m", f"#{n['c5']} · S1 · Initech", Level.AMBER)
    assert tile(window, Tile.ATTAINMENT_TODAY) == (
        "50 %",
        "Standard 100 % · Premier 0 % · Proctored 0 %",
        Level.RED,
    )
    # 4 of 7 = 57 %; Standard C1, C4, C9 met (3/3); Premier C3 met of C2, C3, C5 (1/3 = 33 %)
    assert tile(window, Tile.ATTAINMENT_WEEK) == (
        "57 %",
        "Standard 100 % · Premier 33 % · Proctored 0 %",
        Level.RED,
    )
    # (1200 + 3600 + 300) / 3 = 1700 s = 28 min 20 s
    assert tile(window, Tile.AVERAGE_FIRST_RESPONSE) == (
        "28m",
        "today, over 3 first responses (operational time)",
        Level.GREEN,
    )
    # one chat (green at 1 < 2) waiting 20 min (red at >= 5): the tile shows the worse
    assert tile(window, Tile.CHATS_WAITING) == ("1", "longest wait 20m", Level.RED)
    # Anna and Eva online, Paul away, Lea and Ben offline: amber at <= 3 online
    assert tile(window, Tile.AGENTS_ONLINE) == ("2", "1 away · 2 offline", Level.AMBER)
    strip = window.breach_model
    assert [strip.case_at(row).number for row in range(strip.rowCount())] == [n["c8"], n["c7"]]
    assert window.breach_strip.isVisible() and not window.breach_empty.isVisible()
    # Standard settled on Monday (C1 met) and today (C4, C9 met); nothing on Tuesday
    assert [round(y) for _x, y in window.trend.points(Plan.STANDARD)] == [100, 100]
    assert [round(y) for _x, y in window.trend.points(Plan.PREMIER)] == [0, 100, 0]


def test_the_models_pass_qtmodeltester(open_board: OpenBoard, qtmodeltester: Any) -> None:
    window = open_board()
    window.panel_button.setChecked(True)
    for model in (window.breach_model, window.lead_panel.cases_model, window.lead_panel.loads_model):
        assert model.rowCount() > 0
        qtmodeltester.check(model)


def test_countdowns_tick_without_the_database(
    open_board: OpenBoard, week: tuple[Services, dict[str, int]]
) -> None:
    svc = week[0]
    window = open_board()
    index = window.breach_model.index(0)
    assert index.data(CountdownRole) == "10m 00s"
    svc.clock.advance(seconds=30)
    window.tick()
    assert index.data(CountdownRole) == "9m 30s"
    assert window.tiles[Tile.AT_RISK].detail.text().endswith("in 9m 30s")
    assert window.clock_label.text() == "Wed 25 Nov · 11:00:30 CET"


def test_clock_and_due_times_are_local_with_the_calendar_time(
    open_board: OpenBoard, week: tuple[Services, dict[str, int]], new_york: ZoneInfo
) -> None:
    n = week[1]
    window = open_board()
    assert window.clock_label.text() == "Wed 25 Nov · 05:00:00 EST"  # 11:00 in Berlin
    assert window.status_label.text() == "Live · updated 05:00:00"
    # #c8 is due at 11:10 Berlin (10m 00s left at 11:00)
    tooltip = window.breach_model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith(f"#{n['c8']} · ")
    assert "due Wed 05:10 EST (11:10 CET)" in tooltip


def test_changes_from_another_console_arrive_live(
    qtbot: QtBot, open_board: OpenBoard, week: tuple[Services, dict[str, int]]
) -> None:
    svc = week[0]
    window = open_board()
    svc.cases.open_case("Globex", 4, "Printer on fire")
    qtbot.waitUntil(lambda: window.tiles[Tile.WAITING].value.text() == "6", timeout=8000)
    assert window.tiles[Tile.AWAITING_FIRST_RESPONSE].value.text() == "4"


def test_filters_persist_and_the_team_filter_is_explained(open_board: OpenBoard, qtbot: QtBot) -> None:
    window = open_board()
    assert "plus the unassigned cases" in window.team_combo.toolTip()
    assert [window.team_combo.itemText(i) for i in range(window.team_combo.count())] == [
        "All teams",
        "EMEA",
        "Platform",
    ]
    window.team_combo.setCurrentIndex(1)
    window.plan_buttons[next(iter(window.plan_buttons))].setChecked(False)  # Standard off
    qtbot.waitUntil(
        lambda: window.figures is not None and window.figures.filter == window.current_filter(), timeout=8000
    )
    # EMEA without Standard: Initech's C5 and C8 (unassigned); C4, C7 are Standard
    assert window.tiles[Tile.WAITING].value.text() == "2"
    window.close()
    again = open_board()
    assert again.team_combo.currentText() == "EMEA"
    assert [b.isChecked() for b in again.plan_buttons.values()] == [False, True, True]
    assert again.figures is not None and again.figures.filter.team == "EMEA"


def test_the_last_plan_cannot_be_switched_off(open_board: OpenBoard) -> None:
    window = open_board()
    buttons = list(window.plan_buttons.values())
    buttons[0].setChecked(False)
    buttons[1].setChecked(False)
    buttons[2].setChecked(False)
    assert buttons[2].isChecked()


def test_a_lead_reassigns_from_the_side_panel(
    qtbot: QtBot, open_board: OpenBoard, week: tuple[Services, dict[str, int]]
) -> None:
    svc, n = week
    window = open_board()
    window.panel_button.setChecked(True)
    panel = window.lead_panel
    assert panel.isVisible()
    assert panel.select_case(n["c5"])
    assert [a.name for a in panel.agents()][:2] == ["Anna Agent", "Eva Emea"]  # online first
    panel.request_reassign("Eva Emea")
    qtbot.waitUntil(lambda: svc.cases.summary(n["c5"]).assignee_name == "Eva Emea", timeout=8000)
    qtbot.waitUntil(lambda: "now goes to Eva Emea" in panel.message.text(), timeout=8000)
    qtbot.waitUntil(
        lambda: (
            {
                panel.loads_model.load_at(r).name: panel.loads_model.load_at(r).open_assigned
                for r in range(panel.loads_model.rowCount())
            }.get("Eva Emea")
            == 3
        ),
        timeout=8000,
    )


def test_a_stale_reassignment_is_reported_not_applied(
    qtbot: QtBot, open_board: OpenBoard, week: tuple[Services, dict[str, int]]
) -> None:
    svc, n = week
    window = open_board()
    window.panel_button.setChecked(True)
    window.lead_panel.select_case(n["c8"])
    stale = window.lead_panel.selected_case()
    assert stale is not None
    svc.cases.assign(n["c8"], "Ben Agent")  # a colleague was quicker
    window.reassign(n["c8"], "Eva Emea", stale.version)
    qtbot.waitUntil(lambda: "changed by someone else" in window.lead_panel.message.text(), timeout=8000)
    assert svc.cases.summary(n["c8"]).assignee_name == "Ben Agent"


def test_thresholds_dialog_changes_the_colours(qtbot: QtBot, open_board: OpenBoard) -> None:
    window = open_board()
    assert window.tiles[Tile.WAITING].level is Level.GREEN
    window.open_thresholds()
    dialog = window.thresholds_dialog
    assert dialog is not None
    amber, red = dialog.spins[Tile.WAITING]
    amber.setValue(20)
    red.setValue(10)
    dialog.accept()  # refused: amber above red
    assert dialog.isVisible() and "must not exceed red" in dialog.problem.text()
    amber.setValue(3)
    red.setValue(5)
    dialog.accept()
    qtbot.waitUntil(lambda: window.tiles[Tile.WAITING].level is Level.RED, timeout=8000)  # 5 >= 5
    assert window.figures is not None and window.figures.thresholds[Tile.WAITING].red == 5


def test_an_agent_is_refused_the_wallboard_by_the_permission_table(
    qtbot: QtBot, open_board: OpenBoard
) -> None:
    window = open_board("Anna Agent", wait=False)
    assert window.thresholds_button.isHidden() and window.panel_button.isHidden()
    qtbot.waitUntil(lambda: "may not watch the wallboard" in window.status_label.text(), timeout=10_000)
    assert window.figures is None
    window.open_thresholds()
    assert window.thresholds_dialog is None


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 800)])
def test_everything_fits_without_scroll_bars(open_board: OpenBoard, size: tuple[int, int]) -> None:
    window = open_board(size=size)
    hint = window.centralWidget().minimumSizeHint()
    assert hint.width() <= size[0] and hint.height() <= size[1]
    strip = window.breach_strip
    assert not strip.horizontalScrollBar().isVisible() and not strip.verticalScrollBar().isVisible()
    shown = [row for row in range(window.breach_model.rowCount()) if not strip.isRowHidden(row)]
    assert len(shown) == min(strip.capacity(), window.breach_model.rowCount())


def test_f11_toggles_full_screen_and_escape_leaves_it(open_board: OpenBoard) -> None:
    window = open_board()
    window.toggle_full_screen()
    assert window.isFullScreen()
    window.leave_full_screen()
    assert not window.isFullScreen()


def test_age_text() -> None:
    assert age_text(7200) == "2h 00m"
    assert age_text(2 * 86400 + 3 * 3600 + 59) == "2d 03h"
    assert berlin(25, 11) == NOW
