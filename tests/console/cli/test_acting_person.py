"""Who acts on the command line, on both backends: the claimer and the writer are
the acting person (``--as``), never a second name in an option; a customer's
words typed in by an agent record them; the simulator refuses ``--as``; roles and
activity hold for ``case assign``; the change log names the actor."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select
from sqlalchemy.engine import URL

from console.cli.errors import EXIT_USAGE
from console.storage.engine import create_engine_for
from console.storage.models import ChangeLog, User
from tests.console.cli.runner import Cli


@pytest.fixture
def cli(database_url: URL, capsys: pytest.CaptureFixture[str]) -> Cli:
    run = Cli(database_url, capsys)
    for argv in (
        ["user", "add", "--name", "Ada", "--role", "admin"],
        ["user", "add", "--name", "Anna", "--role", "agent"],
        ["user", "add", "--name", "Ben", "--role", "agent"],
        ["user", "add", "--name", "Lea", "--role", "lead"],
        ["user", "add", "--name", "Leo", "--role", "lead"],
        ["account", "add", "--name", "Initech", "--plan", "premier"],
        ["account", "contact", "--account", "Initech", "--name", "Ida Lee", "--email", "ida@initech.example"],
    ):
        code, _, err = run(*argv)
        assert code == 0, err
    return run


def _open(cli: Cli) -> str:
    code, out, err = cli(
        "case", "open", "--account", "Initech", "--severity", "2", "--subject", "Login",
        "--contact", "ida@initech.example",
    )  # fmt: skip
    assert code == 0, err
    return out.strip()


def _refused(result: tuple[int, str, str], *words: str) -> None:
    code, out, err = result
    assert code == EXIT_USAGE, (out, err)
    assert err.count("\n") == 1 and "Traceback" not in err, err
    for word in words:
        assert word in err, err


def test_claim_is_for_the_acting_person_only(cli: Cli) -> None:
    number = _open(cli)
    _refused(cli("--as", "Ben", "case", "claim", "--agent", "Anna"), "--agent is gone", "--as NAME")
    _refused(cli("case", "claim", "--agent", "Anna"), "--agent is gone")
    _refused(cli("case", "claim"), "say who claims: --as NAME (before the command)")
    assert cli("--as", "Anna", "case", "claim")[1] == f"{number}\n"
    shown = json.loads(cli("case", "show", number, "--format", "json")[1])
    assert shown["assignee"] == "Anna"
    claimed = next(e for e in shown["events"] if e["action"] == "claimed")
    assert claimed["user"] == "Anna"


def test_chat_from_the_agent_is_the_acting_person(cli: Cli) -> None:
    number = _open(cli)
    _refused(
        cli("--as", "Ben", "chat", "send", number, "--from", "agent", "--agent", "Anna", "--body", "Hi"),
        "--agent is gone",
    )
    _refused(cli("chat", "send", number, "--from", "agent", "--body", "Hi"), "say who writes")
    assert cli("--as", "Ben", "chat", "send", number, "--from", "agent", "--body", "Hi")[0] == 0
    messages = json.loads(cli("case", "show", number, "--format", "json")[1])["messages"]
    assert (messages[-1]["author"], messages[-1]["author_kind"]) == ("Ben", "agent")


def test_the_agent_who_types_in_a_customers_words_is_recorded(cli: Cli) -> None:
    number = _open(cli)
    code, _, err = cli(
        "--as", "Anna", "chat", "send", number, "--from", "customer", "--body", "It loops again",
        "--contact", "ida@initech.example",
    )  # fmt: skip
    assert code == 0, err
    assert cli("chat", "send", number, "--from", "customer", "--body", "From the portal")[0] == 0
    _code, text, _ = cli("case", "show", number)
    assert "chat   entered by Anna for Ida Lee: It loops again" in text
    assert "chat   Ida Lee: From the portal" in text
    messages = json.loads(cli("case", "show", number, "--format", "json")[1])["messages"]
    assert [(m["author"], m["entered_by"]) for m in messages if m["kind"] == "chat"] == [
        ("Ida Lee", "Anna"),
        ("Ida Lee", None),
    ]
    events = json.loads(cli("case", "show", number, "--format", "json")[1])["events"]
    assert [e["user"] for e in events if e["action"] == "chat"] == ["Anna", None]


def test_typing_in_for_the_customer_on_a_colleagues_case_is_refused(cli: Cli) -> None:
    number = _open(cli)
    assert cli("--as", "Lea", "case", "assign", number, "--to", "Anna")[0] == 0
    _refused(
        cli("--as", "Ben", "chat", "send", number, "--from", "customer", "--body", "Hello"),
        "assigned to someone else",
    )


def test_simulate_refuses_as(cli: Cli) -> None:
    _refused(
        cli("--as", "Ada", "simulate", "--count", "1"),
        "the simulator acts as the demo's customers and agents itself; run it without --as",
    )


def test_an_agent_cannot_take_a_colleagues_case(cli: Cli) -> None:
    number = _open(cli)
    assert cli("--as", "Anna", "case", "assign", number, "--to", "Anna")[0] == 0
    _refused(cli("--as", "Ben", "case", "assign", number, "--to", "Ben"), "assigned to someone else")
    shown = json.loads(cli("case", "show", number, "--format", "json")[1])
    assert shown["assignee"] == "Anna"


def test_a_deactivated_lead_assigns_nothing(cli: Cli) -> None:
    number = _open(cli)
    assert cli("--as", "Ada", "admin", "user", "set", "Leo", "--inactive")[0] == 0
    _refused(cli("--as", "Leo", "case", "assign", number, "--to", "Anna"), "Leo is deactivated")
    _refused(cli("--as", "Leo", "case", "assign", number, "--to", "Leo"), "Leo is deactivated")
    _refused(cli("--as", "Leo", "case", "claim"), "Leo is deactivated")
    shown = json.loads(cli("case", "show", number, "--format", "json")[1])
    assert shown["assignee"] is None


def test_the_change_log_names_the_actor(cli: Cli, database_url: URL) -> None:
    assert cli("--as", "Ada", "admin", "user", "set", "Ben", "--team", "EMEA")[0] == 0
    assert cli("admin", "user", "set", "Ben", "--languages", "en,de")[0] == 0
    assert cli("--as", "Ada", "admin", "person", "role", "Ben", "lead")[0] == 0
    engine = create_engine_for(database_url)
    try:
        with engine.connect() as connection:
            ids = dict(connection.execute(select(User.name, User.id)).tuples().all())
            rows = connection.execute(
                select(ChangeLog.action, ChangeLog.actor_id)
                .where(ChangeLog.entity == "user", ChangeLog.entity_id == ids["Ben"])
                .order_by(ChangeLog.id)
            ).all()
    finally:
        engine.dispose()
    assert [tuple(row) for row in rows][-3:] == [
        ("team", ids["Ada"]),
        ("languages", None),
        ("role", ids["Ada"]),
    ]
