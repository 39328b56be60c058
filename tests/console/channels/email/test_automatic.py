"""Machine-written mail recognised from its headers, and what bounces report."""

from __future__ import annotations

from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

import pytest

from console.channels.email.automatic import automatic_kind, bounce_details
from console.channels.email.parsed import AutoKind


def mail(*headers: str, body: str = "Hello\n") -> EmailMessage:
    raw = ("\n".join(("From: Ana <ana@example.com>", *headers)) + "\n\n" + body).encode("utf-8")
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    assert isinstance(msg, EmailMessage)
    return msg


def test_a_persons_mail_is_not_automatic() -> None:
    assert automatic_kind(mail("Subject: Printer offline")) is None
    assert bounce_details(mail("Subject: Printer offline")) == ((), "")


@pytest.mark.parametrize(
    ("header", "kind"),
    [
        ("Auto-Submitted: auto-replied", AutoKind.AUTO_SUBMITTED),
        ("Auto-Submitted: auto-generated; owner-email=x@example.com", AutoKind.AUTO_SUBMITTED),
        ("Auto-Submitted: no", None),
        ("Auto-Submitted: No", None),
        ("Precedence: bulk", AutoKind.PRECEDENCE),
        ("Precedence: junk", AutoKind.PRECEDENCE),
        ("Precedence: list", AutoKind.PRECEDENCE),
        ("Precedence: first-class", None),
        ("X-Autoreply: yes", AutoKind.OUT_OF_OFFICE),
        ("X-Autorespond: vacation", AutoKind.OUT_OF_OFFICE),
        ("X-Auto-Response-Suppress: All", AutoKind.OUT_OF_OFFICE),
        ("X-Auto-Response-Suppress: DR, OOF, AutoReply", AutoKind.OUT_OF_OFFICE),
        ("X-Auto-Response-Suppress: DR", None),
        ("Return-Path: <>", AutoKind.MAILER_DAEMON),
    ],
)
def test_headers(header: str, kind: str | None) -> None:
    assert automatic_kind(mail(header)) == kind


@pytest.mark.parametrize(
    "subject",
    [
        "Out of Office: Printer offline",
        "Out of Office AutoReply: Printer offline",
        "Automatic reply: [#11251] Printer offline",
        "Abwesenheitsnotiz: Drucker",
        "Réponse automatique : Imprimante",
        "=?utf-8?q?R=C3=A9ponse_automatique_:_Imprimante?=",
        "AutoReply: hello",
        "Out of office",
    ],
)
def test_away_subjects(subject: str) -> None:
    assert automatic_kind(mail(f"Subject: {subject}")) == AutoKind.OUT_OF_OFFICE


@pytest.mark.parametrize(
    "subject",
    ["Out of office replies are sent twice", "Re: Automatic replies from our portal", "Autoreply settings"],
)
def test_a_person_writing_about_auto_replies_is_not_one(subject: str) -> None:
    assert automatic_kind(mail(f"Subject: {subject}")) is None


@pytest.mark.parametrize("sender", ["MAILER-DAEMON@mx.example.com", "Postmaster <postmaster@example.com>"])
def test_mail_system_senders(sender: str) -> None:
    msg = mail()
    msg.replace_header("From", sender)
    assert automatic_kind(msg) == AutoKind.MAILER_DAEMON


def dsn(action: str = "failed", returned: str = "text/rfc822-headers") -> EmailMessage:
    body = (
        "--r\nContent-Type: text/plain\n\nDelivery failed.\n\n"
        "--r\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx.example.com\n\n"
        f"Final-Recipient: rfc822; bob@example.net\nAction: {action}\nStatus: 5.2.2\n\n"
        f"--r\nContent-Type: {returned}\n\n"
        "From: support@example.com\nMessage-ID: <sc-out-9@support.example.com>\nSubject: x\n\n"
        + ("Body\n" if returned == "message/rfc822" else "")
        + "--r--\n"
    )
    return mail('Content-Type: multipart/report; report-type=delivery-status; boundary="r"', body=body)


def test_delivery_status_notification() -> None:
    msg = dsn()
    assert automatic_kind(msg) == AutoKind.BOUNCE
    # No Diagnostic-Code: the status says why.
    assert bounce_details(msg) == (("sc-out-9@support.example.com",), "bob@example.net: status 5.2.2")


def test_returned_message_attached_whole() -> None:
    assert bounce_details(dsn(returned="message/rfc822"))[0] == ("sc-out-9@support.example.com",)


def test_a_delay_notice_names_no_failed_message() -> None:
    msg = dsn(action="delayed")
    assert automatic_kind(msg) == AutoKind.BOUNCE
    ids, reason = bounce_details(msg)
    assert ids == ()
    assert "delayed" in reason


def test_read_receipts_are_automatic_but_not_bounces() -> None:
    msg = mail(
        'Content-Type: multipart/report; report-type=disposition-notification; boundary="r"',
        body="--r\nContent-Type: text/plain\n\nYour message was read.\n--r--\n",
    )
    assert automatic_kind(msg) == AutoKind.AUTO_SUBMITTED
    assert bounce_details(msg) == ((), "")


def test_free_form_bounce_prefers_the_consoles_own_header() -> None:
    msg = mail(
        "Return-Path: <>",
        body=(
            "Your message could not be delivered.\n"
            "550 5.7.1 rejected by policy\n\n"
            "Message-ID: <other@example.com>\n"
            "X-Support-Console-Message-Id: <sc-out-3@support.example.com>\n"
        ),
    )
    assert automatic_kind(msg) == AutoKind.MAILER_DAEMON
    assert bounce_details(msg) == (("sc-out-3@support.example.com",), "550 5.7.1 rejected by policy")


def test_free_form_bounce_falls_back_to_quoted_message_id_and_first_lines() -> None:
    msg = mail(
        "Return-Path: <>",
        body="This message was created automatically.\nDelivery failed for good.\n\n  Message-ID: <q@x.example>\n",
    )
    msg.replace_header("From", "Mail Delivery Subsystem <mailer-daemon@mx.example.com>")
    ids, reason = bounce_details(msg)
    assert ids == ("q@x.example",)
    assert reason.startswith("This message was created automatically. Delivery failed for good.")
