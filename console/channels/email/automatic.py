"""Mail written by machines: auto-replies (RFC 3834 ``Auto-Submitted``, the
out-of-office replies of Outlook, Exchange and vacation programs), bulk and list
mail, and bounces (RFC 3464 delivery status notifications and the free-form
reports of older mail servers). The console must not acknowledge such mail (or
two robots answer each other for ever), and a bounce tells which of the
console's own messages could not be delivered, and why.

Everything here reads an already parsed :class:`email.message.EmailMessage` and
never raises on odd headers: a header that cannot be understood counts as
absent."""

from __future__ import annotations

import re
from email.message import EmailMessage, Message
from email.utils import getaddresses

from console.channels.email.parsed import AutoKind

_DAEMONS = frozenset({"mailer-daemon", "postmaster"})
_BULK = frozenset({"bulk", "junk", "list"})
# A subject that says "I am away": the prefix, then a colon soon after (or nothing),
# so that "Out of office replies are sent twice" from a customer is not one.
_AWAY_SUBJECT = re.compile(
    r"^\s*(?:out of office|automatic reply|abwesenheitsnotiz|réponse automatique|autoreply|auto-reply)"
    r"(?:[^:]{0,24}:|\s*$)",
    re.IGNORECASE,
)
_REPORT_LINES = 3
_REASON_LENGTH = 300
_SMTP_CODE = re.compile(r"\b[245]\d\d[ -]|\b[245]\.\d{1,3}\.\d{1,3}\b")
_OWN_ID_IN_TEXT = re.compile(r"X-Support-Console-Message-Id:[ \t]*<?([^\s<>]+)>?", re.IGNORECASE)
_ID_IN_TEXT = re.compile(r"^[ \t>]*Message-ID:[ \t]*<([^<>\s]+)>", re.IGNORECASE | re.MULTILINE)
_ID_IN_HEADERS = re.compile(r"^Message-ID:[ \t]*(?:\r?\n[ \t]+)?<?([^\s<>]+)>?", re.IGNORECASE | re.MULTILINE)


def automatic_kind(msg: EmailMessage) -> str | None:
    """Why ``msg`` counts as written by a machine (an :class:`AutoKind` value), or
    None for mail a person wrote. When several signs agree the most telling wins:
    a bounce, then the mail system's own address, then an away notice, then the
    generic marks."""
    if _is_delivery_report(msg):
        return AutoKind.BOUNCE
    if _is_from_mail_system(msg):
        return AutoKind.MAILER_DAEMON
    if _content_type(msg) == "multipart/report":
        # Read receipts and other reports: a machine's, though not a bounce.
        return AutoKind.AUTO_SUBMITTED
    if _is_away_notice(msg):
        return AutoKind.OUT_OF_OFFICE
    auto_submitted = _token(_header(msg, "Auto-Submitted"))
    if auto_submitted and auto_submitted != "no":
        return AutoKind.AUTO_SUBMITTED
    precedence = _token(_header(msg, "Precedence"))
    if precedence in _BULK:
        return AutoKind.PRECEDENCE
    if precedence == "auto_reply":
        return AutoKind.OUT_OF_OFFICE
    return None


def bounce_details(msg: Message) -> tuple[tuple[str, ...], str]:
    """For a bounce: the Message-IDs (without angle brackets) of the messages it
    reports undeliverable, and the receiving server's reason in its own words.
    ``((), "")`` for mail that is not a bounce. A delivery report that only says
    "delayed" (the server keeps trying) names no message: nothing has failed yet."""
    if _is_delivery_report(msg):
        return _standard_bounce(msg)
    if _is_from_mail_system(msg):
        return _free_form_bounce(msg)
    return (), ""


# -- the kinds -------------------------------------------------------------------


def _is_delivery_report(msg: Message) -> bool:
    """RFC 3464: multipart/report with report-type=delivery-status, or (servers
    that get the outer type wrong) a message/delivery-status part near the top."""
    if _content_type(msg) == "multipart/report" and _param(msg, "report-type") == "delivery-status":
        return True
    return any(_content_type(part) == "message/delivery-status" for part in _children(msg, depth=2))


def _is_from_mail_system(msg: Message) -> bool:
    if re.sub(r"\s+", "", _header(msg, "Return-Path")) == "<>":
        return True
    for name in ("From", "Sender"):
        for _, address in getaddresses([_header(msg, name)]):
            local = address.rpartition("@")[0] if "@" in address else address
            if local.strip().lower() in _DAEMONS:
                return True
    return False


def _is_away_notice(msg: Message) -> bool:
    if _header(msg, "X-Autoreply") or _header(msg, "X-Autorespond"):
        return True
    suppress = {token.strip().lower() for token in _header(msg, "X-Auto-Response-Suppress").split(",")}
    if suppress & {"all", "oof"}:
        return True
    return bool(_AWAY_SUBJECT.match(_header(msg, "Subject")))


# -- bounces ---------------------------------------------------------------------


