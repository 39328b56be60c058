"""Customers' mail becomes cases and messages (issue 12), on both backends: new
cases with the contact's plan and clock and an acknowledgement, unknown senders
in triage, threading by Message-ID and by tag, reopening, follow-up cases,
bounces, auto-replies, duplicates and unreadable mail."""

from __future__ import annotations

import email.parser
import email.policy
from datetime import timedelta
from email.message import EmailMessage

import pytest
from sqlalchemy import select

from console.domain.cases import CaseStatus, Channel
from console.services.errors import InvalidInput
from console.services.usecases.mail_ingest import Outcome
from console.storage.models import EmailRecord, OutboxItem, UnreadableMail
from tests.support.services import WEDNESDAY_9, Services

SUPPORT = "support@vendor.example"


def mail(
    sender: str = "Peter Gibbons <peter@initech.example>",
    subject: str = "TPS reports fail to print",
    body: str = "Since this morning every TPS report fails.",
    message_id: str = "<m1@initech.example>",
    in_reply_to: str | None = None,
    headers: dict[str, str] | None = None,
    attachment: tuple[str, bytes] | None = None,
) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = SUPPORT
    msg["Subject"] = subject
    msg["Message-ID"] = message_id
    msg["Date"] = "Wed, 25 Nov 2026 09:00:00 +0100"
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(body)
    if attachment:
        msg.add_attachment(attachment[1], maintype="application", subtype="pdf", filename=attachment[0])
    return bytes(msg)


@pytest.fixture
def mailing(services: Services) -> Services:
    services.mail_settings.change({"from_address": SUPPORT, "from_name": "Vendor Support"})
    return services


def outbox(services: Services) -> list[tuple[OutboxItem, EmailRecord]]:
    with services.db.read() as session:
        rows = session.execute(
            select(OutboxItem, EmailRecord)
            .join(EmailRecord, EmailRecord.id == OutboxItem.email_id)
            .order_by(OutboxItem.id)
        ).all()
        return [(o, e) for o, e in rows]


def test_a_contacts_mail_opens_a_case_on_their_plan_with_an_acknowledgement(mailing: Services) -> None:
    result = mailing.mail.ingest(mail(attachment=("Prüfbericht.pdf", b"%PDF-1.4 x")), source="test")
    assert result.outcome is Outcome.NEW_CASE
    case = mailing.cases.summary(result.case_number or 0)
    assert case.account_name == "Initech" and case.plan.value == "premier"
    assert case.channel is Channel.EMAIL and case.status is CaseStatus.NEW
    assert case.opened_at == WEDNESDAY_9
    assert case.due_at == WEDNESDAY_9 + timedelta(hours=2)  # Premier severity 3: 2 operational hours
    detail = mailing.cases.detail(case.number)
    first, ack = detail.messages
    assert first.author_name == "Peter Gibbons" and "TPS report" in first.body
    assert first.email is not None and first.email.attachments[0].filename == "Prüfbericht.pdf"
    assert ack.author_kind.value == "system" and f"#{case.number}" in ack.body
    assert ack.email is not None and ack.email.delivery == "queued"
    [(item, sent)] = outbox(mailing)
    assert item.kind == "acknowledgement"
    headers = email.parser.BytesParser(policy=email.policy.default).parsebytes(sent.raw)
    assert headers["In-Reply-To"] == "<m1@initech.example>"
    assert f"[#{case.number}]" in headers["Subject"] and headers["Auto-Submitted"] == "auto-replied"
    assert mailing.cases.attachment_file(case.number, first.email.attachments[0].id).data == b"%PDF-1.4 x"


def test_the_same_message_twice_is_taken_once(mailing: Services) -> None:
    first = mailing.mail.ingest(mail(), source="test")
    again = mailing.mail.ingest(mail(), source="test")
    assert again.outcome is Outcome.DUPLICATE
    assert len(outbox(mailing)) == 1
    assert len(mailing.cases.detail(first.case_number or 0).messages) == 2


def test_an_unknown_sender_waits_without_a_clock_until_linked(mailing: Services) -> None:
    result = mailing.mail.ingest(mail(sender="Milton <milton@basement.example>"), source="test")
    assert result.outcome is Outcome.TRIAGE and result.case_number is None
    follow = mailing.mail.ingest(
        mail(
            sender="milton@basement.example", message_id="<m2@b.example>", in_reply_to="<m1@initech.example>"
        ),
        source="test",
    )
    assert follow.outcome is Outcome.TRIAGE
    [item] = mailing.triage.waiting()
    assert item.sender == "milton@basement.example" and item.messages == 2
    assert not outbox(mailing)
    mailing.clock.advance(minutes=30)
    case = mailing.triage.link(item.id, "Initech", actor="Anna Agent")
    assert case.opened_at == WEDNESDAY_9  # the clock started when the mail arrived
    assert case.channel is Channel.EMAIL
    assert len(mailing.cases.detail(case.number).messages) == 2
    assert mailing.triage.waiting() == ()
    assert mailing.triage.acknowledge_linked() == 1
    assert [o.kind for o, _ in outbox(mailing)] == ["acknowledgement"]
    assert mailing.triage.acknowledge_linked() == 0


