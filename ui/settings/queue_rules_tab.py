"""The "Queue rules" tab: team leads and admins reorder the queue's rules (Move up,
Move down), switch them on and off, go back to the published chain, and see at
once how the open queue would stand — its first cases with the rule that put each
above the next — before they save. Other roles see the chain read-only.

The open queue is read once on a worker (a frozen snapshot); every edit orders
that snapshot again on a worker, and only the newest answer is shown. Saving runs
on a worker too; the change log tells every console to re-order its queue.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.domain.permissions import Action, allowed
from console.queueing import DEFAULT_CHAIN, QueueRule, RuleChain
from console.services.readmodels.queue import QueueSnapshot
from console.services.usecases.queue_rules import (
    PREVIEW_ROWS,
    QueueRulesService,
    QueueRulesView,
    preview_rows,
)
from ui.handlers import Latest, start
from ui.session import ConsoleSession
from ui.settings.queue_preview_model import WHY, QueuePreviewModel
from ui.settings.queue_rule_model import RULE, QueueRuleModel
from ui.settings.setup_tab import SetupTab, intro_label, row_table

PREVIEW_DELAY_MS = 60  # a burst of clicks is ordered once


@dataclass(frozen=True, slots=True)
class QueueRulesLoad:
    """What the tab reads on a worker: the stored chain and the open queue."""

    view: QueueRulesView
    snapshot: QueueSnapshot


class QueueRulesTab(SetupTab):
    def __init__(self, session: ConsoleSession, parent: QWidget | None = None) -> None:
        rules: QueueRulesService = session.services.queue_rules
        queue = session.services.queue

        def read() -> QueueRulesLoad:  # on a worker: touches no widget
            return QueueRulesLoad(rules.queue_rules(), queue.snapshot())

        super().__init__(session, read, self._loaded, parent)
        self.rules = rules
        self.snapshot: QueueSnapshot | None = None
        self._previews = Latest()

        intro = intro_label(
            self.tr(
                "The queue is ordered by these rules, first rule first; the case number settles ties. "
                "Team leads and admins may reorder them and switch them off. Paid add-ons never get a "
                "lift from the live-exam, priority-plan and first-response rules."
            ),
            self,
        )
        self.model = QueueRuleModel(self)
        self.table = row_table(self.model, self)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RULE, QHeaderView.ResizeMode.Stretch)
        self.table.setAlternatingRowColors(False)
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fit_table()
        self.table.setMinimumWidth(300)
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.published_button = QPushButton(self.tr("Reset to published"), self)
        self.published_button.setToolTip(self.tr("Every rule on, in the order the SPEC publishes"))
        self.chain_label = QLabel(self)
        self.chain_label.setWordWrap(True)
        self.chain_label.setProperty("muted", True)

        self.preview_heading = QLabel(self.tr("Preview"), self)
        self.preview_heading.setProperty("subheading", True)
        self.preview_model = QueuePreviewModel(self)
        self.preview = QTableView(self)
        self.preview.setModel(self.preview_model)
        self.preview.verticalHeader().hide()
        self.preview.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.preview.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.preview.setAlternatingRowColors(True)
        self.preview.setWordWrap(False)
        pheader = self.preview.horizontalHeader()
        pheader.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        pheader.setSectionResizeMode(WHY, QHeaderView.ResizeMode.Stretch)

        self.save_button = QPushButton(self.tr("Save rules"), self)
        self.save_button.setProperty("primary", True)
        self.revert_button = QPushButton(self.tr("Revert"), self)

        left_box = QWidget(self)
        left_box.setMaximumWidth(340)  # the preview's "why" column needs the width
        left = QVBoxLayout(left_box)
        left.setContentsMargins(0, 0, 0, 0)
        left.setSpacing(8)
        left.addWidget(self.table)
        moves = QGridLayout()
        moves.addWidget(self.up_button, 0, 0)
        moves.addWidget(self.down_button, 0, 1)
        moves.addWidget(self.published_button, 1, 0, 1, 2)
        left.addLayout(moves)
        left.addWidget(self.chain_label)
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(6)
        right.addWidget(self.preview_heading)
        right.addWidget(self.preview, 1)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addWidget(left_box, 0)
        columns.addLayout(right, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.timeout.connect(self.update_preview)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(+1))
        self.published_button.clicked.connect(lambda: self.model.set_chain(DEFAULT_CHAIN))
        self.revert_button.clicked.connect(lambda: self.model.set_chain(self.model.stored))
        self.save_button.clicked.connect(self.save)
        self.model.edited.connect(self._edited)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.set_read_only(not allowed(session.user.role, Action.CHANGE_QUEUE_RULES))

    # -- loading -----------------------------------------------------------------------------

    def _loaded(self, loaded: QueueRulesLoad) -> None:
        self._fit_table()
        self.snapshot = loaded.snapshot
        self.model.set_stored(loaded.view.chain)
        self.stale = False
        self.loaded.emit()

    def _fit_table(self) -> None:
        """Show all six rules without scrolling, whatever the style's header height."""
        rows = len(QueueRule) * self.table.verticalHeader().defaultSectionSize()
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(rows + header + 2 * self.table.frameWidth() + 2)

    def changeEvent(self, event: QEvent) -> None:
        # A theme or font change restyles the header: fit the table again.
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._fit_table()
        super().changeEvent(event)

    def has_unsaved(self) -> bool:
        return self.model.has_pending()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.model.editable = not read_only
        for button in (self.up_button, self.down_button, self.published_button, self.save_button):
            button.setVisible(not read_only)
        self.revert_button.setVisible(not read_only)
        self._update_buttons()

    # -- editing -----------------------------------------------------------------------------

    def selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def move_selected(self, delta: int) -> None:
        row = self.selected_row()
        if row < 0 or self.read_only:
            return
        target = self.model.move(row, delta)
        self.table.selectRow(target)

    def _edited(self) -> None:
        chain = self.model.chain()
        notes = [self.tr("the published chain")] if chain == DEFAULT_CHAIN else []
        if self.model.has_pending():
            notes.append(self.tr("not saved yet"))
        note = f" ({', '.join(notes)})" if notes else ""
        # Spaces after the commas let the line wrap; `admin queue-rules set` reads it the same.
        self.chain_label.setText(self.tr("Chain: {0}{1}").format(str(chain).replace(",", ", "), note))
        self._update_buttons()
        self._preview_timer.start(PREVIEW_DELAY_MS)

    def _update_buttons(self) -> None:
        pending = self.model.has_pending() and not self.read_only
        row = self.selected_row()
        self.save_button.setEnabled(pending)
        self.revert_button.setEnabled(pending)
        self.up_button.setEnabled(not self.read_only and row > 0)
        self.down_button.setEnabled(not self.read_only and 0 <= row < self.model.rowCount() - 1)
        self.published_button.setEnabled(not self.read_only and self.model.chain() != DEFAULT_CHAIN)

    # -- the preview ---------------------------------------------------------------------------

    def update_preview(self) -> None:
        """Order the frozen open queue by the edited chain on a worker; show the newest."""
        snapshot = self.snapshot
        if snapshot is None:
            return
        self._previews.run(self._preview(snapshot, self.model.chain()))  # the newest edit wins

    async def _preview(self, snapshot: QueueSnapshot, chain: RuleChain) -> None:
        rows = await self.call(preview_rows, snapshot, chain, PREVIEW_ROWS)
        self.preview_model.set_rows(rows)
        total = len(snapshot.rows)
        self.preview_heading.setText(
            self.tr("Preview — the first {0} of {1} open cases under these rules").format(
                min(PREVIEW_ROWS, total), total
            )
            if total
            else self.tr("Preview — the queue is empty")
        )

    # -- saving -------------------------------------------------------------------------------

    def save(self) -> None:
        if self.read_only or not self.model.has_pending():
            return
        self.save_button.setEnabled(False)
        self.status.show_note(self.tr("Saving…"))
        chain: RuleChain = self.model.chain()
        start(self._save(chain))

    async def _save(self, chain: RuleChain) -> None:
        view = await self.write(self.rules.set_queue_rules, chain, self.actor, self.model.stored)
        self.model.set_stored(view.chain)
        self.status.show_ok(self.tr("Saved. Every console orders its queue by these rules now."))
