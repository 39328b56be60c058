"""Where the mail service finds its passwords: systemd credentials first, then a
private password file, then the keyring (the tests' in-memory one); a password
file others can read is refused with the command that fixes it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from console.channels.email.secrets import (
    KEYRING_SERVICE,
    SecretsError,
    forget_mail_password,
    mail_password,
    store_mail_password,
)
from tests.support.keyring import MemoryKeyring

USER = "support@example.com"
HOST = "mail.example.com"

posix_only = pytest.mark.skipif(not hasattr(os, "getuid"), reason="file modes are POSIX")


def password_file(tmp_path: Path, text: str, mode: int = 0o600) -> Path:
    path = tmp_path / "mail-passwords"
    path.write_text(text)
    path.chmod(mode)
    return path


def test_systemd_credentials_come_first(tmp_path: Path) -> None:
    credentials = tmp_path / "credentials"
    credentials.mkdir()
    (credentials / "imap-password").write_text("from-systemd\n")
    store_mail_password("imap", USER, HOST, "from-keyring")
    file = password_file(tmp_path, "imap = from-file\n")
    environ = {"CREDENTIALS_DIRECTORY": str(credentials)}
    assert mail_password("imap", USER, HOST, password_file=file, environ=environ) == "from-systemd"
    # No smtp-password credential: the next source answers.
    assert mail_password("smtp", USER, HOST, password_file=file, environ=environ) is None


@posix_only
def test_a_private_password_file_is_read(tmp_path: Path) -> None:
    file = password_file(tmp_path, "# the team's accounts\n\nimap = s3cret = with # inside \nsmtp=other\n")
    assert mail_password("imap", USER, HOST, password_file=file, environ={}) == "s3cret = with # inside"
    assert mail_password("smtp", USER, HOST, password_file=file, environ={}) == "other"


@posix_only
@pytest.mark.parametrize("mode", [0o644, 0o640, 0o604])
def test_a_password_file_others_can_read_is_refused(tmp_path: Path, mode: int) -> None:
    file = password_file(tmp_path, "imap = s3cret\n", mode)
    with pytest.raises(SecretsError) as caught:
        mail_password("imap", USER, HOST, password_file=file, environ={})
    assert str(caught.value) == f"{file} is readable by others (mode {mode:04o}); run: chmod 600 {file}"


@posix_only
def test_a_password_file_that_is_not_a_regular_file_is_refused(tmp_path: Path) -> None:
    directory = tmp_path / "passwords"
    directory.mkdir(mode=0o700)
    with pytest.raises(SecretsError, match="not a regular file"):
        mail_password("imap", USER, HOST, password_file=directory, environ={})


def test_a_missing_or_malformed_password_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(SecretsError, match="there is no password file"):
        mail_password("imap", USER, HOST, password_file=tmp_path / "nothing", environ={})
    file = password_file(tmp_path, "imap = ok\npop3 = no\n")
    with pytest.raises(SecretsError, match="line 2 of"):
        mail_password("imap", USER, HOST, password_file=file, environ={})


def test_the_keyring_is_last_and_keyed_by_kind_user_and_host(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    store_mail_password("smtp", USER, HOST, "from-keyring")
    assert memory_keyring.secrets == {(KEYRING_SERVICE, f"smtp:{USER}@{HOST}"): "from-keyring"}
    file = password_file(tmp_path, "imap = from-file\n")
    assert mail_password("smtp", USER, HOST, password_file=file, environ={}) == "from-keyring"
    assert mail_password("imap", USER, HOST, password_file=file, environ={}) == "from-file"
    assert mail_password("smtp", USER, "other.example.com", environ={}) is None


def test_forgetting_removes_the_password_and_is_quiet_when_there_is_none(
    memory_keyring: MemoryKeyring,
) -> None:
    store_mail_password("imap", USER, HOST, "s3cret")
    forget_mail_password("imap", USER, HOST)
    forget_mail_password("imap", USER, HOST)
    assert mail_password("imap", USER, HOST, environ={}) is None
    assert memory_keyring.secrets == {}
