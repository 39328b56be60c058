"""The "Support calendar" tab: the time zone (with completion), the opening
windows of each weekday, the at-risk thresholds, the holiday regions with a
preview of the holidays they bring in a chosen year, and the extra closure dates.

Saving the hours, zone or regions (and adding or removing a closure) recomputes
the due times of every open case awaiting its first response; the tab says how
many moved. Input is checked by the core; its one-line refusals show here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from zoneinfo import available_timezones

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from console.services.bundle import ConsoleServices
from console.services.errors import InvalidInput
from console.services.usecases.setup_change import SetupResult
from console.services.usecases.support_calendar import CalendarSettings
from console.sla.calendar import CalendarError, DailyWindow
from ui.handlers import Latest, start
from ui.session import ConsoleSession
from ui.settings.calendar_models import ClosureModel, HolidayModel
from ui.settings.setup_tab import SetupTab, row_table
from ui.settings.status_line import StatusLine, error_text
from ui.widgets.date_limits import limit_to_product_range
from ui.widgets.time_text import weekday_name

PREVIEW_DELAY_MS = 400  # typing a region list previews once it pauses


@dataclass(frozen=True)
class CalendarForm:
    """What the form holds, to be saved."""

    time_zone: str
    regions: str
    hours: dict[int, tuple[DailyWindow, ...]]
    at_risk_fraction: float
    at_risk_minutes: int


def save_calendar(
    services: ConsoleServices, form: CalendarForm, seen: CalendarSettings, actor: str
) -> SetupResult:
    """Worker-thread work: the calendar, then the thresholds when they changed."""
    result = services.calendar.set_calendar(
        form.time_zone, form.regions, form.hours, actor=actor, expected_version=seen.version
    )
    if (form.at_risk_fraction, form.at_risk_minutes) != (seen.at_risk_fraction, seen.at_risk_minutes):
        services.risk_thresholds.set_risk_thresholds(form.at_risk_fraction, form.at_risk_minutes, actor=actor)
    return result


def _card(title: str, parent: QWidget) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame(parent)
    frame.setProperty("card", True)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(14, 12, 14, 12)
    layout.setSpacing(8)
    heading = QLabel(title, frame)
    heading.setStyleSheet("font-weight: 600; font-size: 11pt;")
    layout.addWidget(heading)
    return frame, layout


class CalendarTab(SetupTab):
    def __init__(self, session: ConsoleSession, parent: QWidget | None = None) -> None:
        super().__init__(session, session.services.calendar.calendar_settings, self._loaded, parent)
        self._previews = Latest()
        self.settings: CalendarSettings | None = None

        # -- opening hours ------------------------------------------------------------
        hours_card, hours_layout = _card(self.tr("Opening hours"), self)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.zone_box = QComboBox(hours_card)
        self.zone_box.setEditable(True)
        self.zone_box.addItems(
            sorted(z for z in available_timezones() if "/" in z and not z.startswith("Etc/"))
        )
        self.zone_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.zone_box.model(), self.zone_box)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.zone_box.setCompleter(completer)
        form.addRow(self.tr("Time zone"), self.zone_box)
        self.day_edits: list[QLineEdit] = []
        for day in range(7):
            edit = QLineEdit(hours_card)
            edit.setPlaceholderText(self.tr("closed"))
            edit.setToolTip(
                self.tr("Opening windows like 08:00-20:00, several separated by commas; empty: closed")
            )
            self.day_edits.append(edit)
            form.addRow(weekday_name(day), edit)
        self.risk_share = QDoubleSpinBox(hours_card)
        self.risk_share.setRange(1, 99)
        self.risk_share.setDecimals(0)
        self.risk_share.setSuffix(" %")
        self.risk_minutes = QSpinBox(hours_card)
        self.risk_minutes.setRange(0, 1440)
        self.risk_minutes.setSuffix(" min")
        risk_row = QHBoxLayout()
        risk_row.addWidget(self.risk_share)
        risk_row.addWidget(QLabel(self.tr("of the target, or"), hours_card))
        risk_row.addWidget(self.risk_minutes)
        risk_row.addWidget(QLabel(self.tr("left"), hours_card))
        risk_row.addStretch(1)
        form.addRow(self.tr("At risk at"), risk_row)
        hours_layout.addLayout(form)
        hours_layout.addStretch(1)

        # -- holidays -------------------------------------------------------------------
        holiday_card, holiday_layout = _card(self.tr("Public holidays"), self)
        regions_row = QHBoxLayout()
        self.regions_edit = QLineEdit(holiday_card)
        self.regions_edit.setPlaceholderText(self.tr("e.g. CH, DE-BY"))
        self.regions_edit.setToolTip(self.tr("ISO country codes, optionally with a subdivision (DE-BY)"))
        self.year_spin = QSpinBox(holiday_card)
        self.year_spin.setRange(1900, 2200)
        self.year_spin.setValue(session.services.clock().year)
        regions_row.addWidget(QLabel(self.tr("Regions"), holiday_card))
        regions_row.addWidget(self.regions_edit, 1)
        regions_row.addWidget(QLabel(self.tr("Year"), holiday_card))
        regions_row.addWidget(self.year_spin)
        holiday_layout.addLayout(regions_row)
        self.preview_status = StatusLine(holiday_card)
        self.holiday_model = HolidayModel(self)
        self.holiday_table = row_table(self.holiday_model, holiday_card)
        self.holiday_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        holiday_layout.addWidget(self.holiday_table, 1)
        holiday_layout.addWidget(self.preview_status)

        # -- closures -------------------------------------------------------------------
        closure_card, closure_layout = _card(self.tr("Extra closures"), self)
        self.closure_model = ClosureModel(self)
        self.closure_table = row_table(self.closure_model, closure_card)
        self.closure_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        closure_layout.addWidget(self.closure_table, 1)
        add_row = QHBoxLayout()
        self.closure_date = QDateEdit(closure_card)
        self.closure_date.setCalendarPopup(True)
        self.closure_date.setDisplayFormat("yyyy-MM-dd")
        limit_to_product_range(self.closure_date)
        today = session.services.clock().date()
        self.closure_date.setDate(QDate(today.year, today.month, today.day))
        self.closure_reason = QLineEdit(closure_card)
        self.closure_reason.setPlaceholderText(self.tr("Reason (optional)"))
        # Room for the whole placeholder (it was clipped to "Reason (optio…"): its
        # text plus the style sheet's padding and border and QLineEdit's own margin.
        self.closure_reason.setMinimumWidth(
            self.closure_reason.fontMetrics().horizontalAdvance(self.closure_reason.placeholderText()) + 28
        )
        self.add_closure_button = QPushButton(self.tr("Add"), closure_card)
        self.remove_closure_button = QPushButton(self.tr("Remove"), closure_card)
        # The reason gets a line of its own: beside the date and the button it was
        # squeezed to a few letters in a narrow window.
        closure_layout.addWidget(self.closure_reason)
        add_row.addWidget(self.closure_date)
        add_row.addStretch(1)
        add_row.addWidget(self.add_closure_button)
        add_row.addWidget(self.remove_closure_button)
        closure_layout.addLayout(add_row)

        self.save_button = QPushButton(self.tr("Save calendar"), self)
        self.save_button.setProperty("primary", True)
        self.revert_button = QPushButton(self.tr("Revert"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        grid = QGridLayout()
        grid.setSpacing(12)
        grid.addWidget(hours_card, 0, 0)
        grid.addWidget(holiday_card, 0, 1)
        grid.addWidget(closure_card, 0, 2)
        grid.setColumnStretch(0, 4)
        grid.setColumnStretch(1, 5)
        grid.setColumnStretch(2, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(10)
        layout.addLayout(grid, 1)
        layout.addLayout(buttons)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.timeout.connect(self.preview)
        self.regions_edit.textEdited.connect(lambda _text: self._preview_timer.start(PREVIEW_DELAY_MS))
        self.year_spin.valueChanged.connect(lambda _value: self._preview_timer.start(PREVIEW_DELAY_MS))
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self._revert)
        self.add_closure_button.clicked.connect(self.add_closure)
        self.remove_closure_button.clicked.connect(self.remove_closure)
        self.closure_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    # -- loading ------------------------------------------------------------------------

    def _loaded(self, settings: CalendarSettings) -> None:
        self.settings = settings
        self._fill(settings)
        self.closure_model.set_rows(settings.closures)
        self.stale = False
        self._update_buttons()
        self.preview()
        self.loaded.emit()

    def _fill(self, settings: CalendarSettings) -> None:
        self.zone_box.setCurrentText(settings.time_zone)
        for day, edit in enumerate(self.day_edits):
            edit.setText(", ".join(str(w) for w in settings.hours_of(day)))
        self.regions_edit.setText(", ".join(settings.regions))
        self.risk_share.setValue(round(settings.at_risk_fraction * 100))
        self.risk_minutes.setValue(settings.at_risk_minutes)

    def _revert(self) -> None:
        if self.settings is not None:
            self._fill(self.settings)
            self.preview()
            self.status.clear_message()

    # -- the form -------------------------------------------------------------------------

    def form(self) -> CalendarForm:
        """The form's values; InvalidInput naming the weekday for a malformed window."""
        hours: dict[int, tuple[DailyWindow, ...]] = {}
        for day, edit in enumerate(self.day_edits):
            parts = [p for p in edit.text().split(",") if p.strip()]
            try:
                windows = tuple(DailyWindow.parse(p) for p in parts)
            except CalendarError as error:
                raise InvalidInput(f"{weekday_name(day)}: {error}") from None
            if windows:
                hours[day] = windows
        return CalendarForm(
            self.zone_box.currentText().strip(),
            self.regions_edit.text(),
            hours,
            self.risk_share.value() / 100,
            self.risk_minutes.value(),
        )

    def has_unsaved(self) -> bool:
        if self.settings is None:
            return False
        try:
            form = self.form()
        except InvalidInput:
            return True
        seen = self.settings
        return (
            form.time_zone != seen.time_zone
            or [c.strip().upper() for c in form.regions.split(",") if c.strip()] != list(seen.regions)
            or form.hours != dict(seen.weekly_hours)
            or round(form.at_risk_fraction, 2) != round(seen.at_risk_fraction, 2)
            or form.at_risk_minutes != seen.at_risk_minutes
        )

    def save(self) -> None:
        if self.settings is None or self.read_only:
            return
        try:
            form = self.form()
        except InvalidInput as error:
            self.status.show_error(error_text(error))
            return
        self.status.show_note(self.tr("Saving… (recomputing the open cases' due times)"))
        self.save_button.setEnabled(False)
        start(self._save(form))

    async def _save(self, form: CalendarForm) -> None:
        result = await self.write(save_calendar, self.session.services, form, self.settings, self.actor)
        self.status.show_ok(self.tr("Saved. {0}").format(self.status.cases_text(result.changed_cases)))
        self.reload()

    # -- holidays preview -------------------------------------------------------------------

    def hideEvent(self, event: QHideEvent) -> None:
        # A preview asked for by typing is for this tab on screen: not for a tab the
        # person left, nor a window being closed (its event loop may be gone).
        self._preview_timer.stop()
        super().hideEvent(event)

    def preview(self) -> None:
        regions, year = self.regions_edit.text(), self.year_spin.value()
        if not regions.strip():
            self.holiday_model.set_rows([])
            self.preview_status.show_note(
                self.tr("No regions: only weekends and extra closures close the calendar.")
            )
            return

        self._previews.run(self._preview(regions, year))  # the user typed on: the newest wins

    async def _preview(self, regions: str, year: int) -> None:
        try:
            rows = await self.session.call(self.session.services.calendar.holiday_preview, regions, year)
        except Exception as error:
            self.holiday_model.set_rows([])
            self.preview_status.show_error(error_text(error))
            return
        self.holiday_model.set_rows(rows)
        self.preview_status.show_note(self.tr("{0} holidays in {1}.").format(len(rows), year))

    # -- closures ---------------------------------------------------------------------------

    def selected_closure(self) -> date | None:
        rows = self.closure_table.selectionModel().selectedRows()
        return self.closure_model.row_at(rows[0].row()).day if rows else None

    def add_closure(self) -> None:
        day = self.closure_date.date().toPython()
        assert isinstance(day, date)
        start(self._add_closure(day, self.closure_reason.text()))

    async def _add_closure(self, day: date, reason: str) -> None:
        result = await self.write(self.session.services.calendar.add_closure, day, reason, self.actor)
        await self._closure_done(self.tr("Closed on {0}.").format(day.isoformat()), result)

    def remove_closure(self) -> None:
        day = self.selected_closure()
        if day is None:
            return
        start(self._remove_closure(day))

    async def _remove_closure(self, day: date) -> None:
        result = await self.write(self.session.services.calendar.remove_closure, day, self.actor)
        await self._closure_done(self.tr("{0} is open again.").format(day.isoformat()), result)

    async def _closure_done(self, text: str, result: SetupResult) -> None:
        self.closure_reason.clear()
        self.status.show_ok(f"{text} {self.status.cases_text(result.changed_cases)}")
        self._closures_loaded(await self.call(self.session.services.calendar.calendar_settings))

    def _closures_loaded(self, settings: CalendarSettings) -> None:
        # Only the closures: the hours the user may be editing stay as typed.
        self.closure_model.set_rows(settings.closures)
        if self.settings is not None and not self.has_unsaved():
            self.settings = settings
        self._update_buttons()

    # -- read-only ----------------------------------------------------------------------------

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        for widget in (self.zone_box, *self.day_edits, self.risk_share, self.risk_minutes, self.closure_date):
            widget.setEnabled(not read_only)
        self.closure_reason.setEnabled(not read_only)
        # The regions field stays usable: previewing a region changes nothing.
        self._update_buttons()

    def _update_buttons(self) -> None:
        writable = not self.read_only
        for button in (
            self.save_button,
            self.revert_button,
            self.add_closure_button,
            self.remove_closure_button,
        ):
            button.setVisible(writable)
        self.save_button.setEnabled(writable and self.settings is not None)
        self.remove_closure_button.setEnabled(writable and self.selected_closure() is not None)
