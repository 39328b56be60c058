"""One case on screen: a header with the account's plan, entitlements, licences,
editable status and severity and the first-response clock; the timeline of
messages and audit events in time order; and the reply box, whose half-written
text is kept per case. All database work goes through :meth:`ConsoleSession.run`;
concurrent edits by other consoles show as an inline conflict banner, never as a
silent overwrite, and never cost the agent's draft."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial

from PySide6.QtCore import QDate, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from console.domain.cases import AuthorKind, CaseStatus, CaseSummary, MessageKind, allowed_moves
from console.domain.plans import Entitlements, Severity, entitlements_of
from console.logs import get_logger
from console.services.bundle import ConsoleServices
from console.services.errors import Conflict, ServiceError
from console.services.infrastructure.feed import Change, changed_by_others
from console.services.infrastructure.programme import Programme
from console.services.readmodels.queue import clock_reader
from console.services.readmodels.snapshots import CaseDetail, EventView, MessageView
from console.sla.clock import ClockReading, ClockState
from ui.case.rich_text import escaped
from ui.errors import error_text
from ui.handlers import OneAtATime, start
from ui.session import ConsoleSession, is_connection_error
from ui.theme import Theme, current_theme, legible, mix, set_tone
from ui.widgets.banner import Banner
from ui.widgets.time_text import (
    clock_text,
    day_heading_text,
    day_time_text,
    due_time_text,
    duration_text,
    local_datetime,
)

log = get_logger(__name__)

CLOCK_REFRESH_MS = 30_000
# Audit actions that merely repeat a message the timeline already shows.
_MESSAGE_ACTIONS = frozenset({"reply", "note", "chat", "customer_reply"})


def fetch_case(services: ConsoleServices, number: int) -> tuple[CaseDetail, Programme]:
    """Worker-thread work: the case whole, and the programme its clock is read with."""
    detail = services.cases.detail(number)
    with services.db.read() as session:
        programme = services.loader.load(session)
    return detail, programme


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
        self._scroll_to_end = True
        self._pinned = True
        self._replacing = False

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
        layout.addWidget(self._build_header())
        self.conflict_banner = Banner(self.content)
        layout.addWidget(self.conflict_banner)
        self.message_label = QLabel(self.content)
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        layout.addWidget(self.message_label)
        self.timeline = QTextBrowser(self.content)
        self.timeline.setOpenLinks(False)
        self.timeline.setPlaceholderText(self.tr("Nothing has happened on this case yet."))
        layout.addWidget(self.timeline, 1)
        self.timeline.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.timeline.verticalScrollBar().rangeChanged.connect(self._range_changed)
        layout.addWidget(self._build_reply_box())

        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(CLOCK_REFRESH_MS)
        self._clock_timer.timeout.connect(self._show_clock)
        self._show_empty(self.tr("No case selected."))

    # -- building -----------------------------------------------------------------------

    def _build_empty_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        self.empty_label = QLabel(page)
        self.empty_label.setProperty("muted", True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)
        self.retry_button = QPushButton(self.tr("Try again"), page)
        self.retry_button.clicked.connect(self.reload)
        self.retry_button.hide()
        layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    def _build_header(self) -> QFrame:
        card = QFrame(self.content)
        card.setProperty("card", True)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(4)

        self.subject_label = QLabel(card)
        self.subject_label.setProperty("heading", True)
        self.subject_label.setWordWrap(True)
        self.subject_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.subject_label)
        self.case_label = QLabel(card)
        self.case_label.setWordWrap(True)
        self.case_label.setProperty("muted", True)
        self.case_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.case_label)
        self.plan_label = QLabel(card)
        self.plan_label.setWordWrap(True)
        layout.addWidget(self.plan_label)
        self.licence_label = QLabel(card)
        self.licence_label.setProperty("muted", True)
        self.licence_label.setWordWrap(True)
        layout.addWidget(self.licence_label)

        fields = QGridLayout()
        fields.setContentsMargins(0, 6, 0, 0)
        fields.setHorizontalSpacing(8)
        fields.setVerticalSpacing(6)
        self.status_combo = QComboBox(card)
        self.status_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status_combo.setToolTip(self.tr("Only the moves the case may make from its status are listed"))
        self.status_combo.currentIndexChanged.connect(self._status_picked)
        self.severity_combo = QComboBox(card)
        self.severity_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for severity in Severity:
            self.severity_combo.addItem(self._severity_text(severity), int(severity))
        self.severity_combo.currentIndexChanged.connect(self._severity_picked)
        self.assignee_label = QLabel(card)
        self.assignee_label.setWordWrap(True)
        self.due_label = QLabel(card)
        self.due_label.setWordWrap(True)
        status_caption = self._caption(self.tr("Status"), card)
        status_caption.setBuddy(self.status_combo)
        severity_caption = self._caption(self.tr("Severity"), card)
        severity_caption.setBuddy(self.severity_combo)
        fields.addWidget(status_caption, 0, 0)
        fields.addWidget(self.status_combo, 0, 1)
        fields.addWidget(severity_caption, 0, 2)
        fields.addWidget(self.severity_combo, 0, 3)
        # The assignee on a row of its own: beside the two combos it made the case
        # pane 600 px wide at least, too wide beside the queue on a 1280 px laptop.
        assignee_caption = self._caption(self.tr("Assignee"), card)
        fields.addWidget(assignee_caption, 1, 0)
        fields.addWidget(self.assignee_label, 1, 1, 1, 4)
        fields.addWidget(self._caption(self.tr("First response"), card), 2, 0)
        fields.addWidget(self.due_label, 2, 1, 1, 4)
        fields.setColumnStretch(4, 1)
        severity_caption.setContentsMargins(14, 0, 0, 0)
        layout.addLayout(fields)
        return card

    def _caption(self, text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setProperty("muted", True)
        return label

    def _build_reply_box(self) -> QWidget:
        box = QWidget(self.content)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.reply_edit = QPlainTextEdit(box)
        self.reply_edit.setPlaceholderText(self.tr("Write a reply to the customer, or an internal note…"))
        self.reply_edit.setTabChangesFocus(True)
        self.reply_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 18)
        layout.addWidget(self.reply_edit)
        row = QHBoxLayout()
        row.setSpacing(8)
        hint = QLabel(self.tr("Ctrl+Enter sends · Ctrl+Shift+Enter adds a note"), box)
        hint.setWordWrap(True)  # wraps rather than widening a narrow case pane
        hint.setProperty("muted", True)
        row.addWidget(hint, 1)
        self.note_button = QPushButton(self.tr("Add internal note"), box)
        self.note_button.setToolTip(self.tr("Only agents see internal notes (Ctrl+Shift+Enter)"))
        self.note_button.clicked.connect(self.send_note)
        self.send_button = QPushButton(self.tr("Send reply"), box)
        self.send_button.setProperty("primary", True)
        self.send_button.setToolTip(self.tr("Send to the customer (Ctrl+Enter)"))
        self.send_button.clicked.connect(self.send_reply)
        row.addWidget(self.note_button)
        row.addWidget(self.send_button)
        layout.addLayout(row)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            ("Ctrl+Return", self.send_reply),
            ("Ctrl+Enter", self.send_reply),
            ("Ctrl+Shift+Return", self.send_note),
            ("Ctrl+Shift+Enter", self.send_note),
        ):
            shortcut = QShortcut(QKeySequence(keys), box)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)
        return box

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
        self._set_sending_state()
        self._scroll_to_end = True
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
        self._fill_header(detail)
        self._fill_timeline(detail)
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

    def _entitlements(self, detail: CaseDetail) -> Entitlements:
        plan = detail.summary.plan
        if self._programme is not None and plan in self._programme.entitlements:
            return self._programme.entitlements[plan]
        return entitlements_of(plan)

    def _fill_header(self, detail: CaseDetail) -> None:
        case = detail.summary
        account = detail.account
        self.subject_label.setText(case.subject)
        parts = [self.tr("Case #{number}").format(number=case.number), account.name]
        if detail.contact is not None:
            parts.append(
                self.tr("{name} <{email}>").format(name=detail.contact.name, email=detail.contact.email)
            )
        parts.append(self.tr("opened {when}").format(when=day_time_text(case.opened_at, self._now())))
        self.case_label.setText(" · ".join(parts))

        rights = self._entitlements(detail)
        plan_parts = [f"<b>{escaped(case.plan.label)}</b>"]
        plan_parts.append(self.tr("live chat") if rights.live_chat else self.tr("no live chat"))
        if rights.priority_queueing:
            plan_parts.append(self.tr("priority queueing"))
        if rights.dedicated_tam:
            tam = account.tam_name or self.tr("not assigned")
            plan_parts.append(escaped(self.tr("TAM: {name}").format(name=tam)))
        if account.plan is not case.plan:
            plan_parts.append(escaped(self.tr("account now on {plan}").format(plan=account.plan.label)))
        self.plan_label.setText(" · ".join(plan_parts))
        self.plan_label.setTextFormat(Qt.TextFormat.RichText)

        licences = []
        if account.early_adopter and rights.early_adopter_products:
            licences.append(self.tr("Early adopter products"))
        if account.trial_until is not None and rights.non_production_trial:
            trial = account.trial_until
            until = self.locale().toString(QDate(trial.year, trial.month, trial.day), "d MMM yyyy")
            licences.append(self.tr("non-production trial until {date}").format(date=until))
        self.licence_label.setText(self.tr("Licences: {list}").format(list=", ".join(licences)))
        self.licence_label.setVisible(bool(licences))

        self._fill_combos(case)
        self.assignee_label.setText(case.assignee_name or self.tr("Unassigned — in the queue"))

    def _fill_combos(self, case: CaseSummary) -> None:
        self._filling = True
        try:
            self.status_combo.clear()
            choices = [s for s in CaseStatus if s is case.status or s in allowed_moves(case.status)]
            for status in choices:
                self.status_combo.addItem(status.label, status.value)
            self.status_combo.setCurrentIndex(choices.index(case.status))
            self.severity_combo.setCurrentIndex(self.severity_combo.findData(int(case.severity)))
        finally:
            self._filling = False
        self._set_sending_state()

    def _severity_text(self, severity: Severity) -> str:
        return self.tr("{number} {name}").format(number=int(severity), name=severity.label)

    def _now(self) -> datetime:
        return self._session.services.clock()

    def _reading(self) -> ClockReading | None:
        if self._detail is None or self._programme is None:
            return None
        return clock_reader(self._programme, self._now())(self._detail.summary)

    def _show_clock(self) -> None:
        detail = self._detail
        if detail is None:
            return
        case = detail.summary
        now = self._now()
        if case.category.is_paid_add_on or case.due_at is None:
            self.due_label.setText(
                self.tr("{category} · paid add-on · no SLA").format(category=case.category.value.capitalize())
            )
            set_tone(self.due_label, "muted")
            return
        reading = self._reading()
        zone = None if self._programme is None else self._programme.calendar.zone
        due = due_time_text(case.due_at, now, zone)
        if reading is None:
            self.due_label.setText(self.tr("due {when}").format(when=due))
            set_tone(self.due_label, "text")
            return
        if reading.state is ClockState.MET:
            assert reading.responded_at is not None
            text = self.tr("answered {when} · met (was due {due})").format(
                when=day_time_text(reading.responded_at, now), due=due
            )
        elif reading.responded_at is not None:
            text = self.tr("answered {when} · late by {late} (operational; was due {due})").format(
                when=day_time_text(reading.responded_at, now),
                late=duration_text(-reading.remaining_seconds),
                due=due,
            )
        elif reading.state is ClockState.BREACHED:
            text = self.tr("was due {due} · {late} overdue (operational)").format(
                due=due, late=duration_text(-reading.remaining_seconds)
            )
        else:
            text = self.tr("due {due} · {left} left (operational)").format(
                due=due, left=duration_text(reading.remaining_seconds)
            )
        if reading.resumes_at is not None and reading.responded_at is None:
            text += self.tr(" · paused — resumes {when}").format(
                when=due_time_text(reading.resumes_at, now, zone)
            )
        self.due_label.setText(text)
        set_tone(self.due_label, "text" if reading.state is ClockState.RUNNING else reading.state.value)

    # -- timeline -------------------------------------------------------------------------

    def _fill_timeline(self, detail: CaseDetail) -> None:
        """Replace the timeline; stay at the end if the reader was there, else keep
        their place."""
        bar = self.timeline.verticalScrollBar()
        pinned = self._scroll_to_end or self._pinned
        position = bar.value()
        self._replacing = True
        try:
            self.timeline.setHtml(self._timeline_html(detail, current_theme()))
        finally:
            self._replacing = False
        self._scroll_to_end = False
        self._pinned = pinned
        bar.setValue(bar.maximum() if pinned else min(position, bar.maximum()))

    def _scrolled(self, value: int) -> None:
        if not self._replacing:
            self._pinned = value >= self.timeline.verticalScrollBar().maximum() - 4

    def _range_changed(self, _minimum: int, maximum: int) -> None:
        """Keep a reader who is at the end there when the text grows or the view
        shrinks (a banner appears, the window is resized, the layout settles)."""
        if self._pinned and not self._replacing:
            self.timeline.verticalScrollBar().setValue(maximum)

    def _timeline_html(self, detail: CaseDetail, theme: Theme) -> str:
        items: list[tuple[datetime, int, int, MessageView | EventView]] = []
        for message in detail.messages:
            items.append((message.created_at, 1, message.id, message))
        for event in detail.events:
            if event.action in _MESSAGE_ACTIONS:
                continue
            items.append((event.at, 0 if event.action == "opened" else 2, event.id, event))
        items.sort(key=lambda item: (item[0], item[1], item[2]))
        parts: list[str] = []
        day = None
        for at, _, _, item in items:
            today = local_datetime(at).date()
            if today != day:
                day = today
                parts.append(
                    f'<p align="center" style="color:{theme.muted}; font-size:small; '
                    f'margin-top:10px; margin-bottom:4px;">{escaped(day_heading_text(at))}</p>'
                )
            if isinstance(item, MessageView):
                parts.append(self._message_html(item, detail, theme))
            else:
                parts.append(self._event_html(item, theme))
        return "".join(parts)

    def _message_html(self, message: MessageView, detail: CaseDetail, theme: Theme) -> str:
        agent = message.author_kind is AuthorKind.AGENT
        if message.kind is MessageKind.NOTE:
            background, border = theme.banner, mix(theme.banner, theme.banner_text, 0.25)
            kind = f'<b style="color:{theme.banner_text};">{escaped(self.tr("Internal note"))}</b>'
            author = escaped(message.author_name)
        else:
            if agent:
                background = mix(theme.base, theme.accent, 0.1)
                border = mix(theme.base, theme.accent, 0.35)
            else:
                background, border = theme.base, theme.border
            if message.kind is MessageKind.CHAT:
                kind = escaped(self.tr("Live chat"))
            elif agent:
                kind = escaped(self.tr("Reply to customer"))
            else:
                kind = escaped(self.tr("Customer"))
            author = escaped(message.author_name)
        when = escaped(clock_text(message.created_at))
        # Muted, but readable on this bubble's tint (a plain muted grey is not, on
        # the light theme's blue or the note's yellow).
        muted = legible(theme.muted, background, theme.text)
        header = (
            f'<span style="color:{theme.text}; font-weight:600;">{author}</span>'
            f'<span style="color:{muted};"> · </span>{kind}'
            f'<span style="color:{muted};"> · {when}</span>'
        )
        if message.kind is not MessageKind.NOTE:
            header = header.replace(kind, f'<span style="color:{muted};">{kind}</span>', 1)
        return (
            f'<table width="100%" cellspacing="0" cellpadding="9" border="1" '
            f'style="border-style:solid; border-color:{border}; border-collapse:collapse; '
            f'background-color:{background}; margin-top:4px; margin-bottom:6px;">'
            f'<tr><td style="border-color:{border};">'
            f'<p style="margin:0; font-size:small;">{header}</p>'
            f'<p style="margin-top:4px; margin-bottom:0; color:{theme.text};">{escaped(message.body)}</p>'
            f"</td></tr></table>"
        )

    def _event_html(self, event: EventView, theme: Theme) -> str:
        when = escaped(clock_text(event.at))
        return (
            f'<p style="margin-top:2px; margin-bottom:2px; margin-left:4px; color:{theme.muted}; '
            f'font-size:small;">{when}&nbsp;&nbsp;{escaped(self._event_text(event))}</p>'
        )

    def _event_text(self, event: EventView) -> str:
        who = event.user_name
        old, new = event.old_value, event.new_value
        action = event.action
        if action == "opened":
            if who:
                return self.tr("{who} opened the case ({what})").format(who=who, what=new or "")
            return self.tr("Case opened ({what})").format(what=new or "")
        if action == "claimed":
            return self.tr("{who} claimed the case").format(who=who or self.tr("Someone"))
        if action == "assigned":
            if who and who != new:
                return self.tr("{who} assigned the case to {to}").format(who=who, to=new)
            return self.tr("Assigned to {to}").format(to=new)
        if action == "unassigned":
            return self.tr("{who} returned the case to the queue").format(who=who or self.tr("Someone"))
        if action == "status":
            change = self.tr("status {old} → {new}").format(old=_status_text(old), new=_status_text(new))
            if who:
                return self.tr("{who} changed {change}").format(who=who, change=change)
            return self.tr("Customer wrote back: {change}").format(change=change)
        if action == "severity":
            return self.tr("{who} changed severity {old} → {new}").format(
                who=who or self.tr("Someone"), old=old, new=new
            )
        if action == "due":
            return self.tr("First response now due {when}").format(when=_iso_text(new, self._now()))
        if action == "first_response":
            if new == "met":
                return self.tr("First response by {who} — in time").format(who=who or self.tr("an agent"))
            return self.tr("First response by {who} — late").format(who=who or self.tr("an agent"))
        detail = f" ({old} → {new})" if old or new else ""
        return f"{who or self.tr('System')}: {action.replace('_', ' ')}{detail}"

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
            self._scroll_to_end = True
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
            else self.tr("Send to the customer (Ctrl+Enter)")
        )

    def _keep_draft(self) -> None:
        if self._number is None:
            return
        text = self.reply_edit.toPlainText()
        if text:
            self._drafts[self._number] = text
        else:
            self._drafts.pop(self._number, None)

    # -- status and severity -----------------------------------------------------------------

    def _status_picked(self, index: int) -> None:
        if self._filling or self._detail is None or index < 0:
            return
        status = CaseStatus(self.status_combo.itemData(index))
        if status is self._detail.summary.status:
            return
        self._edit(self._session.services.cases.change_status, status)

    def _severity_picked(self, index: int) -> None:
        if self._filling or self._detail is None or index < 0:
            return
        severity = Severity(self.severity_combo.itemData(index))
        if severity is self._detail.summary.severity:
            return
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
                    old=_status_text(shown.status), new=_status_text(current.status)
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
            return self.tr("{doing}: {why}").format(doing=doing, why=error_text(error))
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
            self._fill_timeline(self._detail)


def _status_text(value: CaseStatus | str | None) -> str:
    if value is None:
        return "—"
    try:
        status = value if isinstance(value, CaseStatus) else CaseStatus(value)
    except ValueError:
        return str(value)
    return status.label.lower()


def _iso_text(value: str | None, now: datetime) -> str:
    if not value:
        return "—"
    try:
        return day_time_text(datetime.fromisoformat(value), now)
    except ValueError:
        return value
