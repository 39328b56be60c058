"""The queue as a Qt table model: one row per open case, in the order the rows are
given (priority queueing, worked out by :mod:`console.queueing` off the GUI thread)
or sorted by a column in Python. Rows are replaced with ``layoutChanged`` and the
persistent indexes remapped by case id, so the selected case stays selected while
other consoles' changes stream in; the SLA clocks of the visible rows are re-read
once a second by :meth:`QueueModel.tick`, which signals one ``dataChanged`` for the
countdown column over those rows only (shared/QT_NOTES.md, table performance).
The channel column is a mark the view's delegate draws in the theme's colours;
the model answers the word as its tooltip and accessible text.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, tzinfo
from operator import attrgetter, indexOf
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont

from console.domain.cases import CaseStatus, CaseSummary, Channel
from console.domain.plans import Plan
from console.services.infrastructure.programme import Programme
from console.services.readmodels.queue import QueueRow, clock_reader
from console.sla.clock import ClockReading
from ui.queue.clock_text import countdown_text
from ui.widgets.plain_text import tooltip_text
from ui.widgets.time_text import day_time_text, due_time_text
from ui.wording import status_label, why_text

AnyIndex = QModelIndex | QPersistentModelIndex


class QueueColumn(enum.IntEnum):
    """The columns of the queue table, left to right."""

    SLA = 0
    SEVERITY = 1
    PLAN = 2
    ACCOUNT = 3
    SUBJECT = 4
    ASSIGNEE = 5
    LANGUAGE = 6
    STATUS = 7
    OPENED = 8
    # Last (saved column layouts and sort columns keep their meaning).
    CHANNEL = 9


_USER = int(Qt.ItemDataRole.UserRole)
CaseRole = _USER + 1
"""The row's :class:`CaseSummary`."""
ClockRole = _USER + 2
"""The row's :class:`ClockReading` as last read (``None``: a paid add-on, no clock)."""
WhyRole = _USER + 3
"""The row's "why here" sentence from the queueing rules."""
ExamLiveRole = _USER + 4
"""Whether the case's account has a proctored exam session live now."""
UnreadRole = _USER + 5
"""The number of unread customer chat messages."""

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)

# C-level field getters: set_rows runs on the GUI thread over every row, so the
# per-row work there must not be Python bytecode (50,000 rows: 5 ms, not 40 ms).
_case_id = attrgetter("place.case.id")
_row_clock = attrgetter("clock")
_COLUMN_COUNT = len(QueueColumn)
_CHANNEL = int(QueueColumn.CHANNEL)
_REAP_CHUNK = 2000  # replaced rows let go of per event-loop pass (about 1 ms)
_NO_CLOCK = 1 << 62  # sorts cases without a clock after every real countdown
_STATUS_ORDER = {status: position for position, status in enumerate(CaseStatus)}
UNREAD_MARK = "● "


def _text_key(value: str | None) -> tuple[bool, str]:
    return (value is None, "" if value is None else value.casefold())


