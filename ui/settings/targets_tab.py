"""The "Plans & targets" tab: the grid of first-response targets, Save and Revert,
and the answer of a save ("Saved. 17 open cases got a new due time.")."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.services.usecases.targets import MAX_TARGET_MINUTES, TargetEdit, TargetView
from ui.handlers import start
from ui.session import ConsoleSession
from ui.settings.setup_tab import SetupTab
from ui.settings.target_model import TargetModel

AnyIndex = QModelIndex | QPersistentModelIndex


class MinutesDelegate(QStyledItemDelegate):
    """Targets are edited as whole operational minutes."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        editor = QSpinBox(parent)
        editor.setRange(1, MAX_TARGET_MINUTES)
        editor.setSuffix(" min")
        editor.setAccelerated(True)
        return editor


class TargetsTab(SetupTab):
    def __init__(self, session: ConsoleSession, parent: QWidget | None = None) -> None:
        super().__init__(session, session.services.targets.targets, self._loaded, parent)
        intro = QLabel(
            self.tr(
                "First-response targets in operational minutes (a day is 12 operational hours = 720 minutes). "
                "Saving recomputes the due times of open cases still awaiting their first response."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setProperty("muted", True)
        self.model = TargetModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegate(MinutesDelegate(self.table))
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setDefaultSectionSize(40)
        self.table.setFixedHeight(40 * 3 + 44)
        legend = QLabel(
            self.tr(
                "Standard and Premier count on the support calendar's hours; Premier Severity 1 on the "
                "24x7 on-call clock; Proctored on the hours plus the account's exam sessions."
            ),
            self,
        )
        legend.setWordWrap(True)
        legend.setProperty("muted", True)
        self.save_button = QPushButton(self.tr("Save targets"), self)
        self.save_button.setProperty("primary", True)
        self.revert_button = QPushButton(self.tr("Revert"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(legend)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.model.revert)
        self.model.dataChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def _loaded(self, targets: list[TargetView]) -> None:
        self.model.set_targets(targets)
        self.stale = False
        self.loaded.emit()

    def has_unsaved(self) -> bool:
        return self.model.has_pending()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.model.editable = not read_only
        self._update_buttons()

    def save(self) -> None:
        edits = self.model.edits()
        if not edits or self.read_only:
            return
        self.save_button.setEnabled(False)
        self.status.show_note(self.tr("Saving…"))
        start(self._save(edits))

    async def _save(self, edits: list[TargetEdit]) -> None:
        result = await self.write(self.session.services.targets.set_targets, edits, self.actor)
        self.status.show_ok(self.tr("Saved. {0}").format(self.status.cases_text(result.changed_cases)))
        self.model.commit_pending()  # the versions come with the reload
        self.reload()

    def _update_buttons(self) -> None:
        pending = self.model.has_pending() and not self.read_only
        self.save_button.setEnabled(pending)
        self.revert_button.setEnabled(pending)
        self.save_button.setVisible(not self.read_only)
        self.revert_button.setVisible(not self.read_only)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers
            if self.read_only
            else QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
