"""The one way an error becomes text a person reads: the first line of its
message, or the kind of error when it has no message (never a traceback)."""

from __future__ import annotations


def error_text(error: BaseException) -> str:
    """The first line of ``error``'s message, or its class name when it is empty."""
    message = str(error).strip()
    return message.splitlines()[0] if message else type(error).__name__
