"""``support-console sla due|remaining``, single and bulk, and its error handling."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from console.cli import main


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


def test_due_with_minutes() -> None:
    assert run("sla", "due", "--opened-at", "2026-03-27T18:00:00Z", "--minutes", "60") == (
        0,
        "2026-03-27T19:00:00Z\n",
    )


def test_due_with_plan_and_severity() -> None:
    code, out = run(
        "sla", "due", "--opened-at", "2026-03-27T18:00:00+00:00", "--plan", "standard", "--severity", "1"
    )
    assert (code, out) == (0, "2026-03-30T09:00:00Z\n")


def test_premier_severity_one_uses_the_24x7_clock_unless_told_otherwise() -> None:
    args = ["sla", "due", "--opened-at", "2026-11-28T22:00:00Z", "--plan", "premier", "--severity", "1"]
    assert run(*args)[1] == "2026-11-28T22:15:00Z\n"
    assert run(*args, "--calendar", "operational")[1] == "2026-11-30T07:15:00Z\n"


def test_calendar_options() -> None:
    base = ["sla", "due", "--opened-at", "2026-01-05T18:00:00Z", "--minutes", "120"]
    assert run(*base)[1] == "2026-01-06T08:00:00Z\n"  # Epiphany is no national holiday
    assert run(*base, "--regions", "DE-BY")[1] == "2026-01-07T08:00:00Z\n"  # ... but Bavarian
    assert run(*base, "--regions", "")[1] == "2026-01-06T08:00:00Z\n"
    assert run(*base, "--tz", "America/New_York", "--regions", "US")[1] == "2026-01-05T20:00:00Z\n"
    assert run(*base, "--calendar", "24x7")[1] == "2026-01-05T20:00:00Z\n"
    assert run(*base, "--closed", "2026-01-06")[1] == "2026-01-07T08:00:00Z\n"


def test_proctored_exam_window() -> None:
    code, out = run(
        "sla",
        "due",
        "--opened-at",
        "2026-11-28T21:00:00Z",
        "--plan",
        "proctored",
        "--severity",
        "1",
        "--exam",
        "2026-11-28T20:00:00Z/2026-11-29T01:00:00Z",
    )
    assert (code, out) == (0, "2026-11-28T21:15:00Z\n")


def test_remaining_text_and_json() -> None:
    base = ["sla", "remaining", "--opened-at", "2026-11-27T18:00:00Z", "--minutes", "60"]
    assert run(*base, "--now", "2026-11-27T18:30:00Z") == (0, "1800 running\n")
    assert run(*base, "--now", "2026-11-27T18:50:00Z") == (0, "600 at_risk\n")
    code, out = run(*base, "--now", "2026-11-30T08:00:00Z")
    assert (code, out) == (0, "-3600 breached\n")
    code, out = run(*base, "--now", "2026-11-28T10:00:00Z", "--format", "json")
    assert json.loads(out) == {
        "remaining_seconds": 0,
        "state": "breached",
        "due_at": "2026-11-27T19:00:00Z",
        "resumes_at": "2026-11-30T07:00:00Z",
        "target_seconds": 3600,
    }
    code, out = run(*base, "--now", "2026-11-30T08:00:00Z", "--responded-at", "2026-11-27T18:20:00Z")
    assert out == "2400 met\n"


def test_paused_remaining_says_when_it_resumes() -> None:
    _code, out = run(
        "sla",
        "remaining",
        "--opened-at",
        "2026-11-27T16:00:00Z",
        "--minutes",
        "240",
        "--now",
        "2026-11-28T12:00:00Z",
    )
    assert out == "3600 paused (resumes 2026-11-30T07:00:00Z)\n"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--opened-at", "2026-13-01T00:00:00Z", "--minutes", "5"], "not an ISO 8601"),
        (["--opened-at", "2026-03-01T00:00:00", "--minutes", "5"], "no offset"),
        (["--opened-at", "2026-03-01T00:00:00Z", "--plan", "premier", "--severity", "5"], "severity must be"),
        (["--opened-at", "2026-03-01T00:00:00Z", "--plan", "gold", "--severity", "1"], "unknown plan"),
        (
            ["--opened-at", "2026-03-01T00:00:00Z", "--minutes", "5", "--regions", "XX"],
            "unknown holiday region",
        ),
        (
            ["--opened-at", "2026-03-01T00:00:00Z", "--minutes", "5", "--tz", "Nowhere/Land"],
            "unknown time zone",
        ),
        (["--opened-at", "2026-03-01T00:00:00Z", "--minutes", "-5"], "negative"),
        (["--opened-at", "2026-03-01T00:00:00Z"], "give the target"),
        (["--minutes", "5"], "--opened-at is required"),
        (["--opened-at", "2026-03-01T00:00:00Z", "--plan", "premier"], "go together"),
        (
            ["--opened-at", "2026-03-01T00:00:00Z", "--minutes", "5", "--plan", "premier", "--severity", "1"],
            "either",
        ),
    ],
)
def test_bad_input_is_one_line_and_status_two(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run("sla", "due", *argv)
    err = capsys.readouterr().err
    assert code == 2
    assert out == ""
    assert message in err
    assert err.count("\n") == 1
    assert err.startswith("support-console: error: ")


def test_real_entry_point_prints_no_traceback() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "console", "sla", "due", "--opened-at", "yesterday", "--minutes", "5"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.strip() == (
        "support-console: error: --opened-at: 'yesterday' is not an ISO 8601 date and time (e.g. 2026-03-27T18:00:00Z)"
    )


# --- bulk ---------------------------------------------------------------------------


def test_bulk_due(tmp_path: Path) -> None:
    source = tmp_path / "cases.csv"
    source.write_text(
        "case,opened_at_utc,business_minutes\n"
        "A-1,2026-03-27T18:00:00Z,60\n"
        "A-2,2026-03-27T18:00:00Z,61\n"
        '"A-3 ""quoted, name""",2026-11-25T08:00:00+00:00,720\n'
    )
    code, out = run("sla", "due", "--csv", str(source))
    assert code == 0
    assert out.splitlines() == [
        "case,opened_at_utc,business_minutes,due_utc",
        "A-1,2026-03-27T18:00:00Z,60,2026-03-27T19:00:00Z",
        "A-2,2026-03-27T18:00:00Z,61,2026-03-30T06:01:00Z",
        '"A-3 ""quoted, name""",2026-11-25T08:00:00+00:00,720,2026-11-26T08:00:00Z',
    ]


