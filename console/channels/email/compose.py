"""Build the mail the console sends: an agent's reply on a case and the automatic
acknowledgement of a new one, as RFC 5322 bytes with CRLF line ends, ready for
the outbox. Both carry the threading headers (In-Reply-To, References), the case
tag in the subject, and the headers that stop mail loops (RFC 3834
``Auto-Submitted``, ``X-Support-Console-Case``). Nothing a customer wrote can add
a header: subjects and names are kept to one line, addresses are checked."""

from __future__ import annotations

import base64
import email.policy
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime

from console.channels.email.message_ids import bracketed, is_usable_id, references_for, unbracketed
from console.channels.email.parsed import Address
from console.channels.email.tags import reply_subject

CASE_HEADER = "X-Support-Console-Case"
# Our Message-ID again, where a free-form bounce that quotes only the text of the
# original still shows it (automatic.bounce_details looks for it first).
OWN_ID_HEADER = "X-Support-Console-Message-Id"
"""The header naming the case a message was sent for; the inbound side reads it
to recognise the console's own mail coming back."""

# SMTP's line ends; 7bit transfer encodings so that every server accepts the
# bytes (no 8BITMIME needed); and headers written exactly as this module encodes
# and folds them. The library's own folding would turn a long Message-ID into an
# encoded word (which breaks threading) and, in Python 3.11, drops a space between
# encoded words of a subject.
_POLICY = email.policy.SMTP.clone(cte_type="7bit", refold_source="none")
_FOLD_AT = 78
# A display name longer than this is cut: a name, not a letter (see _phrase_tokens).
_MAX_NAME_BYTES = 300

_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]"
_LOCAL_PART = re.compile(rf"{_ATEXT}+(?:\.{_ATEXT}+)*")
_DOMAIN = re.compile(
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
)


@dataclass(frozen=True, slots=True)
class OutgoingEmail:
    """One message ready to send: ``data`` is the whole message (headers and body,
    CRLF line ends); the envelope goes to ``to`` and ``cc``. ``message_id`` is
    without brackets, ``subject`` as written into the header (decoded)."""

    message_id: str
    sender: Address
    to: tuple[Address, ...]
    cc: tuple[Address, ...]
    subject: str
    data: bytes

    @property
    def recipients(self) -> tuple[str, ...]:
        """The envelope recipients (To then Cc), each once."""
        return tuple(dict.fromkeys(a.address for a in (*self.to, *self.cc)))


# Control characters become spaces; a lone surrogate (undecodable bytes kept by
# surrogateescape) cannot be encoded, so it becomes the replacement character.
_VISIBLE = {"Cc": " ", "Cs": "\ufffd"}


def one_line(text: str) -> str:
    """``text`` as a single header line: every run of whitespace (line breaks
    included) becomes one space and other control characters go, so that no
    customer's text can start a new header."""
    visible = "".join(_VISIBLE.get(unicodedata.category(ch), ch) for ch in text)
    return " ".join(visible.split())


def checked_address(address: Address) -> Address:
    """``address`` made safe for a header: the name on one line, the address a
    plain ``local@domain`` (an internationalised domain in its ASCII form).
    ValueError ("invalid address …") for anything else, including line breaks."""
    raw = address.address
    local, at, domain = raw.strip().rpartition("@")
    if domain and not domain.isascii():
        try:
            domain = domain.encode("idna").decode("ascii")
        except UnicodeError:
            domain = ""
    if (
        not at
        or len(local) > 64
        or len(raw) > 254
        or _LOCAL_PART.fullmatch(local) is None
        or _DOMAIN.fullmatch(domain) is None
    ):
        raise ValueError(f"invalid address {raw!r}: expected a plain mailbox such as support@example.com")
    name = one_line(address.name)
    while len(name.encode("utf-8")) > _MAX_NAME_BYTES:
        name = name[:-1].rstrip()
    return Address(address=f"{local}@{domain}", name=name)


# A word written as it is in an unstructured header: printable ASCII, short
# enough to fold around, and nothing a decoder would take for an encoded word.
_PLAIN_WORD = re.compile(r"[!-~]{1,70}")
_ATOM_PHRASE = re.compile(rf"{_ATEXT}+(?: {_ATEXT}+)*")
# 45 bytes of UTF-8 make 60 characters of base64: with "=?utf-8?b?" and "?=" an
# encoded word stays within RFC 2047's 75 characters.
_CHUNK_BYTES = 45


