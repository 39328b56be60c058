"""The lead's side panel of the wallboard (a toggle, so the wall view stays clean):
the open cases that need a decision — breached and at-risk first, then the
unassigned — with "Reassign to…", and every agent's load. The panel only asks;
the window does the reassigning through the case service."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.domain.cases import CaseSummary, Presence
from console.services.infrastructure.programme import Programme
from console.services.readmodels.wallboard import AgentLoad
from ui.theme import WALLBOARD_GREEN, WALLBOARD_RED
from ui.wallboard.agent_load_model import AgentLoadModel, LoadColumn
from ui.wallboard.lead_cases_model import LeadCasesModel, LeadColumn
from ui.wallboard.wallboard_style import font
from ui.widgets.plain_text import plain_label
from ui.widgets.tables import set_up_row_table
from ui.wording import presence_label

_PRESENCE_ORDER = {Presence.ONLINE: 0, Presence.AWAY: 1, Presence.OFFLINE: 2}


class LeadPanel(QFrame):
    reassign_requested = Signal(int, object, int)  # case number, agent name (None: the queue), version

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidePanel")
        self.cases_model = LeadCasesModel(self)
        self.loads_model = AgentLoadModel(self)
        self._loads: list[AgentLoad] = []
        self.cases_title = QLabel(self.tr("Open cases"))
        self.cases_hint = QLabel(self.tr("Breached and at risk first, then unassigned"))
        self.cases_hint.setProperty("muted", True)
        self.cases_view = _table(self.cases_model)
        self.cases_view.selectionModel().selectionChanged.connect(self._selection_changed)
        header = self.cases_view.horizontalHeader()
        header.setSectionResizeMode(LeadColumn.ACCOUNT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(LeadColumn.ASSIGNEE, QHeaderView.ResizeMode.Stretch)
        self.reassign_button = QPushButton(self.tr("Reassign to…"))
        self.reassign_button.setProperty("primary", True)
        self.reassign_menu = QMenu(self)
        self.reassign_menu.aboutToShow.connect(self._fill_menu)
        self.reassign_button.setMenu(self.reassign_menu)
        self.unassign_button = QPushButton(self.tr("Back to the queue"))
        self.unassign_button.setToolTip(self.tr("Take the case off its assignee; anyone may claim it"))
        self.unassign_button.clicked.connect(self._unassign)
        self.message = plain_label()  # names the person a case goes to
        self.message.setWordWrap(True)
        self.loads_title = QLabel(self.tr("Agents' load"))
        self.loads_view = _table(self.loads_model)
        self.loads_view.horizontalHeader().setSectionResizeMode(
            LoadColumn.AGENT, QHeaderView.ResizeMode.Stretch
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.reassign_button)
        buttons.addWidget(self.unassign_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(self.cases_title)
        layout.addWidget(self.cases_hint)
        layout.addWidget(self.cases_view, 3)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addSpacing(8)
        layout.addWidget(self.loads_title)
        layout.addWidget(self.loads_view, 2)
        self._selection_changed()

    def set_scale(self, scale: float) -> None:
        for title in (self.cases_title, self.loads_title):
            title.setFont(font(22, scale, QFont.Weight.DemiBold))
        self.cases_hint.setFont(font(15, scale))
        for view in (self.cases_view, self.loads_view):
            view.setFont(font(16, scale))
            view.verticalHeader().setDefaultSectionSize(round(font(16, scale).pixelSize() * 1.9))

    def show_figures(
        self, cases: Sequence[CaseSummary], loads: Sequence[AgentLoad], programme: Programme, now: datetime
    ) -> None:
        selected = self.selected_case()
        self.cases_model.set_cases(cases, programme, now)
        self.loads_model.set_loads(loads)
        self._loads = list(loads)
        if selected is not None:
            row = self.cases_model.row_of(selected.number)
            if row is not None:
                self.cases_view.selectRow(row)
        self.cases_view.resizeColumnToContents(LeadColumn.CASE)
        self.cases_view.resizeColumnToContents(LeadColumn.SEVERITY)
        self.cases_view.setColumnWidth(LeadColumn.SLA, max(self.cases_view.columnWidth(LeadColumn.SLA), 150))
        self._selection_changed()

    def tick(self, now: datetime) -> None:
        self.cases_model.tick(now)

    def selected_case(self) -> CaseSummary | None:
        rows = self.cases_view.selectionModel().selectedRows()
        return self.cases_model.case_at(rows[0].row()) if rows else None

    def select_case(self, number: int) -> bool:
        row = self.cases_model.row_of(number)
        if row is None:
            return False
        self.cases_view.selectRow(row)
        return True

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(f"color: {WALLBOARD_RED if error else WALLBOARD_GREEN};")
        self.message.setText(text)

    def agents(self) -> list[AgentLoad]:
        """The agents to offer, online first, then away, then offline."""
        return sorted(self._loads, key=lambda load: (_PRESENCE_ORDER[load.presence], load.name.lower()))

    def request_reassign(self, agent: str | None) -> None:
        case = self.selected_case()
        if case is not None:
            self.reassign_requested.emit(case.number, agent, case.version)

    def _fill_menu(self) -> None:
        self.reassign_menu.clear()
        case = self.selected_case()
        for load in self.agents():
            text = self.tr("{0} — {1} · {2} open").format(
                load.name, presence_label(load.presence).lower(), load.open_assigned
            )
            action = self.reassign_menu.addAction(text)
            action.setEnabled(case is not None and case.assignee_id != load.user_id)
            action.triggered.connect(lambda _=False, name=load.name: self.request_reassign(name))

    def _unassign(self) -> None:
        self.request_reassign(None)

    def _selection_changed(self, *_args: object) -> None:
        case = self.selected_case()
        self.reassign_button.setEnabled(case is not None)
        self.unassign_button.setEnabled(case is not None and case.assignee_id is not None)


def _table(model: LeadCasesModel | AgentLoadModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    set_up_row_table(view)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return view
