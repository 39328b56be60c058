"""A case's timeline: its messages and audit events in time order, as one
rich-text page grouped by day; a reader at the end stays there when the page is
replaced or grows, a reader further up keeps their place. A message that came or
went as email carries a small line with its addresses, where our mail stands
(queued, sending, sent, or failed in the server's words with a "Send again"
link), and its attachments as links to save them. The page's only links are the
console's own (``send-again:<email id>``, ``attachment:<id>``): outside text is
escaped, nothing remote is ever loaded, and a click is reported, not followed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from console.domain.cases import AuthorKind, CaseStatus, MessageKind
from console.services.readmodels.snapshots import (
    AttachmentView,
    CaseDetail,
    EmailView,
    EventView,
    MessageView,
)
from ui.case.rich_text import escaped
from ui.theme import Theme, current_theme, legible, mix
from ui.widgets.size_text import size_text
from ui.widgets.time_text import clock_text, day_heading_text, day_time_text, local_datetime
from ui.wording import status_label

# Audit actions that merely repeat a message the timeline already shows.
_MESSAGE_ACTIONS = frozenset({"reply", "note", "chat", "customer_reply"})
# The schemes of the console's own links in the page (nothing else is a link).
SEND_AGAIN = "send-again"
ATTACHMENT = "attachment"


class CaseTimeline(QTextBrowser):
    """The timeline of the shown case; ``now`` gives the clock times are read at.

    Signals: ``send_again_requested(int)`` with an email's id when the agent
    clicks "Send again" under a failed message, ``attachment_requested(int)``
    with an attachment's id when they click a file."""

    send_again_requested = Signal(int)
    attachment_requested = Signal(int)

    def __init__(self, now: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._now = now
        self.scroll_to_end = True  # the next page opens at its end (a new case, a sent reply)
        self._pinned = True
        self._replacing = False
        self.may_send_again = True  # whether failed mail offers "Send again"
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._link_clicked)
        self.setPlaceholderText(self.tr("Nothing has happened on this case yet."))
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.verticalScrollBar().rangeChanged.connect(self._range_changed)

    def show_detail(self, detail: CaseDetail) -> None:
        """Replace the timeline; stay at the end if the reader was there, else keep
        their place."""
        bar = self.verticalScrollBar()
        pinned = self.scroll_to_end or self._pinned
        position = bar.value()
        self._replacing = True
        try:
            self.setHtml(self._timeline_html(detail, current_theme()))
        finally:
            self._replacing = False
        self.scroll_to_end = False
        self._pinned = pinned
        bar.setValue(bar.maximum() if pinned else min(position, bar.maximum()))

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        # Nothing the page names is fetched: it holds no images of its own, and an
        # address smuggled into it must not make the console reach out.
        return None

    def _link_clicked(self, url: QUrl) -> None:
        scheme, _, rest = url.toString().partition(":")
        if not rest.isdigit():
            return
        if scheme == SEND_AGAIN:
            self.send_again_requested.emit(int(rest))
        elif scheme == ATTACHMENT:
            self.attachment_requested.emit(int(rest))

    def _scrolled(self, value: int) -> None:
        if not self._replacing:
            self._pinned = value >= self.verticalScrollBar().maximum() - 4

    def _range_changed(self, _minimum: int, maximum: int) -> None:
        """Keep a reader who is at the end there when the text grows or the view
        shrinks (a banner appears, the window is resized, the layout settles)."""
        if self._pinned and not self._replacing:
            self.verticalScrollBar().setValue(maximum)

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
        mail = message.email
        acknowledgement = (
            message.author_kind is AuthorKind.SYSTEM and mail is not None and mail.direction == "out"
        )
        if message.kind is MessageKind.NOTE:
            background, border = theme.banner, mix(theme.banner, theme.banner_text, 0.25)
            kind = f'<b style="color:{theme.banner_text};">{escaped(self.tr("Internal note"))}</b>'
            author = escaped(message.author_name)
        else:
            if agent:
                background = mix(theme.base, theme.accent, 0.1)
                border = mix(theme.base, theme.accent, 0.35)
            elif acknowledgement:
                background, border = theme.alternate, theme.border
            else:
                background, border = theme.base, theme.border
            if message.kind is MessageKind.CHAT:
                kind = escaped(self.tr("Live chat"))
            elif mail is not None and agent:
                kind = escaped(self.tr("Reply by email"))
            elif mail is not None and not acknowledgement:
                kind = escaped(self.tr("Email"))
            elif agent:
                kind = escaped(self.tr("Reply to customer"))
            else:
                kind = escaped(self.tr("Customer"))
            author = escaped(message.author_name)
            if acknowledgement and mail is not None:
                author = escaped(self._acknowledgement_text(mail.delivery))
            if message.entered_by is not None:
                # Said on the phone and typed in by an agent: both are named.
                kind = escaped(
                    self.tr("{kind}, entered by {agent}").format(kind=kind, agent=message.entered_by)
                )
        when = escaped(clock_text(message.created_at))
        # Muted, but readable on this bubble's tint (a plain muted grey is not, on
        # the light theme's blue or the note's yellow).
        muted = legible(theme.muted, background, theme.text)
        danger = legible(theme.breached, background, theme.text)
        link = legible(theme.accent, background, theme.text)
        header = (
            f'<span style="color:{theme.text}; font-weight:600;">{author}</span>'
            f'<span style="color:{muted};"> · </span>{kind}'
            f'<span style="color:{muted};"> · {when}</span>'
        )
        if message.kind is not MessageKind.NOTE:
            header = header.replace(kind, f'<span style="color:{muted};">{kind}</span>', 1)
        if acknowledgement:
            # The console's own mail: what it is says it all, no author and kind.
            header = (
                f'<span style="color:{theme.text}; font-weight:600;">{author}</span>'
                f'<span style="color:{muted};"> · {when}</span>'
            )
        if mail is not None and mail.automatic and not acknowledgement:
            marker = escaped(self.tr("automatic reply"))
            header += f'<span style="color:{muted};"> · <i>{marker}</i></span>'
        lines = [f'<p style="margin:0; font-size:small;">{header}</p>']
        if mail is not None:
            lines.append(self._mail_html(mail, muted, danger, link, acknowledgement))
        if not acknowledgement:
            # The acknowledgement's words are the console's own, the same on every
            # case: its line says what matters (sent, to whom), and the customer's
            # mail above it stays in sight.
            lines.append(
                f'<p style="margin-top:6px; margin-bottom:0; color:{theme.text};">{escaped(message.body)}</p>'
            )
        if mail is not None and mail.has_html:
            note = escaped(self.tr("(shown as text; the original HTML is kept)"))
            lines.append(
                f'<p style="margin-top:4px; margin-bottom:0; color:{muted}; font-size:small;">{note}</p>'
            )
        if mail is not None and mail.attachments:
            lines.append(self._attachments_html(mail.attachments, muted, link))
        return (
            f'<table width="100%" cellspacing="0" cellpadding="9" border="1" '
            f'style="border-style:solid; border-color:{border}; border-collapse:collapse; '
            f'background-color:{background}; margin-top:4px; margin-bottom:6px;">'
            f'<tr><td style="border-color:{border};">{"".join(lines)}</td></tr></table>'
        )

    def _acknowledgement_text(self, delivery: str | None) -> str:
        if delivery == "sent":
            return self.tr("Acknowledgement sent to the customer")
        if delivery == "failed":
            return self.tr("Acknowledgement to the customer failed")
        if delivery == "sending":
            return self.tr("Acknowledgement being sent to the customer")
        return self.tr("Acknowledgement queued for the customer")

    def _mail_html(self, mail: EmailView, muted: str, danger: str, link: str, acknowledgement: bool) -> str:
        """The addresses line under a message's header, and for our own mail where
        it stands (a failed one with its "Send again" link)."""
        parts = []
        if not acknowledgement:
            parts.append(self.tr("From: {who}").format(who=mail.sender))
        parts.append(self.tr("To: {who}").format(who=mail.to or "—"))
        if mail.cc:
            parts.append(self.tr("Cc: {who}").format(who=mail.cc))
        text = f'<span style="color:{muted};">{escaped("  ·  ".join(parts))}</span>'
        state = self._delivery_html(mail, muted, danger, link) if mail.direction == "out" else ""
        if state:
            text += f'<span style="color:{muted};">  ·  </span>{state}'
        return f'<p style="margin-top:3px; margin-bottom:0; font-size:small;">{text}</p>'

    def _delivery_html(self, mail: EmailView, muted: str, danger: str, link: str) -> str:
        if mail.delivery == "failed":
            words = mail.delivery_error or self.tr("no reason given")
            failed = escaped(self.tr("Failed — {why}").format(why=words))
            text = f'<span style="color:{danger}; font-weight:600;">{failed}</span>'
            if self.may_send_again:
                again = escaped(self.tr("Send again"))
                text += (
                    f'&nbsp;&nbsp;<a href="{SEND_AGAIN}:{mail.id}" style="color:{link};">'
                    f'<span style="color:{link};">{again}</span></a>'
                )
            return text
        states = {"queued": self.tr("Queued"), "sending": self.tr("Sending"), "sent": self.tr("Sent")}
        state = states.get(mail.delivery or "")
        return "" if state is None else f'<span style="color:{muted};">{escaped(state)}</span>'

    def _attachments_html(self, files: tuple[AttachmentView, ...], muted: str, link: str) -> str:
        """Each file as a link to save it: name and size, inline images marked."""
        items = []
        for file in files:
            label = escaped(f"{file.filename} · {size_text(file.size)}")
            item = (
                f'<a href="{ATTACHMENT}:{file.id}" style="color:{link};">'
                f'<span style="color:{link};">{label}</span></a>'
            )
            if file.inline:
                item += f'<span style="color:{muted};"> ({escaped(self.tr("inline image"))})</span>'
            items.append(item)
        caption = escaped(self.tr("Attachments:") if len(files) > 1 else self.tr("Attachment:"))
        separator = f'<span style="color:{muted};">&nbsp;&nbsp;·&nbsp;&nbsp;</span>'
        return (
            f'<p style="margin-top:6px; margin-bottom:0; font-size:small;">'
            f'<span style="color:{muted};">{caption}</span>&nbsp;&nbsp;{separator.join(items)}</p>'
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
            change = self.tr("status {old} → {new}").format(old=status_text(old), new=status_text(new))
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
        if action == "follows":
            return self.tr("Follows the closed case {number}").format(number=new or "—")
        if action == "linked":
            return self.tr("{who} linked mail from {sender} to {account}").format(
                who=who or self.tr("Someone"), sender=old or "—", account=new or "—"
            )
        if action == "delivery_failed":
            return self.tr("Mail to the customer not delivered: {why}").format(
                why=new or self.tr("no reason given")
            )
        if action == "send_again":
            return self.tr("{who} sent a failed message again").format(who=who or self.tr("Someone"))
        detail = f" ({old} → {new})" if old or new else ""
        return f"{who or self.tr('System')}: {action.replace('_', ' ')}{detail}"


def status_text(value: CaseStatus | str | None) -> str:
    if value is None:
        return "—"
    try:
        status = value if isinstance(value, CaseStatus) else CaseStatus(value)
    except ValueError:
        return str(value)
    return status_label(status).lower()


def _iso_text(value: str | None, now: datetime) -> str:
    if not value:
        return "—"
    try:
        return day_time_text(datetime.fromisoformat(value), now)
    except ValueError:
        return value
