"""The one set-up of the console's read-only tables: whole rows selected one at a
time, nothing edited in place, no row numbers, striped rows without a grid, and
left-aligned column titles that do not light up with the selection. The queue,
the account page, the lead panel, the reports and the set-up tabs all use it, so
every table looks and behaves the same."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

ROW_PADDING = 14  # pixels above the font's height in a fixed-height row


def set_up_row_table(
    table: QTableView,
    *,
    alternating: bool = True,
    grid: bool = False,
    wrap: bool = False,
    single: bool = True,
) -> None:
    """Make ``table`` a read-only list of rows. ``single``: one row selected at a
    time (else Qt's extended selection); ``alternating``, ``grid`` and ``wrap``: striped
    rows, grid lines, and words wrapped inside a cell."""
    table.setAlternatingRowColors(alternating)
    table.setShowGrid(grid)
    table.setWordWrap(wrap)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single:
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()


def fix_row_height(table: QTableView) -> None:
    """One fixed height for every row: the view never asks rows for their size,
    which keeps scrolling and layout changes cheap with many thousand rows."""
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + ROW_PADDING)


def left_titles(table: QTableView) -> None:
    """Column titles aligned left, not highlighted with the selected row."""
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setHighlightSections(False)
