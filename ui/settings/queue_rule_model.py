"""The queue's rule chain as an editable table: each rule in chain order with a
check box that switches it on or off. It holds the chain as stored and the chain
being edited, so that the tab knows whether there is something to save."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from console.queueing import QueueRule, RuleChain
from ui.widgets.row_model import CHECK, DISPLAY, FOREGROUND, TOOLTIP, RowTableModel
from ui.wording import rule_label

AnyIndex = QModelIndex | QPersistentModelIndex
Entry = tuple[QueueRule, bool]
POSITION, ON, RULE = range(3)


class QueueRuleModel(RowTableModel[Entry]):
    edited = Signal()  # the chain being edited changed (order or switches)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(self.cell, parent)
        self.headers = (self.tr("#"), self.tr("On"), self.tr("Rule"))
        self.stored = RuleChain()
        self.editable = True

    # -- the chain ----------------------------------------------------------------------

    def set_stored(self, chain: RuleChain) -> None:
        """Show ``chain`` as stored (drops edits)."""
        self.stored = chain
        self.set_chain(chain)

    def set_chain(self, chain: RuleChain) -> None:
        self.set_rows(list(chain.entries))
        self.edited.emit()

    def chain(self) -> RuleChain:
        rows = self.rows()
        return RuleChain(tuple(rule for rule, _ in rows), frozenset(rule for rule, on in rows if not on))

    def has_pending(self) -> bool:
        return bool(self.rows()) and self.chain() != self.stored  # nothing loaded: nothing edited

    def move(self, row: int, delta: int) -> int:
        """Move the rule at ``row`` up (-1) or down (+1); its new row."""
        target = row + delta
        rows = self.rows()
        if not (0 <= row < len(rows) and 0 <= target < len(rows)) or not self.editable:
            return row
        rows[row], rows[target] = rows[target], rows[row]
        self.set_rows(rows)
        self.edited.emit()
        return target

    # -- Qt -----------------------------------------------------------------------------

    def cell(self, item: Entry, row: int, column: int, role: int) -> Any:
        rule, on = item
        if role == DISPLAY:
            if column == POSITION:
                return str(row + 1)
            if column == RULE:
                label = rule_label(rule)
                return label[:1].upper() + label[1:]
        if role == CHECK and column == ON:
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        if role == TOOLTIP:
            return self.tr("{0} ({1}): {2}").format(
                rule_label(rule),
                rule.value,
                self.tr("on") if on else self.tr("switched off — it orders nothing"),
            )
        if role == FOREGROUND and not on and column == RULE:
            return self.disabled_brush()
        return None

    def disabled_brush(self) -> Any:
        # Read at paint time from the current palette, so a theme switch follows at once.
        return QApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == ON and self.editable:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: AnyIndex, value: Any, role: int = int(Qt.ItemDataRole.EditRole)) -> bool:
        if not index.isValid() or index.column() != ON or role != CHECK or not self.editable:
            return False
        rows = self.rows()
        rule, _ = rows[index.row()]
        on = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        rows[index.row()] = (rule, on)
        self._replace(rows)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), RULE))
        self.edited.emit()
        return True

    def _replace(self, rows: list[Entry]) -> None:
        # Same rows, one switched: no reset, so the selection and focus stay.
        self._rows = rows
