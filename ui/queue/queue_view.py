"""The queue screen: a filter bar (my cases / unassigned / all open, plan, severity,
language and a search box) above the queue table with its countdown column. The
view never filters or orders rows itself: it says what the user asks for
(:attr:`QueueView.filter_changed`, :meth:`QueueView.current_filter`) and the window
runs :func:`ui.queue.queue_filter_spec.apply_filter` and the queue order on a
worker thread, then hands the rows back through :meth:`QueueView.set_rows`. Column
layout, sort and filter are kept between sessions with :meth:`save_state`.

The view uses the width it is given: the search box moves under the filters when
one row would squeeze them, and when the table is too narrow for its columns the
least needed ones (language, opened, assignee, status, plan, channel) step aside
until the SLA, severity, account and a readable subject fit; they come back with
the room. The channel is a narrow column of marks (an envelope for email),
titled by a mark too; it comes last, so layouts people saved keep their order.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, tzinfo
from operator import attrgetter

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from console.domain.plans import Plan, Severity
from console.services.infrastructure.programme import Programme
from console.services.readmodels.queue import QueueRow
from ui.options import QUEUE_FILTER, QUEUE_HEADER, QUEUE_SORT_COLUMN, QUEUE_SORT_DESCENDING
from ui.queue.channel_delegate import ChannelDelegate
from ui.queue.channel_icons import ICON_SIZE, set_channel_title
from ui.queue.countdown_delegate import CountdownDelegate
from ui.queue.queue_filter_spec import QueueFilterSpec, QueueMode
from ui.queue.queue_model import QueueColumn, QueueModel
from ui.queue.queue_table import QueueTable
from ui.widgets.tables import fix_row_height, left_titles, set_up_row_table

SEARCH_DELAY_MS = 200
LANGUAGE_SCAN_LIMIT = 5000
_language = attrgetter("place.case.language")  # C-level: runs over every row

# What each column should show without eliding, to size it from the font in use.
_COLUMN_SAMPLES = {
    QueueColumn.SLA: "paused — resumes Mon 08:00",
    QueueColumn.SEVERITY: "1 Urgent",
    QueueColumn.PLAN: "Proctored",
    QueueColumn.ACCOUNT: "Wayne Enterprises",
    QueueColumn.SUBJECT: "Licence key rejected after upgrade",
    QueueColumn.ASSIGNEE: "Anna Agent",
    QueueColumn.LANGUAGE: "Lang.",
    QueueColumn.STATUS: "On hold",
    QueueColumn.OPENED: "Wed 09:14",
}
# The channel column holds a mark, not text: as wide as the mark and the sort arrow.
_MARK_WIDTH = ICON_SIZE
_CELL_PADDING = 26  # the header's padding and sort arrow
# Columns that step aside, first to last, when the table is too narrow.
_YIELDING_COLUMNS = (
    QueueColumn.LANGUAGE,
    QueueColumn.OPENED,
    QueueColumn.ASSIGNEE,
    QueueColumn.STATUS,
    QueueColumn.PLAN,
    QueueColumn.CHANNEL,
)
SUBJECT_MIN_SAMPLE = "Licence key rejected after up"  # the subject keeps room for this
SEARCH_MIN_WIDTH = 180  # below this beside the filters, the search box takes its own row


class QueueView(QWidget):
    """The filter bar and the queue table.

    Signals: ``filter_changed()`` when the user changes any filter (the search box
    after a 200 ms pause), ``case_activated(int)`` with a case number when a case is
    selected, or opened with Enter or a double click, and
    ``current_case_changed(int | None)`` when the current case changes or leaves.
    """

    filter_changed = Signal()
    case_activated = Signal(int)
    current_case_changed = Signal(object)  # int | None

    def __init__(self, parent: QWidget | None = None, time_zone: tzinfo | None = None) -> None:
        super().__init__(parent)
        self.model = QueueModel(self, time_zone)
        self._languages: set[str] = set()
        self._current_number: int | None = None
        self._selected_number: int | None = None
        self._yielded: set[QueueColumn] = set()  # hidden for want of room, not by the user

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(self._build_filter_bar())
        self._second_row = QHBoxLayout()
        self._second_row.setContentsMargins(0, 0, 0, 0)
        self._second_row.setSpacing(8)
        layout.addLayout(self._second_row)
        self.table = QueueTable(self)
        self.delegate = CountdownDelegate(self.table, time_zone)
        self.channel_delegate = ChannelDelegate(self.table)
        self._build_table()
        layout.addWidget(self.table, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.filter_changed.emit)
        self.mode_group.idClicked.connect(self._mode_clicked)
        for combo in (self.plan_combo, self.severity_combo, self.language_combo):
            combo.currentIndexChanged.connect(self._combo_changed)
        self.search_edit.textChanged.connect(self._search_edited)
        self.search_edit.returnPressed.connect(self._search_now)

        selection = self.table.selectionModel()
        selection.selectionChanged.connect(self._selection_changed)
        selection.currentRowChanged.connect(self._current_row_changed)
        self.table.activated.connect(self._activated)
        self.table.verticalScrollBar().valueChanged.connect(self._scrolled)
        # The viewport's own resize: a filter on the table runs before the table lays
        # out its viewport, so the width read there would be the old one.
        self.table.viewport().installEventFilter(self)
        self._update_count()

    # -- building ------------------------------------------------------------------------

    def _build_filter_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(8)
        self.mode_group = QButtonGroup(self)
        self.mode_group.setExclusive(True)
        self.mode_buttons: dict[QueueMode, QToolButton] = {}
        segments = QHBoxLayout()
        segments.setSpacing(2)
        labels = {
            QueueMode.MINE: self.tr("My cases"),
            QueueMode.UNASSIGNED: self.tr("Unassigned"),
            QueueMode.ALL_OPEN: self.tr("All open"),
        }
        for position, (mode, label) in enumerate(labels.items()):
            button = QToolButton(self)
            button.setText(label)
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setObjectName(f"queue_mode_{mode.value}")
            self.mode_group.addButton(button, position)
            self.mode_buttons[mode] = button
            segments.addWidget(button)
        self.mode_buttons[QueueMode.ALL_OPEN].setChecked(True)
        bar.addLayout(segments)
        bar.addSpacing(8)
        self._filter_row = bar

        self.plan_combo = QComboBox(self)
        self.plan_combo.addItem(self.tr("Plan"), "")
        plans = {
            Plan.STANDARD: self.tr("Standard"),
            Plan.PREMIER: self.tr("Premier"),
            Plan.PROCTORED: self.tr("Proctored"),
        }
        for plan in Plan:
            self.plan_combo.addItem(plans.get(plan, plan.label), plan.value)
        self.severity_combo = QComboBox(self)
        self.severity_combo.addItem(self.tr("Severity"), "")
        names = {
            Severity.URGENT: self.tr("1 Urgent"),
            Severity.HIGH: self.tr("2 High"),
            Severity.MEDIUM: self.tr("3 Medium"),
            Severity.LOW: self.tr("4 Low"),
        }
        for severity in Severity:
            self.severity_combo.addItem(names[severity], str(int(severity)))
        self.language_combo = QComboBox(self)
        self.language_combo.addItem(self.tr("Language"), "")
        for combo, name in (
            (self.plan_combo, "plan"),
            (self.severity_combo, "severity"),
            (self.language_combo, "language"),
        ):
            combo.setObjectName(f"queue_filter_{name}")
            # as wide as the longest choice: "Severity" or "3 Medium" never reads "Sever…"
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            bar.addWidget(combo)

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("queue_search")
        self.search_edit.setPlaceholderText(self.tr("Search number, subject, account"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(SEARCH_MIN_WIDTH)
        bar.addWidget(self.search_edit, 1)
        self.count_label = QLabel(self)
        self.count_label.setProperty("muted", True)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # room for the largest count, so the bar does not shift as counts change
        self.count_label.setMinimumWidth(self.count_label.fontMetrics().horizontalAdvance("888,888 cases"))
        bar.addWidget(self.count_label)
        return bar

    def _build_table(self) -> None:
        table = self.table
        table.setModel(self.model)
        table.setItemDelegateForColumn(int(QueueColumn.SLA), self.delegate)
        table.setItemDelegateForColumn(int(QueueColumn.CHANNEL), self.channel_delegate)
        set_up_row_table(table)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.setCornerButtonEnabled(False)
        fix_row_height(table)  # 50,000 rows
        header = table.horizontalHeader()
        # The header reads its titles from a small C++ model: a header asks for
        # eleven roles per section on every repaint, and each call into a Python
        # model waits for the GIL while a worker thread runs Python code.
        self._titles = QStandardItemModel(0, len(QueueColumn), self)
        for column in QueueColumn:
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = self.model.headerData(int(column), Qt.Orientation.Horizontal, int(role))
                if value is not None and not (
                    column is QueueColumn.CHANNEL and role is Qt.ItemDataRole.DisplayRole
                ):
                    self._titles.setHeaderData(int(column), Qt.Orientation.Horizontal, value, role)
        set_channel_title(self._titles, int(QueueColumn.CHANNEL))
        header.setModel(self._titles)
        left_titles(table)
        header.setSectionsMovable(True)
        header.setStretchLastSection(False)
        header.setSortIndicatorClearable(True)  # a third click goes back to queue order
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self._apply_default_widths()
        header.setSectionResizeMode(int(QueueColumn.SUBJECT), QHeaderView.ResizeMode.Stretch)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        table.setSortingEnabled(True)

    def _apply_default_widths(self) -> None:
        header = self.table.horizontalHeader()
        header.resizeSection(int(QueueColumn.CHANNEL), _MARK_WIDTH + _CELL_PADDING)
        bold = QFont(self.table.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)  # bold is the widest the cells get
        for column, sample in _COLUMN_SAMPLES.items():
            title = str(self.model.headerData(int(column), Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title))
            header.resizeSection(int(column), width + _CELL_PADDING)

    # -- the API -------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[QueueRow], programme: Programme, now: datetime) -> None:
        """Show ``rows`` (already filtered and in queue order), clocked at ``now``."""
        first_fill = self.model.rowCount() == 0
        self.model.set_rows(rows, programme, now)
        self.delegate.time_zone = self.model.calendar_zone  # for the calendar's time beside "resumes"
        if first_fill or len(rows) <= LANGUAGE_SCAN_LIMIT:
            # a pass over 50,000 rows costs ~25 ms of GUI time: not on every update
            self._remember_languages(set(map(_language, rows)))
        self._update_count()
        self._sync_current()

    def tick(self, now: datetime) -> None:
        """Re-read the clocks of the rows in sight at ``now`` (call once a second)."""
        first, last = self.visible_row_range()
        self.model.tick(now, first, last)

    def current_filter(self) -> QueueFilterSpec:
        mode = QueueMode.ALL_OPEN
        for candidate, button in self.mode_buttons.items():
            if button.isChecked():
                mode = candidate
        plan = self.plan_combo.currentData()
        severity = self.severity_combo.currentData()
        language = self.language_combo.currentData()
        return QueueFilterSpec(
            mode=mode,
            plan=Plan(plan) if plan else None,
            severity=Severity(int(severity)) if severity else None,
            language=str(language) if language else None,
            search=self.search_edit.text().strip(),
        )

    def set_filter(self, spec: QueueFilterSpec) -> None:
        """Show ``spec`` in the filter bar; ``filter_changed`` once if it differs."""
        if spec == self.current_filter():
            return
        widgets = (
            self.mode_group,
            self.plan_combo,
            self.severity_combo,
            self.language_combo,
            self.search_edit,
        )
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.mode_buttons[spec.mode].setChecked(True)
            self.plan_combo.setCurrentIndex(
                max(0, self.plan_combo.findData(spec.plan.value if spec.plan else ""))
            )
            self.severity_combo.setCurrentIndex(
                max(0, self.severity_combo.findData(str(int(spec.severity)) if spec.severity else ""))
            )
            if spec.language:
                self._remember_languages([spec.language])
            self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(spec.language or "")))
            self.search_edit.setText(spec.search)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._search_timer.stop()
        self.filter_changed.emit()

    def focus_search(self) -> None:
        """Put the cursor in the search box, its text selected (Ctrl+F)."""
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def focus_table(self) -> None:
        """Move the keyboard focus to the table (Ctrl+L)."""
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def set_languages(self, codes: Iterable[str]) -> None:
        """Offer these languages in the language filter (besides any seen in rows)."""
        self._remember_languages(codes)

    def select_case(self, number: int) -> bool:
        """Select and show case ``number``; False when it is not in the table."""
        row = self.model.row_of_number(number)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def selected_case(self) -> int | None:
        """The number of the selected case, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.case_at(rows[0].row()).number if rows else None

    def visible_row_range(self) -> tuple[int, int]:
        """The first and last rows in sight; ``(0, -1)`` when there are none."""
        count = self.model.rowCount()
        if count == 0:
            return (0, -1)
        viewport = self.table.viewport()
        top = self.table.indexAt(QPoint(0, 0)).row()
        bottom = self.table.indexAt(QPoint(0, max(0, viewport.height() - 1))).row()
        if top < 0:
            top = 0
        if bottom < 0:
            bottom = count - 1
        return (top, bottom)

    def save_state(self, settings: QSettings) -> None:
        """Keep the column layout, the sort and the filter for the next session."""
        QUEUE_HEADER.write(settings, self._user_header_state())
        QUEUE_SORT_COLUMN.write(settings, self.model.sort_column)
        descending = self.model.sort_order == Qt.SortOrder.DescendingOrder
        QUEUE_SORT_DESCENDING.write(settings, 1 if descending else 0)
        QUEUE_FILTER.write(settings, self.current_filter().to_text())

    def restore_state(self, settings: QSettings) -> None:
        """Bring back what :meth:`save_state` kept; missing or damaged values keep
        the defaults."""
        header_state = QUEUE_HEADER.read(settings)
        column = QUEUE_SORT_COLUMN.read(settings)
        descending = QUEUE_SORT_DESCENDING.read(settings) == 1
        filter_text = QUEUE_FILTER.read(settings)
        header = self.table.horizontalHeader()
        if isinstance(header_state, QByteArray | bytes) and not header.restoreState(QByteArray(header_state)):
            self._apply_default_widths()
        self._yielded.clear()  # the restored state says what the user hid
        self._fit_columns()
        if not -1 <= column < len(QueueColumn):
            column = -1
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.table.sortByColumn(column, order)
        if self.model.sort_column != column or self.model.sort_order != order:
            self.model.sort(column, order)
        if isinstance(filter_text, str):
            self.set_filter(QueueFilterSpec.from_text(filter_text))

    # -- fitting the width ------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "_titles"):
            # A theme switch: the channel column's title is a mark in the theme's colours.
            set_channel_title(self._titles, int(QueueColumn.CHANNEL))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._place_search()
        super().resizeEvent(event)

    def _place_search(self) -> None:
        """The filters on one row when they fit; else the search box, and then the
        drop-downs too, move to a second row (the queue may be half a laptop wide)."""
        spacing = self._filter_row.spacing()
        combos = (self.plan_combo, self.severity_combo, self.language_combo)
        buttons = sum(button.sizeHint().width() + 2 for button in self.mode_buttons.values()) + 8
        choices = sum(combo.sizeHint().width() + spacing for combo in combos)
        count = self.count_label.sizeHint().width() + spacing if self.count_label.isVisibleTo(self) else 0
        search = SEARCH_MIN_WIDTH + spacing + count
        # The narrowest arrangement sets the minimum, whatever the arrangement now:
        # the window must not widen itself to keep the filters on one row.
        narrowest = max(buttons, choices + search)
        if self.minimumWidth() != narrowest:
            self.setMinimumWidth(narrowest)
        width = self.width()
        combos_first = width >= buttons + choices + spacing
        search_first = combos_first and width >= buttons + choices + search
        wanted: list[tuple[QWidget, bool]] = [(combo, combos_first) for combo in combos]
        wanted += [(self.search_edit, search_first), (self.count_label, search_first)]
        if all((self._filter_row.indexOf(w) >= 0) == first for w, first in wanted):
            return
        for widget, _first in wanted:
            self._filter_row.removeWidget(widget)
            self._second_row.removeWidget(widget)
        for widget, first in wanted:
            stretch = 1 if widget is self.search_edit else 0
            (self._filter_row if first else self._second_row).addWidget(widget, stretch)

    def _fit_columns(self) -> None:
        """Let the least needed columns step aside until the subject has room."""
        header = self.table.horizontalHeader()
        room = self.table.viewport().width()
        if room <= 0:
            return
        subject = QFontMetrics(self.table.font()).horizontalAdvance(SUBJECT_MIN_SAMPLE) + _CELL_PADDING
        shown = [
            column
            for column in QueueColumn
            if column is not QueueColumn.SUBJECT
            and (column in self._yielded or not header.isSectionHidden(int(column)))
        ]
        widths = {column: self._natural_width(column) for column in shown}
        yielded: set[QueueColumn] = set()
        for column in _YIELDING_COLUMNS:
            if sum(widths.values()) + subject <= room:
                break
            if column in widths:
                del widths[column]
                yielded.add(column)
        if yielded == self._yielded:
            return
        for column in self._yielded - yielded:
            header.setSectionHidden(int(column), False)
        for column in yielded - self._yielded:
            header.setSectionHidden(int(column), True)
        self._yielded = yielded

    def _natural_width(self, column: QueueColumn) -> int:
        header = self.table.horizontalHeader()
        size = header.sectionSize(int(column))
        if size <= 0 and column is QueueColumn.CHANNEL:
            size = _MARK_WIDTH + _CELL_PADDING
        elif size <= 0:  # hidden sections report no size: measure as the defaults do
            size = QFontMetrics(self.table.font()).horizontalAdvance(_COLUMN_SAMPLES[column]) + _CELL_PADDING
        return size

    def _user_header_state(self) -> QByteArray:
        """The header as the user left it: columns hidden for want of room count as shown."""
        header = self.table.horizontalHeader()
        for column in self._yielded:
            header.setSectionHidden(int(column), False)
        try:
            return header.saveState()
        finally:
            for column in self._yielded:
                header.setSectionHidden(int(column), True)

    # -- slots -----------------------------------------------------------------------

    def _mode_clicked(self, _button_id: int) -> None:
        self.filter_changed.emit()

    def _combo_changed(self, _index: int) -> None:
        self.filter_changed.emit()

    def _search_edited(self, _text: str) -> None:
        self._search_timer.start()

    def _search_now(self) -> None:
        if self._search_timer.isActive():
            self._search_timer.stop()
            self.filter_changed.emit()

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.case_activated.emit(self.model.case_at(index.row()).number)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        number = self.selected_case()
        if number is not None and number != self._selected_number:
            self._selected_number = number
            self.case_activated.emit(number)
        elif number is None:
            self._selected_number = None

    def _current_row_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._sync_current()

    def _sync_current(self) -> None:
        index = self.table.selectionModel().currentIndex()
        number = self.model.case_at(index.row()).number if index.isValid() else None
        if number != self._current_number:
            self._current_number = number
            self.current_case_changed.emit(number)
        if self._selected_number is not None and self.selected_case() is None:
            self._selected_number = None

    def _scrolled(self, _value: int) -> None:
        # Rows scrolled into sight still show the clock read when they arrived.
        now = self.model.now
        if now is not None:
            self.tick(now)

    def _header_menu(self, position: QPoint) -> None:
        """Columns can be hidden and shown again (kept by :meth:`save_state`)."""
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for column in QueueColumn:
            if column in (QueueColumn.SLA, QueueColumn.SUBJECT):
                continue  # the two columns the queue is for
            title = str(self.model.headerData(int(column), Qt.Orientation.Horizontal))
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(int(column)))
            if column in self._yielded:
                action.setText(self.tr("{0} (no room)").format(title))
                action.setEnabled(False)
            action.toggled.connect(
                lambda shown, section=int(column): header.setSectionHidden(section, not shown)
            )
        menu.addSeparator()
        menu.addAction(self.tr("Default column widths"), self._apply_default_widths)
        menu.exec(header.mapToGlobal(position))

    def _remember_languages(self, codes: Iterable[str]) -> None:
        new = {code for code in codes if code} - self._languages
        if not new:
            return
        self._languages |= new
        current = self.language_combo.currentData()
        self.language_combo.blockSignals(True)
        try:
            while self.language_combo.count() > 1:
                self.language_combo.removeItem(1)
            for code in sorted(self._languages):
                self.language_combo.addItem(code.upper(), code)
            self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(current)))
        finally:
            self.language_combo.blockSignals(False)

    def _update_count(self) -> None:
        count = self.model.rowCount()
        text = self.tr("%Ln case(s)", "", count)
        self.count_label.setText(text)
