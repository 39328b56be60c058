"""RFC 5322 bytes as they arrive from the mail server turned into a
:class:`ParsedEmail`: who wrote, what they said, which files came with it, what
it answers, and whether a machine wrote it. Mail in the wild is often broken
(wrong or unknown charsets, missing MIME boundaries, names in any encoding), so
everything here reads leniently and never crashes on the content; what cannot
be read as mail at all (not mail, too large, a header bomb) raises
:class:`UnreadableEmail` with a one-sentence reason, and the caller keeps the
raw bytes.

The MIME tree comes from the standard library's parser; headers are decoded here
from their raw values, because the library's header objects raise on some of the
malformed values real mail carries."""

from __future__ import annotations

import hashlib
import mimetypes
import re
from collections.abc import Iterable
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime

from console.channels.email.automatic import automatic_kind, bounce_details, subparts
from console.channels.email.encoded import decode_bytes, decode_words, parameters, unsurrogate
from console.channels.email.html_text import html_to_text
from console.channels.email.parsed import Address, AttachmentPart, ParsedEmail, UnreadableEmail

DEFAULT_MAX_BYTES = 25 * 1024 * 1024
MAX_HEADER_FIELDS = 1000
MAX_HEADER_VALUE = 64 * 1024
MAX_NESTING = 20
MISSING_ID_DOMAIN = "missing-message-id.invalid"
FORWARD_MARK = "---------- Forwarded message ----------"

_MIB = 1024 * 1024
_FIELD_LINE = re.compile(rb"[!-9;-~]+[ \t]*:")
_HEADER_END = re.compile(rb"\r?\n\r?\n|\r\r")
_ADDRESS_LIKE = re.compile(r"[^\s<>,;:\"()\[\]]+@[^\s<>,;:\"()\[\]]+\.[^\s<>,;:\"()\[\]]+")
_ID_TOKEN = re.compile(r"<([^<>]*)>|([^\s<>,;()]+@[^\s<>,;()]+)")
_COMMENT = re.compile(r"\([^()]*\)")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_TEXT_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Charsets mail programs declare when they mean a wider one (what browsers do too).
_EXTENSIONS = {
    "message/rfc822": ".eml",
    "message/global": ".eml",
    "message/delivery-status": ".txt",
    "text/rfc822-headers": ".txt",
    "text/plain": ".txt",
    "image/jpeg": ".jpg",
    "application/octet-stream": ".bin",
}
_NAME_LENGTH = 200
# Only the built-in table: the answer must not depend on the machine's mime.types.
_MIME_TABLE = mimetypes.MimeTypes()
# The header registry of policy.default costs a dozen milliseconds a message, and
# every header is read raw and decoded here anyway: the structure is walked under
# compat32 (header values as plain strings), in EmailMessage objects.
_PARSE_POLICY = policy.compat32.clone(message_factory=EmailMessage)
# Serialises a part as it came (no refolding), for an attached message.
_RAW_POLICY = policy.default.clone(refold_source="none", cte_type="8bit", linesep="\r\n")


