"""Erased conversations: digests of the conversations a guest had erased, for sync to skip.

Only a SHA-256 digest of each Booking.com conversation id is kept (see
``desktop.store.erased``), never the id itself. Conversations erased before this
revision are not known here: they come back at the next full sync and have to be
erased again.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "erased_conversations",
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("property_id", sa.Integer(), nullable=False),
        sa.Column("erased_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("digest", name=op.f("pk_erased_conversations")),
    )


def downgrade() -> None:
    op.drop_table("erased_conversations")
