"""``admin person ...``, ``password``, ``db upgrade``'s reminder and ``--user``.

On both backends: adding people, their roles and activity, the list, and the
refusals SQLite gives (it has no passwords). On PostgreSQL also people signing
in as themselves with ``--user LOGIN`` (the test server trusts any password):
they act as themselves, choose their own password, and a refused sign-in is
one sentence."""

from __future__ import annotations

import argparse
import io
import re
from collections.abc import Iterator

import pytest
from sqlalchemy.engine import URL, make_url

from console.cli.context import database_url_text
from console.cli.errors import EXIT_USAGE
from console.services.bundle import ConsoleServices
from console.services.infrastructure.connections import person_url
from console.services.infrastructure.database import Database
from console.storage.access import drop_roles
from console.storage.engine import create_engine_for
from console.storage.profiles import Profile, ProfileStore
from console.storage.schema import upgrade_schema
from tests.console.cli.runner import Cli
from tests.support.postgres import admin_execute, new_postgres_database, pg_admin_url

ONE_TIME = re.compile(
    r"Give (?P<login>[a-z.]+) this one-time password \(valid until (?P<until>\S+Z)\): "
    r"(?P<password>[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}) — they choose their own at first sign-in"
)
OWN_PASSWORD = "correct horse battery"


def _refused(result: tuple[int, str, str], *words: str) -> None:
    code, out, err = result
    assert code == EXIT_USAGE, (out, err)
    assert out == "" and err.count("\n") == 1 and "Traceback" not in err, err
    for word in words:
        assert word in err, err


# -- both backends (the shared `cli` fixture: Ada admin, Lea lead, Tom TAM) ----------------


def test_adding_a_person(cli: Cli, backend: str) -> None:
    code, out, err = cli(
        "--as", "Ada", "admin", "person", "add", "Aisha Rahman", "--role", "agent",
        "--languages", "en,de", "--team", "EMEA",
    )  # fmt: skip
    assert code == 0, err
    assert out.count("\n") == 1
    assert out.startswith("added agent Aisha Rahman (login aisha.rahman)")
    found = ONE_TIME.search(out)
    if backend == "sqlite":
        assert found is None
        assert "a local SQLite database has no passwords" in out
    else:
        assert found is not None and found["login"] == "aisha.rahman"
    code, out, err = cli("--as", "Ada", "admin", "person", "add", "Bo Li", "--role", "lead", "--login", "bli")
    assert code == 0, err
    assert "(login bli)" in out
    _refused(cli("--as", "Lea", "admin", "person", "add", "Cy", "--role", "agent"), "may not add users")
    _refused(cli("admin", "person", "add", "Cy", "--role", "wizard"))


def test_one_time_passwords(cli: Cli, backend: str) -> None:
    assert cli("admin", "person", "add", "Aisha Rahman", "--role", "agent")[0] == 0
    result = cli("--as", "Ada", "admin", "person", "password", "Aisha Rahman")
    if backend == "sqlite":
        _refused(result, "a local SQLite database has no passwords")
        return
    code, out, err = result
    assert code == 0, err
    assert out.count("\n") == 1 and ONE_TIME.search(out) is not None
    _refused(cli("--as", "Lea", "admin", "person", "password", "Aisha Rahman"), "Lea (lead) may not")
    _, listed, _ = cli("admin", "person", "list")
    row = next(line for line in listed.splitlines() if line.startswith("Aisha Rahman"))
    assert "one-time until" in row


def test_disable_enable_and_role(cli: Cli, backend: str) -> None:
    assert cli("admin", "person", "add", "Aisha Rahman", "--role", "agent")[0] == 0
    code, out, err = cli("--as", "Ada", "admin", "person", "disable", "Aisha Rahman")
    assert code == 0, err
    assert out.startswith("Aisha Rahman is disabled") and out.count("\n") == 1
    _refused(cli("--as", "Ada", "admin", "person", "password", "Aisha Rahman"))
    code, out, err = cli("--as", "Ada", "admin", "person", "enable", "Aisha Rahman")
    assert code == 0, err
    assert out.startswith("Aisha Rahman is enabled") and out.count("\n") == 1
    _refused(cli("admin", "person", "role", "Ada", "agent"), "last active admin")
    assert cli("--as", "Ada", "admin", "person", "role", "Aisha Rahman", "admin")[1] == (
        "Aisha Rahman is now an admin\n"
    )
    _refused(cli("--as", "Lea", "admin", "person", "disable", "Ada"), "Lea (lead) may not")
    _, listed, _ = cli("admin", "person", "list")
    assert listed.splitlines()[0].split() == ["name", "login", "role", "active", "password"]
    rows = {line.split()[0]: line.split() for line in listed.splitlines()[2:]}
    assert rows["Ada"][1:4] == ["ada", "admin", "yes"]
    assert rows["Tom"][-1] == ("-" if backend == "sqlite" else "none")


