"""The IMAP driver against a real Dovecot: listing, fetching without marking read,
marking processed (flag, MOVE, copy-and-expunge), IDLE and polling, and the
sentences its failures become."""

# The fixtures imported from tests.support.mail_fixtures are test parameters of the same names.
# ruff: noqa: F811

from __future__ import annotations

import dataclasses
import logging
import re
import threading
import time
from typing import Any

import pytest

from console.channels.email import imap
from console.channels.email.imap import ImapMailbox, MailboxSettings, MailServerError, check_imap
from tests.support.dovecot import free_port
from tests.support.mail_fixtures import (  # noqa: F401 (fixtures)
    MailAccount,
    dovecot,
    dovecot_without_idle,
    mail_account,
    polling_account,
)


def message(number: int) -> bytes:
    return (
        f"From: Ana <ana{number}@customer.example>\r\n"
        f"To: support@example.com\r\n"
        f"Subject: Printer {number} is on fire\r\n"
        f"Message-ID: <m{number}@customer.example>\r\n"
        f"\r\n"
        f"It smokes, number {number}.\r\n"
    ).encode()


def settings_for(account: MailAccount, **changes: Any) -> MailboxSettings:
    base = MailboxSettings(
        host=account.host,
        port=account.port,
        security="none",
        user=account.user,
        password=account.password,
        timeout=5,
    )
    return dataclasses.replace(base, **changes)


def test_unread_lists_new_messages_and_fetch_returns_exact_bytes_without_marking_them_read(
    mail_account: MailAccount,
) -> None:
    uids = [mail_account.deliver(message(number)) for number in (1, 2, 3)]
    with ImapMailbox(settings_for(mail_account)) as mailbox:
        assert mailbox.unread() == uids
        for number, uid in enumerate(uids, start=1):
            assert mailbox.fetch(uid) == message(number)
    for uid in uids:
        assert "\\Seen" not in mail_account.flags(uid)


def test_already_seen_messages_are_not_unread(mail_account: MailAccount) -> None:
    mail_account.deliver(message(1), flags=["\\Seen"])
    fresh = mail_account.deliver(message(2))
    with ImapMailbox(settings_for(mail_account)) as mailbox:
        assert mailbox.unread() == [fresh]


def test_mark_processed_without_a_folder_flags_the_message_seen(mail_account: MailAccount) -> None:
    first, second = mail_account.deliver(message(1)), mail_account.deliver(message(2))
    with ImapMailbox(settings_for(mail_account)) as mailbox:
        mailbox.mark_processed(first)
        assert mailbox.unread() == [second]
    assert "\\Seen" in mail_account.flags(first)
    assert set(mail_account.messages()) == {first, second}


def test_mark_processed_moves_the_message_to_the_processed_folder(mail_account: MailAccount) -> None:
    mail_account.create_folder("Processed")
    first, second = mail_account.deliver(message(1)), mail_account.deliver(message(2))
    with ImapMailbox(settings_for(mail_account, processed_folder="Processed")) as mailbox:
        assert mailbox.has_move
        mailbox.mark_processed(first)
        assert mailbox.unread() == [second]
    assert list(mail_account.messages().values()) == [message(2)]
    assert list(mail_account.messages("Processed").values()) == [message(1)]


def test_without_move_the_message_is_copied_and_expunged(polling_account: MailAccount) -> None:
    polling_account.create_folder("Processed")
    first, second = polling_account.deliver(message(1)), polling_account.deliver(message(2))
    with ImapMailbox(settings_for(polling_account, processed_folder="Processed")) as mailbox:
        assert not mailbox.has_move
        mailbox.mark_processed(first)
        assert mailbox.unread() == [second]
    assert list(polling_account.messages().values()) == [message(2)]
    assert list(polling_account.messages("Processed").values()) == [message(1)]


def test_with_a_processed_folder_every_message_in_the_inbox_counts_even_seen_ones(
    mail_account: MailAccount,
) -> None:
    mail_account.create_folder("Processed")
    seen = mail_account.deliver(message(1), flags=["\\Seen"])
    with ImapMailbox(settings_for(mail_account, processed_folder="Processed")) as mailbox:
        assert mailbox.unread() == [seen]


def test_idle_wakes_when_another_client_appends(mail_account: MailAccount) -> None:
    with ImapMailbox(settings_for(mail_account)) as mailbox:
        assert mailbox.has_idle
        assert mailbox.unread() == []
        timer = threading.Timer(0.3, mail_account.deliver, args=(message(1),))
        started = time.monotonic()
        timer.start()
        try:
            assert mailbox.wait_for_news(timeout=10)
        finally:
            timer.join()
        assert time.monotonic() - started < 2
        assert len(mailbox.unread()) == 1


