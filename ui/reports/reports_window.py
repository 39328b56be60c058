"""The reports window: SLA attainment by plan and severity for a chosen period
(presets or two dates), exported to CSV, refreshed live as cases change.

Every figure comes from ``console.services.readmodels.reports`` (the command line prints the
same report); the window only asks for a period and shows the answer. Loading and
exporting run on worker threads through ``ConsoleSession.call``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QSettings, Qt, QTimer, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.logs import get_logger
from console.services.errors import ServiceError
from console.services.infrastructure.feed import Change
from console.services.infrastructure.programme import SETUP_ENTITIES
from console.services.readmodels.reports import Period, SlaReport, save_report_csv
from ui.errors import error_text
from ui.handlers import OneAtATime, start
from ui.options import REPORTS_EXPORT_FOLDER, REPORTS_FROM, REPORTS_GEOMETRY, REPORTS_PERIOD, REPORTS_TO
from ui.reports.report_model import PLAN, SEVERITY, ReportModel
from ui.session import ConsoleSession, is_connection_error
from ui.widgets.banner import Banner
from ui.widgets.date_limits import limit_to_product_range
from ui.widgets.plain_text import plain
from ui.widgets.screen_fit import restore_geometry
from ui.widgets.tables import set_up_row_table
from ui.widgets.time_text import clock_text, date_text

log = get_logger(__name__)

REFRESH_DELAY_MS = 1000
"""A burst of case changes refreshes the report once (it reads a whole period)."""
DEFAULT_PERIOD = Period.THIS_MONTH


class ReportsWindow(QMainWindow):
    def __init__(self, session: ConsoleSession, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.report: SlaReport | None = None
        self._loads = OneAtATime(self._load)
        self._closed = False
        self.setWindowTitle(self.tr("SLA reports — Support Console"))

        self.heading = QLabel(self.tr("SLA attainment"), self)
        self.heading.setProperty("heading", True)
        self.period_label = QLabel(self)
        self.period_label.setProperty("muted", True)

        self.preset = QComboBox(self)
        for period, text in self._preset_names().items():
            self.preset.addItem(text, period.value)
        self.first_edit = self._date_edit()
        self.last_edit = self._date_edit()
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.export_button = QPushButton(self.tr("Export CSV…"), self)
        self.export_button.setProperty("primary", True)
        self.export_button.setEnabled(False)

        bar = QFrame(self)
        bar.setProperty("card", True)
        row = QHBoxLayout(bar)
        row.setContentsMargins(12, 8, 12, 8)
        row.setSpacing(8)
        row.addWidget(QLabel(self.tr("Period"), bar))
        row.addWidget(self.preset)
        row.addSpacing(12)
        row.addWidget(QLabel(self.tr("From"), bar))
        row.addWidget(self.first_edit)
        row.addWidget(QLabel(self.tr("to"), bar))
        row.addWidget(self.last_edit)
        row.addStretch(1)
        row.addWidget(self.refresh_button)
        row.addWidget(self.export_button)

        self.model = ReportModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        set_up_row_table(self.table, alternating=False)
        self.table.verticalHeader().setDefaultSectionSize(30)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PLAN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SEVERITY, QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(90)

        self.banner = Banner(self)
        self.legend = QLabel(
            self.tr(
                "Met and breached: clocks settled in the period. Open: still running at its end."
                " Response times: operational time to the first response."
            ),
            self,
        )
        self.legend.setProperty("muted", True)
        self.legend.setWordWrap(True)

        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(14, 12, 14, 8)
        column.setSpacing(10)
        titles = QHBoxLayout()
        titles.addWidget(self.heading)
        titles.addSpacing(10)
        titles.addWidget(self.period_label, 1, Qt.AlignmentFlag.AlignBottom)
        column.addLayout(titles)
        column.addWidget(bar)
        column.addWidget(self.banner)
        column.addWidget(self.table, 1)
        column.addWidget(self.legend)
        self.setCentralWidget(central)
        self.status = plain(QLabel(self))
        self.statusBar().addWidget(self.status, 1)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.timeout.connect(self.reload)
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        self.first_edit.dateChanged.connect(self._dates_edited)
        self.last_edit.dateChanged.connect(self._dates_edited)
        self.refresh_button.clicked.connect(self.reload)
        self.export_button.clicked.connect(self.choose_export_file)
        self.session.changes_arrived.connect(self.on_changes)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.reload)
        QShortcut(QKeySequence("Ctrl+E"), self, self.choose_export_file)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        self._restore_state()

    def _preset_names(self) -> dict[Period, str]:
        return {
            Period.TODAY: self.tr("Today"),
            Period.THIS_WEEK: self.tr("This week"),
            Period.LAST_WEEK: self.tr("Last week"),
            Period.THIS_MONTH: self.tr("This month"),
            Period.LAST_MONTH: self.tr("Last month"),
            Period.LAST_30_DAYS: self.tr("Last 30 days"),
            Period.CUSTOM: self.tr("Custom dates"),
        }

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        limit_to_product_range(edit)
        edit.setMinimumWidth(130)
        return edit

    # -- the period ---------------------------------------------------------------------

    @property
    def period(self) -> Period:
        return Period(self.preset.currentData())

    def set_period(self, period: Period) -> None:
        self.preset.setCurrentIndex(self.preset.findData(period.value))

    def set_dates(self, first: date, last: date) -> None:
        """Choose custom days (the preset switches to "Custom dates")."""
        self._show_dates(first, last)
        self.set_period(Period.CUSTOM)
        self._dates_edited()

    def _show_dates(self, first: date, last: date) -> None:
        for edit, day in ((self.first_edit, first), (self.last_edit, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    @Slot(int)
    def _preset_chosen(self, _index: int) -> None:
        REPORTS_PERIOD.write(self.settings, self.period.value)
        if self.period is not Period.CUSTOM:
            self.reload()

    @Slot()
    def _dates_edited(self) -> None:
        if self.period is not Period.CUSTOM:
            self.preset.blockSignals(True)
            self.set_period(Period.CUSTOM)
            self.preset.blockSignals(False)
        REPORTS_PERIOD.write(self.settings, Period.CUSTOM.value)
        REPORTS_FROM.write(self.settings, self.first_edit.date().toString(Qt.DateFormat.ISODate))
        REPORTS_TO.write(self.settings, self.last_edit.date().toString(Qt.DateFormat.ISODate))
        self.reload()

    # -- loading ------------------------------------------------------------------------

    def start(self) -> None:
        """Load the report and follow the change feed."""
        self.reload()
        self.session.start_live()

    def reload(self) -> None:
        if not self._closed:
            self._loads.request()  # asked while one runs: read again once it is back

    async def _load(self) -> None:
        self.status.setText(self.tr("Loading the report…"))
        reports = self.session.services.reports
        actor = self.session.user.id
        if self.period is Period.CUSTOM:
            first, last = self.first_edit.date().toPython(), self.last_edit.date().toPython()
            reading = self.session.call(reports.sla_attainment, first, last, actor)
        else:
            reading = self.session.call(reports.sla_for, self.period, actor)
        try:
            report = await reading
        except ServiceError as error:
            self.banner.show_message(error_text(error))
            self.status.setText(self.tr("No report for this period"))
            self.model.set_report(None)
            self.report = None
            self.export_button.setEnabled(False)
            return
        except Exception as error:
            if is_connection_error(error):
                self.status.setText(self.tr("The database is unreachable — retrying…"))
                QTimer.singleShot(2000, self, self.reload)
            else:
                log.error("the report failed: %s", error)
                self.banner.show_message(self.tr("The report failed: {0}").format(error_text(error)))
            return
        self.report = report
        self.banner.clear()
        self._show_dates(report.first_day, report.last_day)
        self.model.set_report(report)
        self.export_button.setEnabled(True)
        self.period_label.setText(_period_text(report))
        generated = clock_text(report.generated_at, labelled=True)  # the period's days are the calendar's
        clocks = self.tr("%Ln clock(s)", "", report.clocks)
        parts = [
            self.tr("Generated {0}").format(generated),
            self.tr("period {0}").format(_period_text(report)),
            clocks,
        ]
        if report.running:
            parts.append(self.tr("live"))
        self.status.setText(" · ".join(parts))

    @Slot(object)
    def on_changes(self, changes: tuple[Change, ...]) -> None:
        """Case changes (and set-up changes, which move due times) refresh the report."""
        if any(c.case_id is not None or c.entity == "case" or c.entity in SETUP_ENTITIES for c in changes):
            self._schedule_refresh()

    def _schedule_refresh(self) -> None:
        if not self._refresh_timer.isActive():
            self._refresh_timer.start(REFRESH_DELAY_MS)

    # -- export -------------------------------------------------------------------------

    def choose_export_file(self) -> None:
        if self.report is None:
            return
        folder = REPORTS_EXPORT_FOLDER.read(self.settings)
        suggested = str(Path(folder) / _file_name(self.report))
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the SLA report"), suggested, self.tr("CSV files (*.csv)")
        )
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        """Write the report shown to ``path`` as CSV (on a worker thread)."""
        report = self.report
        if report is None:
            return
        self.export_button.setEnabled(False)
        REPORTS_EXPORT_FOLDER.write(self.settings, str(Path(path).parent))

        start(self._export(report, path))

    async def _export(self, report: SlaReport, path: str) -> None:
        try:
            written = await self.session.call(save_report_csv, report, path)
        except Exception as error:
            message = (
                error_text(error)
                if isinstance(error, ServiceError)
                else self.tr("Export failed: {0}").format(error_text(error))
            )
            self.banner.show_message(message)
            return
        finally:
            self.export_button.setEnabled(True)
        self.statusBar().showMessage(self.tr("Saved the report to {0}").format(written), 8000)

    # -- persistence ----------------------------------------------------------------------

    def _restore_state(self) -> None:
        restore_geometry(self, REPORTS_GEOMETRY.read(self.settings), 1100, 680)
        try:
            period = Period(REPORTS_PERIOD.read(self.settings))
        except ValueError:
            period = DEFAULT_PERIOD
        first = _stored_date(REPORTS_FROM.read(self.settings))
        last = _stored_date(REPORTS_TO.read(self.settings))
        if period is Period.CUSTOM and (first is None or last is None):
            period = DEFAULT_PERIOD
        if first is not None and last is not None:
            self._show_dates(first, last)
        self.preset.blockSignals(True)
        self.set_period(period)
        self.preset.blockSignals(False)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closed:
            self._closed = True
            self._refresh_timer.stop()
            self._loads.cancel()
            REPORTS_GEOMETRY.write(self.settings, self.saveGeometry())
            self.session.changes_arrived.disconnect(self.on_changes)
        super().closeEvent(event)


def _stored_date(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _period_text(report: SlaReport) -> str:
    first, last = report.first_day, report.last_day
    if first == last:
        return date_text(first, "ddd dd MMM yyyy")
    if first.year == last.year:
        return f"{date_text(first, 'dd MMM')} – {date_text(last, 'dd MMM yyyy')}"
    return f"{date_text(first, 'dd MMM yyyy')} – {date_text(last, 'dd MMM yyyy')}"


def _file_name(report: SlaReport) -> str:
    return f"sla-report-{report.first_day.isoformat()}-to-{report.last_day.isoformat()}.csv"
