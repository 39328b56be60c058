"""``support-console admin ...`` over a real database on both backends: what each
command prints, the recompute count, role refusals and bad input (one line, exit
status 2, nothing written)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.console.cli.runner import Cli, open_case


def due_of(cli: Cli, number: int) -> str:
    code, out, err = cli("case", "show", str(number), "--format", "json")
    assert code == 0, err
    found: dict[str, Any] = json.loads(out)
    return str(found.get("due_at") or found["case"]["due_at"])


def test_target_list_and_set_with_the_recompute_count(cli: Cli) -> None:
    code, out, _ = cli("admin", "target", "list")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["plan", "severity", "minutes", "target", "clock"]
    assert "Standard             3 Medium  720      1 day (12h)   operational" in out
    assert "24x7" in next(line for line in lines if line.startswith("Premier") and "1 Urgent" in line)

    # Wed 2026-11-25 09:00 Berlin; 720 min -> Thu 09:00 Berlin; 240 min -> Wed 13:00 Berlin.
    number = open_case(cli, "3", "2026-11-25T08:00:00Z")
    assert due_of(cli, number) == "2026-11-26T08:00:00Z"
    code, out, err = cli("--as", "Ada", "admin", "target", "set", "standard", "3", "240")
    assert (code, err) == (0, "")
    assert out == (
        "Standard severity 3 (Medium): target 4h (240 operational minutes).\n1 open case got a new due time.\n"
    )
    assert due_of(cli, number) == "2026-11-25T12:00:00Z"

    code, out, _ = cli("admin", "target", "list", "--format", "json")
    row = next(r for r in json.loads(out) if r["plan"] == "standard" and r["severity"] == 3)
    assert row == {"plan": "standard", "severity": 3, "minutes": 240, "clock": "operational"}


def test_calendar_show_set_and_closures(cli: Cli) -> None:
    code, out, _ = cli("admin", "calendar", "show")
    assert code == 0
    assert out.splitlines()[:3] == [
        "time zone        Europe/Berlin",
        "weekly hours     mon-fri 08:00-20:00",
        "holiday regions  CH, DE",
    ]
    number = open_case(cli, "3", "2026-11-25T08:00:00Z")  # due Thu 09:00 Berlin
    code, out, err = cli("admin", "closure", "add", "2026-11-26", "--reason", "Company meeting")
    assert (code, err) == (0, "")
    assert out == ("closed on 2026-11-26 (Thursday): Company meeting.\n1 open case got a new due time.\n")
    # Thursday closed: 11h on Wed, 1h from Fri 08:00 -> Fri 09:00 Berlin.
    assert due_of(cli, number) == "2026-11-27T08:00:00Z"
    code, out, _ = cli("admin", "closure", "list")
    assert "2026-11-26  Thu  Company meeting" in out
    code, out, _ = cli("admin", "closure", "remove", "2026-11-26")
    assert out.endswith("1 open case got a new due time.\n")

    code, out, err = cli(
        "admin",
        "calendar",
        "set",
        "--regions",
        "ch,de-by",
        "--hours",
        "mon-fri 08:00-18:00",
        "--at-risk-minutes",
        "20",
    )
    assert (code, err) == (0, "")
    # 9h on Wed (09:00-18:00), 3h from Thu 08:00 -> Thu 11:00 Berlin = 10:00 UTC.
    assert out == (
        "holiday regions: CH, DE-BY\n"
        "weekly hours: mon-fri 08:00-18:00\n"
        "at risk: at 20% of the target or 20 minutes left\n"
        "1 open case got a new due time.\n"
    )
    assert due_of(cli, number) == "2026-11-26T10:00:00Z"


def test_holiday_preview(cli: Cli) -> None:
    code, out, _ = cli("admin", "holidays", "--regions", "CH,DE-BY", "--year", "2027")
    assert code == 0
    assert "2027-01-01  Fri  New Year's Day" in out
    epiphany = next(line for line in out.splitlines() if line.startswith("2027-01-06"))
    assert epiphany.split(None, 2)[1:] == ["Wed", "Epiphany                 DE-BY"]  # Bavaria only
    code, out, _ = cli("admin", "holidays", "--regions", "DE", "--year", "2027", "--format", "json")
    assert json.loads(out)[0] == {"date": "2027-01-01", "name": "New Year's Day", "regions": ["DE"]}


def test_user_set(cli: Cli) -> None:
    code, out, err = cli(
        "--as", "Ada", "admin", "user", "set", "Lea", "--team", "Night", "--languages", "en,de"
    )
    assert (code, err) == (0, "")
    assert out == "Lea: lead, team Night, languages en,de, active.\n"
    code, out, _ = cli("admin", "user", "set", "Lea", "--inactive")
    assert out == "Lea: lead, team Night, languages en,de, inactive.\n"


def test_exam_list_cancel_and_delete(cli: Cli) -> None:
    code, _, err = cli(
        "exam", "add", "--account", "Exam Board", "--start", "2026-11-28T10:00:00+01:00",
        "--end", "2026-11-28T12:00:00+01:00", "--rrule", "FREQ=MONTHLY;BYDAY=4SA", "--title", "Finals",
    )  # fmt: skip
    assert code == 0, err
    code, out, _ = cli("admin", "exam", "list")
    assert "Exam Board  Finals  2026-11-28 10:00-12:00 Europe/Berlin  monthly, fourth Saturday  -" in out
    code, out, err = cli("admin", "exam", "cancel", "1", "2026-11-28T09:00:00Z")
    assert (code, err) == (0, "")
    assert out == (
        "cancelled the occurrence of exam session #1 starting 2026-11-28T09:00:00Z.\n"
        "0 open cases got a new due time.\n"
    )
    code, out, _ = cli("admin", "exam", "list", "--format", "json")
    assert json.loads(out)[0]["cancelled"] == ["2026-11-28T09:00:00Z"]
    code, out, _ = cli("admin", "exam", "delete", "#1")
    assert out == "deleted exam session #1.\n0 open cases got a new due time.\n"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["admin", "target", "set", "standard", "5", "60"], "severity must be 1, 2, 3 or 4, not '5'"),
        (["admin", "target", "set", "gold", "1", "60"], "unknown plan 'gold'"),
        (["admin", "target", "set", "standard", "1", "soon"], "MINUTES: 'soon' is not a whole number"),
        (["admin", "target", "set", "standard", "1", "0"], "target must be 1 to 21600"),
        (["admin", "calendar", "set", "--regions", "CH,XX"], "unknown holiday region 'XX'"),
        (["admin", "calendar", "set", "--tz", "Mars/Base"], "unknown time zone 'Mars/Base'"),
        (["admin", "calendar", "set"], "say what to change"),
        (["admin", "calendar", "set", "--hours", "mon 8-20"], "an opening window reads like 08:00-20:00"),
        (["admin", "closure", "add", "26.11.2026"], "DATE: '26.11.2026' is not a date (YYYY-MM-DD)"),
        (["admin", "closure", "remove", "2026-11-26"], "2026-11-26 is not a closure date"),
        (["admin", "holidays", "--regions", "DE-ZZ", "--year", "2027"], "DE has no subdivision 'ZZ'"),
        (["admin", "user", "set", "Ada", "--role", "agent"], "Ada is the last active admin"),
        (["admin", "user", "set", "Tom", "--role", "lead"], "Tom is still the TAM of Initech"),
        (["admin", "user", "set", "Nobody", "--team", "x"], "no user named 'Nobody'"),
        (["admin", "exam", "delete", "7"], "no exam session #7"),
        (["admin", "exam", "cancel", "x", "2026-11-28T09:00:00Z"], "'x' is not an exam session number"),
        (
            ["--as", "Lea", "admin", "target", "set", "standard", "1", "60"],
            "Lea (lead) may not change the SLA targets",
        ),
        (["--as", "Tom", "admin", "closure", "add", "2026-12-28"], "Tom (tam) may not add closure dates"),
    ],
)
def test_bad_input_is_one_line_and_exit_status_2(cli: Cli, argv: list[str], message: str) -> None:
    code, out, err = cli(*argv)
    assert code == 2
    assert out == ""
    assert message in err
    assert len(err.strip().splitlines()) == 1
    code, listing, _ = cli("admin", "target", "list", "--format", "json")
    assert {r["minutes"] for r in json.loads(listing) if r["plan"] == "standard"} == {240, 480, 720, 2160}
