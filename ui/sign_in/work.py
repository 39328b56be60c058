"""The sign-in's database work, run on the dialog's worker thread."""

from __future__ import annotations

from console.demo.seed import seed_demo
from console.services.usecases.open_database import OpenedDatabase, open_console_database


def connect(url: str, seed_if_empty: bool) -> OpenedDatabase:
    """Open (and, when the connection may, migrate) the database; seed an empty
    local one with the demo data; say who the connection is and list the users."""
    return open_console_database(url, seed_demo if seed_if_empty else None)
