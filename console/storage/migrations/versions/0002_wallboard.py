"""The wallboard: the team leads' tile thresholds, and an index on the first
response instant (then the due instant and the status), by which SLA attainment
reads the clocks answered in a period and the unanswered ones due in it.

Tiles without a stored threshold use the defaults of ``console.domain.tiles``, so
nothing is seeded here: the defaults live in one place.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 00:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "tile_thresholds",
        sa.Column("tile", sa.String(length=40), nullable=False),
        sa.Column("amber", sa.Float(), nullable=False),
        sa.Column("red", sa.Float(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["updated_by"], ["users.id"], name=op.f("fk_tile_thresholds_updated_by_users")
        ),
        sa.PrimaryKeyConstraint("tile", name=op.f("pk_tile_thresholds")),
    )
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index(
            "ix_cases_first_response_at",
            ["first_response_at", "first_response_due_at", "status"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index("ix_cases_first_response_at")
    op.drop_table("tile_thresholds")
