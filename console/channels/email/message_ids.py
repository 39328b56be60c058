"""Message-IDs of the mail the console sends, and the threading headers of an
answer (RFC 5322 section 3.6.4): a new unique id per message, the angle-bracket
form headers use, and the References list that keeps a reply in its thread. Ids
are handled without angle brackets everywhere else, as :mod:`parsed` stores them."""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence

# What may stand between the brackets of an id we put in a header: printable
# ASCII without whitespace or brackets. Anything else could break the header (or
# smuggle a line break into it), so such ids are left out, never written.
_USABLE_ID = re.compile(r"[!-;=?-~]{1,250}")
_DOMAIN = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")


def _ascii_domain(domain: str) -> str:
    """``domain`` lower-cased and, when it is internationalised, in its ASCII
    (punycode) form; ValueError when it is not a domain."""
    text = domain.strip().lower()
    try:
        ascii_text = text.encode("idna").decode("ascii") if not text.isascii() else text
    except UnicodeError:
        ascii_text = ""
    if not ascii_text or len(ascii_text) > 253 or not _DOMAIN.fullmatch(ascii_text):
        raise ValueError(f"invalid domain for a Message-ID: {domain!r}")
    return ascii_text


def new_message_id(domain: str) -> str:
    """A new, globally unique Message-ID ``sc.<uuid4 hex>@<domain>``, without
    brackets. ``domain`` is the sending address's domain; a whole address
    (``support@example.com``) is accepted too and its domain used."""
    return f"sc.{uuid.uuid4().hex}@{_ascii_domain(domain.rpartition('@')[2])}"


def unbracketed(mid: str) -> str:
    """``mid`` without surrounding whitespace and angle brackets."""
    text = mid.strip()
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1].strip()
    return text


def bracketed(mid: str) -> str:
    """``<mid>``, the form the Message-ID, In-Reply-To and References headers use
    (an id that already has its brackets keeps one pair)."""
    return f"<{unbracketed(mid)}>"


def is_usable_id(mid: str) -> bool:
    """Whether ``mid`` (without brackets) can be written into a header as it is."""
    return _USABLE_ID.fullmatch(mid) is not None


def references_for(parent_ids: Sequence[str], limit: int = 20) -> tuple[str, ...]:
    """The References of an answer, without brackets: ``parent_ids`` is the
    parent's References followed by the parent's own Message-ID (RFC 5322 3.6.4).

    Duplicates are dropped (the first occurrence stays, the parent's id stays
    last), ids that cannot be written into a header are left out, and a list
    longer than ``limit`` keeps its first id (the thread's root) and the last
    ``limit - 1``: servers and clients truncate overlong References that way.
    """
    if limit < 2:
        raise ValueError(f"a References limit keeps the root and the parent: at least 2, not {limit}")
    ids = [mid for mid in (unbracketed(raw) for raw in parent_ids) if is_usable_id(mid)]
    if not ids:
        return ()
    parent = ids[-1]
    chain = list(dict.fromkeys(mid for mid in ids[:-1] if mid != parent))
    chain.append(parent)
    if len(chain) > limit:
        chain = [chain[0], *chain[len(chain) - (limit - 1) :]]
    return tuple(chain)
