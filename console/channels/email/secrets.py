"""Where the mail service finds the passwords of the team's IMAP and SMTP accounts
— never in the database. In order: systemd credentials
(``$CREDENTIALS_DIRECTORY/imap-password``, ``smtp-password``), a password file the
administrator names (``imap = …`` / ``smtp = …`` lines, owned by the service's
user and readable by nobody else), then the operating system's keyring under
the service ``support-console-mail``."""

from __future__ import annotations

import os
import stat
from collections.abc import Mapping
from pathlib import Path
from typing import Literal

import keyring
import keyring.errors

Kind = Literal["imap", "smtp"]

KEYRING_SERVICE = "support-console-mail"
_KINDS: tuple[Kind, ...] = ("imap", "smtp")


class SecretsError(Exception):
    """A password source is set up unsafely or cannot be read; the message says
    what to do."""


def keyring_user(kind: Kind, user: str, host: str) -> str:
    """The keyring's user name for one account: ``imap:support@example.com@imap.example.com``."""
    return f"{kind}:{user}@{host}"


def mail_password(
    kind: Kind,
    user: str,
    host: str,
    *,
    password_file: Path | None = None,
    environ: Mapping[str, str] = os.environ,
) -> str | None:
    """The password for the ``kind`` account ``user`` on ``host``, or None when no
    source has one. Raises :class:`SecretsError` for an unsafe or broken source."""
    if kind not in _KINDS:
        raise ValueError(f"kind must be 'imap' or 'smtp', not {kind!r}")
    from_credentials = _from_credentials(kind, environ)
    if from_credentials is not None:
        return from_credentials
    if password_file is not None:
        from_file = read_password_file(password_file).get(kind)
        if from_file is not None:
            return from_file
    try:
        return keyring.get_password(KEYRING_SERVICE, keyring_user(kind, user, host))
    except keyring.errors.NoKeyringError:
        return None
    except keyring.errors.KeyringError as error:
        raise SecretsError(f"the keyring could not be read: {error}") from error


def _from_credentials(kind: Kind, environ: Mapping[str, str]) -> str | None:
    directory = environ.get("CREDENTIALS_DIRECTORY")
    if not directory:
        return None
    path = Path(directory) / f"{kind}-password"
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as error:
        raise SecretsError(f"cannot read the credential {path}: {error.strerror or error}") from error
    # systemd-creds and `echo secret >` both leave a final newline; it is no part of the password.
    return text.removesuffix("\n").removesuffix("\r")


def read_password_file(path: Path) -> dict[Kind, str]:
    """The passwords in a password file (``imap = secret`` lines, ``#`` comments),
    after checking that nobody but its owner, this user, can read it."""
    try:
        # Non-blocking, so that a FIFO in its place is refused rather than waited on.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise SecretsError(f"there is no password file {path}") from None
    except OSError as error:
        raise SecretsError(f"cannot read the password file {path}: {error.strerror or error}") from error
    try:
        # Checked on the open file, so it cannot be swapped between check and read.
        _check_private(path, os.fstat(descriptor))
    except BaseException:
        os.close(descriptor)
        raise
    with os.fdopen(descriptor, encoding="utf-8") as handle:
        text = handle.read()
    passwords: dict[Kind, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        key, equals, value = stripped.partition("=")
        key = key.strip().lower()
        if not equals or key not in _KINDS:
            raise SecretsError(f"line {number} of {path} is not 'imap = …' or 'smtp = …'")
        passwords["imap" if key == "imap" else "smtp"] = value.strip()
    return passwords


def _check_private(path: Path, status: os.stat_result) -> None:
    if not stat.S_ISREG(status.st_mode):
        raise SecretsError(f"the password file {path} is not a regular file")
    if not hasattr(os, "getuid"):
        return  # Windows: no owner and mode bits to check; its ACLs are the profile's.
    if status.st_uid != os.getuid():
        raise SecretsError(f"the password file {path} belongs to another user; run: chown $USER {path}")
    mode = stat.S_IMODE(status.st_mode)
    if mode & 0o077:
        raise SecretsError(f"{path} is readable by others (mode {mode:04o}); run: chmod 600 {path}")


def store_mail_password(kind: Kind, user: str, host: str, password: str) -> None:
    """Keep the password in the operating system's keyring."""
    try:
        keyring.set_password(KEYRING_SERVICE, keyring_user(kind, user, host), password)
    except keyring.errors.KeyringError as error:
        raise SecretsError(f"the keyring could not store the {kind.upper()} password: {error}") from error


def forget_mail_password(kind: Kind, user: str, host: str) -> None:
    """Remove the password from the keyring; nothing happens when there is none."""
    try:
        keyring.delete_password(KEYRING_SERVICE, keyring_user(kind, user, host))
    except keyring.errors.PasswordDeleteError:
        return
    except keyring.errors.KeyringError as error:
        raise SecretsError(f"the keyring could not forget the {kind.upper()} password: {error}") from error