def _standard_bounce(msg: Message) -> tuple[tuple[str, ...], str]:
    ids: list[str] = []
    reasons: list[str] = []
    human = ""
    failed = False
    any_action = False
    for part in _children(msg, depth=3):
        ctype = _content_type(part)
        if ctype == "message/delivery-status":
            for recipient, action, reason in _status_blocks(part):
                if action:
                    any_action = True
                if action in ("", "failed"):
                    failed = failed or action == "failed"
                    if reason:
                        reasons.append(f"{recipient}: {reason}" if recipient else reason)
                elif not reasons and reason:
                    reasons.append(f"{recipient}: {action}: {reason}" if recipient else f"{action}: {reason}")
        elif ctype in ("message/rfc822", "message/global"):
            inner = subparts(part)
            if inner:
                _add_id(ids, _header(inner[0], "Message-ID"))
        elif ctype in ("text/rfc822-headers", "message/global-headers"):
            match = _ID_IN_HEADERS.search(_text_of(part))
            if match:
                _add_id(ids, match.group(1))
        elif ctype == "text/plain" and not human:
            human = _text_of(part)
    if not ids:
        ids = _ids_in_text(human)
    if any_action and not failed:
        # Delayed, delivered, relayed: a notice, not a failure.
        ids = []
    reason = "; ".join(dict.fromkeys(reasons)) or _first_lines(human)
    return tuple(ids), reason


def _free_form_bounce(msg: Message) -> tuple[tuple[str, ...], str]:
    """Older servers (qmail, Exim's plain reports) send a text that quotes the
    returned message's headers, sometimes with the message attached."""
    ids: list[str] = []
    texts: list[str] = []
    for part in (msg, *_children(msg, depth=3)):
        ctype = _content_type(part)
        if ctype in ("message/rfc822", "message/global"):
            inner = subparts(part)
            if inner:
                _add_id(ids, _header(inner[0], "Message-ID"))
        elif ctype in ("text/plain", "text/rfc822-headers"):
            texts.append(_text_of(part))
    text = "\n".join(texts)
    if not ids:
        ids = _ids_in_text(text)
    return tuple(ids), _first_lines(texts[0] if texts else "")


def _status_blocks(part: Message) -> list[tuple[str, str, str]]:
    """(recipient, action, reason) for each per-recipient block of a
    message/delivery-status part."""
    found: list[tuple[str, str, str]] = []
    for block in subparts(part):
        recipient = _after_type(_header(block, "Final-Recipient") or _header(block, "Original-Recipient"))
        action = _token(_header(block, "Action"))
        diagnostic = _after_type(_header(block, "Diagnostic-Code"))
        status = _header(block, "Status").strip()
        if not (recipient or action or diagnostic or status):
            continue
        if not recipient and not action:
            continue  # the per-message block (Reporting-MTA, Arrival-Date)
        reason = diagnostic or (f"status {status}" if status else "")
        found.append((recipient, action, reason))
    return found


def _ids_in_text(text: str) -> list[str]:
    ids: list[str] = []
    for match in _OWN_ID_IN_TEXT.finditer(text):
        _add_id(ids, match.group(1))
    if not ids:
        for match in _ID_IN_TEXT.finditer(text):
            _add_id(ids, match.group(1))
    return ids


def _first_lines(text: str) -> str:
    """The server's words: the lines with an SMTP status code when there are
    such, else the first lines of the report."""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    lines = [line for line in lines if line]
    coded = [line for line in lines if _SMTP_CODE.search(line)]
    chosen = " ".join((coded or lines)[:_REPORT_LINES])
    if len(chosen) > _REASON_LENGTH:
        chosen = chosen[: _REASON_LENGTH - 1].rstrip() + "…"
    return chosen


# -- reading a message without tripping over it ----------------------------------


def _header(msg: Message, name: str) -> str:
    """The header's value as text (encoded words decoded, folding undone), or ""
    when it is absent or cannot be read."""
    try:
        value = msg.get(name)
        text = "" if value is None else str(value)
    except Exception:
        text = next((str(v) for k, v in msg.raw_items() if k.lower() == name.lower()), "")
    return " ".join(text.split())


def _token(value: str) -> str:
    """The first word of a structured value: ``auto-replied`` of ``auto-replied; x=y``."""
    return value.split(";", 1)[0].strip().strip('"').lower()


def _after_type(value: str) -> str:
    """``x@y`` of ``rfc822; x@y``, ``550 …`` of ``smtp; 550 …``."""
    kind, sep, rest = value.partition(";")
    return (rest if sep and kind.strip() and " " not in kind.strip() else value).strip()


def _content_type(part: Message) -> str:
    try:
        return part.get_content_type()
    except Exception:
        return "text/plain"


def _param(part: Message, name: str) -> str:
    try:
        value = part.get_param(name)
    except Exception:
        return ""
    return value.strip().lower() if isinstance(value, str) else ""


def _children(msg: Message, depth: int) -> list[Message]:
    """The parts below ``msg`` (not ``msg`` itself), ``depth`` levels down at most."""
    found: list[Message] = []
    level: list[Message] = [msg]
    for _ in range(depth):
        below: list[Message] = []
        for part in level:
            if not part.is_multipart() or _content_type(part) in ("message/rfc822", "message/global"):
                continue  # a returned message's own parts are not the report's
            below.extend(subparts(part))
        found.extend(below)
        level = below
    return found


def subparts(part: Message) -> list[Message]:
    """The parts directly inside ``part``. Asked only of a multipart: the library
    decodes a leaf's payload on the way and can raise on its charset."""
    if not part.is_multipart():
        return []
    payload = part.get_payload()
    return [child for child in payload if isinstance(child, Message)] if isinstance(payload, list) else []


def _text_of(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    charset = _param(part, "charset") or "utf-8"
    try:
        return payload.decode(charset)
    except (LookupError, UnicodeError, ValueError):
        return payload.decode("utf-8", errors="replace")


def _add_id(ids: list[str], raw: str) -> None:
    value = raw.strip().strip("<>").strip()
    value = re.sub(r"\s+", "", value)
    if value and value not in ids:
        ids.append(value)
