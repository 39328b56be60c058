"""The GUI's way to its database follows the command line's rules: an empty
``--db`` is an error, a mistyped SQLite path is refused (not created), and a
connection test says what it reached."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import URL

from console.services.infrastructure.connections import (
    DatabaseUrlError,
    console_database_url,
    probe_connection,
)


def test_an_empty_db_argument_is_an_error() -> None:
    with pytest.raises(DatabaseUrlError, match="--db is empty"):
        console_database_url("  ", {})


def test_a_missing_file_is_refused_and_not_created(tmp_path: Path) -> None:
    typo = tmp_path / "typo" / "console.sqlite3"
    with pytest.raises(DatabaseUrlError, match="no database at"):
        console_database_url(str(typo), {})
    assert not typo.parent.exists()


def test_the_password_stays_in_the_url_the_gui_opens() -> None:
    url = console_database_url("postgresql://agent:s3cret@db.example/support", {})
    assert url == "postgresql+psycopg://agent:s3cret@db.example/support"


def test_the_environment_names_the_database_when_no_db_is_given(tmp_path: Path) -> None:
    path = tmp_path / "team.sqlite3"
    path.touch()
    assert console_database_url(None, {"SUPPORT_CONSOLE_DB": str(path)}) == f"sqlite:///{path}"


def test_a_probe_says_what_it_reached(database_url: URL) -> None:
    assert probe_connection(database_url).startswith("Connected to ")