def test_bulk_with_plan_instead_of_minutes(tmp_path: Path) -> None:
    source = tmp_path / "cases.csv"
    source.write_text("opened_at_utc\n2026-11-28T22:00:00Z\n")
    _code, out = run("sla", "due", "--csv", str(source), "--plan", "premier", "--severity", "1")
    assert out.splitlines()[1] == "2026-11-28T22:00:00Z,2026-11-28T22:15:00Z"


def test_bulk_remaining(tmp_path: Path) -> None:
    source = tmp_path / "clocks.csv"
    source.write_text(
        "opened_at_utc,business_minutes,now_utc\n"
        "2026-11-27T18:00:00Z,60,2026-11-27T18:30:00Z\n"
        "2026-11-27T18:00:00Z,60,2026-11-30T08:00:00Z\n"
    )
    code, out = run("sla", "remaining", "--csv", str(source))
    assert code == 0
    assert [line.rsplit(",", 1)[1] for line in out.splitlines()] == [
        "remaining_business_seconds",
        "1800",
        "-3600",
    ]


def test_bulk_bad_rows_are_reported_with_line_numbers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "cases.csv"
    source.write_text(
        "opened_at_utc,business_minutes\n"
        "2026-03-27T18:00:00Z,60\n"
        "2026-03-32T18:00:00Z,60\n"
        "2026-03-27T18:00:00Z,lots\n"
        "2026-03-27T18:00:00,5\n"
    )
    code, out = run("sla", "due", "--csv", str(source))
    err = capsys.readouterr().err
    assert code == 2
    assert out == ""
    assert "line 3: opened_at_utc '2026-03-32T18:00:00Z'" in err
    assert "line 4: business_minutes 'lots'" in err
    assert "line 5: opened_at_utc '2026-03-27T18:00:00' has no offset" in err
    assert "3 bad row(s); nothing written" in err


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "empty"),
        ("opened,business_minutes\n", "missing column(s) opened_at_utc"),
        ("opened_at_utc\n2026-01-01T00:00:00Z\n", "missing column(s) business_minutes"),
        ("opened_at_utc,business_minutes,due_utc\n", "already has a due_utc column"),
    ],
)
def test_bulk_bad_files(
    tmp_path: Path, content: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "bad.csv"
    source.write_text(content)
    code, _ = run("sla", "due", "--csv", str(source))
    assert code == 2
    assert message in capsys.readouterr().err


def test_bulk_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = run("sla", "due", "--csv", str(tmp_path / "nope.csv"))
    assert code == 2
    assert "cannot read" in capsys.readouterr().err


def test_status_board() -> None:
    code, out = run("status", "--now", "2026-11-28T12:00:00Z")
    assert code == 0
    assert "CLOSED — opens Mon 30 Nov 2026 08:00" in out
    assert "Fri 25 Dec 2026  Christmas Day" in out
