"""Saved connection profiles: the local SQLite file or a team's PostgreSQL server.

Profiles live in a JSON file in the user's configuration directory and never hold
a password. People sign in to a PostgreSQL profile as themselves: the password a
person asks to be remembered is kept in the OS keyring per profile and login
(service ``support-console``, user ``person:profile:login@host:port/database``).
A profile's own user and password (``profile:user@host:port`` in the keyring) are
for the command line's administration only; a profile may have none.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import keyring
import keyring.errors
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from console.storage.locations import APP_NAME, PROFILES_FILE, config_dir, default_sqlite_path

KEYRING_SERVICE = APP_NAME
NO_KEYRING = (
    "no OS keyring is available on this machine, so the password cannot be saved: save the "
    "profile without a password and put it in PostgreSQL's password file instead (a line "
    "host:port:database:user:password in ~/.pgpass with mode 600, or the file $PGPASSFILE names)"
)
LOCAL_PROFILE = "Local"


class ProfileError(ValueError):
    """A profile that cannot be saved, found or used."""


@dataclass(frozen=True, slots=True)
class Profile:
    name: str
    kind: str  # "sqlite" | "postgresql"
    path: str = ""  # sqlite
    host: str = ""
    port: int = 5432
    database: str = ""
    user: str = ""
    is_default: bool = False

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ProfileError("a profile needs a name")
        if self.kind not in ("sqlite", "postgresql"):
            raise ProfileError(f"a profile is sqlite or postgresql, not {self.kind!r}")
        if self.kind == "sqlite" and not self.path:
            raise ProfileError("a SQLite profile needs a file path")
        if self.kind == "postgresql" and not (self.host and self.database):
            raise ProfileError("a PostgreSQL profile needs a host and a database")
        if not 0 < self.port < 65536:
            raise ProfileError(f"port {self.port} is out of range")

    @property
    def keyring_user(self) -> str:
        return f"{self.name}:{self.user}@{self.host}:{self.port}"

    def person_keyring_user(self, login: str) -> str:
        return f"person:{self.name}:{login}@{self.host}:{self.port}/{self.database}"

    def describe(self) -> str:
        if self.kind == "sqlite":
            return f"SQLite file {self.path}"
        user = f"{self.user}@" if self.user else ""
        return f"PostgreSQL {user}{self.host}:{self.port}/{self.database}"

    def server(self) -> str:
        """Where the database is, without any user: what people sign in to."""
        if self.kind == "sqlite":
            return f"SQLite file {self.path}"
        return f"PostgreSQL {self.host}:{self.port}/{self.database}"


def keyring_available() -> bool:
    """Whether an OS keyring can hold a password. keyring falls back to its "fail"
    backend when there is none (a server, a container, a desktop without one) and
    "null" is one that forgets everything: neither keeps a password."""
    from keyring.backends import fail, null

    return not isinstance(keyring.get_keyring(), (fail.Keyring, null.Keyring))


def local_profile() -> Profile:
    """The built-in profile: the SQLite file in the user's data directory."""
    return Profile(LOCAL_PROFILE, "sqlite", path=str(default_sqlite_path()), is_default=True)


