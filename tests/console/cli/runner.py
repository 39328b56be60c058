"""One way for the command-line tests to run ``support-console`` in process
against a test database: exit status, stdout and stderr of one command."""

from __future__ import annotations

import io

import pytest
from sqlalchemy.engine import URL

from console.cli import main


class Cli:
    """``cli("case", "show", "1")`` runs ``support-console --db URL case show 1``."""

    def __init__(self, url: URL, capsys: pytest.CaptureFixture[str]) -> None:
        self.url = url.render_as_string(hide_password=False)
        self.capsys = capsys

    def __call__(self, *argv: str) -> tuple[int, str, str]:
        out = io.StringIO()
        self.capsys.readouterr()
        code = main(["--db", self.url, *argv], out=out)
        return code, out.getvalue(), self.capsys.readouterr().err


def open_case(cli: Cli, severity: str, opened_at: str, account: str = "Globex") -> int:
    code, out, err = cli(
        "case",
        "open",
        "--account",
        account,
        "--severity",
        severity,
        "--subject",
        "x",
        "--opened-at",
        opened_at,
    )
    assert code == 0, err
    return int(out)