def test_an_unknown_sender_can_be_closed(mailing: Services) -> None:
    mailing.mail.ingest(mail(sender="spam@spam.example"), source="test")
    [item] = mailing.triage.waiting()
    mailing.triage.close(item.id, actor="Anna Agent")
    assert mailing.triage.waiting() == ()
    with pytest.raises(InvalidInput):
        mailing.triage.close(item.id, actor="Anna Agent")


def test_a_reply_threads_by_message_id_and_reopens_a_solved_case(mailing: Services) -> None:
    number = mailing.mail.ingest(mail(), source="test").case_number or 0
    [(_, ack)] = outbox(mailing)
    mailing.cases.change_status(number, "solved", actor="Ada Admin")
    result = mailing.mail.ingest(
        mail(
            subject="Re: something else",
            message_id="<m3@initech.example>",
            in_reply_to=f"<{ack.rfc_message_id}>",
        ),
        source="test",
    )
    assert result.outcome is Outcome.REOPENED and result.case_number == number
    assert mailing.cases.summary(number).status is CaseStatus.OPEN


def test_a_tag_threads_only_for_a_sender_the_case_knows(mailing: Services) -> None:
    number = mailing.mail.ingest(mail(), source="test").case_number or 0
    tagged = mailing.mail.ingest(
        mail(subject=f"More [#{number}]", message_id="<m4@initech.example>"), source="test"
    )
    assert tagged.outcome is Outcome.MESSAGE and tagged.case_number == number
    stranger = mailing.mail.ingest(
        mail(sender="eve@evil.example", subject=f"Hi [#{number}]", message_id="<m5@evil.example>"),
        source="test",
    )
    assert stranger.outcome is Outcome.TRIAGE


def test_writing_to_a_closed_case_opens_a_new_one_that_links_it(mailing: Services) -> None:
    number = mailing.mail.ingest(mail(), source="test").case_number or 0
    mailing.cases.change_status(number, "solved", actor="Ada Admin")
    mailing.cases.change_status(number, "closed", actor="Ada Admin")
    result = mailing.mail.ingest(
        mail(subject=f"Again [#{number}]", message_id="<m6@initech.example>"), source="test"
    )
    assert result.outcome is Outcome.FOLLOW_UP_CASE and result.case_number != number
    assert mailing.cases.detail(result.case_number or 0).previous_case_number == number
    assert [o.kind for o, _ in outbox(mailing)] == ["acknowledgement", "acknowledgement"]


def test_auto_replies_get_no_acknowledgement_and_reopen_nothing(mailing: Services) -> None:
    number = mailing.mail.ingest(mail(), source="test").case_number or 0
    [(_, ack)] = outbox(mailing)
    mailing.cases.change_status(number, "solved", actor="Ada Admin")
    result = mailing.mail.ingest(
        mail(
            subject="Automatic reply: TPS",
            message_id="<oof@initech.example>",
            in_reply_to=f"<{ack.rfc_message_id}>",
            headers={"Auto-Submitted": "auto-replied"},
        ),
        source="test",
    )
    assert result.outcome is Outcome.MESSAGE
    assert mailing.cases.summary(number).status is CaseStatus.SOLVED
    new = mailing.mail.ingest(
        mail(subject="Newsletter", message_id="<n@initech.example>", headers={"Precedence": "bulk"}),
        source="test",
    )
    assert new.outcome is Outcome.NEW_CASE
    assert len(outbox(mailing)) == 1


def test_a_bounce_of_our_mail_marks_it_failed(mailing: Services) -> None:
    number = mailing.mail.ingest(mail(), source="test").case_number or 0
    [(_, ack)] = outbox(mailing)
    bounce = (
        "From: MAILER-DAEMON@mx.initech.example\r\nTo: support@vendor.example\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\nMessage-ID: <b1@mx.initech.example>\r\n"
        "MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=XX\r\n\r\n"
        "--XX\r\nContent-Type: text/plain\r\n\r\nThe mail could not be delivered.\r\n"
        "--XX\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx\r\n\r\n"
        "Final-Recipient: rfc822; peter@initech.example\r\nAction: failed\r\nStatus: 5.1.1\r\n"
        "Diagnostic-Code: smtp; 550 5.1.1 User unknown\r\n"
        f"--XX\r\nContent-Type: text/rfc822-headers\r\n\r\nMessage-ID: <{ack.rfc_message_id}>\r\n"
        "Subject: x\r\n--XX--\r\n"
    ).encode()
    result = mailing.mail.ingest(bounce, source="test")
    assert result.outcome is Outcome.BOUNCE and result.case_number == number
    [(item, _)] = outbox(mailing)
    assert item.state == "failed" and "550" in (item.last_error or "")


