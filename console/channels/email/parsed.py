"""What one email says, as plain frozen data: the shape :mod:`parse` produces and
the ingest use case stores. Nothing here knows MIME or the database."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True, slots=True)
class Address:
    """One mailbox: ``address`` lower-cased (``ana@example.com``), ``name`` the
    display name as decoded (may be empty)."""

    address: str
    name: str = ""

    def formatted(self) -> str:
        """``Name <address>`` (or the bare address), for showing and for headers."""
        return f"{self.name} <{self.address}>" if self.name else self.address


@dataclass(frozen=True, slots=True)
class AttachmentPart:
    """A file carried by the message. ``inline`` for parts shown in the body (an
    image with a Content-ID); ``filename`` decoded (RFC 2231 / 2047), never empty
    (a part without a name gets one from its type)."""

    filename: str
    content_type: str
    data: bytes
    inline: bool = False
    content_id: str | None = None

    @property
    def size(self) -> int:
        return len(self.data)


class AutoKind:
    """Why a message counts as written by a machine (no acknowledgement, no loop)."""

    AUTO_SUBMITTED = "auto-submitted"
    PRECEDENCE = "bulk or list mail"
    MAILER_DAEMON = "mailer-daemon"
    OUT_OF_OFFICE = "out of office"
    BOUNCE = "delivery status notification"


@dataclass(frozen=True, slots=True)
class ParsedEmail:
    """One received message.

    - ``message_id``: without angle brackets; a message that has none gets a stable
      one made from its bytes (``…@missing-message-id.invalid``), so that reading
      it twice is still recognised.
    - ``in_reply_to`` / ``references``: Message-IDs without angle brackets, in
      header order.
    - ``text``: what the timeline shows (the text/plain part, or the HTML reduced to
      text); ``html``: the original HTML part when there was one (kept, never shown
      as markup).
    - ``automatic``: an :class:`AutoKind` value when a machine wrote it, else None.
    - ``bounced_message_ids``: for a bounce, the Message-IDs of the messages it
      reports undeliverable; ``bounce_reason`` the server's words.
    """

    message_id: str
    subject: str
    sender: Address
    to: tuple[Address, ...] = ()
    cc: tuple[Address, ...] = ()
    reply_to: tuple[Address, ...] = ()
    date: datetime | None = None
    in_reply_to: tuple[str, ...] = ()
    references: tuple[str, ...] = ()
    text: str = ""
    html: str | None = None
    attachments: tuple[AttachmentPart, ...] = field(default_factory=tuple)
    automatic: str | None = None
    bounced_message_ids: tuple[str, ...] = ()
    bounce_reason: str = ""
    size: int = 0

    @property
    def reply_address(self) -> Address:
        """Where an answer goes: the first Reply-To, else the sender."""
        return self.reply_to[0] if self.reply_to else self.sender

    @property
    def thread_ids(self) -> tuple[str, ...]:
        """The Message-IDs this one answers, nearest first (In-Reply-To, then
        References from the last)."""
        seen: dict[str, None] = {}
        for mid in (*self.in_reply_to, *reversed(self.references)):
            seen.setdefault(mid, None)
        return tuple(seen)


class UnreadableEmail(Exception):
    """The message cannot be read as mail (broken MIME, a header bomb, too large);
    ``reason`` says why in one sentence. The raw bytes are kept by the caller."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
