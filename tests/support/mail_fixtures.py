"""Pytest fixtures for the mail tests: a Dovecot per test module (and one that
announces neither IDLE nor MOVE), a fresh mailbox user per test, and an aiosmtpd
server per test. A test module imports the fixtures it uses from here. When
Dovecot is not installed the IMAP tests fail in CI (``CI`` set) and skip
elsewhere, as the PostgreSQL tests do."""

from __future__ import annotations

import itertools
import os
from collections.abc import Collection, Iterator
from dataclasses import dataclass

import pytest

from tests.support.dovecot import DovecotServer, DovecotUnavailable
from tests.support.smtp_server import SmtpTestServer

IN_CI = bool(os.environ.get("CI"))
_numbers = itertools.count(1)


@dataclass(frozen=True)
class MailAccount:
    """One user's mailbox on a test Dovecot."""

    server: DovecotServer
    user: str
    password: str

    @property
    def host(self) -> str:
        return self.server.host

    @property
    def port(self) -> int:
        return self.server.port

    def deliver(self, raw: bytes, folder: str = "INBOX", flags: Collection[str] = ()) -> int:
        return self.server.deliver(self.user, raw, folder, flags)

    def create_folder(self, folder: str) -> None:
        self.server.create_folder(self.user, folder)

    def messages(self, folder: str = "INBOX") -> dict[int, bytes]:
        return self.server.messages(self.user, folder)

    def flags(self, uid: int, folder: str = "INBOX") -> frozenset[str]:
        return self.server.flags(self.user, uid, folder)


def _start_dovecot(without: Collection[str] = ()) -> DovecotServer:
    try:
        server = DovecotServer(without=without)
    except DovecotUnavailable as error:
        if IN_CI:
            pytest.fail(str(error))
        pytest.skip(str(error))
    server.start()
    return server


@pytest.fixture(scope="module")
def dovecot() -> Iterator[DovecotServer]:
    """A Dovecot with every capability it has (IDLE, MOVE, UIDPLUS)."""
    server = _start_dovecot()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def dovecot_without_idle() -> Iterator[DovecotServer]:
    """A Dovecot that announces neither IDLE nor MOVE: polling, copy and expunge."""
    server = _start_dovecot(without={"IDLE", "MOVE"})
    try:
        yield server
    finally:
        server.stop()


def _new_account(server: DovecotServer) -> MailAccount:
    user = f"support{next(_numbers)}@example.com"
    password = f"secret-{user}"
    server.add_user(user, password)
    return MailAccount(server, user, password)


@pytest.fixture
def mail_account(dovecot: DovecotServer) -> MailAccount:
    """A user of its own, with an empty INBOX, on the module's Dovecot."""
    return _new_account(dovecot)


@pytest.fixture
def polling_account(dovecot_without_idle: DovecotServer) -> MailAccount:
    """A user of its own on the Dovecot without IDLE and MOVE."""
    return _new_account(dovecot_without_idle)


@pytest.fixture
def smtp_server() -> Iterator[SmtpTestServer]:
    """An SMTP server that accepts everything, without sign-in."""
    with SmtpTestServer() as server:
        yield server
