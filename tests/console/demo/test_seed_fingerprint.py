"""The demo organisation, pinned: for a given ``seed`` and ``now`` the seeder writes
exactly these rows, on SQLite and PostgreSQL alike. Every table the demo writes is
reduced to its row count and a digest of all its rows (ordered by primary key,
instants in UTC), so a refactoring of ``console/demo`` that changes a single due
time, message or audit event fails here and names the table.

When the demo is *meant* to change, run the test, read the fingerprint it printed
in the failure and pin the new one in the same commit as the change.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from sqlalchemy import Engine, select

from console.demo.seed import seed_demo
from console.services.infrastructure.database import Database
from console.storage.models import Base

# Wednesday 2026-03-11 10:30 CET: the support calendar is open.
NOW = datetime(2026, 3, 11, 9, 30, tzinfo=UTC)

DEMO_TABLES = (
    "users",
    "accounts",
    "contacts",
    "exam_sessions",
    "exam_cancellations",
    "tam_notes",
    "cases",
    "messages",
    "case_events",
    "change_log",
    "counters",
    "attachments",
)
"""What the demo writes; the programme's tables (plans, targets, calendar) come
from the migrations and are left out, so that a change there names itself. So
are ``emails`` and ``outbox``: each acknowledgement the demo sends carries a
fresh Message-ID (what the customer's mail became is pinned by ``messages``)."""

PINNED = {
    "users": (18, "a85a17ab550b86e8"),
    "accounts": (30, "35c34feadeed8b2f"),
    "contacts": (68, "5e86d92b739a785c"),
    "exam_sessions": (11, "8c85d28c87ba87a1"),
    "exam_cancellations": (1, "5cdcddd7d113b3f6"),
    "tam_notes": (11, "6f39136fcacfbdd3"),
    "cases": (1254, "25c98c5c9c15e7a1"),
    "messages": (3718, "bfed148adf1fcd90"),
    "case_events": (2969, "9220c98ef9e66e02"),
    "change_log": (2581, "0ad01648443c9c43"),
    "counters": (1, "a02cbe0c677e4c60"),
    "attachments": (1, "339ab72d01018091"),
}


def _value(value: object) -> str:
    """One stored value as the same text on both backends."""
    if isinstance(value, datetime):
        aware = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
        return aware.astimezone(UTC).isoformat()
    return repr(value)


def fingerprint(db: Database) -> dict[str, tuple[int, str]]:
    """Each demo table's row count and the first 16 hex digits of a SHA-256 over its rows."""
    tables = {table.name: table for table in Base.metadata.sorted_tables}
    found: dict[str, tuple[int, str]] = {}
    with db.read() as session:
        for name in DEMO_TABLES:
            table = tables[name]
            rows = session.execute(select(table).order_by(*table.primary_key.columns)).all()
            digest = hashlib.sha256()
            for row in rows:
                digest.update("|".join(_value(value) for value in row).encode())
                digest.update(b"\n")
            found[name] = (len(rows), digest.hexdigest()[:16])
    return found


def test_the_demo_for_a_seed_and_now_is_pinned(engine: Engine) -> None:
    db = Database(engine)
    seed_demo(db, now=NOW, seed=2026)
    found = fingerprint(db)
    assert found == PINNED, f"the demo data changed; its fingerprint is now {found}"
