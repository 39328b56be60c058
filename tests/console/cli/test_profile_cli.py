"""``profile add|remove`` on a machine with no OS keyring, and a profile that was
saved but could not connect (issue 9, point 9). The keyring is keyring's own
"fail" backend (what keyring picks when none is available), never a file."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from console.cli import main
from console.cli.errors import EXIT_OK, EXIT_USAGE
from console.storage.profiles import ProfileStore
from tests.support.keyring import MemoryKeyring

PG = ["--host", "127.0.0.1", "--port", "5432", "--database", "postgres", "--user", "postgres"]
UNREACHABLE = ["--host", "127.0.0.1", "--port", "1", "--database", "x", "--user", "u"]


@pytest.fixture
def no_keyring(memory_keyring: MemoryKeyring) -> Iterator[None]:
    """No keyring backend at all (memory_keyring puts the previous one back)."""
    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]
    yield


def run(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *argv: str, stdin: str = ""
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    out = io.StringIO()
    capsys.readouterr()
    code = main(list(argv), out=out)
    return code, out.getvalue(), capsys.readouterr().err


def profiles_text() -> str:
    path = ProfileStore().path
    return path.read_text() if path.exists() else ""


@pytest.mark.usefixtures("no_keyring")
@pytest.mark.parametrize("how", [["--ask-password"], ["--password-stdin"]])
def test_a_password_without_a_keyring_is_refused_plainly_and_nothing_is_written(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, how: list[str]
) -> None:
    code, out, err = run(capsys, monkeypatch, "profile", "add", "--name", "Team", *PG, *how, stdin="s3cret\n")
    assert (code, out) == (EXIT_USAGE, "")
    assert err.count("\n") == 1
    assert "no OS keyring" in err and ".pgpass" in err and "PGPASSFILE" in err
    assert "s3cret" not in err
    assert profiles_text() == ""


def test_ask_password_without_a_terminal_is_refused(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _, err = run(capsys, monkeypatch, "profile", "add", "--name", "Team", *PG, "--ask-password")
    assert code == EXIT_USAGE
    assert "terminal" in err and "--password-stdin" in err
    assert profiles_text() == ""


@pytest.mark.usefixtures("no_keyring")
def test_without_a_keyring_a_profile_without_password_is_saved_and_removed(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = run(capsys, monkeypatch, "profile", "add", "--name", "Team", *UNREACHABLE)
    assert code == EXIT_OK, err
    assert "saved profile Team" in out
    assert '"Team"' in profiles_text()
    code, out, err = run(capsys, monkeypatch, "profile", "remove", "Team")
    assert code == EXIT_OK, err
    assert "removed profile Team" in out
    assert "Team" not in profiles_text()


def test_a_saved_profile_that_cannot_connect_is_kept_with_a_warning(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring
) -> None:
    code, out, err = run(
        capsys, monkeypatch, "profile", "add", "--name", "Far", *UNREACHABLE, "--password-stdin",
        stdin="pw\n",
    )  # fmt: skip
    assert code == EXIT_OK
    assert "saved profile Far" in out
    assert "warning" in err and "could not connect" in err and "profile remove Far" in err
    assert "pw" not in profiles_text().replace("port", "")
    assert len(memory_keyring.secrets) == 1


@pytest.mark.postgres
def test_a_reachable_profile_connects(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, postgres_template: str
) -> None:
    argv = ["--host", "127.0.0.1", "--database", postgres_template, "--user", "postgres"]
    code, out, err = run(capsys, monkeypatch, "profile", "add", "--name", "Here", *argv)
    assert code == EXIT_OK, err
    assert "connected" in out


def test_the_profile_file_never_holds_the_password(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    run(
        capsys,
        monkeypatch,
        "profile",
        "add",
        "--name",
        "Far",
        *UNREACHABLE,
        "--password-stdin",
        stdin="Zq9x\n",
    )
    assert "Zq9x" not in profiles_text()
