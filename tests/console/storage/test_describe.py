"""How a database is named to people: no password, and a person's login role
shown as the person."""

from __future__ import annotations

from sqlalchemy.engine import make_url

from console.storage.engine import describe


def test_a_person_is_named_by_their_login() -> None:
    url = make_url("postgresql+psycopg://aisha.rahman%40support:secret@db.example.com:5433/support")
    assert describe(url) == "aisha.rahman on PostgreSQL db.example.com:5433/support"


def test_other_roles_and_no_role() -> None:
    assert (
        describe(make_url("postgresql+psycopg://postgres:x@db/support"))
        == "postgres on PostgreSQL db:5432/support"
    )
    assert describe(make_url("postgresql+psycopg://db/support")) == "PostgreSQL db:5432/support"
    assert describe(make_url("sqlite:////tmp/console.sqlite3")) == "SQLite /tmp/console.sqlite3"
