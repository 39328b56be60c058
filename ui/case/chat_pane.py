"""Live chat with the customer of the shown case: the chat transcript as compact
bubbles (customer left, agent right), the unread marker, how long the customer has
been waiting for an answer, and a composer where Enter sends and Shift+Enter starts
a new line. Plans without live chat get a calm explanation instead of a composer.
All database work is awaited from the session's worker (:meth:`ConsoleSession.call`)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from console.domain.cases import AuthorKind, CaseStatus, CaseSummary, MessageKind
from console.domain.plans import entitlements_of
from console.logs import get_logger
from console.services.errors import ServiceError
from console.services.infrastructure.feed import Change, changed_by_others
from console.services.readmodels.snapshots import CaseDetail, MessageView
from ui.case.rich_text import escaped
from ui.errors import error_text
from ui.handlers import OneAtATime, start
from ui.session import ConsoleSession, is_connection_error
from ui.theme import Theme, current_theme, mix, set_tone
from ui.widgets.plain_text import plain
from ui.widgets.time_text import clock_text, day_heading_text, duration_text, local_datetime

log = get_logger(__name__)


class ChatPane(QWidget):
    """The live chat of one case; :meth:`show_case` or :meth:`show_detail` picks it."""

    chat_sent = Signal(int)  # case number, after an agent chat message was stored

    def __init__(self, session: ConsoleSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._number: int | None = None
        self._detail: CaseDetail | None = None
        self._drafts: dict[int, str] = {}
        self._loads = OneAtATime(self._load_chat)
        self._sending = False
        self._marking = False
        self._scroll_to_end = True

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(8)
        header = QHBoxLayout()
        header.setSpacing(8)
        self.title_label = QLabel(self.tr("Live chat"), self)
        self.title_label.setStyleSheet("font-weight: 600;")
        self.unread_label = QLabel(self)
        self.unread_label.setProperty("badge", True)  # coloured by the theme's style sheet
        self.unread_label.setStyleSheet("font-size: 9pt;")
        self.unread_label.hide()
        self.waiting_label = QLabel(self)
        self.waiting_label.setStyleSheet("font-weight: 600;")
        self.waiting_label.hide()
        header.addWidget(self.title_label)
        header.addWidget(self.unread_label)
        header.addStretch(1)
        header.addWidget(self.waiting_label)
        layout.addLayout(header)

        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack, 1)
        self.empty_label = self._centered_label(self.tr("No case selected."))
        self.not_entitled_label = self._centered_label("")
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.not_entitled_label)
        self.stack.addWidget(self._build_chat_page())

        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._show_waiting)
        self.stack.setCurrentWidget(self.empty_label)

    def _centered_label(self, text: str) -> QLabel:
        label = plain(QLabel(text, self))
        label.setProperty("muted", True)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setContentsMargins(24, 24, 24, 24)
        return label

    def _build_chat_page(self) -> QWidget:
        page = QWidget(self)
        self.chat_page = page
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.transcript = QTextBrowser(page)
        self.transcript.setOpenLinks(False)
        self.transcript.document().setDocumentMargin(8)
        self.transcript.installEventFilter(self)
        layout.addWidget(self.transcript, 1)
        self.message_label = plain(QLabel(page))
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        layout.addWidget(self.message_label)
        self.composer = QPlainTextEdit(page)
        self.composer.setPlaceholderText(self.tr("Message the customer…"))
        self.composer.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 20)
        self.composer.installEventFilter(self)
        layout.addWidget(self.composer)
        self.hint_label = QLabel(self.tr("Enter sends · Shift+Enter starts a new line"), page)
        self.hint_label.setProperty("muted", True)
        layout.addWidget(self.hint_label)
        return page

    # -- public -------------------------------------------------------------------------

    @property
    def number(self) -> int | None:
        return self._number

    @property
    def has_composer(self) -> bool:
        """Whether the shown case can be chatted on (its plan includes live chat)."""
        return self.stack.currentWidget() is self.chat_page

    def show_case(self, number: int) -> None:
        """Show the chat of case ``number``, loading it."""
        if number != self._number:
            self._switch_to(number)
            self.stack.setCurrentWidget(self.empty_label)
            self.empty_label.setText(self.tr("Loading…"))
        self._load()

    def show_detail(self, detail: CaseDetail) -> None:
        """Show the chat of a case already loaded (by the case view, say)."""
        if detail.summary.number != self._number:
            self._switch_to(detail.summary.number)
        self._apply(detail)

    def reload(self) -> None:
        if self._number is not None:
            self._load()

    def on_changes(self, changes: tuple[Change, ...]) -> None:
        """Live news: re-read the transcript when someone else touched the shown case."""
        if self._detail is None:
            return
        if changed_by_others(changes, self._detail.summary.id, self._session.user.id):
            self.reload()

    def focus_composer(self) -> None:
        """Put the keyboard in the composer (which also marks the chat read)."""
        if self.has_composer:
            self.composer.setFocus()
        else:
            self.setFocus()

    def send(self) -> None:
        """Send the composer's text as an agent chat message."""
        number, text = self._number, self.composer.toPlainText()
        if number is None or self._sending or not self.has_composer or not text.strip():
            return
        self._sending = True
        self.composer.setEnabled(False)
        self._clear_message()
        start(self._send_text(number, text))

    async def _send_text(self, number: int, text: str) -> None:
        talk = self._session.services.talk
        try:
            summary = await self._session.call(talk.agent_chat, number, text, self._session.user.name)
        except Exception as error:
            if number == self._number:
                if is_connection_error(error):
                    self._show_message(self.tr("Not sent — the database is unreachable; your text is kept."))
                else:
                    self._show_message(self._error_text(error, self.tr("Not sent")))
                self.composer.setFocus()
            return
        finally:
            self._sending = False
            self.composer.setEnabled(True)
        self._drafts.pop(number, None)
        if number == self._number:
            self.composer.clear()
            self.composer.setFocus()
            self._scroll_to_end = True
            self._take_summary(summary)
            self.reload()
        self.chat_sent.emit(number)

    # -- loading --------------------------------------------------------------------------

    def _switch_to(self, number: int) -> None:
        if self._number is not None:
            text = self.composer.toPlainText()
            if text:
                self._drafts[self._number] = text
            else:
                self._drafts.pop(self._number, None)
        self._number = number
        self._detail = None
        self._scroll_to_end = True
        self.composer.setPlainText(self._drafts.get(number, ""))
        self.composer.setEnabled(not self._sending)
        self._clear_message()
        self._show_waiting()
        self._show_unread()

    def _load(self) -> None:
        self._loads.request()

    async def _load_chat(self) -> None:
        """One load at a time; a load asked for meanwhile makes this answer stale."""
        number = self._number
        assert number is not None
        try:
            detail = await self._session.call(self._session.services.cases.detail, number)
        except Exception as error:
            if not self._loads.again:
                self._load_failed(error)
            return
        if not self._loads.again and detail.summary.number == self._number:
            self._apply(detail)

    def _load_failed(self, error: BaseException) -> None:
        text = self._error_text(error, self.tr("The chat could not be loaded"))
        if self._detail is None:
            self.empty_label.setText(text)
            self.stack.setCurrentWidget(self.empty_label)
        else:
            self._show_message(text)

    def _apply(self, detail: CaseDetail) -> None:
        self._detail = detail
        case = detail.summary
        if not entitlements_of(case.plan).live_chat:
            self.not_entitled_label.setText(
                self.tr(
                    "Live chat is not part of the {plan} plan.\n\n"
                    "Answer this customer with a public reply on the case."
                ).format(plan=case.plan.label)
            )
            self.stack.setCurrentWidget(self.not_entitled_label)
            self._tick.stop()
            self.waiting_label.hide()
            self.unread_label.hide()
            return
        self.stack.setCurrentWidget(self.chat_page)
        self._fill_transcript(detail)
        closed = case.status is CaseStatus.CLOSED
        self.composer.setReadOnly(closed)
        self.composer.setPlaceholderText(
            self.tr("The case is closed; the chat is read-only.")
            if closed
            else self.tr("Message the customer…")
        )
        self._show_waiting()
        self._show_unread()
        if self.isVisible() and self.window().isActiveWindow():
            self._mark_read()

    # -- transcript --------------------------------------------------------------------------

    def _fill_transcript(self, detail: CaseDetail) -> None:
        bar = self.transcript.verticalScrollBar()
        at_end = self._scroll_to_end or bar.value() >= bar.maximum() - 4
        position = bar.value()
        self.transcript.setHtml(self._transcript_html(detail, current_theme()))
        bar.setValue(bar.maximum() if at_end else min(position, bar.maximum()))
        self._scroll_to_end = False

    def _transcript_html(self, detail: CaseDetail, theme: Theme) -> str:
        chats = [m for m in detail.messages if m.kind is MessageKind.CHAT]
        if not chats:
            return (
                f'<p align="center" style="color:{theme.muted}; margin-top:24px;">'
                f"{escaped(self.tr('No chat messages yet.'))}</p>"
            )
        parts = []
        previous: MessageView | None = None
        for message in chats:
            new_day = (
                previous is None
                or local_datetime(previous.created_at).date() != local_datetime(message.created_at).date()
            )
            if new_day:
                parts.append(
                    f'<p align="center" style="color:{theme.muted}; font-size:small; margin-top:6px; '
                    f'margin-bottom:2px;">{escaped(day_heading_text(message.created_at))}'
                    f"</p>"
                )
            same_author = (
                not new_day
                and previous is not None
                and previous.author_kind is message.author_kind
                and previous.author_name == message.author_name
            )
            parts.append(self._bubble_html(message, theme, show_author=not same_author))
            previous = message
        return "".join(parts)

    def _bubble_html(self, message: MessageView, theme: Theme, show_author: bool) -> str:
        agent = message.author_kind is AuthorKind.AGENT
        side = "right" if agent else "left"
        if agent:
            background = mix(theme.base, theme.accent, 0.2)
            border = mix(theme.base, theme.accent, 0.4)
        else:
            background = mix(theme.base, theme.text, 0.04)
            border = theme.border
        caption = escaped(clock_text(message.created_at))
        if show_author:
            caption = f"{escaped(message.author_name)} · {caption}"
        if message.entered_by is not None:
            caption += " · " + escaped(self.tr("entered by {agent}").format(agent=message.entered_by))
        return (
            f'<p align="{side}" style="margin-top:{8 if show_author else 2}px; margin-bottom:1px; '
            f'color:{theme.muted}; font-size:small;">{caption}</p>'
            f'<table align="{side}" cellspacing="0" cellpadding="7" border="1" '
            f'style="margin-{side}:2px; margin-{"left" if agent else "right"}:48px; '
            f"border-style:solid; border-color:{border}; border-collapse:collapse; "
            f'background-color:{background};">'
            f'<tr><td style="border-color:{border}; color:{theme.text};">{escaped(message.body)}</td></tr>'
            f"</table>"
        )

    # -- waiting and unread -----------------------------------------------------------------

    def _show_waiting(self) -> None:
        case = None if self._detail is None else self._detail.summary
        if case is None or case.waiting_since is None or not entitlements_of(case.plan).live_chat:
            self.waiting_label.hide()
            self._tick.stop()
            return
        seconds = int((self._session.services.clock() - case.waiting_since).total_seconds())
        self.waiting_label.setText(
            self.tr("Customer waiting {time}").format(time=duration_text(seconds, with_seconds=True))
        )
        set_tone(self.waiting_label, "at_risk")
        self.waiting_label.show()
        if not self._tick.isActive():
            self._tick.start()

    def _show_unread(self) -> None:
        count = 0 if self._detail is None else self._detail.summary.unread_chat
        if count <= 0:
            self.unread_label.hide()
            return
        self.unread_label.setText(self.tr("%n unread", "", count))
        self.unread_label.show()

    def _mark_read(self) -> None:
        if self._detail is None or self._marking or self._detail.summary.unread_chat <= 0:
            return
        if not self.has_composer:
            return
        self._marking = True
        start(self._mark_chat_read(self._detail.summary.number))

    async def _mark_chat_read(self, number: int) -> None:
        talk = self._session.services.talk
        try:
            summary = await self._session.call(talk.mark_chat_read, number, self._session.user.name)
        except Exception as error:
            log.warning("could not mark the chat read: %s", error)
            return
        finally:
            self._marking = False
        self._take_summary(summary)

    def _take_summary(self, summary: CaseSummary) -> None:
        if self._detail is not None and summary.number == self._number:
            self._detail = dataclasses.replace(self._detail, summary=summary)
            self._show_unread()
            self._show_waiting()

    # -- sending ------------------------------------------------------------------------------

    # -- events ----------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self._mark_read()
        elif watched is self.composer and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
                if modifiers == Qt.KeyboardModifier.ShiftModifier:
                    self.composer.insertPlainText("\n")
                    return True
                if modifiers == Qt.KeyboardModifier.NoModifier:
                    self.send()
                    return True
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._mark_read()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._detail is not None and self.has_composer:
            self._fill_transcript(self._detail)

    # -- messages ---------------------------------------------------------------------------------

    def _error_text(self, error: BaseException, doing: str) -> str:
        if is_connection_error(error):
            return self.tr("{doing} — the database is unreachable.").format(doing=doing)
        if isinstance(error, ServiceError):
            return self.tr("{doing}: {why}").format(doing=doing, why=error_text(error))
        log.error("chat pane: unexpected error", exc_info=error)
        return self.tr("{doing}: unexpected error ({why}).").format(doing=doing, why=type(error).__name__)

    def _show_message(self, text: str) -> None:
        set_tone(self.message_label, "breached")
        self.message_label.setText(text)
        self.message_label.show()

    def _clear_message(self) -> None:
        self.message_label.clear()
        self.message_label.hide()