def test_password_needs_a_person_signed_in(cli: Cli, backend: str) -> None:
    if backend == "sqlite":
        _refused(cli("password", "--password-stdin"), "a local SQLite database has no passwords")
        _refused(cli("--user", "ada", "case", "show", "1"), "--user is for PostgreSQL")
    else:
        _refused(cli("password", "--password-stdin"), "connect with --user LOGIN")


def test_db_upgrade_counts_who_has_no_password(cli: Cli, backend: str) -> None:
    code, out, err = cli("db", "upgrade")
    assert code == 0, err
    if backend == "sqlite":
        assert "password" not in out
    else:
        assert (
            "3 active people have no password yet and cannot sign in: give each a one-time password "
            "with `support-console admin person password NAME`"
        ) in out
        assert cli("admin", "person", "password", "Tom")[0] == 0
        assert cli("admin", "person", "disable", "Lea")[0] == 0
        assert "1 active person has no password yet" in cli("db", "upgrade")[1]


# -- PostgreSQL: people signing in as themselves ---------------------------------------------


@pytest.fixture
def people(request: pytest.FixtureRequest, capsys: pytest.CaptureFixture[str]) -> Iterator[Cli]:
    """A database whose roles are made (upgraded by the superuser), with Ada
    (admin), Anna and Ben (agents) who chose their own passwords, and Initech
    (Premier) with a contact."""
    template: str = request.getfixturevalue("postgres_template")
    url = new_postgres_database(template)
    try:
        engine = create_engine_for(url)
        upgrade_schema(engine)
        engine.dispose()
        owner = ConsoleServices(Database(create_engine_for(url)))
        try:
            for name, role in (("Ada", "admin"), ("Anna", "agent"), ("Ben", "agent")):
                owner.people.add_person(name, role)
            owner.accounts.add_account("Initech", "premier")
            owner.accounts.add_contact("Initech", "Ida Lee", "ida@initech.example")
        finally:
            owner.close()
        for login in ("ada", "anna", "ben"):
            _choose_password(url, login)
        yield Cli(url, capsys)
    finally:
        admin_execute(f'DROP DATABASE IF EXISTS "{url.database}" WITH (FORCE)')
        admin = create_engine_for(pg_admin_url())
        try:
            with admin.begin() as connection:
                drop_roles(connection, str(url.database))
        finally:
            admin.dispose()


def _choose_password(url: URL, login: str) -> None:
    person = ConsoleServices(Database(create_engine_for(person_url(url, login))))
    try:
        person.people.set_own_password(OWN_PASSWORD)
    finally:
        person.close()


def _open(people: Cli) -> str:
    code, out, err = people(
        "case", "open", "--account", "Initech", "--severity", "2", "--subject", "Login",
        "--contact", "ida@initech.example",
    )  # fmt: skip
    assert code == 0, err
    return out.strip()


@pytest.mark.postgres
def test_a_person_claims_and_writes_as_themselves(people: Cli) -> None:
    number = _open(people)
    _refused(people("--user", "anna", "--as", "Ben", "case", "claim"), "you are signed in as anna")
    # Even where a command does not act (a listing), --as cannot name someone else.
    _refused(people("--user", "anna", "--as", "Ada", "queue", "list"), "you are signed in as anna")
    assert people("--user", "anna", "--as", "Anna", "queue", "list")[0] == 0
    code, out, err = people("--user", "anna", "case", "claim")
    assert (code, out) == (0, f"{number}\n"), err
    assert people("--user", "anna", "case", "reply", number, "--body", "On it")[0] == 0
    code, _, err = people(
        "--user", "anna", "chat", "send", number, "--from", "customer", "--body", "Still down"
    )
    assert code == 0, err
    assert people("--user", "anna", "chat", "send", number, "--from", "agent", "--body", "Looking")[0] == 0
    _refused(people("--user", "ben", "case", "reply", number, "--body", "Me too"), "assigned to someone else")
    _, shown, _ = people("case", "show", number)
    assert "reply  Anna: On it" in shown
    assert "chat   entered by Anna for Ida Lee: Still down" in shown
    assert "chat   Anna: Looking" in shown


@pytest.mark.postgres
def test_only_the_owner_runs_the_simulator(people: Cli) -> None:
    _refused(people("--user", "ada", "simulate", "--count", "1"), "run it as the database's owner")


@pytest.mark.postgres
def test_a_refused_sign_in_is_one_sentence(people: Cli) -> None:
    _refused(
        people("--user", "nobody", "case", "show", "1"),
        "cannot sign in to",
        "no one with that user name works in this database.",
    )
    _refused(people("--user", "Not A Login", "case", "show", "1"), "--user:", "is not a login")
    assert people("--user", "ada", "admin", "person", "disable", "Ben")[0] == 0
    _refused(people("--user", "ben", "case", "show", "1"), "this person is deactivated")


