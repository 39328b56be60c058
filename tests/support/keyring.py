"""A keyring that forgets everything when the test ends: the tests never write a
credential to a file or to this machine's keyring."""

from __future__ import annotations

import keyring
from keyring.backend import KeyringBackend
from keyring.compat import properties


class MemoryKeyring(KeyringBackend):
    """A keyring that forgets everything when the test ends."""

    @properties.classproperty
    def priority(cls) -> float:  # noqa: N805 (a class property, as keyring declares it)
        return 1

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)