def test_idle_is_renewed_and_still_wakes_for_a_later_message(
    mail_account: MailAccount, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(imap, "IDLE_RENEWAL_SECONDS", 0.3)
    caplog.set_level(logging.DEBUG, logger="imapclient")
    with ImapMailbox(settings_for(mail_account)) as mailbox:
        assert mailbox.unread() == []
        timer = threading.Timer(1.0, mail_account.deliver, args=(message(1),))
        timer.start()
        try:
            assert mailbox.wait_for_news(timeout=10)
        finally:
            timer.join()
    # imapclient logs each command it sends; IDLE went out again every 0.3 s.
    sent = [record.getMessage() for record in caplog.records]
    assert sum(bool(re.fullmatch(r"> b'\w+ IDLE'", line)) for line in sent) >= 3


def test_idle_times_out_without_news_and_the_connection_still_works(mail_account: MailAccount) -> None:
    with ImapMailbox(settings_for(mail_account)) as mailbox:
        assert mailbox.unread() == []
        started = time.monotonic()
        assert not mailbox.wait_for_news(timeout=0.5)
        assert 0.4 < time.monotonic() - started < 2
        mail_account.deliver(message(1))
        assert len(mailbox.unread()) == 1


def test_a_message_that_arrived_before_the_wait_is_news_at_once(mail_account: MailAccount) -> None:
    with ImapMailbox(settings_for(mail_account)) as mailbox:
        assert mailbox.unread() == []
        mail_account.deliver(message(1))
        # Announced in the answer to this command, which imaplib does not keep.
        mailbox.client.noop()
        started = time.monotonic()
        assert mailbox.wait_for_news(timeout=5)
        assert time.monotonic() - started < 1


def test_idle_stops_when_asked(mail_account: MailAccount) -> None:
    stop = threading.Event()
    with ImapMailbox(settings_for(mail_account)) as mailbox:
        mailbox.unread()
        threading.Timer(0.2, stop.set).start()
        started = time.monotonic()
        assert not mailbox.wait_for_news(timeout=30, stop=stop)
        assert time.monotonic() - started < 2


def test_without_idle_the_wait_sleeps_then_asks_the_caller_to_poll(polling_account: MailAccount) -> None:
    with ImapMailbox(settings_for(polling_account)) as mailbox:
        assert not mailbox.has_idle
        started = time.monotonic()
        assert mailbox.wait_for_news(timeout=0.4)
        assert 0.35 < time.monotonic() - started < 2
        polling_account.deliver(message(1))
        assert len(mailbox.unread()) == 1
        stop = threading.Event()
        threading.Timer(0.2, stop.set).start()
        started = time.monotonic()
        assert not mailbox.wait_for_news(timeout=30, stop=stop)
        assert time.monotonic() - started < 2


def test_a_wrong_password_is_one_clear_sentence(mail_account: MailAccount) -> None:
    with pytest.raises(MailServerError) as caught:
        ImapMailbox(settings_for(mail_account, password="wrong")).connect()
    assert str(caught.value) == f"the IMAP server refused user {mail_account.user}: authentication failed"


def test_nothing_listening_is_one_clear_sentence() -> None:
    port = free_port()
    settings = MailboxSettings(
        host="127.0.0.1", port=port, security="none", user="u", password="p", timeout=5
    )
    with pytest.raises(MailServerError) as caught:
        ImapMailbox(settings).connect()
    assert str(caught.value) == f"cannot reach 127.0.0.1:{port}: connection refused"


def test_a_missing_processed_folder_is_named(mail_account: MailAccount) -> None:
    with pytest.raises(MailServerError) as caught:
        ImapMailbox(settings_for(mail_account, processed_folder="Processed")).connect()
    assert str(caught.value) == "no folder 'Processed' on the IMAP server"


def test_using_a_closed_mailbox_is_an_error_not_a_crash(mail_account: MailAccount) -> None:
    mailbox = ImapMailbox(settings_for(mail_account))
    mailbox.connect()
    mailbox.close()
    mailbox.close()
    with pytest.raises(MailServerError, match="not connected"):
        mailbox.unread()


def test_check_imap_says_what_works(mail_account: MailAccount, polling_account: MailAccount) -> None:
    mail_account.deliver(message(1), flags=["\\Seen"])
    mail_account.deliver(message(2))
    mail_account.deliver(message(3))
    assert check_imap(settings_for(mail_account)) == (
        f"IMAP 127.0.0.1:{mail_account.port} (no encryption): signed in as {mail_account.user}, "
        "INBOX holds 3 messages, 2 unread; IDLE available"
    )
    polling_account.create_folder("Processed")
    polling_account.deliver(message(1))
    assert check_imap(settings_for(polling_account, processed_folder="Processed")) == (
        f"IMAP 127.0.0.1:{polling_account.port} (no encryption): signed in as {polling_account.user}, "
        "INBOX holds 1 message, 1 unread; processed mail moves to 'Processed'; no IDLE, polling"
    )
