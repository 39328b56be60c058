"""The plans' first-response targets as an editable grid: one row per plan, one
column per severity. A cell shows the target as people read it ("4h", "1 day
(12h)") with its minutes, and says when the clock is not the operational one
(Premier Severity 1 runs 24x7). Edits are kept as pending until saved."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from console.domain.plans import Plan, Severity
from console.services.usecases.targets import (
    MAX_TARGET_MINUTES,
    TargetEdit,
    TargetView,
    target_text,
    whole_days,
)
from console.sla.policy import ClockKind
from ui.theme import current_theme
from ui.widgets.row_model import ALIGN, DISPLAY, EDIT, FONT, FOREGROUND, TOOLTIP, RowRole, RowTableModel
from ui.wording import severity_label

AnyIndex = QModelIndex | QPersistentModelIndex

PLAN_COLUMN = 0
_KIND_WORDS = {
    ClockKind.OPERATIONAL: "operational hours",
    ClockKind.ALWAYS: "the 24x7 on-call clock",
    ClockKind.OPERATIONAL_AND_EXAMS: "operational hours plus the account's exam sessions",
}


class TargetModel(RowTableModel[Plan]):
    """Rows are plans; column ``s`` (1-4) is severity ``s``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(self.cell, parent)
        self.headers = (
            self.tr("Plan"),
            *(self.tr("{0} {1}").format(int(s), severity_label(s)) for s in Severity),
        )
        self._targets: dict[tuple[Plan, Severity], TargetView] = {}
        self._pending: dict[tuple[Plan, Severity], int] = {}
        self.editable = True
        self._bold = QFont()
        self._bold.setBold(True)

    def set_targets(self, targets: list[TargetView]) -> None:
        self.beginResetModel()
        self._targets = {(t.plan, t.severity): t for t in targets}
        self._pending.clear()
        self._rows = [plan for plan in Plan if any(t.plan is plan for t in targets)]
        self.endResetModel()

    def target(self, plan: Plan, severity: Severity) -> TargetView:
        return self._targets[(plan, severity)]

    def minutes(self, plan: Plan, severity: Severity) -> int:
        key = (plan, severity)
        return self._pending.get(key, self._targets[key].minutes)

    def edits(self) -> list[TargetEdit]:
        """The pending changes, each with the version it was edited from."""
        return [
            TargetEdit(plan, severity, minutes, self._targets[(plan, severity)].version)
            for (plan, severity), minutes in sorted(self._pending.items())
        ]

    def has_pending(self) -> bool:
        return bool(self._pending)

    def commit_pending(self) -> None:
        """The pending values were saved: show them as stored until the reload."""
        self.beginResetModel()
        for key, minutes in self._pending.items():
            old = self._targets[key]
            self._targets[key] = TargetView(old.plan, old.severity, minutes, old.clock_kind, old.version)
        self._pending.clear()
        self.endResetModel()

    def revert(self) -> None:
        self.beginResetModel()
        self._pending.clear()
        self.endResetModel()

    # -- Qt -----------------------------------------------------------------------------

    def cell(self, item: Plan, row: int, column: int, role: int) -> Any:
        if column == PLAN_COLUMN:
            if role == DISPLAY:
                return item.label
            if role == FONT:
                return self._bold
            return None
        severity = Severity(column)
        view = self._targets.get((item, severity))
        if view is None:
            return None
        minutes = self.minutes(item, severity)
        pending = (item, severity) in self._pending
        if role == DISPLAY:
            days = whole_days(minutes)
            shown = (
                target_text(minutes)
                if days is None
                else self.tr("%n day(s) ({0}h)", "", days).format(minutes // 60)
            )
            text = self.tr("{0}  ·  {1} min").format(shown, minutes)
            if view.clock_kind is ClockKind.ALWAYS:
                text += self.tr("  ·  24x7")
            return text
        if role == EDIT:
            return minutes
        if role == TOOLTIP:
            return self.tr("{0}, severity {1}: {2} operational minutes, counted on {3}.").format(
                item.label, int(severity), minutes, self.tr(_KIND_WORDS[view.clock_kind])
            )
        if role == FONT and pending:
            return self._bold
        if role == FOREGROUND and pending:
            return QColor(current_theme().accent)
        if role == ALIGN:
            return int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() != PLAN_COLUMN and self.editable:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: AnyIndex, value: Any, role: int = EDIT) -> bool:
        if role != EDIT or not index.isValid() or index.column() == PLAN_COLUMN or not self.editable:
            return False
        try:
            minutes = int(value)
        except (TypeError, ValueError):
            return False
        if not 1 <= minutes <= MAX_TARGET_MINUTES:
            return False
        plan, severity = self._rows[index.row()], Severity(index.column())
        key = (plan, severity)
        if minutes == self._targets[key].minutes:
            self._pending.pop(key, None)
        else:
            self._pending[key] = minutes
        self.dataChanged.emit(index, index)
        return True

    def data(self, index: AnyIndex, role: int = DISPLAY) -> Any:
        if (
            role == RowRole
            and index.isValid()
            and index.column() != PLAN_COLUMN
            and 0 <= index.row() < len(self._rows)
        ):
            return self._targets.get((self._rows[index.row()], Severity(index.column())))
        return super().data(index, role)
