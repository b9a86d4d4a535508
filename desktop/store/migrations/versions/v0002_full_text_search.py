"""Full-text search: FTS5 indexes over messages, conversations and articles.

The indexes are external-content FTS5 tables kept in sync by triggers, filled from the
rows already there. The DDL lives in ``desktop.store.sqlite`` (the one SQLite-only
module); other databases get their own full-text set-up in their backend.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from __future__ import annotations

from alembic import op

from desktop.store import sqlite

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in sqlite.fts_schema_v1():
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in sqlite.drop_fts_schema_v1():
        op.execute(statement)