def _encoded_word(text: str) -> str:
    return f"=?utf-8?b?{base64.b64encode(text.encode('utf-8')).decode('ascii')}?="


def _encoded_words(text: str) -> list[str]:
    """``text`` as RFC 2047 base64 encoded words of UTF-8, split between
    characters. Whitespace between adjacent encoded words is dropped when they
    are decoded, so every space of ``text`` is inside a word."""
    words: list[str] = []
    chunk = b""
    for ch in text:
        data = ch.encode("utf-8")
        if chunk and len(chunk) + len(data) > _CHUNK_BYTES:
            words.append(_encoded_word(chunk.decode("utf-8")))
            chunk = b""
        chunk += data
    if chunk:
        words.append(_encoded_word(chunk.decode("utf-8")))
    return words


def _needs_encoding(word: str) -> bool:
    return _PLAIN_WORD.fullmatch(word) is None or "=?" in word


def _unstructured_tokens(text: str) -> list[str]:
    """The words of a one-line ``text`` for an unstructured header (Subject,
    Organization): ASCII words as they are, each run of other words encoded
    together, so the reader sees ``Re: … [#11251]`` and decoders restore every
    space. (Python 3.11's own folder loses a space between encoded words.)"""
    tokens: list[str] = []
    run: list[str] = []
    for word in text.split(" "):
        if _needs_encoding(word):
            run.append(word)
            continue
        if run:
            tokens.extend(_encoded_words(" ".join(run)))
            run = []
        tokens.append(word)
    if run:
        tokens.extend(_encoded_words(" ".join(run)))
    return tokens


def _phrase_tokens(name: str) -> list[str]:
    """A display name as header tokens: atoms as they are; other ASCII as one
    quoted string; with non-ASCII, atoms as they are and each run of other words
    as ONE encoded word, however long. RFC 2047 asks for at most 75 characters,
    but a phrase split into adjacent encoded words gains a space in Python's
    parser (ours included), while every mail client reads a longer word;
    :func:`checked_address` caps names so that the line stays far below 998."""
    if _ATOM_PHRASE.fullmatch(name):
        return name.split(" ")
    if name.isascii():
        escaped = name.replace("\\", "\\\\").replace('"', '\\"')
        return [f'"{escaped}"']
    tokens: list[str] = []
    run: list[str] = []
    for word in name.split(" "):
        if _ATOM_PHRASE.fullmatch(word):
            if run:
                tokens.append(_encoded_word(" ".join(run)))
                run = []
            tokens.append(word)
        else:
            run.append(word)
    if run:
        tokens.append(_encoded_word(" ".join(run)))
    return tokens


def _address_tokens(addresses: Sequence[Address]) -> list[str]:
    tokens: list[str] = []
    for index, address in enumerate(addresses):
        comma = "," if index < len(addresses) - 1 else ""
        if address.name:
            tokens.extend(_phrase_tokens(address.name))
            tokens.append(f"<{address.address}>{comma}")
        else:
            tokens.append(f"{address.address}{comma}")
    return tokens


def _fold(name: str, tokens: Sequence[str]) -> str:
    """``tokens`` joined by spaces, a line break put before a token that would
    pass 78 characters (a longer token stands alone on its line: tokens are never
    split). Written as it is by ``set_raw``: unfolding gives back the spaces."""
    lines: list[str] = []
    current = ""
    for token in tokens:
        indent = 1 if lines else len(name) + 2
        if current and indent + len(current) + 1 + len(token) > _FOLD_AT:
            lines.append(current)
            current = token
        else:
            current = f"{current} {token}" if current else token
    lines.append(current)
    return "\r\n ".join(lines)


def _own_message_id(message_id: str) -> str:
    mid = unbracketed(message_id)
    left, at, right = mid.partition("@")
    if not (left and at and right and is_usable_id(mid)):
        raise ValueError(f"invalid Message-ID {message_id!r}: expected local@domain without spaces")
    return mid


