"""The team lead's wallboard window: the queue's figures in large type for a wall
display — ten tiles coloured by their thresholds, the strip of the next cases to
breach with live countdowns, and the 30-day attainment trend — always dark, with
no scroll bars. F11 toggles full screen and Esc leaves it.

Every figure comes from ``WallboardService.figures`` on a worker thread
(``await session.call``); the window refreshes when the change feed reports news (bursts
throttled to one refresh every two seconds) and every 30 seconds, because time
alone moves figures (clocks run into risk, days end). Between refreshes the
countdowns tick once a second from the programme the figures came with. The team
and plan filters persist in QSettings. Leads and admins also get the side panel
(open cases with "Reassign to…", each agent's load) and the thresholds dialog.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Slot
from PySide6.QtGui import QCloseEvent, QFont, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from console.domain.permissions import Action, allowed
from console.domain.plans import Plan
from console.domain.tiles import Threshold, Tile
from console.logs import get_logger
from console.services.bundle import ConsoleServices
from console.services.errors import Conflict
from console.services.infrastructure.feed import Change
from console.services.readmodels.wallboard import WallboardFigures, WallboardFilter, WallboardService
from ui.errors import error_text
from ui.handlers import OneAtATime, start
from ui.options import WALLBOARD_GEOMETRY, WALLBOARD_LEAD_PANEL, WALLBOARD_PLANS, WALLBOARD_TEAM
from ui.queue.clock_text import countdown_text
from ui.session import ConsoleSession, is_connection_error
from ui.wallboard.breach_strip import BreachStrip
from ui.wallboard.lead_panel import LeadPanel
from ui.wallboard.next_to_breach_model import ClockRole, NextToBreachModel
from ui.wallboard.thresholds_dialog import ThresholdsDialog
from ui.wallboard.tile_grid import TileGrid
from ui.wallboard.tile_widget import TileWidget
from ui.wallboard.trend_chart import TrendChart
from ui.wallboard.wallboard_header import WallboardHeader
from ui.wallboard.wallboard_style import MUTED, STYLE_SHEET, font, palette, scaled
from ui.widgets.plain_text import tooltip_text
from ui.widgets.screen_fit import restore_geometry
from ui.widgets.time_text import clock_text, date_clock_text

log = get_logger(__name__)

REFRESH_EVERY_MS = 30_000
MIN_REFRESH_GAP_MS = 2_000
BURST_DELAY_MS = 150


def save_thresholds(board: WallboardService, changes: list[Threshold], actor: int) -> None:
    """On a worker: store the lead's new tile thresholds."""
    for change in changes:
        board.set_threshold(change.tile, change.amber, change.red, actor)


