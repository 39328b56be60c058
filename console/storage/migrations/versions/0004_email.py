"""Email, the first real channel: the mail service's settings, every email in and
out with the headers the console threads by, attachments, the transactional
outbox, and the list of messages the service could not read. Cases learn their
channel and the closed case a customer wrote to again; accounts and contacts a
time zone for what the console writes to them; a message the email it came in
as or goes out as.

On PostgreSQL the database holds what a grant cannot (the error is
``insufficient_privilege``):
- emails: people write only outgoing mail (a reply's), and change a received
  one only to link an unknown sender's message to a case or close it, stamped
  with their name; only the owner (the mail service) stores what arrives;
- messages: a customer's message that came in as an email is the customer's
  own, not "entered by" the person who linked it;
- outbox: people queue a message or send a failed one again; only the owner
  (the mail service) marks what it sent.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27 23:30:00
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_PATH = "SET search_path = pg_catalog, public, pg_temp"

FUNCTIONS = [
    f"""
    CREATE OR REPLACE FUNCTION sc_stamp_message() RETURNS trigger LANGUAGE plpgsql {_PATH} AS $$
    DECLARE
        me integer;
        holder integer;
    BEGIN
        IF public.sc_is_owner() THEN
            RETURN NEW;
        END IF;
        me := public.sc_me();
        IF me IS NULL THEN
            PERFORM public.sc_refuse('only the people of this support database write on cases');
        END IF;
        IF NOT public.sc_is_lead() THEN
            SELECT assignee_id INTO holder FROM public.cases WHERE id = NEW.case_id;
            IF holder IS NOT NULL AND holder <> me THEN
                PERFORM public.sc_refuse('this case is assigned to someone else: only they or a lead may write on it');
            END IF;
        END IF;
        IF NEW.author_kind = 'system' THEN
            PERFORM public.sc_refuse('only the system writes system messages');
        ELSIF NEW.author_kind = 'agent' THEN
            NEW.author_user_id := me;
            NEW.entered_by_id := NULL;
        ELSIF NEW.email_id IS NOT NULL AND EXISTS (
            SELECT 1 FROM public.emails AS e
            WHERE e.id = NEW.email_id AND e.direction = 'in'
              AND NOT EXISTS (SELECT 1 FROM public.messages AS m WHERE m.email_id = e.id)
        ) THEN
            -- The customer's own email (only the mail service stores those),
            -- linked to a case by this person: not typed in by them.
            NEW.author_user_id := NULL;
            NEW.entered_by_id := NULL;
        ELSE
            NEW.author_user_id := NULL;
            NEW.entered_by_id := me;
        END IF;
        IF NEW.email_id IS NOT NULL AND NEW.author_kind = 'agent' AND NOT EXISTS (
            SELECT 1 FROM public.emails WHERE id = NEW.email_id AND direction = 'out'
        ) THEN
            PERFORM public.sc_refuse('an agent''s message goes out as outgoing mail only');
        END IF;
        RETURN NEW;
    END $$""",
    f"""
    CREATE FUNCTION sc_check_email_write() RETURNS trigger LANGUAGE plpgsql {_PATH} AS $$
    BEGIN
        IF public.sc_is_owner() THEN
            RETURN NEW;
        END IF;
        IF public.sc_me() IS NULL THEN
            PERFORM public.sc_refuse('only the people of this support database write mail');
        END IF;
        IF TG_OP = 'INSERT' THEN
            IF NEW.direction <> 'out' OR NEW.triage IS NOT NULL THEN
                PERFORM public.sc_refuse('only the mail service stores the mail that arrives');
            END IF;
            RETURN NEW;
        END IF;
        IF OLD.direction <> 'in' OR OLD.triage IS DISTINCT FROM 'waiting'
           OR NEW.triage NOT IN ('waiting', 'linked', 'closed') THEN
            PERFORM public.sc_refuse('people change a received message only to link or close an unknown sender''s mail');
        END IF;
        NEW.triaged_by := public.sc_me();
        RETURN NEW;
    END $$""",
    f"""
    CREATE FUNCTION sc_check_outbox_write() RETURNS trigger LANGUAGE plpgsql {_PATH} AS $$
    BEGIN
        IF public.sc_is_owner() THEN
            RETURN NEW;
        END IF;
        IF TG_OP = 'INSERT' THEN
            IF NEW.state <> 'queued' OR NEW.attempts <> 0 OR NEW.sent_at IS NOT NULL THEN
                PERFORM public.sc_refuse('a message enters the outbox queued');
            END IF;
            RETURN NEW;
        END IF;
        IF NOT (OLD.state = 'failed' AND NEW.state = 'queued') THEN
            PERFORM public.sc_refuse('people only send a failed message again; the mail service marks what it sent');
        END IF;
        RETURN NEW;
    END $$""",
]

TRIGGERS = [
    "CREATE TRIGGER sc_check_email_write BEFORE INSERT OR UPDATE ON emails "
    "FOR EACH ROW EXECUTE FUNCTION sc_check_email_write()",
    "CREATE TRIGGER sc_check_outbox_write BEFORE INSERT OR UPDATE ON outbox "
    "FOR EACH ROW EXECUTE FUNCTION sc_check_outbox_write()",
]


def upgrade() -> None:
    op.create_table(
        "mail_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("imap_host", sa.String(length=255), nullable=False),
        sa.Column("imap_port", sa.Integer(), nullable=False),
        sa.Column("imap_security", sa.String(length=10), nullable=False),
        sa.Column("imap_user", sa.String(length=255), nullable=False),
        sa.Column("imap_folder", sa.String(length=255), nullable=False),
        sa.Column("imap_processed_folder", sa.String(length=255), nullable=True),
        sa.Column("smtp_host", sa.String(length=255), nullable=False),
        sa.Column("smtp_port", sa.Integer(), nullable=False),
        sa.Column("smtp_security", sa.String(length=10), nullable=False),
        sa.Column("smtp_user", sa.String(length=255), nullable=True),
        sa.Column("from_address", sa.String(length=320), nullable=False),
        sa.Column("from_name", sa.String(length=200), nullable=False),
        sa.Column("max_message_bytes", sa.Integer(), nullable=False),
        sa.Column("poll_seconds", sa.Integer(), nullable=False),
        sa.Column("default_severity", sa.Integer(), nullable=False),
        sa.Column("acknowledge", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "imap_security IN ('ssl', 'starttls', 'none')", name=op.f("ck_mail_settings_imap_security_known")
        ),
        sa.CheckConstraint(
            "smtp_security IN ('ssl', 'starttls', 'none')", name=op.f("ck_mail_settings_smtp_security_known")
        ),
        sa.CheckConstraint(
            "default_severity BETWEEN 1 AND 4", name=op.f("ck_mail_settings_default_severity_range")
        ),
        sa.ForeignKeyConstraint(["updated_by"], ["users.id"], name=op.f("fk_mail_settings_updated_by_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mail_settings")),
    )
    op.create_table(
        "unreadable_mail",
        sa.Column(
            "id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False
        ),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("source", sa.String(length=300), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("raw", sa.LargeBinary(), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolved_by", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "state IN ('waiting', 'retry', 'retried', 'discarded')",
            name=op.f("ck_unreadable_mail_state_known"),
        ),
        sa.ForeignKeyConstraint(
            ["resolved_by"], ["users.id"], name=op.f("fk_unreadable_mail_resolved_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unreadable_mail")),
        sa.UniqueConstraint("fingerprint", name=op.f("uq_unreadable_mail_fingerprint")),
    )
    op.create_table(
        "emails",
        sa.Column(
            "id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False
        ),
        sa.Column("direction", sa.String(length=3), nullable=False),
        sa.Column("rfc_message_id", sa.String(length=998), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("sender", sa.String(length=320), nullable=False),
        sa.Column("sender_name", sa.String(length=200), nullable=False),
        sa.Column("recipients_to", sa.Text(), nullable=False),
        sa.Column("recipients_cc", sa.Text(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("in_reply_to", sa.Text(), nullable=False),
        sa.Column("references", sa.Text(), nullable=False),
        sa.Column("dated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("automatic", sa.String(length=40), nullable=True),
        sa.Column("html", sa.Text(), nullable=True),
        sa.Column("raw", sa.LargeBinary(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("triage", sa.String(length=12), nullable=True),
        sa.Column("triage_root_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column("triaged_by", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("direction IN ('in', 'out')", name=op.f("ck_emails_direction_known")),
        sa.CheckConstraint(
            "triage IN ('waiting', 'linked', 'acknowledged', 'closed')", name=op.f("ck_emails_triage_known")
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_emails_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["triage_root_id"], ["emails.id"], name=op.f("fk_emails_triage_root_id_emails")
        ),
        sa.ForeignKeyConstraint(["triaged_by"], ["users.id"], name=op.f("fk_emails_triaged_by_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_emails")),
        sa.UniqueConstraint("rfc_message_id", name=op.f("uq_emails_rfc_message_id")),
    )
    with op.batch_alter_table("emails", schema=None) as batch_op:
        batch_op.create_index("ix_emails_case_id", ["case_id"], unique=False)
        batch_op.create_index("ix_emails_triage", ["triage"], unique=False)

    op.create_table(
        "attachments",
        sa.Column(
            "id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False
        ),
        sa.Column("email_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("content_type", sa.String(length=127), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("inline", sa.Boolean(), nullable=False),
        sa.Column("content_id", sa.String(length=255), nullable=True),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["email_id"], ["emails.id"], name=op.f("fk_attachments_email_id_emails"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachments")),
    )
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.create_index("ix_attachments_email_id", ["email_id"], unique=False)

    op.create_table(
        "outbox",
        sa.Column(
            "id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False
        ),
        sa.Column("email_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("lease_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("kind IN ('reply', 'acknowledgement')", name=op.f("ck_outbox_kind_known")),
        sa.CheckConstraint(
            "state IN ('queued', 'sending', 'sent', 'failed')", name=op.f("ck_outbox_state_known")
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_outbox_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["email_id"], ["emails.id"], name=op.f("fk_outbox_email_id_emails"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox")),
        sa.UniqueConstraint("email_id", name=op.f("uq_outbox_email_id")),
    )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.create_index("ix_outbox_case_id", ["case_id"], unique=False)
        batch_op.create_index("ix_outbox_state_next_attempt_at", ["state", "next_attempt_at"], unique=False)

    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("time_zone", sa.String(length=64), nullable=True))

    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("channel", sa.String(length=10), server_default="console", nullable=False)
        )
        batch_op.add_column(sa.Column("previous_case_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_cases_previous_case_id_cases"), "cases", ["previous_case_id"], ["id"]
        )
        batch_op.create_check_constraint("channel_known", "channel IN ('console', 'email')")

    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("time_zone", sa.String(length=64), nullable=True))
        batch_op.create_index("ix_contacts_email", ["email"], unique=False)

    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("email_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True)
        )
        batch_op.create_unique_constraint(batch_op.f("uq_messages_email_id"), ["email_id"])
        batch_op.create_foreign_key(batch_op.f("fk_messages_email_id_emails"), "emails", ["email_id"], ["id"])

    # One row of settings, empty until an admin points the service at a mailbox.
    op.execute(
        "INSERT INTO mail_settings (id, imap_host, imap_port, imap_security, imap_user, imap_folder, "
        "smtp_host, smtp_port, smtp_security, from_address, from_name, max_message_bytes, poll_seconds, "
        "default_severity, acknowledge, version) VALUES (1, '', 993, 'ssl', '', 'INBOX', '', 587, "
        f"'starttls', '', '', {25 * 1024 * 1024}, 60, 3, {'true' if op.get_bind().dialect.name == 'postgresql' else '1'}, 1)"
    )
    if op.get_bind().dialect.name == "postgresql":
        for statement in FUNCTIONS + TRIGGERS:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS sc_check_outbox_write ON outbox")
        op.execute("DROP TRIGGER IF EXISTS sc_check_email_write ON emails")
        op.execute("DROP FUNCTION IF EXISTS sc_check_outbox_write()")
        op.execute("DROP FUNCTION IF EXISTS sc_check_email_write()")
        op.execute(
            _people_revision_function("sc_stamp_message()").replace(
                "CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", 1
            )
        )
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_messages_email_id_emails"), type_="foreignkey")
        batch_op.drop_constraint(batch_op.f("uq_messages_email_id"), type_="unique")
        batch_op.drop_column("email_id")

    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_index("ix_contacts_email")
        batch_op.drop_column("time_zone")

    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_constraint("channel_known", type_="check")
        batch_op.drop_constraint(batch_op.f("fk_cases_previous_case_id_cases"), type_="foreignkey")
        batch_op.drop_column("previous_case_id")
        batch_op.drop_column("channel")

    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.drop_column("time_zone")

    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_state_next_attempt_at")
        batch_op.drop_index("ix_outbox_case_id")

    op.drop_table("outbox")
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.drop_index("ix_attachments_email_id")

    op.drop_table("attachments")
    with op.batch_alter_table("emails", schema=None) as batch_op:
        batch_op.drop_index("ix_emails_triage")
        batch_op.drop_index("ix_emails_case_id")

    op.drop_table("emails")
    op.drop_table("unreadable_mail")
    op.drop_table("mail_settings")


def _people_revision_function(signature: str) -> str:
    """The definition migration 0003 gave a function (restored on downgrade)."""
    path = Path(__file__).with_name("0003_people.py")
    spec = importlib.util.spec_from_file_location("_migration_0003", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    name = signature.split("(")[0]
    return str(next(f for f in module.FUNCTIONS if f"CREATE FUNCTION {name}(" in f))
