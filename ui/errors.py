"""The one way an error becomes text a person reads: the first line of its
message, or the kind of error when it has no message (never a traceback); and
the one way such a text becomes a sentence (the core words its refusals in
lower case, for the end of a command line's error line)."""

from __future__ import annotations


def error_text(error: BaseException) -> str:
    """The first line of ``error``'s message, or its class name when it is empty."""
    message = str(error).strip()
    return message.splitlines()[0] if message else type(error).__name__


def as_sentence(text: str) -> str:
    """``text`` as a sentence: a capital first letter and a full stop."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."