class WallboardWindow(QMainWindow):
    def __init__(self, session: ConsoleSession, settings: QSettings, owns_session: bool = False) -> None:
        """``owns_session``: close the session with the window (the wallboard started
        on its own); otherwise the session belongs to the window that opened it."""
        super().__init__()
        self.session = session
        self.settings = settings
        self.owns_session = owns_session
        self.board = wallboard_service(session.services)
        self.figures: WallboardFigures | None = None
        # The lead panel reassigns and sets the thresholds: for whom the table lets do both.
        self.is_lead = allowed(session.user.role, Action.CHANGE_WALLBOARD_THRESHOLDS) and allowed(
            session.user.role, Action.ASSIGN_TO_OTHERS
        )
        self.thresholds_dialog: ThresholdsDialog | None = None
        self._refreshes = OneAtATime(self._refresh)
        self._closed = False
        self._last_refresh = 0.0
        self._scale = 1.0
        self.setWindowTitle(self.tr("Support Console — Wallboard"))
        self.setPalette(palette())
        self.setStyleSheet(STYLE_SHEET)
        self.setMinimumSize(1024, 640)

        # header: title, clock, filters, lead's buttons, live status
        self.header = WallboardHeader(self.is_lead)
        self.header.plan_toggled.connect(self._plan_toggled)
        self.header.thresholds_button.clicked.connect(self.open_thresholds)
        self.header.panel_button.toggled.connect(self._panel_toggled)
        # the parts the window and its tests reach often
        self.clock_label = self.header.clock_label
        self.status_label = self.header.status_label
        self.team_combo = self.header.team_combo
        self.plan_buttons = self.header.plan_buttons
        self.thresholds_button = self.header.thresholds_button
        self.panel_button = self.header.panel_button

        # tiles
        grid = self.tile_grid = TileGrid()
        self.tiles = grid.tiles

        # next to breach
        self.breach_title = QLabel(self.tr("Next to breach"))
        self.breach_model = NextToBreachModel(self)
        self.breach_strip = BreachStrip(self.breach_model)
        self.breach_empty = QLabel(
            self.tr("No case is waiting for a first response against a running clock.")
        )
        self.breach_empty.setProperty("muted", True)
        self.breach_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.breach_empty.hide()

        # trend
        self.trend = TrendChart()
        self.trend.chart_.setTitle(self.tr("SLA attainment per day — last 30 days"))
        # A chart squeezed into a strip reads as noise: it gives way, and says so.
        self.trend_note = QLabel(self.tr("30-day trend hidden: window too small"))
        self.trend_note.setProperty("muted", True)
        self.trend_note.hide()

        main = QWidget()
        stack = self.main_layout = QVBoxLayout(main)
        stack.addWidget(self.header)
        stack.addLayout(grid, 5)
        stack.addWidget(self.breach_title)
        stack.addWidget(self.breach_strip)
        stack.addWidget(self.breach_empty)
        stack.addWidget(self.trend, 4)
        stack.addWidget(self.trend_note)
        # The trend's place is decided again whenever a tile changes size or its
        # lines: its wrapped lines may need the height the chart would take.
        self._trend_timer = QTimer(self)
        self._trend_timer.setSingleShot(True)
        self._trend_timer.timeout.connect(self._place_trend)
        for widget in self.tiles.values():
            widget.installEventFilter(self)

        self.lead_panel = LeadPanel()
        self.lead_panel.reassign_requested.connect(self.reassign)
        self.lead_panel.hide()

        central = QWidget()
        central.setObjectName("wallboardCentral")
        body = QHBoxLayout(central)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(main, 1)
        body.addWidget(self.lead_panel)
        self.setCentralWidget(central)

        self._tick_timer = QTimer(self)
        self._tick_timer.timeout.connect(self.tick)
        self._periodic_timer = QTimer(self)
        self._periodic_timer.timeout.connect(self.refresh)
        self._change_timer = QTimer(self)
        self._change_timer.setSingleShot(True)
        self._change_timer.timeout.connect(self.refresh)
        self.session.changes_arrived.connect(self.on_changes)
        self.session.connection_changed.connect(self.on_connection)

        QShortcut(QKeySequence(Qt.Key.Key_F11), self, self.toggle_full_screen)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.leave_full_screen)
        QShortcut(QKeySequence("F5"), self, self.refresh)
        self._restore_settings()
        self._apply_scale()

    # -- filters and settings -------------------------------------------------------------

    def current_filter(self) -> WallboardFilter:
        team = self.team_combo.currentData()
        plans = frozenset(plan for plan, button in self.plan_buttons.items() if button.isChecked())
        return WallboardFilter(
            team if isinstance(team, str) else None, frozenset() if len(plans) == len(Plan) else plans
        )

    def _restore_settings(self) -> None:
        team = WALLBOARD_TEAM.read(self.settings)
        if isinstance(team, str) and team:
            self.team_combo.addItem(team, team)
            self.team_combo.setCurrentIndex(1)
        codes = WALLBOARD_PLANS.read(self.settings)
        if isinstance(codes, str) and codes:
            chosen = {code for code in codes.split(",") if code in {p.value for p in Plan}}
            if chosen:
                for plan, button in self.plan_buttons.items():
                    button.blockSignals(True)
                    button.setChecked(plan.value in chosen)
                    button.blockSignals(False)
        if self.is_lead and WALLBOARD_LEAD_PANEL.read(self.settings):
            self.panel_button.setChecked(True)
        restore_geometry(self, WALLBOARD_GEOMETRY.read(self.settings), 1600, 900)
        self.team_combo.currentIndexChanged.connect(self._team_changed)

    def save_settings(self) -> None:
        team = self.team_combo.currentData()
        WALLBOARD_TEAM.write(self.settings, team if isinstance(team, str) else "")
        plans = [plan.value for plan, button in self.plan_buttons.items() if button.isChecked()]
        WALLBOARD_PLANS.write(self.settings, ",".join(plans))
        WALLBOARD_LEAD_PANEL.write(self.settings, self.panel_button.isChecked())
        WALLBOARD_GEOMETRY.write(self.settings, self.saveGeometry())
        self.settings.sync()

    def _team_changed(self, _index: int) -> None:
        self.save_settings()
        self.refresh()

    def _plan_toggled(self, plan: Plan, checked: bool) -> None:
        if not checked and not any(button.isChecked() for button in self.plan_buttons.values()):
            # at least one plan stays shown: an empty wallboard would look like an idle queue
            button = self.plan_buttons[plan]
            button.blockSignals(True)
            button.setChecked(True)
            button.blockSignals(False)
            return
        self.save_settings()
        self.refresh()

    def _panel_toggled(self, shown: bool) -> None:
        self.lead_panel.setVisible(shown and self.is_lead)
        self.save_settings()
        self._apply_scale()

    def _set_teams(self, teams: Sequence[str]) -> None:
        current = self.team_combo.currentData()
        wanted = [None, *teams]
        if isinstance(current, str) and current not in teams:
            wanted.append(current)  # a stored team with nobody in it any more stays selectable
        present = [self.team_combo.itemData(i) for i in range(self.team_combo.count())]
        if present == wanted:
            return
        self.team_combo.blockSignals(True)
        self.team_combo.clear()
        for team in wanted:
            self.team_combo.addItem(self.tr("All teams") if team is None else team, team)
        self.team_combo.setCurrentIndex(max(0, wanted.index(current) if current in wanted else 0))
        self.team_combo.blockSignals(False)

    # -- refreshing -------------------------------------------------------------------------

    def start(self) -> None:
        """The first load, the live feed, the countdown tick and the periodic refresh."""
        self.refresh()
        self.session.start_live()
        self._tick_timer.start(1000)
        self._periodic_timer.start(REFRESH_EVERY_MS)

    def refresh(self) -> None:
        if not self._closed:
            self._refreshes.request()

    async def _refresh(self) -> None:
        """One read of the figures at a time; a filter changed meanwhile reads again."""
        self._last_refresh = time.monotonic()
        wanted = self.current_filter()
        try:
            figures = await self.session.call(self.board.figures, wanted, self.session.user.id)
        except Exception as error:
            if self._closed:
                return
            if is_connection_error(error):
                self.status_label.setText(self.tr("Database unreachable — retrying"))
            else:
                log.error("wallboard refresh failed: %s", error)
                self.status_label.setText(error_text(error))
            self._refreshes.again = False  # the retry reads the filter of its moment
            QTimer.singleShot(MIN_REFRESH_GAP_MS, self, self.refresh)
            return
        if self._closed:
            return
        if figures.filter != self.current_filter():
            self._refreshes.again = True  # the filter changed while this was computed
            return
        self.show_figures(figures)
        self.status_label.setText(self.tr("Live · updated {0}").format(clock_text(figures.now, seconds=True)))

    @Slot(object)
    def on_changes(self, changes: tuple[Change, ...]) -> None:
        """News from the feed: refresh soon, at most once every two seconds."""
        if self._closed or not changes:
            return
        if self._change_timer.isActive():
            return
        since = (time.monotonic() - self._last_refresh) * 1000
        self._change_timer.start(max(BURST_DELAY_MS, int(MIN_REFRESH_GAP_MS - since)))

    @Slot(bool, str)
    def on_connection(self, connected: bool, message: str) -> None:
        if not connected:
            self.status_label.setText(self.tr("Database unreachable — retrying"))
            self.status_label.setToolTip(tooltip_text(message))
        else:
            self.status_label.setToolTip("")
            self.refresh()

    def now(self) -> datetime:
        return self.session.services.clock()

    def tick(self) -> None:
        """Once a second: the countdowns and the clock, without the database."""
        now = self.now()
        self.breach_model.tick(now)
        if self.lead_panel.isVisible():
            self.lead_panel.tick(now)
        self._show_clock(now)
        self._show_at_risk_detail()

    # -- showing ---------------------------------------------------------------------------

    def show_figures(self, figures: WallboardFigures) -> None:
        self.figures = figures
        self._set_teams(figures.teams)
        now = figures.now
        self.tile_grid.show_figures(figures)
        self.breach_model.set_cases(figures.next_to_breach, figures.programme, now)
        self.breach_strip.setVisible(bool(figures.next_to_breach))
        self.breach_empty.setVisible(not figures.next_to_breach)
        self._show_at_risk_detail()
        self.trend.show_trend(
            figures.trend,
            figures.filter.shown_plans(),
            figures.thresholds[Tile.ATTAINMENT_TODAY],
            figures.programme.calendar.zone,
        )
        if self.is_lead:
            self.lead_panel.show_figures(figures.lead_cases, figures.agent_loads, figures.programme, now)
        self._show_clock(now)

    def _show_at_risk_detail(self) -> None:
        """The at-risk tile names the next breach and ticks with it."""
        if self.figures is None:
            return
        tile = self.tiles[Tile.AT_RISK]
        if self.breach_model.rowCount() == 0:
            tile.detail.setText(self.tr("no running clock awaits a first response"))
            return
        case = self.breach_model.case_at(0)
        reading = self.breach_model.data(self.breach_model.index(0), ClockRole)
        zone = self.figures.programme.calendar.zone
        tile.detail.setText(self.tr("next: #{0} in {1}").format(case.number, countdown_text(reading, zone)))

    def _show_clock(self, now: datetime) -> None:
        # The person's local zone, labelled: a wall clock nobody has to doubt.
        self.clock_label.setText(date_clock_text(now))

    # -- the lead's actions ----------------------------------------------------------------

    @Slot(int, object, int)
    def reassign(self, number: int, agent: str | None, version: int) -> None:
        start(self._reassign(number, agent, version))

    async def _reassign(self, number: int, agent: str | None, version: int) -> None:
        cases = self.session.services.cases
        try:
            await self.session.call(cases.assign, number, agent, self.session.user.id, version)
        except Conflict:
            self.lead_panel.show_message(
                self.tr("Case #{0} was changed by someone else — reloaded; try again.").format(number), True
            )
            self.refresh()
            return
        except Exception as error:
            self.lead_panel.show_message(error_text(error), True)
            return
        who = agent or self.tr("the queue")
        self.lead_panel.show_message(self.tr("Case #{0} now goes to {1}.").format(number, who))
        self.refresh()

    def open_thresholds(self) -> None:
        if not self.is_lead or self.figures is None:
            return
        dialog = ThresholdsDialog(self.figures.thresholds, self)
        self.thresholds_dialog = dialog
        dialog.accepted.connect(lambda: self._save_thresholds(dialog.changes()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _save_thresholds(self, changes: list[Threshold]) -> None:
        self.thresholds_dialog = None
        if not changes:
            return
        start(self._save(changes))

    async def _save(self, changes: list[Threshold]) -> None:
        try:
            await self.session.call(save_thresholds, self.board, changes, self.session.user.id)
        except Exception as error:
            self.status_label.setText(error_text(error))
            return
        self.refresh()

    # -- window ---------------------------------------------------------------------------

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def leave_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_scale()

    def _apply_scale(self) -> None:
        # isVisibleTo: the panel counts before the window is shown (a restored setting)
        panel = self.lead_panel.width() if self.lead_panel.isVisibleTo(self) else 0
        scale = max(0.55, min((self.width() - panel) / 1920, self.height() / 1080))
        scale = round(scale, 3)
        self._scale = scale
        self.header.set_scale(scale)
        self.breach_title.setFont(font(22, scale, QFont.Weight.DemiBold))
        self.breach_title.setStyleSheet(f"color: {MUTED};")
        self.breach_empty.setFont(font(22, scale))
        self.breach_empty.setFixedHeight(self.breach_strip.card_size().height())
        self.tile_grid.set_scale(scale)
        self.main_layout.setContentsMargins(
            scaled(28, scale), scaled(18, scale), scaled(28, scale), scaled(20, scale)
        )
        self.main_layout.setSpacing(scaled(12, scale))
        self.breach_strip.set_scale(scale)
        self.trend.set_scale(scale)
        self.lead_panel.set_scale(max(scale, 0.75))
        self.lead_panel.setFixedWidth(scaled(620, max(scale, 0.75)))
        self.trend_note.setFont(font(16, scale))
        self._place_controls(panel)
        self._place_trend()

    def _place_controls(self, panel: int) -> None:
        """The filters beside the title when the header has room, else under it."""
        margins = self.main_layout.contentsMargins()
        self.header.place_controls(self.width() - panel - margins.left() - margins.right())

    def _place_trend(self) -> None:
        """Show the trend when the column has room for its legible minimum under
        the header, the tiles and the breach strip; else the one-line note."""
        layout = self.main_layout
        margins = layout.contentsMargins()
        used = margins.top() + margins.bottom()
        for index in range(layout.count()):
            item = layout.itemAt(index)
            widget = None if item is None else item.widget()
            if item is None or widget is self.trend or widget is self.trend_note:
                continue
            if widget is not None and widget.isHidden():
                continue
            if item.layout() is self.tile_grid:
                # the tiles' wrapped detail lines count, not just the grid's minimum
                used += max(self.tile_grid.needed_height(), item.minimumSize().height()) + layout.spacing()
                continue
            used += item.minimumSize().height() + layout.spacing()
        room = self.height() - used
        fits = room >= self.trend.minimum_height()
        if fits:
            # wrapped lines (the header's status, the tiles) can need more than the
            # estimate: the window's own minimum has the last word
            self.trend.setMinimumHeight(self.trend.minimum_height())
            self.trend.setVisible(True)
            fits = self.minimumSizeHint().height() <= self.height()
        self.trend.setMinimumHeight(self.trend.minimum_height() if fits else 0)
        self.trend.setVisible(fits)
        self.trend_note.setVisible(not fits)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        resized = event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest)
        if resized and isinstance(watched, TileWidget):  # new width, or new detail lines
            self._trend_timer.start(0)
        return super().eventFilter(watched, event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closed:
            self._closed = True
            self.save_settings()
            for timer in (self._tick_timer, self._periodic_timer, self._change_timer):
                timer.stop()
            self.session.changes_arrived.disconnect(self.on_changes)
            self.session.connection_changed.disconnect(self.on_connection)
            if self.owns_session:
                self.session.close()
        super().closeEvent(event)


def wallboard_service(services: ConsoleServices) -> WallboardService:
    """The bundle's wallboard use cases."""
    return services.wallboard
