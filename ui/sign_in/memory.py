"""What sign-in remembers on this OS account (QSettings): the profile chosen last,
who this account is on each local SQLite file, and the last login per PostgreSQL
profile. The two maps are kept as JSON text; damaged text reads as empty."""

from __future__ import annotations

import json

from PySide6.QtCore import QSettings

from console.services.readmodels.snapshots import UserView
from ui.options import SIGN_IN_LOGINS, SIGN_IN_PROFILE, SIGN_IN_WORKSTATION_PEOPLE, TextOption


def person_key(user: UserView) -> str:
    """How a bound person is found again: their login, or their name without one."""
    return user.login or user.name


class SignInMemory:
    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    # -- the profile --------------------------------------------------------------------

    def last_profile(self) -> str:
        return SIGN_IN_PROFILE.read(self.settings)

    def set_last_profile(self, name: str) -> None:
        SIGN_IN_PROFILE.write(self.settings, name)

    # -- the local file's person ----------------------------------------------------------

    def bound_person(self, file: str, users: tuple[UserView, ...]) -> UserView | None:
        """The active person this OS account is on ``file``; None when none is bound
        (or the bound one is no longer active there)."""
        key = _read_map(self.settings, SIGN_IN_WORKSTATION_PEOPLE).get(file)
        if key is None:
            return None
        return next((user for user in users if person_key(user) == key), None)

    def bind(self, file: str, user: UserView) -> None:
        _write_entry(self.settings, SIGN_IN_WORKSTATION_PEOPLE, file, person_key(user))

    # -- the server's login ------------------------------------------------------------------

    def last_login(self, profile: str) -> str:
        return _read_map(self.settings, SIGN_IN_LOGINS).get(profile, "")

    def set_last_login(self, profile: str, login: str) -> None:
        _write_entry(self.settings, SIGN_IN_LOGINS, profile, login)


def _read_map(settings: QSettings, option: TextOption) -> dict[str, str]:
    try:
        raw = json.loads(option.read(settings) or "{}")
    except ValueError:
        return {}
    if not isinstance(raw, dict):
        return {}
    return {str(key): value for key, value in raw.items() if isinstance(value, str)}


def _write_entry(settings: QSettings, option: TextOption, key: str, value: str) -> None:
    entries = _read_map(settings, option)
    entries[key] = value
    option.write(settings, json.dumps(entries, sort_keys=True))
