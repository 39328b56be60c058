"""The case tag in email subjects: ``[#11251]`` is how a customer's answer finds its
case again when its threading headers were lost (a new message, a forward, a mail
client that drops References). Pure text functions: finding the tag, adding it
exactly once, and building the subject of an answer."""

from __future__ import annotations

import re

# "[#11251]", tolerant of spaces inside the brackets ("[# 11251 ]"). The number is
# capped at 18 digits so that a hostile subject cannot make int() work hard.
_TAG = re.compile(r"\[\s*#\s*(\d{1,18})\s*\]")

# Reply prefixes mail clients write, in the languages the team serves: "Re:",
# "RE :", "AW:" (German), "SV:" (Nordic), "Antw:" (Dutch), "Re[2]:" (counters).
_REPLY_PREFIX = re.compile(r"\s*(?:re|aw|sv|antw)(?:\[\d+\])?\s*:", re.IGNORECASE)


def case_tag(number: int) -> str:
    """The tag for case ``number``: ``case_tag(11251) == "[#11251]"``."""
    if number < 0:
        raise ValueError(f"a case number is never negative, not {number}")
    return f"[#{number}]"


def case_number_in(subject: str) -> int | None:
    """The case number tagged in ``subject``, or None. When several tags appear (a
    customer quoting another case), the last one wins: :func:`tagged_subject` adds
    its tag at the end."""
    numbers = _TAG.findall(subject)
    return int(numbers[-1]) if numbers else None


def tagged_subject(subject: str, number: int) -> str:
    """``subject`` with the tag of case ``number`` at its end, added only when the
    subject does not already carry it as its last tag. The customer's words are
    kept; only surrounding whitespace goes."""
    text = subject.strip()
    if case_number_in(text) == number:
        return text
    tag = case_tag(number)
    return f"{text} {tag}" if text else tag


def is_reply_subject(subject: str) -> bool:
    """Whether ``subject`` already starts with a reply prefix (``Re:``, ``AW:`` …)."""
    return _REPLY_PREFIX.match(subject) is not None


def reply_subject(subject: str, number: int) -> str:
    """The subject of an answer on case ``number``: ``Re: `` in front unless a reply
    prefix is already there (never ``Re: Re:``), then tagged."""
    text = subject.strip()
    if not is_reply_subject(text):
        text = f"Re: {text}" if text else "Re:"
    return tagged_subject(text, number)
