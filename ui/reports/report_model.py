"""The SLA report as a table model: one row per plan and severity, each plan's
total after its severities and the overall total last, exactly as
``console.services.readmodels.reports`` orders them. The model only shows figures the core
computed; the attainment colours' thresholds live here, in one place."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from console.domain.durations import duration_text
from console.services.readmodels.reports import ReportRow, SlaReport
from ui.theme import current_theme
from ui.wording import severity_label

GOOD_FROM = 0.95
"""Attainment at or above this is green."""
FAIR_FROM = 0.85
"""Attainment at or above this (and below GOOD_FROM) is amber; below it, red."""

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
"""The :class:`ReportRow` behind a table row."""
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2
"""A cell's raw figure (int, ratio or seconds; None for no figure)."""

PLAN, SEVERITY, MET, BREACHED, OPEN, ATTAINMENT, RESPONDED, MEDIAN, P90 = range(9)
NO_FIGURE = "—"

Index = QModelIndex | QPersistentModelIndex


def attainment_colour(ratio: float | None) -> str | None:
    """The theme colour name for an attainment ratio: met (green), at_risk
    (amber) or breached (red); None for no figure."""
    if ratio is None:
        return None
    if ratio >= GOOD_FROM:
        return "met"
    if ratio >= FAIR_FROM:
        return "at_risk"
    return "breached"


class ReportModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[ReportRow, ...] = ()
        self._headers = (
            self.tr("Plan"),
            self.tr("Severity"),
            self.tr("Met"),
            self.tr("Breached"),
            self.tr("Open"),
            self.tr("Attainment"),
            self.tr("Responded"),
            self.tr("Median response"),
            self.tr("90th percentile"),
        )
        self._bold = QFont()
        self._bold.setBold(True)

    def set_report(self, report: SlaReport | None) -> None:
        self.beginResetModel()
        self._rows = () if report is None else report.rows
        self.endResetModel()

    def row_at(self, row: int) -> ReportRow:
        return self._rows[row]

    # -- Qt overrides -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section]
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return _alignment(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index.row(), row, column)
        if role == ROW_ROLE:
            return row
        if role == VALUE_ROLE:
            return _value(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(column)
        if role == Qt.ItemDataRole.FontRole and row.is_total:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, column)
        if role == Qt.ItemDataRole.BackgroundRole and row.is_total:
            theme = current_theme()
            return QColor(theme.window if row.plan is None else theme.alternate)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- cells --------------------------------------------------------------------------

    def _text(self, position: int, row: ReportRow, column: int) -> str:
        if column == PLAN:
            if row.plan is None:
                return self.tr("All plans")
            first_of_plan = position == 0 or self._rows[position - 1].plan != row.plan
            return row.plan.label if first_of_plan or row.is_total else ""
        if column == SEVERITY:
            if row.severity is None:
                return self.tr("Total")
            return f"{int(row.severity)} · {severity_label(row.severity)}"
        value = _value(row, column)
        if value is None:
            return NO_FIGURE
        if column == ATTAINMENT:
            return f"{float(value) * 100:.1f} %"
        if column in (MEDIAN, P90):
            return duration_text(round(float(value)))
        return str(value)

    def _foreground(self, row: ReportRow, column: int) -> QColor | None:
        theme = current_theme()
        if column == ATTAINMENT:
            name = attainment_colour(row.ratio)
            return theme.color(name) if name is not None else theme.color("muted")
        if column == BREACHED and row.breached:
            return theme.color("breached")
        if _value(row, column) is None or _value(row, column) == 0:
            return theme.color("muted") if column != PLAN and column != SEVERITY else None
        return None

    def _tooltip(self, row: ReportRow, column: int) -> str | None:
        if column == ATTAINMENT:
            if row.ratio is None:
                return self.tr("No clock settled in this period")
            return self.tr("{0} met of {1} settled").format(row.met, row.settled)
        if column == OPEN:
            return self.tr("Clocks still running at the end of the period (or now)")
        if column in (MEDIAN, P90):
            return self.tr("Operational time from opening to the first response, over {0} responses").format(
                row.responded
            )
        return None


def _value(row: ReportRow, column: int) -> int | float | None:
    return {
        MET: row.met,
        BREACHED: row.breached,
        OPEN: row.open,
        ATTAINMENT: row.ratio,
        RESPONDED: row.responded,
        MEDIAN: row.median_seconds,
        P90: row.p90_seconds,
    }.get(column)


def _alignment(column: int) -> Qt.AlignmentFlag:
    horizontal = Qt.AlignmentFlag.AlignLeft if column in (PLAN, SEVERITY) else Qt.AlignmentFlag.AlignRight
    return horizontal | Qt.AlignmentFlag.AlignVCenter
