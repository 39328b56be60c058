"""A file's size as people read it, in the person's locale: the one home of the
rule for every window that lists attachments or kept messages."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def size_text(size: int) -> str:
    """ "830 B", "184 KB", "2.1 MB" (counted in 1024s, as file managers do)."""
    locale = QLocale()
    if size < 1024:
        return f"{locale.toString(size)} B"
    if size < 1024 * 1024:
        return f"{locale.toString(round(size / 1024))} KB"
    if size < 1024**3:
        return f"{locale.toString(size / 1024**2, 'f', 1)} MB"
    return f"{locale.toString(size / 1024**3, 'f', 1)} GB"
