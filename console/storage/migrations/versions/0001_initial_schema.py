"""The initial schema, and the published support programme as its reference data.

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-26 18:10:42.170382
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "calendar_closures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calendar_closures")),
        sa.UniqueConstraint("day", name=op.f("uq_calendar_closures_day")),
    )
    op.create_table(
        "calendar_hours",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("start_minute", sa.Integer(), nullable=False),
        sa.Column("end_minute", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "start_minute >= 0 AND end_minute <= 1440 AND start_minute < end_minute",
            name=op.f("ck_calendar_hours_window"),
        ),
        sa.CheckConstraint("weekday BETWEEN 0 AND 6", name=op.f("ck_calendar_hours_weekday_range")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calendar_hours")),
    )
    op.create_table(
        "change_log",
        sa.Column(
            "id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False
        ),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("entity", sa.String(length=20), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=30), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_log")),
    )
    op.create_index("ix_change_log_entity_id", "change_log", ["entity", "id"], unique=False)
    op.create_table(
        "counters",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_counters")),
    )
    op.create_table(
        "plans",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("label", sa.String(length=80), nullable=False),
        sa.Column("online_resources", sa.Boolean(), nullable=False),
        sa.Column("product_suggestions", sa.Boolean(), nullable=False),
        sa.Column("product_downloads", sa.Boolean(), nullable=False),
        sa.Column("portal_case_management", sa.Boolean(), nullable=False),
        sa.Column("live_chat", sa.Boolean(), nullable=False),
        sa.Column("multilingual", sa.Boolean(), nullable=False),
        sa.Column("priority_queueing", sa.Boolean(), nullable=False),
        sa.Column("early_adopter_products", sa.Boolean(), nullable=False),
        sa.Column("non_production_trial", sa.Boolean(), nullable=False),
        sa.Column("dedicated_tam", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_plans")),
    )
    op.create_table(
        "support_calendar",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.Column("holiday_regions", sa.String(length=200), nullable=False),
        sa.Column("at_risk_fraction", sa.Float(), nullable=False),
        sa.Column("at_risk_seconds", sa.Integer(), nullable=False),
        sa.Column("queue_rules", sa.String(length=400), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_support_calendar")),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.Column("languages", sa.String(length=100), nullable=False),
        sa.Column("presence", sa.String(length=10), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("team", sa.String(length=80), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("presence IN ('online', 'away', 'offline')", name=op.f("ck_users_presence_known")),
        sa.CheckConstraint("role IN ('agent', 'lead', 'tam', 'admin')", name=op.f("ck_users_role_known")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("name", name=op.f("uq_users_name")),
    )
    op.create_table(
        "accounts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("plan_code", sa.String(length=20), nullable=False),
        sa.Column("tam_id", sa.Integer(), nullable=True),
        sa.Column("language", sa.String(length=10), nullable=False),
        sa.Column("region", sa.String(length=40), nullable=True),
        sa.Column("early_adopter", sa.Boolean(), nullable=False),
        sa.Column("trial_until", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["plan_code"], ["plans.code"], name=op.f("fk_accounts_plan_code_plans")),
        sa.ForeignKeyConstraint(["tam_id"], ["users.id"], name=op.f("fk_accounts_tam_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accounts")),
        sa.UniqueConstraint("name", name=op.f("uq_accounts_name")),
    )
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.create_index("ix_accounts_tam_id", ["tam_id"], unique=False)

    op.create_table(
        "plan_targets",
        sa.Column("plan_code", sa.String(length=20), nullable=False),
        sa.Column("severity", sa.Integer(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("clock_kind", sa.String(length=20), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("minutes > 0", name=op.f("ck_plan_targets_minutes_positive")),
        sa.CheckConstraint("severity BETWEEN 1 AND 4", name=op.f("ck_plan_targets_severity_range")),
        sa.ForeignKeyConstraint(["plan_code"], ["plans.code"], name=op.f("fk_plan_targets_plan_code_plans")),
        sa.PrimaryKeyConstraint("plan_code", "severity", name=op.f("pk_plan_targets")),
    )
    op.create_table(
        "contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=60), nullable=True),
        sa.Column("language", sa.String(length=10), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_contacts_account_id_accounts"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contacts")),
    )
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.create_index("ix_contacts_account_id", ["account_id"], unique=False)

    op.create_table(
        "exam_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("start_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("end_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.Column("rrule", sa.String(length=400), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_exam_sessions_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exam_sessions")),
    )
    with op.batch_alter_table("exam_sessions", schema=None) as batch_op:
        batch_op.create_index("ix_exam_sessions_account_id", ["account_id"], unique=False)

    op.create_table(
        "tam_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_tam_notes_account_id_accounts"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["author_id"], ["users.id"], name=op.f("fk_tam_notes_author_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tam_notes")),
    )
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("category", sa.String(length=30), nullable=False),
        sa.Column("severity", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("plan_code", sa.String(length=20), nullable=False),
        sa.Column("language", sa.String(length=10), nullable=False),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("first_response_due_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("first_response_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("waiting_since", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_customer_message_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_agent_message_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("unread_chat", sa.Integer(), nullable=False),
        sa.Column("assignee_id", sa.Integer(), nullable=True),
        sa.Column("solved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "status IN ('new', 'open', 'pending_customer', 'on_hold', 'solved', 'closed')",
            name=op.f("ck_cases_status_known"),
        ),
        sa.CheckConstraint("severity BETWEEN 1 AND 4", name=op.f("ck_cases_severity_range")),
        sa.ForeignKeyConstraint(["account_id"], ["accounts.id"], name=op.f("fk_cases_account_id_accounts")),
        sa.ForeignKeyConstraint(["assignee_id"], ["users.id"], name=op.f("fk_cases_assignee_id_users")),
        sa.ForeignKeyConstraint(["contact_id"], ["contacts.id"], name=op.f("fk_cases_contact_id_contacts")),
        sa.ForeignKeyConstraint(["plan_code"], ["plans.code"], name=op.f("fk_cases_plan_code_plans")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
        sa.UniqueConstraint("number", name=op.f("uq_cases_number")),
    )
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index("ix_cases_account_id", ["account_id"], unique=False)
        batch_op.create_index("ix_cases_first_response_due_at", ["first_response_due_at"], unique=False)
        batch_op.create_index("ix_cases_opened_at", ["opened_at"], unique=False)
        batch_op.create_index("ix_cases_status_assignee", ["status", "assignee_id"], unique=False)
        batch_op.create_index("ix_cases_assignee_id", ["assignee_id"], unique=False)

    op.create_table(
        "exam_cancellations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("occurrence_start", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["exam_sessions.id"],
            name=op.f("fk_exam_cancellations_session_id_exam_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exam_cancellations")),
        sa.UniqueConstraint("session_id", "occurrence_start", name="uq_exam_cancellations_occurrence"),
    )
    op.create_table(
        "case_events",
        sa.Column(
            "id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False
        ),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("action", sa.String(length=30), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=True),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_events_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_case_events_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_events")),
    )
    with op.batch_alter_table("case_events", schema=None) as batch_op:
        batch_op.create_index("ix_case_events_case_id_id", ["case_id", "id"], unique=False)

    op.create_table(
        "messages",
        sa.Column(
            "id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False
        ),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("author_kind", sa.String(length=10), nullable=False),
        sa.Column("author_user_id", sa.Integer(), nullable=True),
        sa.Column("author_contact_id", sa.Integer(), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "author_kind IN ('agent', 'customer', 'system')", name=op.f("ck_messages_author_kind_known")
        ),
        sa.CheckConstraint("kind IN ('reply', 'note', 'chat')", name=op.f("ck_messages_kind_known")),
        sa.ForeignKeyConstraint(
            ["author_contact_id"], ["contacts.id"], name=op.f("fk_messages_author_contact_id_contacts")
        ),
        sa.ForeignKeyConstraint(
            ["author_user_id"], ["users.id"], name=op.f("fk_messages_author_user_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_messages_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_messages")),
    )
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.create_index("ix_messages_case_id_id", ["case_id", "id"], unique=False)
    _seed_reference_data()


# The programme as published (SPEC.md section 2) and the console's reading of it
# (section 3), frozen here as this revision's data: later edits are the admins'.
_ENTITLEMENT_COLUMNS = (
    "online_resources",
    "product_suggestions",
    "product_downloads",
    "portal_case_management",
    "live_chat",
    "multilingual",
    "priority_queueing",
    "early_adopter_products",
    "non_production_trial",
    "dedicated_tam",
)
_PLANS = {
    "standard": ("Standard", (1, 1, 1, 0, 0, 1, 0, 0, 0, 0), (240, 480, 720, 2160)),
    "premier": ("Premier", (1, 1, 1, 1, 1, 1, 1, 1, 1, 1), (15, 30, 120, 720)),
    "proctored": ("Proctored exam 24x7", (1, 1, 1, 1, 1, 1, 1, 0, 0, 0), (15, 45, 240, 1440)),
}
_DEFAULT_QUEUE_RULES = "exam_live,priority_plan,awaiting_first_response,earliest_due,severity,opened"


def _clock_kind(plan: str, severity: int) -> str:
    if plan == "proctored":
        return "operational+exams"
    if plan == "premier" and severity == 1:
        return "24x7"
    return "operational"


def _seed_reference_data() -> None:
    plans = sa.table(
        "plans",
        sa.column("code", sa.String),
        sa.column("label", sa.String),
        *(sa.column(name, sa.Boolean) for name in _ENTITLEMENT_COLUMNS),
        sa.column("version", sa.Integer),
    )
    targets = sa.table(
        "plan_targets",
        sa.column("plan_code", sa.String),
        sa.column("severity", sa.Integer),
        sa.column("minutes", sa.Integer),
        sa.column("clock_kind", sa.String),
        sa.column("version", sa.Integer),
    )
    calendar = sa.table(
        "support_calendar",
        sa.column("id", sa.Integer),
        sa.column("time_zone", sa.String),
        sa.column("holiday_regions", sa.String),
        sa.column("at_risk_fraction", sa.Float),
        sa.column("at_risk_seconds", sa.Integer),
        sa.column("queue_rules", sa.String),
        sa.column("version", sa.Integer),
    )
    hours = sa.table(
        "calendar_hours",
        sa.column("weekday", sa.Integer),
        sa.column("start_minute", sa.Integer),
        sa.column("end_minute", sa.Integer),
    )
    counters = sa.table("counters", sa.column("name", sa.String), sa.column("value", sa.Integer))
    op.bulk_insert(
        plans,
        [
            {
                "code": code,
                "label": label,
                **dict(zip(_ENTITLEMENT_COLUMNS, map(bool, flags), strict=True)),
                "version": 1,
            }
            for code, (label, flags, _minutes) in _PLANS.items()
        ],
    )
    op.bulk_insert(
        targets,
        [
            {
                "plan_code": code,
                "severity": severity,
                "minutes": minutes,
                "clock_kind": _clock_kind(code, severity),
                "version": 1,
            }
            for code, (_label, _flags, all_minutes) in _PLANS.items()
            for severity, minutes in enumerate(all_minutes, start=1)
        ],
    )
    op.bulk_insert(
        calendar,
        [
            {
                "id": 1,
                "time_zone": "Europe/Berlin",
                "holiday_regions": "CH,DE",
                "at_risk_fraction": 0.2,
                "at_risk_seconds": 900,
                "queue_rules": _DEFAULT_QUEUE_RULES,
                "version": 1,
            }
        ],
    )
    op.bulk_insert(hours, [{"weekday": day, "start_minute": 480, "end_minute": 1200} for day in range(5)])
    op.bulk_insert(counters, [{"name": "case_number", "value": 10000}])


def downgrade() -> None:

    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.drop_index("ix_messages_case_id_id")

    op.drop_table("messages")
    with op.batch_alter_table("case_events", schema=None) as batch_op:
        batch_op.drop_index("ix_case_events_case_id_id")

    op.drop_table("case_events")
    op.drop_table("exam_cancellations")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index("ix_cases_status_assignee")
        batch_op.drop_index("ix_cases_assignee_id")
        batch_op.drop_index("ix_cases_opened_at")
        batch_op.drop_index("ix_cases_first_response_due_at")
        batch_op.drop_index("ix_cases_account_id")

    op.drop_table("cases")
    op.drop_table("tam_notes")
    with op.batch_alter_table("exam_sessions", schema=None) as batch_op:
        batch_op.drop_index("ix_exam_sessions_account_id")

    op.drop_table("exam_sessions")
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_index("ix_contacts_account_id")

    op.drop_table("contacts")
    op.drop_table("plan_targets")
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.drop_index("ix_accounts_tam_id")

    op.drop_table("accounts")
    op.drop_table("users")
    op.drop_table("support_calendar")
    op.drop_table("plans")
    op.drop_table("counters")
    op.drop_index("ix_change_log_entity_id", table_name="change_log")
    op.drop_table("change_log")
    op.drop_table("calendar_hours")
    op.drop_table("calendar_closures")
