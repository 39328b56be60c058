"""``support-console gui --db ...`` follows the command line's rules: an empty
--db is an error, a malformed URL is refused without its password, and a SQLite
file that is not there is not created (issue 9, points 15 and 16)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ui.app import main


@pytest.mark.parametrize(
    ("db", "message"),
    [
        ("", "--db is empty"),
        ("postgresql://u:s3cret@h:bad/x", "not a database URL: 'postgresql://u:***@h:bad/x'"),
    ],
)
def test_bad_db_is_one_line(qtbot: QtBot, capsys: pytest.CaptureFixture[str], db: str, message: str) -> None:
    assert main(["--db", db, "--user", "Ada"]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "s3cret" not in err


def test_a_missing_file_is_not_created(
    qtbot: QtBot, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    typo = tmp_path / "typo" / "console.sqlite3"
    assert main(["--db", str(typo), "--user", "Ada"]) == 2
    assert "no database at" in capsys.readouterr().err
    assert not typo.parent.exists()
