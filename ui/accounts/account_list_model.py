"""The "My accounts" list as a Qt model: one row per account of the cockpit, in the
order the core gives (Severity 1 first, then the worst clock, then by name), with
each account's worst clock state re-read once a second by :meth:`tick` (only the
rows whose state changed are signalled). Rows are replaced keeping the selection
by account id."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from console.services.infrastructure.programme import Programme
from console.services.readmodels.cockpit import TamAccount, worst_state
from console.sla.clock import ClockState
from ui.widgets.plain_text import tooltip_text

AnyIndex = QModelIndex | QPersistentModelIndex

_USER = int(Qt.ItemDataRole.UserRole)
AccountRole = _USER + 1
"""The row's :class:`TamAccount`."""
WorstStateRole = _USER + 2
"""The most pressing clock among its open cases (``None``: no open case has one)."""
OpenCountRole = _USER + 3
"""How many cases of the account are open."""
UrgentRole = _USER + 4
"""How many open Severity 1 cases it has."""
ExamLiveRole = _USER + 5
"""Whether a proctored exam session of the account is live now."""

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)


class AccountListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._accounts: list[TamAccount] = []
        self._states: list[ClockState | None] = []
        self._programme: Programme | None = None
        self._state_text = {
            None: self.tr("no open case"),
            ClockState.BREACHED: self.tr("breached"),
            ClockState.AT_RISK: self.tr("at risk"),
            ClockState.RUNNING: self.tr("on track"),
            ClockState.PAUSED: self.tr("paused"),
            ClockState.MET: self.tr("answered"),
        }

    # -- the Qt model interface ---------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._accounts)

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._accounts):
            return None
        account = self._accounts[index.row()]
        state = self._states[index.row()]
        if role == _DISPLAY:
            return account.name
        if role == _ACCESSIBLE:
            return self.tr("{0}: {1} open, {2}").format(
                account.name, len(account.open_cases), self.state_text(state)
            )
        if role == _TOOLTIP:
            return self._tooltip(account, state)
        if role == AccountRole:
            return account
        if role == WorstStateRole:
            return state
        if role == OpenCountRole:
            return len(account.open_cases)
        if role == UrgentRole:
            return account.urgent_open
        if role == ExamLiveRole:
            return account.live_exam
        return None

    # -- the cockpit API ----------------------------------------------------------------

    def state_text(self, state: ClockState | None) -> str:
        return self._state_text[state]

    def set_accounts(self, accounts: Sequence[TamAccount], programme: Programme, now: datetime) -> None:
        """Show ``accounts`` (in the core's order); the selection follows the account."""
        self._programme = programme
        new_accounts = list(accounts)
        new_states = [worst_state(a.open_cases, programme, now) for a in new_accounts]
        if not self._accounts or not new_accounts:
            self.beginResetModel()
            self._accounts, self._states = new_accounts, new_states
            self.endResetModel()
            return
        self.layoutAboutToBeChanged.emit()
        old_ids = [a.id for a in self._accounts]
        self._accounts, self._states = new_accounts, new_states
        rows = {account.id: row for row, account in enumerate(new_accounts)}
        persistent = self.persistentIndexList()
        moved = []
        for index in persistent:
            old_row = index.row()
            new_row = rows.get(old_ids[old_row]) if 0 <= old_row < len(old_ids) else None
            moved.append(QModelIndex() if new_row is None else self.index(new_row, 0))
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def tick(self, now: datetime) -> None:
        """Re-read the worst clock of each account; signal the rows that changed."""
        if self._programme is None:
            return
        for row, account in enumerate(self._accounts):
            state = worst_state(account.open_cases, self._programme, now)
            if state != self._states[row]:
                self._states[row] = state
                index = self.index(row, 0)
                self.dataChanged.emit(index, index, [WorstStateRole, _TOOLTIP, _ACCESSIBLE])

    def account_at(self, row: int) -> TamAccount:
        return self._accounts[row]

    def row_of(self, account_id: int) -> int | None:
        for row, account in enumerate(self._accounts):
            if account.id == account_id:
                return row
        return None

    def _tooltip(self, account: TamAccount, state: ClockState | None) -> str:
        lines = [
            f"{account.name} · {account.plan.label}",
            self.tr("{0} open cases, {1} of them Severity 1").format(
                len(account.open_cases), account.urgent_open
            ),
            self.tr("Worst clock: {0}").format(self.state_text(state)),
            self.tr("Breaches this month: {0}").format(account.breaches_this_month),
        ]
        if account.live_exam:
            lines.append(self.tr("Proctored exam session live now"))
        return tooltip_text("\n".join(lines))
