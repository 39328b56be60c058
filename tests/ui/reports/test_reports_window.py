"""The reports window over a real database on both backends, against the
hand-computed Tuesday and Wednesday of ``tests/support/report_week.py``:
the figures shown, presets and custom dates (persisted), live refresh from the
change feed, CSV export, the role check and bad periods; the model contract; and
renderings in both themes."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import URL

from console.domain.plans import Plan, Severity
from console.services.bundle import ConsoleServices
from console.services.infrastructure.database import Database
from console.services.readmodels.reports import Period, write_report_csv
from console.storage.engine import create_engine_for
from tests.support.clock import SteppingClock
from tests.support.report_week import Fixture, berlin, build_fixture
from tests.support.services import WEDNESDAY_9
from ui.reports.report_model import (
    ATTAINMENT,
    MEDIAN,
    P90,
    ROW_ROLE,
    VALUE_ROLE,
    ReportModel,
    attainment_colour,
)
from ui.reports.reports_window import ReportsWindow
from ui.session import ConsoleSession
from ui.theme import DARK, LIGHT, apply_theme, current_theme


@pytest.fixture
def clock() -> SteppingClock:
    return SteppingClock(WEDNESDAY_9)


@pytest.fixture
def other(database_url: URL, clock: SteppingClock) -> Iterator[ConsoleServices]:
    """The colleagues' console, with the people and accounts of the reports' week;
    ``week`` opens and answers its cases, and tests answer more through it."""
    services = ConsoleServices(Database(create_engine_for(database_url)), clock=clock)
    for name, role in (("Ada Admin", "admin"), ("Lea Lead", "lead"), ("Anna Agent", "agent")):
        services.accounts.add_user(name, role)
    for name, plan in (("Globex", "standard"), ("Initech", "premier"), ("Exam Board", "proctored")):
        services.accounts.add_account(name, plan)
    yield services
    services.close()


@pytest.fixture
def week(other: ConsoleServices, clock: SteppingClock) -> Fixture:
    """The hand-computed Tuesday and Wednesday; ends at Wednesday 10:30 Berlin."""

    def set_now(moment: datetime) -> None:
        clock.now = moment

    return build_fixture(other.cases, other.talk, set_now)


def make_window(
    qtbot: QtBot, url: URL, clock: SteppingClock, settings_path: Path, user: str = "Lea Lead"
) -> ReportsWindow:
    services = ConsoleServices(Database(create_engine_for(url)), clock=clock)
    session = ConsoleSession(services, services.accounts.user(user))
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    win = ReportsWindow(session, settings)
    qtbot.addWidget(win)
    win.resize(1180, 700)
    win.show()
    win.start()
    return win


@pytest.fixture
def window(
    qtbot: QtBot, database_url: URL, week: Fixture, clock: SteppingClock, tmp_path: Path
) -> Iterator[ReportsWindow]:
    settings = tmp_path / "settings.ini"
    QSettings(str(settings), QSettings.Format.IniFormat).setValue("reports/period", Period.TODAY.value)
    win = make_window(qtbot, database_url, clock, settings)
    qtbot.waitUntil(lambda: win.report is not None, timeout=10_000)
    yield win
    win.close()
    win.session.close()
    win.session.services.close()


def shown(win: ReportsWindow, plan: Plan | None, severity: Severity | None) -> list[str]:
    model = win.model
    for row in range(model.rowCount()):
        line = model.row_at(row)
        if (line.plan, line.severity) == (plan, severity):
            return [str(model.index(row, column).data()) for column in range(2, model.columnCount())]
    raise AssertionError(f"no row for {plan} {severity}")


def test_today_shows_the_hand_computed_figures(window: ReportsWindow) -> None:
    assert window.report is not None and window.report.first_day == date(2026, 11, 25)
    assert window.first_edit.date().toPython() == window.last_edit.date().toPython() == date(2026, 11, 25)
    assert window.model.rowCount() == 16
    # met, breached, open, attainment, responded, median, p90
    assert shown(window, Plan.STANDARD, Severity.URGENT) == [
        "1",
        "0",
        "0",
        "100.0 %",
        "1",
        "3h 00m",
        "3h 00m",
    ]
    assert shown(window, Plan.STANDARD, Severity.MEDIUM) == ["0", "0", "1", "—", "0", "—", "—"]
    assert shown(window, Plan.PREMIER, Severity.HIGH) == ["0", "1", "0", "0.0 %", "1", "1h 00m", "1h 00m"]
    # Standard pools [5400, 10800] s: median 2h 15m, p90 10260 s = 2h 51m.
    assert shown(window, Plan.STANDARD, None) == ["2", "0", "1", "100.0 %", "2", "2h 15m", "2h 51m"]
    # Premier [600, 1200, 3600]: median 20m, p90 3120 s = 52m; 2 of 3 met.
    assert shown(window, Plan.PREMIER, None) == ["2", "1", "0", "66.7 %", "3", "20m", "52m"]
    # All five pooled [600, 1200, 3600, 5400, 10800]: median 1h 00m, p90 8640 s = 2h 24m.
    assert shown(window, None, None) == ["4", "2", "1", "66.7 %", "5", "1h 00m", "2h 24m"]
    last = window.model.rowCount() - 1
    assert window.model.index(last, 0).data() == "All plans"
    assert window.model.index(last, MEDIAN).data(VALUE_ROLE) == 3600
    assert window.model.index(last, P90).data(VALUE_ROLE) == pytest.approx(8640)
    colour = window.model.index(last, ATTAINMENT).data(Qt.ItemDataRole.ForegroundRole)
    assert colour == current_theme().color("breached")  # 66.7 % is below 85 %
    assert window.model.index(0, ATTAINMENT).data(Qt.ItemDataRole.ForegroundRole) == current_theme().color(
        "met"
    )
    assert window.model.index(last, ATTAINMENT).data(Qt.ItemDataRole.ToolTipRole) == "4 met of 6 settled"
    status = window.status.text()
    assert status.startswith("Generated ") and status.endswith(" · period Wed 25 Nov 2026 · 7 clocks · live")
    assert window.export_button.isEnabled()


def test_the_generated_time_is_local_and_labelled(
    qtbot: QtBot,
    database_url: URL,
    week: Fixture,
    clock: SteppingClock,
    tmp_path: Path,
    new_york: ZoneInfo,
) -> None:
    win = make_window(qtbot, database_url, clock, tmp_path / "settings.ini")
    qtbot.waitUntil(lambda: win.report is not None, timeout=10_000)
    assert win.report is not None
    expected = win.report.generated_at.astimezone(new_york).strftime("%H:%M EST")
    assert win.status.text().startswith(f"Generated {expected} · ")
    win.close()
    win.session.close()
    win.session.services.close()


def test_attainment_colours_have_their_thresholds_in_one_place() -> None:
    assert attainment_colour(None) is None
    assert attainment_colour(0.95) == attainment_colour(1.0) == "met"
    assert attainment_colour(0.9499) == attainment_colour(0.85) == "at_risk"
    assert attainment_colour(0.8499) == attainment_colour(0.0) == "breached"


def test_the_model_keeps_the_model_contract(qtmodeltester: Any, window: ReportsWindow) -> None:
    qtmodeltester.check(window.model)
    empty = ReportModel()
    qtmodeltester.check(empty)
    assert window.report is not None
    empty.set_report(window.report)
    assert empty.index(0, 0).data(ROW_ROLE) == window.report.rows[0]
    empty.set_report(None)
    assert empty.rowCount() == 0


def test_an_answer_in_another_console_refreshes_the_report(
    qtbot: QtBot, window: ReportsWindow, other: ConsoleServices, week: Fixture, clock: SteppingClock
) -> None:
    clock.now = berlin(25, 11)
    other.talk.reply(week.numbers["D"], "Looking into it", "Anna Agent")  # D met: 2 h after opening
    qtbot.waitUntil(
        lambda: shown(window, Plan.STANDARD, Severity.MEDIUM)[:3] == ["1", "0", "0"], timeout=10_000
    )
    assert shown(window, Plan.STANDARD, Severity.MEDIUM) == [
        "1",
        "0",
        "0",
        "100.0 %",
        "1",
        "2h 00m",
        "2h 00m",
    ]
    assert shown(window, None, None)[:4] == ["5", "2", "0", "71.4 %"]  # 5 of 7


def test_presets_and_dates_persist(
    qtbot: QtBot, window: ReportsWindow, database_url: URL, clock: SteppingClock, tmp_path: Path
) -> None:
    window.set_period(Period.LAST_WEEK)
    qtbot.waitUntil(lambda: window.report is not None and window.report.first_day == date(2026, 11, 16))
    assert window.last_edit.date().toPython() == date(2026, 11, 22)
    assert window.report is not None and window.report.clocks == 0
    assert shown(window, None, None) == ["0", "0", "0", "—", "0", "—", "—"]

    window.set_dates(date(2026, 11, 24), date(2026, 11, 24))  # Tuesday: H met, G open at its end
    qtbot.waitUntil(lambda: window.report is not None and window.report.first_day == date(2026, 11, 24))
    assert window.period is Period.CUSTOM
    assert shown(window, None, None)[:5] == ["1", "0", "1", "100.0 %", "1"]
    window.close()

    again = make_window(qtbot, database_url, clock, tmp_path / "settings.ini")
    qtbot.waitUntil(lambda: again.report is not None, timeout=10_000)
    assert again.period is Period.CUSTOM
    assert again.report is not None and again.report.first_day == again.report.last_day == date(2026, 11, 24)
    again.close()
    again.session.close()


def test_export_writes_the_csv_on_a_worker(
    qtbot: QtBot, window: ReportsWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "exports" / "wednesday.csv"
    target.parent.mkdir()
    asked: list[str] = []

    def choose(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(target), "CSV files (*.csv)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    window.export_button.click()
    qtbot.waitUntil(lambda: target.exists(), timeout=5000)
    assert asked[0].endswith("sla-report-2026-11-25-to-2026-11-25.csv")
    expected = io.StringIO()
    assert window.report is not None
    write_report_csv(window.report, expected)
    assert target.read_text(encoding="utf-8") == expected.getvalue()
    qtbot.waitUntil(lambda: "Saved the report to" in window.statusBar().currentMessage(), timeout=5000)

    window.export_to(str(tmp_path / "missing" / "r.csv"))
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=5000)
    assert window.banner.label.text().startswith("cannot write the report to ")


def test_a_bad_period_is_one_clear_line(qtbot: QtBot, window: ReportsWindow) -> None:
    window.set_dates(date(2026, 11, 25), date(2026, 11, 20))
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=5000)
    assert window.banner.label.text() == "the period ends on 2026-11-20, before it starts (2026-11-25)"
    assert window.model.rowCount() == 0 and not window.export_button.isEnabled()
    window.set_dates(date(2026, 11, 25), date(2026, 11, 25))
    qtbot.waitUntil(lambda: not window.banner.isVisible() and window.model.rowCount() == 16, timeout=5000)


def test_agents_are_told_reports_are_for_leads(
    qtbot: QtBot, database_url: URL, week: Fixture, clock: SteppingClock, tmp_path: Path
) -> None:
    win = make_window(qtbot, database_url, clock, tmp_path / "agent.ini", user="Anna Agent")
    qtbot.waitUntil(lambda: win.banner.isVisible(), timeout=10_000)
    assert "may not run SLA reports: that takes a lead or admin" in win.banner.label.text()
    assert win.model.rowCount() == 0
    win.close()
    win.session.close()


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)  # one rendering is enough
def test_render_reports_window(
    qtbot: QtBot, database_url: URL, week: Fixture, clock: SteppingClock, tmp_path: Path
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    settings = tmp_path / "render.ini"
    QSettings(str(settings), QSettings.Format.IniFormat).setValue("reports/period", Period.THIS_WEEK.value)
    for theme in (LIGHT, DARK):
        apply_theme(app, theme)  # as at start-up: the theme is set before windows open
        win = make_window(qtbot, database_url, clock, settings)
        qtbot.waitUntil(lambda win=win: win.report is not None, timeout=10_000)  # type: ignore[misc]
        path = tmp_path / f"reports_window_{theme.name.value}.png"
        assert win.grab().save(str(path))
        print(path)
        win.close()
        win.session.close()
    apply_theme(app, LIGHT)


def test_the_period_dates_stop_at_the_product_range(window: ReportsWindow) -> None:
    from console.domain.instants import EARLIEST_DATE, LATEST_DATE

    for edit in (window.first_edit, window.last_edit):
        assert edit.minimumDate().toPython() == EARLIEST_DATE
        assert edit.maximumDate().toPython() == LATEST_DATE