class ProfileStore:
    """The profiles file, read and written whole (atomically, by rename)."""

    def __init__(self, directory: Path | None = None) -> None:
        self.path = (config_dir() if directory is None else directory) / PROFILES_FILE

    def all(self) -> list[Profile]:
        saved = self._read()
        if not any(p.name == LOCAL_PROFILE for p in saved):
            local = local_profile()
            saved.insert(0, replace(local, is_default=not any(p.is_default for p in saved)))
        return saved

    def get(self, name: str) -> Profile:
        for profile in self.all():
            if profile.name == name:
                return profile
        raise ProfileError(f"no connection profile named {name!r}")

    def default(self) -> Profile:
        profiles = self.all()
        for profile in profiles:
            if profile.is_default:
                return profile
        return profiles[0]

    def save(self, profile: Profile, password: str | None = None) -> None:
        """Add or replace ``profile``; a given password goes to the keyring only."""
        if password is not None:
            if profile.kind != "postgresql":
                raise ProfileError("only PostgreSQL profiles have a password")
            if not keyring_available():
                raise ProfileError(NO_KEYRING)
            try:
                keyring.set_password(KEYRING_SERVICE, profile.keyring_user, password)
            except keyring.errors.NoKeyringError:
                raise ProfileError(NO_KEYRING) from None
            except keyring.errors.KeyringError as error:
                raise ProfileError(f"the OS keyring refused the password: {error}") from None
        others = [p for p in self._read() if p.name != profile.name]
        if profile.is_default:
            others = [replace(p, is_default=False) for p in others]
        self._write([*others, profile])

    def delete(self, name: str) -> None:
        profiles = self._read()
        remaining = [p for p in profiles if p.name != name]
        if len(remaining) == len(profiles):
            raise ProfileError(f"no saved connection profile named {name!r}")
        gone = next(p for p in profiles if p.name == name)
        if gone.kind == "postgresql":
            # No password stored (PasswordDeleteError) or no keyring to hold one
            # (NoKeyringError, a locked one...): the profile goes all the same.
            with contextlib.suppress(keyring.errors.KeyringError):
                keyring.delete_password(KEYRING_SERVICE, gone.keyring_user)
        self._write(remaining)

    def can_remember_passwords(self) -> bool:
        """Whether an OS keyring is there to remember a person's password."""
        return keyring_available()

    def person_password(self, profile: Profile, login: str) -> str | None:
        """The password remembered for ``login`` on ``profile``; None when none is."""
        if profile.kind != "postgresql" or not login:
            return None
        try:
            return keyring.get_password(KEYRING_SERVICE, profile.person_keyring_user(login))
        except keyring.errors.KeyringError:
            return None

    def remember_person_password(self, profile: Profile, login: str, password: str) -> None:
        """Keep ``login``'s password for ``profile`` in the OS keyring."""
        if profile.kind != "postgresql":
            raise ProfileError("only PostgreSQL profiles have passwords")
        if not keyring_available():
            raise ProfileError(NO_KEYRING)
        try:
            keyring.set_password(KEYRING_SERVICE, profile.person_keyring_user(login), password)
        except keyring.errors.KeyringError as error:
            raise ProfileError(f"the OS keyring refused the password: {error}") from None

    def forget_person_password(self, profile: Profile, login: str) -> None:
        """Drop ``login``'s remembered password (nothing happens when none is kept)."""
        if profile.kind != "postgresql":
            return
        with contextlib.suppress(keyring.errors.KeyringError):
            keyring.delete_password(KEYRING_SERVICE, profile.person_keyring_user(login))

    def server_url(self, profile: Profile) -> URL:
        """The URL of ``profile``'s database with no user nor password: a person's
        sign-in adds their own (``connections.person_url``)."""
        if profile.kind == "sqlite":
            return URL.create("sqlite", database=profile.path)
        return URL.create(
            "postgresql+psycopg", host=profile.host, port=profile.port, database=profile.database
        )

    @staticmethod
    def profile_of_url(url: str, name: str) -> Profile | None:
        """An unsaved profile named ``name`` for a PostgreSQL ``url`` (``--db``),
        so that a person's password for it can be remembered; None when ``url``
        is no PostgreSQL URL with a host and a database."""
        try:
            parsed = make_url(url)
        except ArgumentError:
            return None
        if parsed.get_backend_name() != "postgresql" or not parsed.host or not parsed.database:
            return None
        try:
            return Profile(
                name, "postgresql", host=parsed.host, port=parsed.port or 5432, database=parsed.database
            )
        except ProfileError:
            return None

    def password(self, profile: Profile) -> str | None:
        if profile.kind != "postgresql":
            return None
        try:
            return keyring.get_password(KEYRING_SERVICE, profile.keyring_user)
        except keyring.errors.KeyringError:
            return None

    def url_for(self, profile: Profile) -> URL:
        """The connection URL, with the password from the keyring when there is one."""
        if profile.kind == "sqlite":
            return URL.create("sqlite", database=profile.path)
        return URL.create(
            "postgresql+psycopg",
            username=profile.user or None,
            password=self.password(profile) if profile.user else None,
            host=profile.host,
            port=profile.port,
            database=profile.database,
        )

    # -- the file -----------------------------------------------------------------

    def _read(self) -> list[Profile]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        except (OSError, ValueError) as error:
            raise ProfileError(f"cannot read {self.path}: {error}") from None
        try:
            return [Profile(**entry) for entry in raw.get("profiles", [])]
        except (TypeError, AttributeError) as error:
            raise ProfileError(f"{self.path} is not a profiles file: {error}") from None

    def _write(self, profiles: list[Profile]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        payload = json.dumps({"profiles": [asdict(p) for p in profiles]}, indent=2)
        handle, temp = tempfile.mkstemp(dir=self.path.parent, prefix=".profiles-")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.write(payload)
            os.replace(temp, self.path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