def test_an_unreadable_message_is_kept_with_its_reason(mailing: Services) -> None:
    raw = b"this is not mail at all"
    result = mailing.mail.ingest(raw, source="test")
    assert result.outcome is Outcome.UNREADABLE
    mailing.mail.ingest(raw, source="test")
    [kept] = mailing.mail_settings.unreadable()
    assert kept.reason == result.detail and mailing.mail_settings.unreadable_raw(kept.id) == raw
    with mailing.db.read() as session:
        assert len(session.scalars(select(UnreadableMail)).all()) == 1


def test_an_agents_reply_on_an_email_case_goes_to_the_outbox_threaded(mailing: Services) -> None:
    number = (
        mailing.mail.ingest(
            mail(headers={"Reply-To": "TPS desk <tps@initech.example>", "Cc": "bill@initech.example"}),
            source="test",
        ).case_number
        or 0
    )
    mailing.talk.reply(number, "Please restart the printer.", "Anna Agent")
    item, sent = outbox(mailing)[-1]
    assert item.kind == "reply" and item.state == "queued"
    headers = email.parser.BytesParser(policy=email.policy.default).parsebytes(sent.raw)
    assert headers["To"] == "TPS desk <tps@initech.example>" and "bill@initech.example" in headers["Cc"]
    assert headers["In-Reply-To"] == "<m1@initech.example>"
    assert f"[#{number}]" in headers["Subject"]
    reply = mailing.cases.detail(number).messages[-1]
    assert reply.email is not None and reply.email.delivery == "queued"


def test_a_reply_on_a_console_case_sends_nothing(mailing: Services) -> None:
    case = mailing.cases.open_case("Initech", 3, "Phone call", actor="Anna Agent")
    mailing.talk.reply(case.number, "Noted.", "Anna Agent")
    assert outbox(mailing) == []


def test_the_outbox_hands_a_row_to_one_service_and_takes_back_what_was_not_tried(mailing: Services) -> None:
    mailing.mail.ingest(mail(), source="test")
    [taken] = mailing.outbox.claim(10)
    assert mailing.outbox.claim(10) == []  # a second service passes over it
    mailing.outbox.release([taken.id])
    [again] = mailing.outbox.claim(10)
    assert again.id == taken.id and again.recipients == ("peter@initech.example",)


def test_a_row_left_sending_by_a_dead_service_is_failed_never_sent_twice(mailing: Services) -> None:
    mailing.mail.ingest(mail(), source="test")
    [taken] = mailing.outbox.claim(10)
    assert mailing.outbox.begin_send(taken.id)
    assert mailing.outbox.recover_interrupted() == 0  # its service may still be sending
    mailing.clock.advance(minutes=11)
    assert mailing.outbox.recover_interrupted() == 1
    [(item, _)] = outbox(mailing)
    assert item.state == "failed" and "may or may not have reached" in (item.last_error or "")
    assert mailing.outbox.claim(10) == []


def test_temporary_failures_wait_longer_each_time_then_give_up(mailing: Services) -> None:
    mailing.mail.ingest(mail(), source="test")
    for attempt in range(1, 4):
        [taken] = mailing.outbox.claim(10)
        mailing.outbox.begin_send(taken.id)
        mailing.outbox.temporary_failure(taken.id, "451 4.3.0 try again later")
        assert mailing.outbox.claim(10) == []
        mailing.clock.advance(minutes=2 ** (attempt - 1))
    mailing.clock.advance(days=2)
    [taken] = mailing.outbox.claim(10)
    mailing.outbox.begin_send(taken.id)
    mailing.outbox.temporary_failure(taken.id, "451 4.3.0 try again later")
    [(item, _)] = outbox(mailing)
    assert item.state == "failed" and item.last_error == "gave up after 4 attempts: 451 4.3.0 try again later"


def test_the_acknowledgement_speaks_the_contacts_language_and_time_zone(mailing: Services) -> None:
    mailing.accounts.add_contact(
        "Globex", "Hanna Berg", "hanna@globex.example", language="de", time_zone="America/New_York"
    )
    number = mailing.mail.ingest(mail(sender="hanna@globex.example"), source="test").case_number or 0
    ack = mailing.cases.detail(number).messages[-1]
    assert ack.author_kind.value == "system"
    # Standard severity 3: 12 operational hours from Wednesday 09:00 CET, Thursday 09:00 CET = 03:00 in New York.
    assert "Donnerstag, 26. November 2026, 03:00 Uhr EST" in ack.body


def test_an_unknown_time_zone_is_refused_with_a_clear_message(mailing: Services) -> None:
    with pytest.raises(InvalidInput, match="unknown time zone 'Mars/Olympus'"):
        mailing.accounts.add_account("Ares Mining", "standard", time_zone="Mars/Olympus")
