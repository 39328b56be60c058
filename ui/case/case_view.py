"""One case on screen, put together from its header (ui/case/case_header.py: the
account's plan, entitlements, licences, editable status and severity and the
first-response clock), its timeline (ui/case/case_timeline.py) and the reply box
(ui/case/reply_box.py), whose half-written text is kept per case here. Loading,
sending and editing are async handlers that await the session's worker, as are
the timeline's links: a failed email sent again, an attachment saved where the
agent says;
concurrent edits by other consoles show as an inline conflict banner, never as a
silent overwrite, and never cost the agent's draft."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from console.domain.cases import CaseStatus, CaseSummary, MessageKind
from console.domain.permissions import Action, allowed
from console.domain.plans import Severity
from console.logs import get_logger
from console.services.bundle import ConsoleServices
from console.services.errors import Conflict, ServiceError
from console.services.infrastructure.feed import Change, changed_by_others
from console.services.infrastructure.programme import Programme
from console.services.readmodels.snapshots import CaseDetail
from ui.case.case_header import CaseHeader
from ui.case.case_timeline import CaseTimeline, status_text
from ui.case.reply_box import ReplyBox
from ui.errors import as_sentence, error_text
from ui.handlers import OneAtATime, start
from ui.session import ConsoleSession, is_connection_error
from ui.theme import set_tone
from ui.widgets.action_icons import action_icon
from ui.widgets.banner import Banner
from ui.widgets.keys_text import keys_text
from ui.widgets.plain_text import plain
from ui.widgets.time_text import day_time_text

log = get_logger(__name__)

CLOCK_REFRESH_MS = 30_000


def fetch_case(services: ConsoleServices, number: int) -> tuple[CaseDetail, Programme]:
    """Worker-thread work: the case whole, and the programme its clock is read with."""
    detail = services.cases.detail(number)
    with services.db.read() as session:
        programme = services.loader.load(session)
    return detail, programme


def save_attachment(services: ConsoleServices, number: int, attachment_id: int, path: str) -> int:
    """Worker-thread work: write attachment ``attachment_id`` of case ``number`` to
    ``path`` exactly as it came; the number of bytes written."""
    data = services.cases.attachment_file(number, attachment_id).data
    Path(path).write_bytes(data)
    return len(data)


# Characters no file name may carry on some system the console runs on.
_UNSAFE_IN_NAMES = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]')


def safe_file_name(name: str) -> str:
    """An attachment's name as a file name to propose: no folders, no characters a
    file system refuses, never hidden or empty (the name came from outside)."""
    cleaned = _UNSAFE_IN_NAMES.sub("_", name).strip().lstrip(".").strip()
    return cleaned[:200] or "attachment"


def save_folder() -> str:
    """Where a saved attachment goes unless the agent says otherwise: Downloads,
    else Documents, else home."""
    for location in (
        QStandardPaths.StandardLocation.DownloadLocation,
        QStandardPaths.StandardLocation.DocumentsLocation,
        QStandardPaths.StandardLocation.HomeLocation,
    ):
        folder = QStandardPaths.writableLocation(location)
        if folder and Path(folder).is_dir():
            return folder
    return str(Path.home())


class CaseView(QWidget):
    """Shows one case; :meth:`show_case` loads it without blocking the GUI."""

    case_changed = Signal(int)  # case number, after this view changed it
    detail_loaded = Signal(object)  # CaseDetail, each time the shown case is (re)read

    def __init__(self, session: ConsoleSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._number: int | None = None
        self._detail: CaseDetail | None = None
        self._programme: Programme | None = None
        self._drafts: dict[int, str] = {}
        self._loads = OneAtATime(self._load_case)
        self._sending: int | None = None
        self._editing = False
        self._filling = False

        self.stack = QStackedWidget(self)
        self.empty_page = self._build_empty_page()
        self.content = QWidget(self)
        self.stack.addWidget(self.empty_page)
        self.stack.addWidget(self.content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        self.header = CaseHeader(self.content)
        self.header.status_picked.connect(self._status_picked)
        self.header.severity_picked.connect(self._severity_picked)
        layout.addWidget(self.header)
        self.conflict_banner = Banner(self.content)
        layout.addWidget(self.conflict_banner)
        self.message_label = plain(QLabel(self.content))
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        layout.addWidget(self.message_label)
        self.timeline = CaseTimeline(session.services.clock, self.content)  # no cycle through the view
        self.timeline.may_send_again = allowed(session.user.role, Action.WORK_CASES)
        self.timeline.send_again_requested.connect(self._send_again)
        self.timeline.attachment_requested.connect(self._save_attachment)
        layout.addWidget(self.timeline, 1)
        self.reply_box = ReplyBox(self.content)
        self.reply_box.send_requested.connect(self._send)
        layout.addWidget(self.reply_box)
        # The parts' widgets, as the main window and the tests reach them.
        self.subject_label = self.header.subject_label
        self.case_label = self.header.case_label
        self.plan_label = self.header.plan_label
        self.licence_label = self.header.licence_label
        self.status_combo = self.header.status_combo
        self.severity_combo = self.header.severity_combo
        self.assignee_label = self.header.assignee_label
        self.due_label = self.header.due_label
        self.reply_edit = self.reply_box.reply_edit
        self.send_button = self.reply_box.send_button
        self.note_button = self.reply_box.note_button

        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(CLOCK_REFRESH_MS)
        self._clock_timer.timeout.connect(self._show_clock)
        self._show_empty(self.tr("No case selected."))

    # -- building -----------------------------------------------------------------------

    def _build_empty_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        self.empty_label = plain(QLabel(page))
        self.empty_label.setProperty("muted", True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)
        self.retry_button = QPushButton(self.tr("Try again"), page)
        self.retry_button.setIcon(action_icon("refresh"))
        self.retry_button.clicked.connect(self.reload)
        self.retry_button.hide()
        layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    # -- public -------------------------------------------------------------------------

    @property
    def number(self) -> int | None:
        """The number of the case shown (or being loaded)."""
        return self._number

    @property
    def detail(self) -> CaseDetail | None:
        """The case as last loaded."""
        return self._detail

    def show_case(self, number: int) -> None:
        """Show case ``number``; the reply box swaps to that case's draft at once."""
        if number == self._number:
            self.reload()
            return
        if self._number is not None:
            self._keep_draft()
        self._number = number
        self._detail = None
        self._programme = None
        self._clock_timer.stop()
        self.conflict_banner.clear()
        self._clear_message()
        self._filling = True
        self.reply_edit.setPlainText(self._drafts.get(number, ""))
        self._filling = False
        self.reply_box.show_case(None)
        self._set_sending_state()
        self.timeline.scroll_to_end = True
        self._show_empty(self.tr("Loading case #{number}…").format(number=number))
        self._load()

    def reload(self) -> None:
        """Read the shown case again (the reply box is left alone)."""
        if self._number is None:
            return
        self._load()

    def on_changes(self, changes: tuple[Change, ...]) -> None:
        """Live news: reload quietly when someone else changed the shown case."""
        if self._detail is None:
            return
        if changed_by_others(changes, self._detail.summary.id, self._session.user.id):
            self.reload()

    def focus_reply(self) -> None:
        """Put the keyboard in the reply box (the main window's shortcut)."""
        if self.stack.currentWidget() is self.content:
            self.reply_edit.setFocus()
        else:
            self.setFocus()

    def draft(self, number: int) -> str:
        """The half-written reply kept for case ``number``."""
        if number == self._number:
            return self.reply_edit.toPlainText()
        return self._drafts.get(number, "")

    # -- loading --------------------------------------------------------------------------

    def _load(self) -> None:
        self._loads.request()

    async def _load_case(self) -> None:
        """One load at a time; a load asked for meanwhile makes this answer stale."""
        number = self._number
        assert number is not None
        try:
            detail, programme = await self._session.call(fetch_case, self._session.services, number)
        except Exception as error:
            if not self._loads.again:
                self._load_failed(error)
            return
        if self._loads.again or detail.summary.number != self._number:
            return
        self._detail, self._programme = detail, programme
        self.conflict_banner.clear()
        if self.message_label.property("loading_error"):
            self._clear_message()
        self.stack.setCurrentWidget(self.content)
        self.header.fill(detail, self._programme, self._now())
        self.reply_box.show_case(detail)
        self._set_sending_state()
        self.timeline.show_detail(detail)
        self._show_clock()
        self._clock_timer.start()
        self.detail_loaded.emit(detail)

    def _load_failed(self, error: BaseException) -> None:
        text = self._error_text(error, self.tr("The case could not be loaded"))
        if self._detail is None:
            self._show_empty(text, retry=True)
        else:
            self._show_message(text)
            self.message_label.setProperty("loading_error", True)

    def _show_empty(self, text: str, retry: bool = False) -> None:
        self.empty_label.setText(text)
        self.retry_button.setVisible(retry)
        self.stack.setCurrentWidget(self.empty_page)

    # -- header ---------------------------------------------------------------------------

    def _fill_combos(self, case: CaseSummary) -> None:
        self.header.fill_combos(case)
        self._set_sending_state()

    def _now(self) -> datetime:
        return self._session.services.clock()

    def _show_clock(self) -> None:
        if self._detail is not None:
            self.header.show_clock(self._detail.summary, self._programme, self._now())

    # -- sending ----------------------------------------------------------------------------

    def send_reply(self) -> None:
        """Send the box's text to the customer."""
        self._send(MessageKind.REPLY)

    def send_note(self) -> None:
        """Add the box's text as an internal note."""
        self._send(MessageKind.NOTE)

    def _send(self, kind: MessageKind) -> None:
        number = self._number
        text = self.reply_edit.toPlainText()
        if number is None or self._detail is None or self._sending is not None:
            return
        if not text.strip():
            self._show_message(self.tr("Write something first."), error=False)
            return
        self._clear_message()
        self._sending = number
        self._set_sending_state()
        start(self._send_text(kind, number, text))

    async def _send_text(self, kind: MessageKind, number: int, text: str) -> None:
        talk = self._session.services.talk
        work = talk.reply if kind is MessageKind.REPLY else talk.note
        try:
            await self._session.call(work, number, text, self._session.user.name)
        except Exception as error:
            if number != self._number:
                return
            if is_connection_error(error):
                self._show_message(self.tr("Not sent — the database is unreachable; your text is kept."))
            else:
                self._show_message(self._error_text(error, self.tr("Not sent")))
            return
        finally:
            self._sending = None
            self._set_sending_state()
        self._drafts.pop(number, None)
        if number == self._number:
            self._filling = True
            self.reply_edit.clear()
            self._filling = False
            self.timeline.scroll_to_end = True
            self.reload()
        self._set_sending_state()
        self.case_changed.emit(number)

    def _set_sending_state(self) -> None:
        busy = self._sending is not None and self._sending == self._number
        self.reply_edit.setReadOnly(busy)
        self.send_button.setEnabled(not busy)
        self.note_button.setEnabled(not busy)
        case = None if self._detail is None else self._detail.summary
        editable = case is not None and not self._editing
        self.status_combo.setEnabled(editable and self.status_combo.count() > 1)
        self.severity_combo.setEnabled(editable and case is not None and case.status.is_open)
        closed = case is not None and case.status is CaseStatus.CLOSED
        self.send_button.setEnabled(not busy and not closed)
        self.send_button.setToolTip(
            self.tr("The case is closed; only internal notes can be added")
            if closed
            else self.tr("Send to the customer ({0})").format(keys_text("Ctrl+Enter"))
        )

    def _keep_draft(self) -> None:
        if self._number is None:
            return
        text = self.reply_edit.toPlainText()
        if text:
            self._drafts[self._number] = text
        else:
            self._drafts.pop(self._number, None)

    # -- the timeline's links --------------------------------------------------------------

    def _send_again(self, email_id: int) -> None:
        if self._number is not None:
            self._clear_message()
            start(self._send_mail_again(self._number, email_id))

    async def _send_mail_again(self, number: int, email_id: int) -> None:
        work = partial(self._session.services.outbox.send_again, email_id, agent=self._session.user.name)
        try:
            await self._session.call(work)
        except Exception as error:
            if number == self._number:
                self._show_message(self._error_text(error, self.tr("Not sent again")))
            return
        if number == self._number:
            self._show_message(self.tr("The message is queued to be sent again."), error=False)
            self.reload()
        self.case_changed.emit(number)

    def _save_attachment(self, attachment_id: int) -> None:
        number, detail = self._number, self._detail
        if number is None or detail is None:
            return
        name = next(
            (
                file.filename
                for message in detail.messages
                if message.email is not None
                for file in message.email.attachments
                if file.id == attachment_id
            ),
            "attachment",
        )
        proposed = str(Path(save_folder()) / safe_file_name(name))
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save attachment"), proposed)
        if not path:
            return
        self._clear_message()
        start(self._write_attachment(number, attachment_id, path))

    async def _write_attachment(self, number: int, attachment_id: int, path: str) -> None:
        try:
            await self._session.call(save_attachment, self._session.services, number, attachment_id, path)
        except Exception as error:
            if number == self._number:
                why = error.strerror if isinstance(error, OSError) and error.strerror else None
                if why is None:
                    self._show_message(self._error_text(error, self.tr("The file was not saved")))
                else:
                    self._show_message(
                        as_sentence(self.tr("The file was not saved: {why}").format(why=why.lower()))
                    )
            return
        if number == self._number:
            self._show_message(self.tr("Saved as {path}").format(path=path), error=False)

    # -- status and severity -----------------------------------------------------------------

    def _status_picked(self, status: CaseStatus) -> None:
        if self._detail is not None:
            self._edit(self._session.services.cases.change_status, status)

    def _severity_picked(self, severity: Severity) -> None:
        if self._detail is not None:
            self._edit(self._session.services.cases.change_severity, severity)

    def _edit(self, work: Callable[..., CaseSummary], value: object) -> None:
        assert self._detail is not None
        self._editing = True
        self._set_sending_state()
        self._clear_message()
        start(self._save_edit(work, self._detail.summary, value))

    async def _save_edit(self, work: Callable[..., CaseSummary], shown: CaseSummary, value: object) -> None:
        edit = partial(
            work, shown.number, value, actor=self._session.user.name, expected_version=shown.version
        )
        try:
            await self._session.call(edit)
        except Exception as error:
            self._editing = False
            if self._detail is not None and shown.number == self._number:
                self._fill_combos(self._detail.summary)  # back to what is stored
            else:
                self._set_sending_state()
            if shown.number != self._number:
                return
            if isinstance(error, Conflict):
                self.show_conflict(shown, error.current)
            elif is_connection_error(error):
                self._show_message(self.tr("Not saved — the database is unreachable."))
            else:
                self._show_message(self._error_text(error, self.tr("Not saved")))
            return
        self._editing = False
        self._set_sending_state()
        if shown.number == self._number:
            self.reload()
        self.case_changed.emit(shown.number)

    def show_conflict(self, shown: CaseSummary, current: CaseSummary | None) -> None:
        """The inline "changed by someone else" banner with what differs, and Reload."""
        differences = [] if current is None else self._differences(shown, current)
        if differences:
            text = self.tr("Changed by someone else: {list}").format(list="; ".join(differences))
        else:
            text = self.tr("Changed by someone else in the meantime.")
        self.conflict_banner.show_message(text, self.tr("Reload"), self.reload)

    def _differences(self, shown: CaseSummary, current: CaseSummary) -> list[str]:
        now = self._now()
        found = []
        if shown.subject != current.subject:
            found.append(self.tr("subject “{old}” → “{new}”").format(old=shown.subject, new=current.subject))
        if shown.status is not current.status:
            found.append(
                self.tr("status {old} → {new}").format(
                    old=status_text(shown.status), new=status_text(current.status)
                )
            )
        if shown.severity is not current.severity:
            found.append(
                self.tr("severity {old} → {new}").format(old=int(shown.severity), new=int(current.severity))
            )
        if shown.assignee_id != current.assignee_id:
            nobody = self.tr("nobody")
            found.append(
                self.tr("assignee {old} → {new}").format(
                    old=shown.assignee_name or nobody, new=current.assignee_name or nobody
                )
            )
        if shown.due_at != current.due_at:
            none = self.tr("none")
            found.append(
                self.tr("due {old} → {new}").format(
                    old=none if shown.due_at is None else day_time_text(shown.due_at, now),
                    new=none if current.due_at is None else day_time_text(current.due_at, now),
                )
            )
        if shown.version != current.version:
            found.append(self.tr("version {old} → {new}").format(old=shown.version, new=current.version))
        return found

    # -- messages ------------------------------------------------------------------------------

    def _error_text(self, error: BaseException, doing: str) -> str:
        if is_connection_error(error):
            return self.tr("{doing} — the database is unreachable.").format(doing=doing)
        if isinstance(error, ServiceError):
            return as_sentence(self.tr("{doing}: {why}").format(doing=doing, why=error_text(error)))
        log.error("case view: unexpected error", exc_info=error)
        return self.tr("{doing}: unexpected error ({why}).").format(doing=doing, why=type(error).__name__)

    def _show_message(self, text: str, error: bool = True) -> None:
        self.message_label.setProperty("loading_error", False)
        set_tone(self.message_label, "breached" if error else "muted")
        self.message_label.setText(text)
        self.message_label.show()

    def _clear_message(self) -> None:
        self.message_label.setProperty("loading_error", False)
        self.message_label.clear()
        self.message_label.hide()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._detail is not None:
            self.timeline.show_detail(self._detail)
