"""The SMTP driver against a real aiosmtpd: what counts as sent, temporary and
permanent, in the server's own words; sign-in; one connection for many messages,
and a new one when the server dropped the old."""

# The fixtures imported from tests.support.mail_fixtures are test parameters of the same names.
# ruff: noqa: F811

from __future__ import annotations

import pytest

from console.channels.email.imap import MailServerError
from console.channels.email.smtp import SendResult, SmtpConnection, SmtpSettings, check_smtp, send
from tests.support.dovecot import free_port
from tests.support.mail_fixtures import smtp_server  # noqa: F401 (a fixture)
from tests.support.smtp_server import SmtpTestServer

SENDER = "support@example.com"


def message(number: int = 1) -> bytes:
    return (
        f"From: Support <support@example.com>\r\n"
        f"To: ana@customer.example\r\n"
        f"Subject: Re: Printer {number}\r\n"
        f"Message-ID: <reply{number}@example.com>\r\n"
        f"\r\n"
        f"We are on it ({number}).\r\n"
    ).encode()


def settings_for(
    server: SmtpTestServer, user: str | None = None, password: str | None = None
) -> SmtpSettings:
    return SmtpSettings(
        host=server.host, port=server.port, security="none", user=user, password=password, timeout=5
    )


def test_a_message_the_server_accepts_is_sent_byte_for_byte(smtp_server: SmtpTestServer) -> None:
    result = send(
        settings_for(smtp_server), SENDER, ["ana@customer.example", "bo@customer.example"], message()
    )
    assert result == SendResult("sent", "250 Message accepted for delivery")
    [received] = smtp_server.received
    assert received.sender == SENDER
    assert received.recipients == ("ana@customer.example", "bo@customer.example")
    assert received.data == message()


def test_451_is_temporary_in_the_servers_words() -> None:
    with SmtpTestServer(temporary_failures=1) as server:
        assert send(settings_for(server), SENDER, ["ana@customer.example"], message()) == SendResult(
            "temporary", "451 4.3.0 Try again later"
        )
        assert send(settings_for(server), SENDER, ["ana@customer.example"], message()).outcome == "sent"
        assert len(server.received) == 1


def test_550_at_data_is_permanent() -> None:
    with SmtpTestServer(permanent="data") as server:
        assert send(settings_for(server), SENDER, ["ana@customer.example"], message()) == SendResult(
            "permanent", "550 5.1.1 Mailbox unavailable"
        )


def test_every_recipient_refused_is_permanent_and_names_them() -> None:
    with SmtpTestServer(permanent="rcpt") as server:
        result = send(
            settings_for(server), SENDER, ["ana@customer.example", "bo@customer.example"], message()
        )
    assert result == SendResult(
        "permanent",
        "refused ana@customer.example: 550 5.1.1 Mailbox unavailable; "
        "bo@customer.example: 550 5.1.1 Mailbox unavailable",
    )
    assert server.data_commands == 0


def test_some_recipients_refused_sends_to_the_rest_and_names_the_refused() -> None:
    with SmtpTestServer(refused_recipients={"gone@customer.example"}) as server:
        result = send(
            settings_for(server), SENDER, ["ana@customer.example", "gone@customer.example"], message()
        )
        assert result == SendResult(
            "sent", "sent to the others; refused gone@customer.example: 550 5.1.1 Mailbox unavailable"
        )
        assert [received.recipients for received in server.received] == [("ana@customer.example",)]


def test_nothing_listening_is_temporary() -> None:
    port = free_port()
    settings = SmtpSettings(host="127.0.0.1", port=port, security="none", timeout=5)
    assert send(settings, SENDER, ["ana@customer.example"], message()) == SendResult(
        "temporary", f"cannot reach 127.0.0.1:{port}: connection refused"
    )


def test_signing_in_with_the_right_password_sends() -> None:
    with SmtpTestServer(user=SENDER, password="s3cret") as server:
        result = send(settings_for(server, SENDER, "s3cret"), SENDER, ["ana@customer.example"], message())
        assert result.outcome == "sent"
        assert [received.user for received in server.received] == [SENDER]


def test_a_refused_sign_in_is_permanent() -> None:
    with SmtpTestServer(user=SENDER, password="s3cret") as server:
        result = send(settings_for(server, SENDER, "wrong"), SENDER, ["ana@customer.example"], message())
        assert result == SendResult(
            "permanent",
            f"the SMTP server refused user {SENDER}: 535 5.7.8 Authentication credentials invalid",
        )
        assert server.received == []


def test_sending_without_the_sign_in_the_server_requires_is_permanent() -> None:
    with SmtpTestServer(user=SENDER, password="s3cret") as server:
        result = send(settings_for(server), SENDER, ["ana@customer.example"], message())
    assert result.outcome == "permanent"
    assert result.detail.startswith(f"the server refused the sender {SENDER}: 530")


def test_one_connection_carries_a_hundred_messages(smtp_server: SmtpTestServer) -> None:
    with SmtpConnection(settings_for(smtp_server)) as connection:
        results = [connection.send(SENDER, [f"c{n}@customer.example"], message(n)) for n in range(100)]
    assert {result.outcome for result in results} == {"sent"}
    assert connection.connections_made == 1
    received = smtp_server.received
    assert [item.data for item in received] == [message(n) for n in range(100)]
    assert len({item.peer for item in received}) == 1


def test_a_dropped_connection_is_replaced_without_losing_or_doubling_the_message(
    smtp_server: SmtpTestServer,
) -> None:
    with SmtpConnection(settings_for(smtp_server)) as connection:
        assert connection.send(SENDER, ["ana@customer.example"], message(1)).outcome == "sent"
        smtp_server.drop_connections()
        assert connection.send(SENDER, ["ana@customer.example"], message(2)).outcome == "sent"
    assert connection.connections_made == 2
    assert [item.data for item in smtp_server.received] == [message(1), message(2)]


def test_a_temporary_failure_leaves_the_connection_usable() -> None:
    with SmtpTestServer(temporary_failures=1) as server, SmtpConnection(settings_for(server)) as connection:
        assert connection.send(SENDER, ["ana@customer.example"], message(1)).outcome == "temporary"
        assert connection.send(SENDER, ["ana@customer.example"], message(2)).outcome == "sent"
        assert connection.connections_made == 1


def test_check_smtp_says_what_works() -> None:
    with SmtpTestServer(user=SENDER, password="s3cret") as server:
        assert check_smtp(settings_for(server, SENDER, "s3cret")) == (
            f"SMTP 127.0.0.1:{server.port} (no encryption): signed in as {SENDER}; messages up to 34 MB"
        )
        with pytest.raises(MailServerError, match="refused user"):
            check_smtp(settings_for(server, SENDER, "wrong"))
    with SmtpTestServer() as server:
        assert check_smtp(settings_for(server)).startswith(
            f"SMTP 127.0.0.1:{server.port} (no encryption): no sign-in"
        )