@pytest.mark.postgres
def test_an_admin_adds_a_person_who_chooses_their_password(
    people: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = people("--user", "ada", "admin", "person", "add", "Aisha Rahman", "--role", "agent")
    assert code == 0, err
    found = ONE_TIME.search(out)
    assert found is not None and found["login"] == "aisha.rahman"
    _refused(people("--user", "anna", "admin", "person", "password", "Ben"), "Anna (agent) may not")

    _refused(
        people("--user", "aisha.rahman", "queue", "list"),
        "choose your own password first: support-console --user aisha.rahman password",
    )
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    _refused(people("--user", "aisha.rahman", "password", "--password-stdin"), "at least 10 characters")
    monkeypatch.setattr("sys.stdin", io.StringIO("aisha.rahman-2026\n"))
    _refused(people("--user", "aisha.rahman", "password", "--password-stdin"), "a password cannot contain")
    monkeypatch.setattr("sys.stdin", io.StringIO(OWN_PASSWORD + "\n"))
    code, out, err = people("--user", "aisha.rahman", "password", "--password-stdin")
    assert (code, out) == (0, "aisha.rahman: your password is changed; sign in with it from now on\n"), err
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    _refused(people("--user", "anna", "password"), "--password-stdin")

    _, listed, _ = people("--user", "ada", "admin", "person", "list")
    rows = {line.split()[0]: line for line in listed.splitlines()[2:]}
    assert rows["Aisha"].split()[-1] == "own"
    assert people("--user", "aisha.rahman", "queue", "list")[0] == 0
    assert (
        "Aisha Rahman is now a lead"
        in people("--user", "ada", "admin", "person", "role", "Aisha Rahman", "lead")[1]
    )


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.postgres
def test_password_at_the_terminal_is_asked_twice(people: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", _Terminal())
    answers = iter(["a new long secret", "a new long secreT"])
    monkeypatch.setattr("getpass.getpass", lambda prompt: next(answers))
    _refused(people("--user", "anna", "password"), "the two passwords differ")
    answers = iter(["a new long secret", "a new long secret"])
    code, out, err = people("--user", "anna", "password")
    assert (code, out) == (0, "anna: your password is changed; sign in with it from now on\n"), err


# -- --user's URL and password (no server needed) -----------------------------------------


def test_user_turns_the_url_into_the_persons_role(monkeypatch: pytest.MonkeyPatch) -> None:
    given = "postgresql+psycopg://postgres:secret@db.example.com:5432/support"
    url = make_url(database_url_text(argparse.Namespace(db=given, user="aisha.rahman")))
    assert (url.username, url.password, url.database) == ("aisha.rahman@support", None, "support")
    bare = "postgresql+psycopg://db.example.com/support"
    url = make_url(database_url_text(argparse.Namespace(db=bare, user="aisha.rahman")))
    assert (url.username, url.password) == ("aisha.rahman@support", None)


def test_user_takes_the_password_remembered_under_the_profile() -> None:
    store = ProfileStore()
    profile = Profile("team", "postgresql", host="db.example.com", database="support", is_default=True)
    store.save(profile)
    store.remember_person_password(profile, "aisha.rahman", "her own secret")
    url = make_url(database_url_text(argparse.Namespace(db=None, user="aisha.rahman")))
    assert (url.username, url.password, url.host) == (
        "aisha.rahman@support",
        "her own secret",
        "db.example.com",
    )
    url = make_url(database_url_text(argparse.Namespace(db=None, user="ben")))
    assert (url.username, url.password) == ("ben@support", None)


@pytest.mark.postgres
def test_a_person_is_told_when_the_schema_is_behind(people: Cli) -> None:
    engine = create_engine_for(pg_admin_url().set(database=make_url(people.url).database))
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0002'")
    finally:
        engine.dispose()
    _refused(people("--user", "anna", "queue", "list"), "ask an admin to run `support-console db upgrade`")


@pytest.mark.postgres
def test_an_expired_one_time_password_reads_as_one_sentence(people: Cli) -> None:
    code, _, err = people("--user", "ada", "admin", "person", "add", "Olga Late", "--role", "agent")
    assert code == 0, err
    owner = create_engine_for(make_url(people.url))
    try:
        with owner.begin() as connection:
            connection.exec_driver_sql(
                "UPDATE users SET one_time_until = '2026-01-02 09:30:00+00' WHERE login = 'olga.late'"
            )
    finally:
        owner.dispose()
    _refused(
        people("--user", "olga.late", "queue", "list"),
        "your one-time password expired on 2026-01-02 09:30 UTC: ask an admin for a new one",
    )
