"""``support-console admin queue-rules`` over a real database on both backends: the
chain with its switches, setting it whole or by --order/--disable/--enable, the
preview (which stores nothing), reset, role refusals and bad input (one line, exit
status 2, nothing written)."""

from __future__ import annotations

import json

from tests.console.cli.runner import Cli, open_case

PUBLISHED = "exam_live,priority_plan,awaiting_first_response,earliest_due,severity,opened"


def chain_of(cli: Cli) -> str:
    code, out, err = cli("admin", "queue-rules", "show", "--format", "json")
    assert code == 0, err
    return str(json.loads(out)["chain"])


def test_show_lists_every_rule_with_its_switch(cli: Cli) -> None:
    code, out, err = cli("admin", "queue-rules")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].split() == ["#", "on", "rule", "puts", "first"]
    assert lines[2].split()[:3] == ["1", "yes", "exam_live"]
    assert lines[-1] == f"chain: {PUBLISHED} (the published chain)"
    code, out, _ = cli("admin", "queue-rules", "show", "--format", "json")
    payload = json.loads(out)
    assert payload["published"] is True
    assert payload["rules"][0] == {
        "rule": "exam_live",
        "enabled": True,
        "label": "proctored exam session live now",
    }


def test_set_whole_chain_then_by_options_then_reset(cli: Cli) -> None:
    code, out, err = cli(
        "--as", "Lea", "admin", "queue-rules", "set", "severity,exam_live,-priority_plan,earliest-due"
    )
    assert code == 0, err
    assert "saved: every console re-orders its queue now." in out
    assert chain_of(cli) == "severity,exam_live,-priority_plan,earliest_due,-awaiting_first_response,-opened"
    code, out, err = cli(
        "--as",
        "Ada",
        "admin",
        "queue-rules",
        "set",
        "--order",
        "exam_live",
        "--enable",
        "priority_plan,opened",
        "--disable",
        "severity",
    )
    assert code == 0, err
    assert chain_of(cli) == "exam_live,-severity,priority_plan,earliest_due,-awaiting_first_response,opened"
    code, out, err = cli("admin", "queue-rules", "set", "--", "-exam_live,severity")
    assert code == 0, err
    assert chain_of(cli).startswith("-exam_live,severity,")
    code, out, err = cli("--as", "Lea", "admin", "queue-rules", "reset")
    assert code == 0, err
    assert out.splitlines()[-2] == f"chain: {PUBLISHED} (the published chain)"
    code, out, err = cli("--as", "Lea", "admin", "queue-rules", "reset")
    assert out.splitlines()[-1] == "unchanged."


def test_preview_orders_the_open_queue_without_storing(cli: Cli) -> None:
    standard = open_case(cli, "1", "2026-11-25T08:00:00Z")
    premier = open_case(cli, "4", "2026-11-25T08:00:00Z", account="Initech")
    code, out, err = cli("admin", "queue-rules", "preview", "--now", "2026-11-25T08:30:00Z")
    assert code == 0, err
    assert [line.split()[1] for line in out.splitlines()[3:5]] == [str(premier), str(standard)]
    code, out, err = cli(
        "admin", "queue-rules", "preview", "severity", "--now", "2026-11-25T08:30:00Z", "--format", "json"
    )
    assert code == 0, err
    rows = json.loads(out)["rows"]
    assert [r["number"] for r in rows] == [standard, premier]
    assert rows[0]["why"] == f"above #{premier}: severity 1 before 4"
    assert chain_of(cli) == PUBLISHED


def test_refusals_and_bad_input_write_nothing(cli: Cli) -> None:
    code, out, err = cli("--as", "Tom", "admin", "queue-rules", "set", "severity")
    assert code == 2 and out == ""
    assert err.strip().endswith("Tom (tam) may not change the queue rules: that takes a lead or admin")
    for argv, message in (
        (["set", "severity,vip"], "unknown queue rule 'vip'"),
        (["set", "severity,severity"], "only once"),
        (["set", "--disable", "vip"], "--disable: unknown queue rule 'vip'"),
        (["set", "severity", "--order", "opened"], "either a whole CHAIN or --order"),
        (["set", "--disable", "severity", "--enable", "severity"], "both --disable and --enable"),
        (["set"], "say what to change"),
        (["preview", "--limit", "0"], "--limit must be at least 1"),
    ):
        code, out, err = cli("admin", "queue-rules", *argv)
        assert code == 2, argv
        assert message in err and len(err.strip().splitlines()) == 1, err
    assert chain_of(cli) == PUBLISHED