def _build(
    *,
    sender: Address,
    to: Sequence[Address],
    cc: Sequence[Address],
    case_number: int,
    case_subject: str,
    body: str,
    parent_ids: Sequence[str],
    message_id: str,
    sent_at: datetime,
    auto_submitted: str,
    extra_headers: Sequence[tuple[str, str]] = (),
) -> OutgoingEmail:
    if sent_at.tzinfo is None or sent_at.utcoffset() is None:
        raise ValueError("sent_at must carry its time zone (an aware datetime)")
    checked_sender = checked_address(sender)
    checked_to = tuple(checked_address(a) for a in to)
    checked_cc = tuple(checked_address(a) for a in cc)
    if not checked_to:
        raise ValueError("a message needs at least one recipient in To")
    mid = _own_message_id(message_id)
    subject = reply_subject(one_line(case_subject), case_number)
    references = references_for(parent_ids)

    msg = EmailMessage(policy=_POLICY)
    # Every header is written encoded and folded here (set_raw, written as it
    # is): its parts were checked or encoded above and below, so none can carry
    # a line break, and ids and tags are never turned into encoded words.
    msg.set_raw("From", _fold("From", _address_tokens([checked_sender])))
    msg.set_raw("To", _fold("To", _address_tokens(checked_to)))
    if checked_cc:
        msg.set_raw("Cc", _fold("Cc", _address_tokens(checked_cc)))
    msg.set_raw("Subject", _fold("Subject", _unstructured_tokens(subject)))
    msg.set_raw("Date", format_datetime(sent_at))
    msg.set_raw("Message-ID", bracketed(mid))
    if references:
        msg.set_raw("In-Reply-To", bracketed(references[-1]))
        msg.set_raw("References", _fold("References", [bracketed(r) for r in references]))
    msg.set_raw("Auto-Submitted", auto_submitted)
    msg.set_raw(CASE_HEADER, str(case_number))
    msg.set_raw(OWN_ID_HEADER, bracketed(mid))
    for name, value in extra_headers:
        msg.set_raw(name, _fold(name, _unstructured_tokens(one_line(value))))
    text = body.replace("\r\n", "\n").replace("\r", "\n")
    msg.set_content(text, subtype="plain", charset="utf-8")
    return OutgoingEmail(
        message_id=mid,
        sender=checked_sender,
        to=checked_to,
        cc=checked_cc,
        subject=subject,
        data=msg.as_bytes(policy=_POLICY),
    )


def compose_reply(
    *,
    sender: Address,
    to: Sequence[Address],
    cc: Sequence[Address] = (),
    case_number: int,
    case_subject: str,
    body: str,
    parent_ids: Sequence[str],
    message_id: str,
    sent_at: datetime,
    organisation: str,
) -> OutgoingEmail:
    """An agent's answer on case ``case_number``: plain-text UTF-8 ``body``, the
    subject ``Re: … [#n]``, threaded under the last of ``parent_ids`` (the
    parent's References then its own id). A person wrote it, so it says
    ``Auto-Submitted: no``; ``organisation`` goes into the Organization header."""
    extra = [("Organization", organisation)] if one_line(organisation) else []
    return _build(
        sender=sender,
        to=to,
        cc=cc,
        case_number=case_number,
        case_subject=case_subject,
        body=body,
        parent_ids=parent_ids,
        message_id=message_id,
        sent_at=sent_at,
        auto_submitted="no",
        extra_headers=extra,
    )


def compose_acknowledgement(
    *,
    sender: Address,
    to: Sequence[Address],
    case_number: int,
    case_subject: str,
    parent_ids: Sequence[str],
    message_id: str,
    sent_at: datetime,
    text: str,
) -> OutgoingEmail:
    """The automatic answer to a new case (its words from
    :func:`console.channels.email.acknowledgement.acknowledgement_text`), threaded
    like a reply. RFC 3834: ``Auto-Submitted: auto-replied`` and no Precedence
    header. ``X-Auto-Response-Suppress: All`` asks Exchange servers not to answer
    it with an out-of-office note, one loop fewer."""
    return _build(
        sender=sender,
        to=to,
        cc=(),
        case_number=case_number,
        case_subject=case_subject,
        body=text,
        parent_ids=parent_ids,
        message_id=message_id,
        sent_at=sent_at,
        auto_submitted="auto-replied",
        extra_headers=[("X-Auto-Response-Suppress", "All")],
    )