class QueueModel(QAbstractTableModel):
    """Open cases as a table. Rows arrive already filtered and ordered; the model
    only shows them, keeps their clocks fresh and sorts by a column on request."""

    def __init__(self, parent: QObject | None = None, time_zone: tzinfo | None = None) -> None:
        super().__init__(parent)
        # The support calendar's zone, for the calendar's wall clock beside due and
        # resume times (None: the programme's). Times themselves are the person's local.
        self.time_zone = time_zone
        self._queue_rows: list[QueueRow] = []  # as given (queue order)
        self._rows: list[QueueRow] = []  # as shown (queue order or sorted)
        self._clocks: list[ClockReading | None] = []  # parallel to _rows, refreshed by tick()
        self._row_index: dict[int, int] | None = {}  # case id -> row shown; built when asked
        self._programme: Programme | None = None
        self._now: datetime | None = None
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._graveyard: list[list[QueueRow]] = []
        self._reaper = QTimer(self)
        self._reaper.setInterval(0)
        self._reaper.timeout.connect(self._reap)
        self._bold = QFont()
        self._bold.setBold(True)
        self._headers = {
            QueueColumn.SLA: self.tr("SLA"),
            QueueColumn.SEVERITY: self.tr("Severity"),
            QueueColumn.PLAN: self.tr("Plan"),
            QueueColumn.ACCOUNT: self.tr("Account"),
            QueueColumn.SUBJECT: self.tr("Subject"),
            QueueColumn.ASSIGNEE: self.tr("Assignee"),
            QueueColumn.LANGUAGE: self.tr("Lang."),
            QueueColumn.STATUS: self.tr("Status"),
            QueueColumn.OPENED: self.tr("Opened"),
            QueueColumn.CHANNEL: self.tr("Channel"),
        }
        self._channel_text = {Channel.EMAIL: self.tr("Email"), Channel.CONSOLE: self.tr("Console")}
        self._severity_text = {
            1: self.tr("1 Urgent"),
            2: self.tr("2 High"),
            3: self.tr("3 Medium"),
            4: self.tr("4 Low"),
        }
        self._plan_text = {
            Plan.STANDARD: self.tr("Standard"),
            Plan.PREMIER: self.tr("Premier"),
            Plan.PROCTORED: self.tr("Proctored"),
        }
        self._status_text = {
            CaseStatus.NEW: self.tr("New"),
            CaseStatus.OPEN: self.tr("Open"),
            CaseStatus.PENDING_CUSTOMER: self.tr("Pending"),
            CaseStatus.ON_HOLD: self.tr("On hold"),
            CaseStatus.SOLVED: self.tr("Solved"),
            CaseStatus.CLOSED: self.tr("Closed"),
        }
        self._unassigned = self.tr("—")

    # -- the Qt model interface ---------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(QueueColumn)

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        # The C++ default asks rowCount() and columnCount() first: two calls into
        # Python per painted cell instead of this one.
        if parent.isValid() or not (0 <= row < len(self._rows) and 0 <= column < _COLUMN_COUNT):
            return QModelIndex()
        return self.createIndex(row, column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(QueueColumn):
            return None
        if role == _DISPLAY:
            return self._headers[QueueColumn(section)]
        if role == _TOOLTIP and section == QueueColumn.SLA:
            return self.tr("Operational time left until the first response is due")
        if role == _TOOLTIP and section == QueueColumn.CHANNEL:
            return self.tr("Channel: how the customer reached us (email or the console)")
        return None

    # flags() is not overridden: the C++ default (enabled, selectable, no children)
    # is right, and every Python override is a call the view makes per painted cell.

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        row = index.row()
        if row >= len(self._rows):
            return None
        return self._value(row, index.column(), role)

    def multiData(self, index: AnyIndex, role_data_span: QModelRoleDataSpan | QModelRoleData) -> None:
        """All the roles a delegate asks for, in one call instead of seven: each call
        from the view into Python has to take the GIL, which costs up to a switch
        interval (5 ms) whenever a worker thread is busy with Python code."""
        if not index.isValid():
            return
        row = index.row()
        if row >= len(self._rows):
            return
        column = index.column()
        if isinstance(role_data_span, QModelRoleData):
            span: Iterable[QModelRoleData] = (role_data_span,)
        else:
            span = role_data_span  # type: ignore[assignment]  # iterable at run time; the stubs omit it
        for role_data in span:
            value = self._value(row, column, role_data.role())
            if value is None:
                role_data.clearData()  # the delegate reuses its span from cell to cell
            else:
                role_data.setData(value)

    def _value(self, row: int, column: int, role: int) -> Any:
        if role == _DISPLAY:
            # The channel is a mark, not a word (the word is its tooltip).
            return None if column == _CHANNEL else self._display(row, column)
        if role == _ACCESSIBLE:
            return self._display(row, column)
        if role == _FONT:
            if column == QueueColumn.SEVERITY and self._rows[row].place.case.severity == 1:
                return self._bold
            return None
        if role == CaseRole:
            return self._rows[row].place.case
        if role == ClockRole:
            return self._clocks[row]
        if role == _TOOLTIP:
            if column == _CHANNEL:
                return self._channel_text[self._rows[row].place.case.channel]
            return self._tooltip(row)
        if role == WhyRole:
            return why_text(self._rows[row].place)
        if role == ExamLiveRole:
            return self._rows[row].exam_live
        if role == UnreadRole:
            return self._rows[row].place.case.unread_chat
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows shown by ``column`` (stable); column -1 restores queue order."""
        if not -1 <= column < len(QueueColumn):
            return
        self._sort_column = column
        self._sort_order = order
        self.layoutAboutToBeChanged.emit()
        old_rows = self._rows
        # keep the clocks read by tick(): sorting must not rewind the countdowns
        by_id = dict(zip(map(_case_id, old_rows), self._clocks, strict=True))
        self._install(self._ordered(self._queue_rows, by_id), by_id)
        self._remap_persistent(old_rows)
        self.layoutChanged.emit()
        self._bury(old_rows)

    # -- the queue API -------------------------------------------------------------------

    @property
    def programme(self) -> Programme | None:
        return self._programme

    @property
    def now(self) -> datetime | None:
        """The instant the clocks were last read at."""
        return self._now

    @property
    def calendar_zone(self) -> tzinfo | None:
        """The support calendar's zone: the one given, else the programme's."""
        if self.time_zone is not None or self._programme is None:
            return self.time_zone
        return self._programme.calendar.zone

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order

    def set_rows(self, rows: Sequence[QueueRow], programme: Programme, now: datetime) -> None:
        """Show ``rows`` (filtered and in queue order), clocked at ``now``. The
        selection and current index survive by case id; cases that left the queue
        lose theirs."""
        self._programme = programme
        self._now = now
        old_rows, old_queue_rows = self._rows, self._queue_rows
        self._queue_rows = list(rows)
        if not old_rows:
            self.beginResetModel()
            self._install(self._ordered(self._queue_rows, None), None)
            self.endResetModel()
        else:
            self.layoutAboutToBeChanged.emit()
            self._install(self._ordered(self._queue_rows, None), None)
            self._remap_persistent(old_rows)
            self.layoutChanged.emit()
        self._bury(old_rows, old_queue_rows)

    def tick(self, now: datetime, first_row: int, last_row: int) -> None:
        """Re-read the clocks of rows ``first_row``..``last_row`` at ``now`` and
        signal the countdown column over that range, once."""
        self._now = now
        if self._programme is None or not self._rows:
            return
        first = max(0, first_row)
        last = min(len(self._rows) - 1, last_row)
        if first > last:
            return
        read = clock_reader(self._programme, now)
        rows = self._rows
        clocks = self._clocks
        for row in range(first, last + 1):
            clocks[row] = read(rows[row].place.case)
        self.dataChanged.emit(
            self.index(first, QueueColumn.SLA),
            self.index(last, QueueColumn.SLA),
            [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole],
        )

    def row_of(self, case_id: int) -> int | None:
        """The row showing the case with id ``case_id``, if shown (the first call
        after new rows builds an index of all rows)."""
        return self._row_of().get(case_id)

    def row_of_number(self, number: int) -> int | None:
        """The row showing case number ``number``, if shown."""
        for row, item in enumerate(self._rows):
            if item.place.case.number == number:
                return row
        return None

    def case_at(self, row: int) -> CaseSummary:
        return self._rows[row].place.case

    def clock_at(self, row: int) -> ClockReading | None:
        return self._clocks[row]

    def row_at(self, row: int) -> QueueRow:
        return self._rows[row]

    # -- inside ----------------------------------------------------------------------

    def _ordered(self, rows: list[QueueRow], clocks: dict[int, ClockReading | None] | None) -> list[QueueRow]:
        """``rows`` in the remembered sort (a copy; queue order for column -1)."""
        if self._sort_column < 0:
            return list(rows)
        key = self._sort_key(QueueColumn(self._sort_column), clocks)
        return sorted(rows, key=key, reverse=self._sort_order == Qt.SortOrder.DescendingOrder)

    def _sort_key(
        self, column: QueueColumn, clocks: dict[int, ClockReading | None] | None
    ) -> Callable[[QueueRow], Any]:
        if column is QueueColumn.SLA:

            def remaining(row: QueueRow) -> int:
                clock = row.clock if clocks is None else clocks.get(row.place.case.id, row.clock)
                return _NO_CLOCK if clock is None else clock.remaining_seconds

            return remaining
        if column is QueueColumn.SEVERITY:
            return lambda row: int(row.place.case.severity)
        if column is QueueColumn.PLAN:
            return lambda row: row.place.case.plan.label
        if column is QueueColumn.ACCOUNT:
            return lambda row: row.place.case.account_name.casefold()
        if column is QueueColumn.SUBJECT:
            return lambda row: row.place.case.subject.casefold()
        if column is QueueColumn.ASSIGNEE:
            return lambda row: _text_key(row.place.case.assignee_name)
        if column is QueueColumn.LANGUAGE:
            return lambda row: row.place.case.language
        if column is QueueColumn.STATUS:
            return lambda row: _STATUS_ORDER[row.place.case.status]
        if column is QueueColumn.CHANNEL:
            return lambda row: row.place.case.channel.label
        return lambda row: row.place.case.opened_epoch

    def _install(self, rows: list[QueueRow], clocks: dict[int, ClockReading | None] | None) -> None:
        self._rows = rows
        if clocks is None:
            self._clocks = list(map(_row_clock, rows))
        else:
            self._clocks = [clocks.get(row.place.case.id, row.clock) for row in rows]
        self._row_index = None

    def _bury(self, *lists: list[QueueRow]) -> None:
        """Let go of replaced rows a slice at a time, between events: the last
        reference to 50,000 rows of a previous snapshot frees some 150,000 objects,
        20–30 ms of the GUI thread in one go if dropped at once."""
        self._graveyard.extend(doomed for doomed in lists if doomed)
        if self._graveyard and not self._reaper.isActive():
            self._reaper.start()

    def _reap(self) -> None:
        budget = _REAP_CHUNK
        while self._graveyard and budget > 0:
            doomed = self._graveyard[-1]
            count = min(budget, len(doomed))
            del doomed[-count:]
            budget -= count
            if not doomed:
                self._graveyard.pop()
        if not self._graveyard:
            self._reaper.stop()

    def _row_of(self) -> dict[int, int]:
        if self._row_index is None:
            self._row_index = dict(zip(map(_case_id, self._rows), range(len(self._rows)), strict=True))
        return self._row_index

    def _remap_persistent(self, old_rows: list[QueueRow]) -> None:
        """Point every persistent index (selection, current index, editors) at the
        row now showing the same case; invalid where the case is gone. There are
        only a few (one selected row), so each is looked up with a C-level search
        rather than a dictionary of all 50,000 rows."""
        persistent = self.persistentIndexList()
        if not persistent:
            return
        found: dict[int, int | None] = {}
        moved: list[QModelIndex] = []
        for index in persistent:
            row = index.row()
            new_row = None
            if 0 <= row < len(old_rows):
                case_id = old_rows[row].place.case.id
                if case_id not in found:
                    found[case_id] = self._find(case_id)
                new_row = found[case_id]
            moved.append(QModelIndex() if new_row is None else self.index(new_row, index.column()))
        self.changePersistentIndexList(persistent, moved)

    def _find(self, case_id: int) -> int | None:
        if self._row_index is not None:
            return self._row_index.get(case_id)
        try:
            return indexOf(map(_case_id, self._rows), case_id)
        except ValueError:
            return None

    def _display(self, row: int, column: int) -> str | None:
        case = self._rows[row].place.case
        if column == QueueColumn.SLA:
            return countdown_text(self._clocks[row], self.calendar_zone)
        if column == QueueColumn.SEVERITY:
            return self._severity_text.get(int(case.severity), str(int(case.severity)))
        if column == QueueColumn.PLAN:
            return self._plan_text.get(case.plan, case.plan.label)
        if column == QueueColumn.ACCOUNT:
            return case.account_name
        if column == QueueColumn.SUBJECT:
            return UNREAD_MARK + case.subject if case.unread_chat > 0 else case.subject
        if column == QueueColumn.ASSIGNEE:
            return case.assignee_name or self._unassigned
        if column == QueueColumn.LANGUAGE:
            return case.language.upper()
        if column == QueueColumn.STATUS:
            return self._status_text.get(case.status, status_label(case.status))
        if column == QueueColumn.OPENED:
            return day_time_text(case.opened_at, self._now)
        if column == _CHANNEL:
            return self._channel_text[case.channel]
        return None

    def _tooltip(self, row: int) -> str:
        item = self._rows[row]
        clock = self._clocks[row]
        case = item.place.case
        lines = [f"#{case.number} {case.subject}", self.tr("Why here: {0}").format(why_text(item.place))]
        if item.exam_live:
            lines.append(self.tr("Proctored exam session live now"))
        if clock is None:
            lines.append(self.tr("No SLA clock: paid add-on"))
        else:
            due = due_time_text(clock.due_at, self._now, self.calendar_zone, always_date=True)
            lines.append(
                self.tr("First response due {0} · {1}").format(due, countdown_text(clock, self.calendar_zone))
            )
        lines.append(f"{case.plan.label} · {status_label(case.status)} · {self._channel_text[case.channel]}")
        unread = case.unread_chat
        if unread:
            lines.append(
                self.tr("1 unread chat message")
                if unread == 1
                else self.tr("{0} unread chat messages").format(unread)
            )
        return tooltip_text("\n".join(lines))