def parse_email(raw: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> ParsedEmail:
    """Read one message. Raises :class:`UnreadableEmail` when ``raw`` is not mail,
    is larger than ``max_bytes``, is a header bomb (more than 1,000 header
    fields, a header value over 64 KiB, parts nested deeper than 20), or has no
    usable sender address; never anything else."""
    if len(raw) > max_bytes:
        raise UnreadableEmail(
            f"the message is {len(raw) / _MIB:.1f} MB; the limit is {max_bytes / _MIB:.1f} MB."
        )
    body = raw.lstrip(b"\r\n")
    _check_top_header(body)
    try:
        msg = BytesParser(policy=_PARSE_POLICY).parsebytes(body)
    except RecursionError as exc:
        raise UnreadableEmail("the message's parts are nested too deeply to be read.") from exc
    except Exception as exc:  # the library's parser on input it does not expect
        raise UnreadableEmail(f"the message's structure cannot be read ({type(exc).__name__}).") from exc
    if not isinstance(msg, EmailMessage):  # pragma: no cover - the policy makes EmailMessage
        raise UnreadableEmail("the message's structure cannot be read.")
    try:
        return _read(msg, raw)
    except UnreadableEmail:
        raise
    except RecursionError as exc:
        raise UnreadableEmail("the message's parts are nested too deeply to be read.") from exc
    except Exception as exc:  # a broken message the readers below did not foresee
        raise UnreadableEmail(f"the message cannot be read ({type(exc).__name__}).") from exc


# The header fields that say which message this is; trace fields (Received,
# Return-Path, Delivered-To) differ from one delivery of it to the next.
_IDENTITY_FIELDS = (b"from", b"to", b"cc", b"date", b"subject")


def synthetic_message_id(raw: bytes) -> str:
    """The stable Message-ID given to a message that has none, made from what
    stays the same when the same message is delivered again: its From, To, Cc,
    Date and Subject and its body, with line endings and trailing blanks
    normalised (an MTA's pipe gives LF, IMAP gives CRLF; each delivery adds its
    own trace headers). So reading a message twice, by any path, is recognised."""
    text = raw.replace(b"\r\n", b"\n")
    head, _, body = text.partition(b"\n\n")
    fields: list[bytes] = []
    for line in head.split(b"\n"):
        if line[:1] in (b" ", b"\t") and fields:
            fields[-1] += b" " + line.strip()
        else:
            fields.append(line.strip())
    identity = sorted(
        f.split(b":", 1)[0].strip().lower() + b":" + b" ".join(f.split(b":", 1)[1].split())
        for f in fields
        if b":" in f and f.split(b":", 1)[0].strip().lower() in _IDENTITY_FIELDS
    )
    digest = hashlib.sha256(b"\n".join(identity) + b"\n\n" + body.rstrip())
    return f"{digest.hexdigest()[:32]}@{MISSING_ID_DOMAIN}"


# -- the checks before parsing ---------------------------------------------------


def _check_top_header(raw: bytes) -> None:
    """Refuse what is not mail, and header bombs, before the parser sees them."""
    if not raw.strip():
        raise UnreadableEmail("the message is empty.")
    end = _HEADER_END.search(raw)
    head = raw[: end.start()] if end else raw
    lines = head.splitlines()
    if lines and lines[0].startswith(b"From "):
        lines = lines[1:]  # an mbox separator line
    if not lines or not _FIELD_LINE.match(lines[0]):
        raise UnreadableEmail("the data is not an email message: it does not start with a header.")
    fields = 0
    length = 0
    for line in lines:
        if line[:1] in (b" ", b"\t"):
            length += len(line)
        elif _FIELD_LINE.match(line):
            fields += 1
            length = len(line)
        else:
            break  # the parser starts the body here
        if fields > MAX_HEADER_FIELDS:
            raise UnreadableEmail(f"the message has more than {MAX_HEADER_FIELDS:,} header fields.")
        if length > MAX_HEADER_VALUE:
            raise UnreadableEmail("a header of the message is longer than 64 KiB.")


def _check_part(part: Message, depth: int) -> None:
    if depth > MAX_NESTING:
        raise UnreadableEmail(f"the message's parts are nested deeper than {MAX_NESTING} levels.")
    items = part.raw_items()
    count = 0
    for _, value in items:
        count += 1
        if len(value) > MAX_HEADER_VALUE:
            raise UnreadableEmail("a header of the message is longer than 64 KiB.")
    if count > MAX_HEADER_FIELDS:
        raise UnreadableEmail(f"a part of the message has more than {MAX_HEADER_FIELDS:,} header fields.")


def _check_tree(msg: Message) -> None:
    stack: list[tuple[Message, int]] = [(msg, 0)]
    while stack:
        part, depth = stack.pop()
        _check_part(part, depth)
        stack.extend((child, depth + 1) for child in subparts(part))


# -- the message -----------------------------------------------------------------


def _read(msg: EmailMessage, raw: bytes) -> ParsedEmail:
    _check_tree(msg)
    sender = _sender(msg)
    if sender is None:
        raise UnreadableEmail("the message has no usable sender address (From, Sender or Return-Path).")
    ids = _message_ids(_header(msg, "Message-ID") or "", loose=True)
    walker = _Walker()
    walker.walk(msg, 0)
    bounced, reason = bounce_details(msg)
    return ParsedEmail(
        message_id=ids[0] if ids else synthetic_message_id(raw),
        subject=_collapse(decode_words(_header(msg, "Subject") or "")),
        sender=sender,
        to=_addresses(_headers(msg, "To")),
        cc=_addresses(_headers(msg, "Cc")),
        reply_to=_addresses(_headers(msg, "Reply-To")),
        date=_date(_header(msg, "Date")),
        in_reply_to=_message_ids(_header(msg, "In-Reply-To") or ""),
        references=_message_ids(" ".join(_headers(msg, "References"))),
        text=walker.text(),
        html=walker.html,
        attachments=tuple(walker.attachments),
        automatic=automatic_kind(msg),
        bounced_message_ids=bounced,
        bounce_reason=reason,
        size=len(raw),
    )


def _headers(part: Message, name: str) -> list[str]:
    """Every raw value of the header ``name``, unfolded (encoded words and 8-bit
    bytes left as they came)."""
    wanted = name.lower()
    return [re.sub(r"[\r\n]", "", str(value)) for key, value in part.raw_items() if key.lower() == wanted]


def _header(part: Message, name: str) -> str | None:
    values = _headers(part, name)
    return values[0] if values else None


def _collapse(text: str) -> str:
    """One line: whitespace runs as one space, control characters gone."""
    return " ".join(_CONTROL.sub(" ", text).split())


def _sender(msg: Message) -> Address | None:
    for name in ("From", "Sender", "Return-Path"):
        found = _addresses(_headers(msg, name))
        if found:
            return found[0]
    return None


def _addresses(values: Iterable[str]) -> tuple[Address, ...]:
    """The mailboxes in address-list header values; groups and junk are skipped,
    each address appears once."""
    values = list(values)
    seen: dict[str, Address] = {}
    for name, address in getaddresses(values):
        address = unsurrogate(address).strip().strip("<>").lower()
        if not _usable_address(address) or address in seen:
            continue
        seen[address] = Address(address, _collapse(decode_words(name)).strip('"').strip())
    if not seen:
        # getaddresses gave up on the syntax: take whatever looks like an address.
        for value in values:
            for match in _ADDRESS_LIKE.finditer(unsurrogate(value)):
                address = match.group(0).lower()
                if _usable_address(address):
                    seen.setdefault(address, Address(address))
    return tuple(seen.values())


def _usable_address(address: str) -> bool:
    local, at, domain = address.rpartition("@")
    return bool(at and local and domain) and not any(c.isspace() for c in address)


def _message_ids(value: str, *, loose: bool = False) -> tuple[str, ...]:
    """Message-IDs without angle brackets, in order: bracketed ids wherever they
    are (``In-Reply-To: your mail of Monday <a@b>``) and bare words with an ``@``
    (``a@b, c@d``); comments in parentheses are skipped. ``loose`` (a Message-ID
    header) also takes a lone word without ``@``."""
    value = _COMMENT.sub(" ", unsurrogate(value))
    found = [re.sub(r"\s+", "", m.group(1) or m.group(2) or "") for m in _ID_TOKEN.finditer(value)]
    if not any(found) and loose:
        found = [w for w in re.split(r"[\s,;<>]+", value) if w][:1]
    return tuple(dict.fromkeys(mid for mid in found if mid))


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(unsurrogate(value).strip())
    except Exception:  # the library raises several kinds on nonsense dates
        return None
    if parsed.tzinfo is None:
        # "-0000": UTC, the sender's zone unknown (RFC 5322 3.3).
        return parsed.replace(tzinfo=UTC)
    try:
        return parsed.astimezone(UTC)
    except (OverflowError, ValueError):
        return None


# -- text in any charset ---------------------------------------------------------


class _Walker:
    """Walks the MIME tree once: picks the body text and HTML, collects the
    files, and writes forwarded messages out as readable blocks."""

    def __init__(self, attachments: list[AttachmentPart] | None = None) -> None:
        self.plain: str | None = None
        self.html: str | None = None
        self.forwards: list[str] = []
        self.attachments: list[AttachmentPart] = [] if attachments is None else attachments

    def text(self) -> str:
        main = self.plain if self.plain is not None else html_to_text(self.html) if self.html else ""
        joined = "\n\n".join(piece.rstrip() for piece in (main, *self.forwards) if piece.strip())
        return _clean_text(joined).rstrip()

    def walk(self, part: Message, depth: int, *, alternative: bool = False) -> None:
        ctype = _content_type(part)
        if part.is_multipart():
            children = subparts(part)
            if ctype in ("message/rfc822", "message/global"):
                self._forwarded(children, depth)
            elif ctype == "multipart/report":
                # The first part is the human-readable report; the machine-readable
                # status and the returned message are files.
                for number, child in enumerate(children):
                    if number == 0:
                        self.walk(child, depth + 1)
                    else:
                        self._attach(child)
            elif ctype.startswith("message/"):
                self._attach(part)  # message/delivery-status outside a report
            else:
                for child in children:
                    self.walk(child, depth + 1, alternative=ctype == "multipart/alternative")
            return
        disposition, filename = _disposition(part)
        is_body = disposition != "attachment" and not filename
        if ctype.startswith("multipart/"):
            # A multipart without a usable boundary: its content is all there is.
            ctype = "text/plain"
        if ctype == "text/plain" and is_body:
            text = _part_text(part)
            if self.plain is None:
                self.plain = text
            elif not alternative and text.strip() and _header(part, "Content-Type") is not None:
                # More text after an inline image (Apple Mail); a part without any
                # header in a broken message is more likely debris: kept as a file.
                self.plain = f"{self.plain.rstrip()}\n\n{text}"
            else:
                self._attach(part)
        elif ctype == "text/html" and is_body and self.html is None:
            self.html = _part_text(part)
        elif not (alternative and ctype in ("text/plain", "text/html") and is_body):
            self._attach(part)

    def _forwarded(self, children: list[Message], depth: int) -> None:
        if not children:
            return
        inner = children[0]
        nested = _Walker(self.attachments)
        nested.walk(inner, depth + 1)
        lines = [FORWARD_MARK]
        for label, name in (("From", "From"), ("Date", "Date"), ("Subject", "Subject"), ("To", "To")):
            if name in ("From", "To"):
                shown = ", ".join(a.formatted() for a in _addresses(_headers(inner, name)))
            else:
                shown = _collapse(decode_words(_header(inner, name) or ""))
            if shown:
                lines.append(f"{label}: {shown}")
        body = nested.text()
        self.forwards.append("\n".join(lines) + ("\n\n" + body if body else ""))

    def _attach(self, part: Message) -> None:
        ctype = _content_type(part)
        disposition, filename = _disposition(part)
        content_id = _content_id(part)
        inline = disposition != "attachment" and (disposition == "inline" or content_id is not None)
        number = len(self.attachments) + 1
        name = _safe_filename(filename) if filename else ""
        if not name:
            stem = "image" if ctype.startswith("image/") and inline else "attachment"
            name = f"{stem}-{number}{_extension(ctype)}"
        self.attachments.append(
            AttachmentPart(
                filename=name,
                content_type=ctype,
                data=_part_bytes(part),
                inline=inline,
                content_id=content_id,
            )
        )


def _content_type(part: Message) -> str:
    try:
        return part.get_content_type()
    except Exception:  # a Content-Type the library cannot read: RFC 2045's default
        return "text/plain"


def _disposition(part: Message) -> tuple[str, str]:
    """(``attachment`` / ``inline`` / "", the decoded file name or "")."""
    disposition, disposition_params = parameters(_header(part, "Content-Disposition"))
    _, type_params = parameters(_header(part, "Content-Type"))
    filename = disposition_params.get("filename") or type_params.get("name") or ""
    return disposition, filename.strip()


def _content_id(part: Message) -> str | None:
    value = _header(part, "Content-ID")
    if value is None:
        return None
    ids = _message_ids(value, loose=True)
    return ids[0] if ids else None


def _part_text(part: Message) -> str:
    _, params = parameters(_header(part, "Content-Type"))
    return _clean_text(decode_bytes(_part_bytes(part), params.get("charset")))


def _clean_text(text: str) -> str:
    """Line ends as ``\\n``, no byte-order mark, no control characters (a NUL
    cannot even be stored in a PostgreSQL text column)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    return _TEXT_CONTROL.sub("", text)


def _part_bytes(part: Message) -> bytes:
    """A leaf part's decoded content; a message part as it was sent."""
    if part.is_multipart():
        chunks: list[bytes] = []
        for child in subparts(part):
            try:
                chunks.append(child.as_bytes(policy=_RAW_POLICY))
            except Exception:  # a header the generator cannot write back: the part is lost
                continue
        return b"\r\n".join(chunks)
    data = part.get_payload(decode=True)
    return data if isinstance(data, bytes) else b""


def _safe_filename(name: str) -> str:
    """A file name and never a path: separators and control characters replaced,
    no leading dots, not too long (the extension kept)."""
    name = _CONTROL.sub("", name)
    name = re.sub(r"[\\/]+", "_", name)
    name = _collapse(name).lstrip(". ")
    if len(name) > _NAME_LENGTH:
        _, dot, extension = name.rpartition(".")
        keep = f".{extension}" if dot and len(extension) <= 10 else ""
        name = name[: _NAME_LENGTH - len(keep)] + keep
    return name


def _extension(content_type: str) -> str:
    return _EXTENSIONS.get(content_type) or _MIME_TABLE.guess_extension(content_type) or ".bin"
