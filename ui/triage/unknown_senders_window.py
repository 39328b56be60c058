"""The unknown senders' window: mail from addresses no account knows waits here,
without a clock, oldest first. On the left the waiting threads (received, from,
subject, messages, files); on the right the selected thread's messages —
addresses, text and attachments, all shown as the literal text they are — with
"Link to account…" (the case opens, its clock from the mail's arrival, and the
agent console shows it) and "Close without a case…" (spam, a wrong address; the
mail stays stored).

A window of its own rather than a pane of the agent console: at 1280x720 the
console's queue and case side already share the width, and triage is an
occasional errand, not the day's work. The list follows the change feed (entity
"triage"), so mail arriving and a colleague's link or close show within about a
second. Every read and write runs on the session's worker."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from console.domain.permissions import Action, allowed
from console.services.bundle import ConsoleServices
from console.services.infrastructure.feed import Change
from console.services.usecases.triage import TriageDetail, TriageItem
from ui.handlers import Latest, start
from ui.options import TRIAGE_GEOMETRY
from ui.session import ConsoleSession
from ui.settings.status_line import StatusLine, error_text
from ui.triage.link_dialog import LinkChoice, LinkDialog
from ui.triage.triage_model import FILES, MESSAGES, RECEIVED, SENDER, SUBJECT, TriageModel, sender_text
from ui.widgets.plain_text import escaped, question_box
from ui.widgets.screen_fit import restore_geometry
from ui.widgets.size_text import size_text
from ui.widgets.tables import left_titles, set_up_row_table
from ui.widgets.time_text import date_clock_text

APPLY_DELAY_MS = 150  # a burst of mail is read once


def link_inputs(services: ConsoleServices) -> tuple[list[str], int]:
    """What the link dialog offers (on a worker): the account names and the default severity."""
    names = [account.name for account in services.accounts.accounts()]
    return names, services.mail_settings.settings().default_severity


class UnknownSendersWindow(QMainWindow):
    case_opened = Signal(int)  # a linked case's number: the agent console shows it
    count_changed = Signal(int)  # how many threads wait

    def __init__(self, session: ConsoleSession, settings: QSettings | None = None) -> None:
        super().__init__()
        self.session = session
        self.settings = settings
        self._closed = False
        self._loads = Latest()
        self._details = Latest()
        self.busy = 0
        self.detail: TriageDetail | None = None
        self.link_dialog: LinkDialog | None = None
        self._link_item: TriageItem | None = None
        self.close_box: QMessageBox | None = None
        self._close_item: TriageItem | None = None
        self.setWindowTitle(self.tr("Unknown senders — Support Console"))

        heading = QLabel(self.tr("Unknown senders"), self)
        heading.setProperty("heading", True)
        intro = QLabel(
            self.tr(
                "Mail from addresses no account knows. It waits here without a clock until someone links it "
                "to an account — the case's clock then starts when the mail arrived — or closes it."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setProperty("muted", True)

        self.model = TriageModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        set_up_row_table(self.table)
        left_titles(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(RECEIVED, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SUBJECT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MESSAGES, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FILES, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(SENDER, 230)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.empty_label = QLabel(self.tr("No mail from unknown senders is waiting."), self)
        self.empty_label.setProperty("muted", True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()

        self.thread_title = QLabel(self)
        self.thread_title.setTextFormat(Qt.TextFormat.PlainText)
        self.thread_title.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.thread_title.setWordWrap(True)
        self.thread_view = QTextBrowser(self)
        self.thread_view.setOpenLinks(False)
        self.thread_view.setOpenExternalLinks(False)
        self.link_button = QPushButton(self.tr("Link to account…"), self)
        self.link_button.setDefault(True)
        self.link_button.setProperty("primary", True)
        self.link_button.setToolTip(self.tr("Open a case on an account for this mail (Ctrl+K)"))
        self.close_button = QPushButton(self.tr("Close without a case…"), self)
        self.close_button.setToolTip(
            self.tr("Spam or a wrong address: no case, no answer; the mail stays stored")
        )
        self.link_button.clicked.connect(self.ask_link)
        self.close_button.clicked.connect(self.ask_close)

        left = QWidget(self)
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(self.table, 1)
        left_column.addWidget(self.empty_label)
        right = QWidget(self)
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.addWidget(self.thread_title)
        right_column.addWidget(self.thread_view, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        buttons.addWidget(self.link_button)
        right_column.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 4)

        self.status = StatusLine(self)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(14, 12, 14, 10)
        column.setSpacing(8)
        column.addWidget(heading)
        column.addWidget(intro)
        column.addWidget(self.splitter, 1)
        column.addWidget(self.status)
        self.setCentralWidget(central)

        for text, keys, slot in (
            (self.tr("Link to account"), "Ctrl+K", self.ask_link),
            (self.tr("Reload"), "F5", self.reload),
            (self.tr("Close the window"), "Ctrl+W", self.close),
        ):
            act = QAction(text, self)
            act.setShortcut(QKeySequence(keys))
            act.triggered.connect(slot)
            self.addAction(act)

        self._apply_timer = QTimer(self)
        self._apply_timer.setSingleShot(True)
        self._apply_timer.timeout.connect(self.reload)
        self.session.changes_arrived.connect(self.on_changes)
        self._show_detail(None)
        if settings is not None:
            restore_geometry(self, TRIAGE_GEOMETRY.read(settings), 1240, 720)
        else:
            self.resize(1240, 720)

    # -- loading -------------------------------------------------------------------------

    def start(self) -> None:
        self.session.start_live()
        self.reload()

    def reload(self) -> None:
        if not self._closed:
            self._loads.run(self._load())

    async def _load(self) -> None:
        self.busy += 1
        try:
            items = await self.session.call(self.session.services.triage.waiting)
        except Exception as error:
            self.status.show_error(error_text(error))
            return
        finally:
            self.busy -= 1
        self.show_items(items)

    def show_items(self, items: tuple[TriageItem, ...]) -> None:
        chosen = self.selected_item()
        self.model.set_rows(items)
        self.table.setVisible(bool(items))
        self.empty_label.setVisible(not items)
        self.count_changed.emit(len(items))
        row = None if chosen is None else self.model.row_of(chosen.id)
        if row is None and items:
            row = 0
        if row is not None:
            self.table.selectRow(row)
        else:
            self._show_detail(None)

    @Slot(object)
    def on_changes(self, changes: tuple[Change, ...]) -> None:
        if any(c.entity == "triage" for c in changes) and not self._apply_timer.isActive():
            self._apply_timer.start(APPLY_DELAY_MS)

    def selected_item(self) -> TriageItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        item = self.selected_item()
        if item is None:
            self._show_detail(None)
            return
        if self.detail is not None and self.detail.item == item:
            return  # the same thread, unchanged: keep the reader's place
        self._details.run(self._load_detail(item.id))

    async def _load_detail(self, item_id: int) -> None:
        self.busy += 1
        try:
            detail = await self.session.call(self.session.services.triage.detail, item_id)
        except Exception as error:
            self.status.show_error(error_text(error))
            return
        finally:
            self.busy -= 1
        current = self.selected_item()
        if current is not None and current.id == item_id:
            self._show_detail(detail)

    def _show_detail(self, detail: TriageDetail | None) -> None:
        self.detail = detail
        self.link_button.setEnabled(detail is not None)
        self.close_button.setEnabled(detail is not None)
        if detail is None:
            self.thread_title.setText(self.tr("No mail selected."))
            self.thread_view.clear()
            return
        self.thread_title.setText(detail.item.subject)
        self.thread_view.setHtml(self.thread_html(detail))

    def thread_html(self, detail: TriageDetail) -> str:
        """The thread as HTML the console builds; every outside text goes through escaped()."""
        parts: list[str] = []
        for number, message in enumerate(detail.messages, 1):
            rows = [
                (self.tr("From"), message.sender),
                (self.tr("To"), message.to),
                (self.tr("Cc"), message.cc),
                (self.tr("Subject"), message.subject),
                (self.tr("Received"), date_clock_text(message.received_at)),
            ]
            head = "".join(
                f"<tr><td style='padding-right:10px'><b>{escaped(label)}</b></td><td>{escaped(value)}</td></tr>"
                for label, value in rows
                if value
            )
            files = "".join(
                f"<li>{escaped(a.filename or self.tr('(no name)'))} — {escaped(size_text(a.size))}"
                f"{escaped(self.tr(' (inline)')) if a.inline else ''}</li>"
                for a in message.attachments
            )
            attachments = (
                f"<p style='margin-bottom:0'><b>{escaped(self.tr('Attachments'))}</b></p><ul>{files}</ul>"
                if files
                else ""
            )
            title = self.tr("Message {0} of {1}").format(number, len(detail.messages))
            parts.append(
                f"<h4 style='margin-bottom:4px'>{escaped(title)}</h4><table>{head}</table>"
                f"<p style='white-space:pre-wrap'>{escaped(message.text)}</p>{attachments}"
            )
        return "<hr>".join(parts)

    # -- link ----------------------------------------------------------------------------

    def ask_link(self) -> None:
        if self.detail is not None and not self._closed:
            start(self._ask_link(self.detail.item))

    async def _ask_link(self, item: TriageItem) -> None:
        self.link_button.setEnabled(False)
        try:
            names, default_severity = await self.session.call(link_inputs, self.session.services)
        except Exception as error:
            self.status.show_error(error_text(error))
            return
        finally:
            self.link_button.setEnabled(self.detail is not None)
        dialog = LinkDialog(
            sender_text(item),
            names,
            default_severity,
            allowed(self.session.user.role, Action.ADD_CONTACTS),
            self,
        )
        # No closure over the dialog: a Python cycle through a dialog Qt has deleted
        # must never reach the cycle collector. The window holds the one reference.
        self.link_dialog, self._link_item = dialog, item
        dialog.accepted.connect(self._linked_chosen)
        dialog.finished.connect(self._link_dialog_finished)
        dialog.open()

    def _linked_chosen(self) -> None:
        dialog, item = self.link_dialog, self._link_item
        choice = None if dialog is None else dialog.choice()
        if choice is not None and item is not None:
            start(self.link(item, choice))

    def _link_dialog_finished(self, _result: int) -> None:
        dialog, self.link_dialog, self._link_item = self.link_dialog, None, None
        if dialog is not None:
            dialog.deleteLater()

    async def link(self, item: TriageItem, choice: LinkChoice) -> None:
        """Open the case for ``item`` as ``choice`` says, then hand its number on."""
        self._set_acting(True)
        self.status.show_note(self.tr("Linking the mail to {0}…").format(choice.account))
        try:
            case = await self.session.call(
                self.session.services.triage.link,
                item.id,
                choice.account,
                self.session.user.name,
                int(choice.severity),
                choice.add_contact,
            )
        except Exception as error:
            self.status.show_error(error_text(error))
            return
        finally:
            self._set_acting(False)
        self.status.show_ok(
            self.tr("Case #{0} opened on {1}; its clock started when the mail arrived.").format(
                case.number, case.account_name
            )
        )
        self.reload()
        self.case_opened.emit(case.number)

    # -- close ---------------------------------------------------------------------------

    def ask_close(self) -> None:
        if self.detail is None or self._closed:
            return
        item = self.detail.item
        box = question_box(
            self,
            self.tr("Close without a case"),
            self.tr(
                "Close the mail from {0} (\u201c{1}\u201d) without opening a case? Nobody is answered; "
                "the mail stays stored."
            ).format(sender_text(item), item.subject),
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Close the mail"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Keep it"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        self.close_box, self._close_item = box, item
        box.finished.connect(self._close_answered)
        box.open()

    def _close_answered(self, _result: int) -> None:
        box, item, self.close_box, self._close_item = self.close_box, self._close_item, None, None
        if box is None:
            return
        if item is not None and box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
            start(self.close_item(item))
        box.deleteLater()

    async def close_item(self, item: TriageItem) -> None:
        self._set_acting(True)
        try:
            await self.session.call(self.session.services.triage.close, item.id, self.session.user.name)
        except Exception as error:
            self.status.show_error(error_text(error))
            return
        finally:
            self._set_acting(False)
        self.status.show_ok(self.tr("Closed the mail from {0} without a case.").format(sender_text(item)))
        self.reload()

    def _set_acting(self, acting: bool) -> None:
        self.busy += 1 if acting else -1
        enabled = not acting and self.detail is not None
        self.link_button.setEnabled(enabled)
        self.close_button.setEnabled(enabled)

    # -- closing ---------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.settings is not None:
            TRIAGE_GEOMETRY.write(self.settings, self.saveGeometry())
        super().closeEvent(event)

    def shutdown(self) -> None:
        """The console is closing: stop following the feed and close for good."""
        if not self._closed:
            self._closed = True
            self._apply_timer.stop()
            self._loads.cancel()
            self._details.cancel()
            self.session.changes_arrived.disconnect(self.on_changes)
        self.close()


__all__ = ["UnknownSendersWindow", "link_inputs"]
