"""Email under the database's own rules (migration 0004): people write outgoing
mail only (a reply's, through the outbox), link or close an unknown sender's
mail, and send a failed message again; only the owner — the mail service —
stores what arrives, marks what it sent and writes the system's
acknowledgements; only admins change the mail settings."""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from sqlalchemy.engine import URL

from console.services.bundle import ConsoleServices
from console.services.errors import NotAllowed
from console.services.infrastructure.database import Database
from console.storage.engine import create_engine_for
from tests.console.security.world import OTHER, World

SUPPORT = "support@vendor.example"


def _mail(sender: str, message_id: str, subject: str = "Exports fail") -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = SUPPORT
    msg["Subject"] = subject
    msg["Message-ID"] = f"<{message_id}>"
    msg.set_content("Since this morning the exports fail.")
    return bytes(msg)


def _owner(url: URL) -> ConsoleServices:
    return ConsoleServices(Database(create_engine_for(url)))


@pytest.fixture
def mailing(world: World) -> World:
    owner = _owner(world.url)
    try:
        owner.mail_settings.change({"from_address": SUPPORT})
        owner.accounts.add_contact(OTHER, "Olga Other", "olga@other.example")
    finally:
        owner.close()
    return world


def test_the_mail_service_as_owner_opens_a_case_and_an_agent_replies_through_the_outbox(
    mailing: World,
) -> None:
    owner = _owner(mailing.url)
    try:
        number = owner.mail.ingest(_mail("olga@other.example", "o1@other.example"), source="test").case_number
    finally:
        owner.close()
    assert number is not None
    with mailing.services("agent") as svc:
        svc.talk.reply(number, "Looking into it.", "Anna Agent")
    rows = mailing.rows(
        "SELECT o.kind, o.state, e.direction FROM outbox o JOIN emails e ON e.id = o.email_id "
        "WHERE o.case_id = %s ORDER BY o.id",
        (mailing.case_id(number),),
    )
    assert rows == [("acknowledgement", "queued", "out"), ("reply", "queued", "out")]
    assert mailing.rows(
        "SELECT author_kind, author_user_id IS NOT NULL, email_id IS NOT NULL FROM messages "
        "WHERE case_id = %s ORDER BY id",
        (mailing.case_id(number),),
    ) == [("customer", False, True), ("system", False, True), ("agent", True, True)]


def test_people_cannot_store_received_mail_or_mark_mail_sent(mailing: World) -> None:
    owner = _owner(mailing.url)
    try:
        number = owner.mail.ingest(_mail("olga@other.example", "o2@other.example"), source="test").case_number
    finally:
        owner.close()
    with mailing.raw("lead") as connection:
        mailing.assert_refused(
            connection,
            "INSERT INTO emails (direction, rfc_message_id, sender, sender_name, recipients_to, recipients_cc, "
            'subject, in_reply_to, "references", received_at, raw, size, version) '
            "VALUES ('in', 'forged@x', 'olga@other.example', '', '', '', 'forged', '', '', now(), 'x', 1, 1)",
            tables=("emails",),
        )
        mailing.assert_refused(
            connection, "UPDATE outbox SET state = 'sent', sent_at = now()", tables=("outbox",)
        )
        mailing.assert_refused(
            connection,
            "INSERT INTO messages (case_id, kind, author_kind, body, created_at) "
            "VALUES (%s, 'reply', 'system', 'We are closing your case', now())",
            (mailing.case_id(number or 0),),
            tables=("messages",),
        )
    with mailing.raw("agent") as connection:
        mailing.assert_refused(connection, "UPDATE attachments SET filename = 'x'")
        mailing.assert_refused(
            connection,
            "INSERT INTO attachments (email_id, filename, content_type, size, inline, data) VALUES (1, 'a', 'b', 1, false, 'x')",
        )


def test_an_agent_links_an_unknown_senders_mail_and_it_stays_the_customers_own(mailing: World) -> None:
    owner = _owner(mailing.url)
    try:
        owner.mail.ingest(_mail("stranger@new.example", "s1@new.example"), source="test")
    finally:
        owner.close()
    anna = mailing.people["agent"]
    with mailing.services("agent") as svc:
        [item] = svc.triage.waiting()
        with pytest.raises(NotAllowed):
            svc.triage.link(item.id, OTHER, add_contact=True)  # agents may not add contacts
        case = svc.triage.link(item.id, OTHER)
    assert mailing.rows(
        "SELECT author_kind, entered_by_id FROM messages WHERE case_id = %s", (mailing.case_id(case.number),)
    ) == [("customer", None)]
    assert mailing.rows("SELECT triage, triaged_by FROM emails WHERE rfc_message_id = 's1@new.example'") == [
        ("linked", anna.id)
    ]
    with mailing.raw("agent") as connection:
        mailing.assert_refused(
            connection, "UPDATE emails SET triage = 'waiting' WHERE rfc_message_id = 's1@new.example'"
        )


def test_only_admins_change_the_mail_settings(mailing: World) -> None:
    with mailing.services("lead") as svc, pytest.raises(NotAllowed):
        svc.mail_settings.change({"imap_host": "imap.evil.example"})
    with mailing.raw("lead") as connection:
        mailing.assert_refused(
            connection, "UPDATE mail_settings SET imap_host = 'imap.evil.example'", tables=("mail_settings",)
        )
    with mailing.services("admin") as svc:
        svc.mail_settings.change({"imap_host": "imap.vendor.example"})
    assert mailing.value("SELECT imap_host FROM mail_settings") == "imap.vendor.example"


def test_an_agent_sends_a_failed_message_again_but_cannot_mark_it_anything_else(mailing: World) -> None:
    owner = _owner(mailing.url)
    try:
        number = owner.mail.ingest(_mail("olga@other.example", "o3@other.example"), source="test").case_number
        [item] = owner.outbox.claim(10)
        owner.outbox.begin_send(item.id)
        owner.outbox.permanent_failure(item.id, "550 5.1.1 unknown user")
    finally:
        owner.close()
    email_id = mailing.value("SELECT email_id FROM outbox WHERE id = %s", (item.id,))
    with mailing.raw("agent") as connection:
        mailing.assert_refused(connection, "UPDATE outbox SET state = 'sent' WHERE id = %s", (item.id,))
    with mailing.services("agent") as svc:
        svc.outbox.send_again(email_id)
    assert mailing.value("SELECT state FROM outbox WHERE id = %s", (item.id,)) == "queued"
    assert number is not None
