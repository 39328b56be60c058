"""``support-console tam``: a TAM's accounts as a table and as JSON, notes written
as the TAM, and bad input as one line (exit status 2) on both backends. The parser
is built here with the module's ``register``, as ``console.cli.main`` will."""

from __future__ import annotations

import contextlib
import io
import json
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from sqlalchemy.engine import URL

from console.cli import tam
from console.cli.errors import EXIT_USAGE, UsageError
from console.cli.parsing import Parser
from console.services.bundle import ConsoleServices
from console.services.errors import ServiceError
from console.services.infrastructure.database import Database
from console.storage.engine import create_engine_for
from tests.support.clock import SteppingClock

WEDNESDAY_9 = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)  # 09:00 in Berlin


class Cli:
    def __init__(self, url: URL, monkeypatch: pytest.MonkeyPatch) -> None:
        self.url = url.render_as_string(hide_password=False)
        self.clock = SteppingClock(WEDNESDAY_9)

        @contextlib.contextmanager
        def fixed_clock_services(_args: object) -> Iterator[ConsoleServices]:
            bundle = ConsoleServices(Database(create_engine_for(self.url)), self.clock)
            try:
                yield bundle
            finally:
                bundle.close()

        # The command's own database opening, with the test's clock (figures depend on "today").
        monkeypatch.setattr(tam, "services", fixed_clock_services)
        self.parser = Parser(prog="support-console")
        self.parser.add_argument("--db")
        self.parser.add_argument("--as", dest="actor")
        tam.register(self.parser.add_subparsers(dest="command"))

    def __call__(self, *argv: str) -> tuple[int, str, str]:
        out = io.StringIO()
        try:
            args = self.parser.parse_args(["--db", self.url, *argv])
            code: int = args.handler(args, out)
        except (UsageError, ServiceError) as error:  # what console.cli.main prints as one line
            return EXIT_USAGE, out.getvalue(), str(error)
        return code, out.getvalue(), ""


@pytest.fixture
def cli(database_url: URL, monkeypatch: pytest.MonkeyPatch) -> Iterator[Cli]:
    run = Cli(database_url, monkeypatch)
    svc = ConsoleServices(Database(create_engine_for(database_url)), run.clock)
    for name, role in (
        ("Ada Admin", "admin"),
        ("Tom Tam", "tam"),
        ("Tia Tam", "tam"),
        ("Anna Agent", "agent"),
    ):
        svc.accounts.add_user(name, role)
    svc.accounts.add_account("Initech", "premier", tam="Tom Tam", early_adopter=True)
    svc.accounts.add_account("Umbrella", "premier", tam="Tom Tam", trial_until=date(2026, 12, 7))
    svc.accounts.add_account("Globex", "standard")
    # Sev 2 opened Tue 24 Nov 09:00Z, due 09:30Z, never answered: one breach in November.
    svc.cases.open_case("Initech", 2, "Login fails", opened_at=datetime(2026, 11, 24, 9, tzinfo=UTC))
    svc.cases.open_case("Initech", 1, "Production down")  # now: 15 min, awaiting
    svc.close()
    yield run


def test_accounts_table_and_json(cli: Cli) -> None:
    code, out, err = cli("--as", "Tom Tam", "tam", "accounts")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].split() == ["account", "plan", "open", "sev", "1", "worst", "clock", "breached", "(month)",
                                "licences", "exams"]  # fmt: skip
    # Initech first (Severity 1 open); its Sev 2 is overdue: breached; 1 of 1 settled breached.
    assert lines[2].split()[:8] == ["Initech", "Premier", "2", "1", "breached", "1", "of", "1"]
    assert "early adopter" in lines[2]
    # Umbrella: trial to 7 Dec, 12 days after Wed 25 Nov.
    assert "trial to 2026-12-07 (12 d left)" in lines[3]
    assert lines[-1].startswith("SEVERITY 1 awaiting first response: #") and "Production down" in lines[-1]

    code, out, err = cli("--as", "Ada Admin", "tam", "accounts", "Tom Tam", "--format", "json")
    assert code == 0, err
    payload = json.loads(out)
    assert payload["tam"] == "Tom Tam" and payload["time_zone"] == "Europe/Berlin"
    assert payload["month"] == {"start": "2026-10-31T23:00:00Z", "end": "2026-11-30T23:00:00Z"}
    initech, umbrella = payload["accounts"]
    assert (initech["breached_this_month"], initech["met_this_month"]) == (1, 0)
    assert [c["subject"] for c in initech["open_cases"]] == ["Login fails", "Production down"]
    assert initech["open_cases"][1]["due_at"] == "2026-11-25T08:15:00Z"
    assert (umbrella["trial_state"], umbrella["trial_days_left"]) == ("active", 12)


def test_notes(cli: Cli) -> None:
    code, out, err = cli("--as", "Tom Tam", "tam", "note", "add", "Initech", "QBR on 3 Dec")
    assert code == 0, err
    note_id = int(out.split()[2])
    assert out == f"added note {note_id} (version 1)\n"
    assert cli("--as", "Tom Tam", "tam", "note", "edit", str(note_id), "QBR moved", "--version", "1")[1] == (
        f"note {note_id} is now at version 2\n"
    )
    code, _, err = cli("--as", "Tom Tam", "tam", "note", "edit", str(note_id), "Stale", "--version", "1")
    assert code == EXIT_USAGE and "changed in the meantime" in err
    _, out, _ = cli("--as", "Tom Tam", "tam", "accounts", "--format", "json")
    assert [n["body"] for n in json.loads(out)["accounts"][0]["notes"]] == ["QBR moved"]
    assert cli("--as", "Tom Tam", "tam", "note", "delete", str(note_id))[1] == f"deleted note {note_id}\n"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("tam", "accounts"), "name the TAM"),
        (("--as", "Tia Tam", "tam", "accounts", "Tom Tam"), "only their own accounts"),
        (("--as", "Anna Agent", "tam", "accounts", "Tom Tam"), "may not open the TAM cockpit"),
        (("tam", "accounts", "Anna Agent"), "not a TAM"),
        (("tam", "note", "add", "Initech", "text"), "act as the TAM with --as"),
        (("--as", "Tia Tam", "tam", "note", "add", "Initech", "text"), "not the TAM of Initech"),
        (("--as", "Tom Tam", "tam", "note", "add", "Initech", "  "), "needs some text"),
        (("--as", "Tom Tam", "tam", "note", "delete", "999"), "no TAM note #999"),
        (("--as", "Tom Tam", "tam", "note", "edit", "1", "x"), "--version"),
    ],
)
def test_bad_input_is_one_line(cli: Cli, argv: tuple[str, ...], message: str) -> None:
    code, out, err = cli(*argv)
    assert code == EXIT_USAGE
    assert message in err and "\n" not in err
    assert out == ""


def test_a_tam_without_accounts(cli: Cli) -> None:
    assert cli("--as", "Tia Tam", "tam", "accounts") == (
        0,
        "Tia Tam is not dedicated to any account yet\n",
        "",
    )
