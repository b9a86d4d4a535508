"""Core schema: every table of the domain, with the conversation-list indexes.

Revision ID: 0001
Revises: -
Create Date: 2026-11-27 02:43:35.132848
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "article_feedback",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("translation_id", sa.String(length=200), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("helpful", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=True),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("actor_name", sa.String(length=200), nullable=False),
        sa.Column("actor_staff_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_article_feedback")),
    )
    op.create_index(
        "ix_article_feedback_article", "article_feedback", ["translation_id", "language"]
    )

    op.create_table(
        "article_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("translation_id", sa.String(length=200), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("actor_name", sa.String(length=200), nullable=False),
        sa.Column("actor_staff_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_article_notes")),
    )
    op.create_index("ix_article_notes_article", "article_notes", ["translation_id", "language"])

    op.create_table(
        "article_search_misses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("query", sa.String(length=400), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor_name", sa.String(length=200), nullable=False),
        sa.Column("actor_staff_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_article_search_misses")),
    )
    op.create_index(op.f("ix_article_search_misses_at"), "article_search_misses", ["at"])

    op.create_table(
        "articles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.String(length=200), nullable=False),
        sa.Column("translation_id", sa.String(length=200), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("title", sa.String(length=400), nullable=False),
        sa.Column("theme", sa.String(length=64), nullable=False),
        sa.Column("subtheme", sa.String(length=64), nullable=True),
        sa.Column("keywords", sa.Text(), nullable=False),
        sa.Column("updated", sa.Date(), nullable=False),
        sa.Column("related", sa.JSON(none_as_null=True), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_articles")),
        sa.UniqueConstraint("article_id", name=op.f("uq_articles_article_id")),
        sa.UniqueConstraint("translation_id", "language", name="uq_articles_translation"),
    )
    op.create_index("ix_articles_language_theme", "articles", ["language", "theme"])

    op.create_table(
        "audit_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("target", sa.String(length=200), nullable=False),
        sa.Column("details", sa.JSON(none_as_null=True), nullable=False),
        sa.Column("actor_name", sa.String(length=200), nullable=False),
        sa.Column("actor_staff_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_events")),
    )
    op.create_index("ix_audit_events_action", "audit_events", ["action", "at"])
    op.create_index(op.f("ix_audit_events_at"), "audit_events", ["at"])
    op.create_index("ix_audit_events_staff", "audit_events", ["actor_staff_id", "at"])
    op.create_index("ix_audit_events_target", "audit_events", ["target", "at"])

    op.create_table(
        "properties",
        sa.Column("property_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("has_access", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("property_id", name=op.f("pk_properties")),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "staff_members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("pin_hash", sa.String(length=400), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_members")),
        sa.UniqueConstraint("name", name=op.f("uq_staff_members_name")),
    )
    op.create_table(
        "conversations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("conversation_id", sa.String(length=64), nullable=False),
        sa.Column("property_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("conversation_type", sa.String(length=32), nullable=False),
        sa.Column("reservation_number", sa.String(length=32), nullable=True),
        sa.Column("access", sa.String(length=32), nullable=False),
        sa.Column("guest_name", sa.String(length=200), nullable=False),
        sa.Column("guest_participant_id", sa.String(length=64), nullable=True),
        sa.Column("property_participant_id", sa.String(length=64), nullable=True),
        sa.Column("language", sa.String(length=16), nullable=True),
        sa.Column("no_reply_needed", sa.Boolean(), nullable=False),
        sa.Column("last_message_at", sa.DateTime(), nullable=True),
        sa.Column("last_message_snippet", sa.String(length=400), nullable=False),
        sa.Column("last_sender", sa.String(length=32), nullable=True),
        sa.Column("last_guest_message_at", sa.DateTime(), nullable=True),
        sa.Column("unread_count", sa.Integer(), nullable=False),
        sa.Column("folder", sa.String(length=32), nullable=False),
        sa.Column("activity_at", sa.DateTime(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["property_id"],
            ["properties.property_id"],
            name=op.f("fk_conversations_property_id_properties"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conversations")),
        sa.UniqueConstraint("conversation_id", name=op.f("uq_conversations_conversation_id")),
    )
    op.create_index(
        "ix_conversations_folder_list", "conversations", ["folder", "activity_at", "id"]
    )
    op.create_index("ix_conversations_kind_list", "conversations", ["kind", "activity_at", "id"])
    op.create_index(
        "ix_conversations_property_kind_list",
        "conversations",
        ["property_id", "kind", "activity_at", "id"],
    )
    op.create_index(
        "ix_conversations_property_list",
        "conversations",
        ["property_id", "folder", "activity_at", "id"],
    )
    op.create_index(
        op.f("ix_conversations_reservation_number"), "conversations", ["reservation_number"]
    )

    op.create_table(
        "reservations",
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("property_id", sa.Integer(), nullable=False),
        sa.Column("guest_name", sa.String(length=200), nullable=False),
        sa.Column("checkin", sa.Date(), nullable=True),
        sa.Column("checkout", sa.Date(), nullable=True),
        sa.Column("cancelled_at", sa.DateTime(), nullable=True),
        sa.Column("language", sa.String(length=16), nullable=True),
        sa.ForeignKeyConstraint(
            ["property_id"],
            ["properties.property_id"],
            name=op.f("fk_reservations_property_id_properties"),
        ),
        sa.PrimaryKeyConstraint("number", name=op.f("pk_reservations")),
    )
    op.create_index(op.f("ix_reservations_property_id"), "reservations", ["property_id"])

    op.create_table(
        "sync_state",
        sa.Column("property_id", sa.Integer(), nullable=False),
        sa.Column("cursor", sa.String(length=400), nullable=True),
        sa.Column("page_id", sa.String(length=400), nullable=True),
        sa.Column("last_full_sync_at", sa.DateTime(), nullable=True),
        sa.Column("last_poll_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["property_id"],
            ["properties.property_id"],
            name=op.f("fk_sync_state_property_id_properties"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("property_id", name=op.f("pk_sync_state")),
    )
    op.create_table(
        "attachments",
        sa.Column("attachment_id", sa.String(length=64), nullable=False),
        sa.Column("conversation_id", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("file_type", sa.String(length=100), nullable=False),
        sa.Column("file_size", sa.Integer(), nullable=False),
        sa.Column("local_path", sa.String(length=1000), nullable=True),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["conversations.conversation_id"],
            name=op.f("fk_attachments_conversation_id_conversations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("attachment_id", name=op.f("pk_attachments")),
    )
    op.create_index(op.f("ix_attachments_conversation_id"), "attachments", ["conversation_id"])

    op.create_table(
        "drafts",
        sa.Column("conversation_id", sa.String(length=64), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("attachment_paths", sa.JSON(none_as_null=True), nullable=False),
        sa.Column("actor_name", sa.String(length=200), nullable=False),
        sa.Column("actor_staff_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["conversations.conversation_id"],
            name=op.f("fk_drafts_conversation_id_conversations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("conversation_id", name=op.f("pk_drafts")),
    )
    op.create_table(
        "internal_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("conversation_id", sa.String(length=64), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("for_next_shift", sa.Boolean(), nullable=False),
        sa.Column("actor_name", sa.String(length=200), nullable=False),
        sa.Column("actor_staff_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["conversations.conversation_id"],
            name=op.f("fk_internal_notes_conversation_id_conversations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_internal_notes")),
    )
    op.create_index(
        op.f("ix_internal_notes_conversation_id"), "internal_notes", ["conversation_id"]
    )

    op.create_table(
        "messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.String(length=64), nullable=False),
        sa.Column("conversation_id", sa.String(length=64), nullable=False),
        sa.Column("sender", sa.String(length=32), nullable=False),
        sa.Column("sender_id", sa.String(length=64), nullable=False),
        sa.Column("sender_name", sa.String(length=200), nullable=False),
        sa.Column("message_type", sa.String(length=32), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("attributes", sa.JSON(none_as_null=True), nullable=False),
        sa.Column("attachment_ids", sa.JSON(none_as_null=True), nullable=False),
        sa.Column("read_by", sa.JSON(none_as_null=True), nullable=False),
        sa.Column("reply_to", sa.String(length=64), nullable=True),
        sa.Column("ingested_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["conversations.conversation_id"],
            name=op.f("fk_messages_conversation_id_conversations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_messages")),
        sa.UniqueConstraint("message_id", name=op.f("uq_messages_message_id")),
    )
    op.create_index("ix_messages_thread", "messages", ["conversation_id", "created_at", "id"])

    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("conversation_id", sa.String(length=64), nullable=False),
        sa.Column("property_id", sa.Integer(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("attachment_paths", sa.JSON(none_as_null=True), nullable=False),
        sa.Column("attempt_started_at", sa.DateTime(), nullable=True),
        sa.Column("sent_message_id", sa.String(length=64), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("actor_name", sa.String(length=200), nullable=False),
        sa.Column("actor_staff_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["conversations.conversation_id"],
            name=op.f("fk_outbox_conversation_id_conversations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["property_id"],
            ["properties.property_id"],
            name=op.f("fk_outbox_property_id_properties"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox")),
    )
    op.create_index(op.f("ix_outbox_conversation_id"), "outbox", ["conversation_id"])
    op.create_index(op.f("ix_outbox_state"), "outbox", ["state"])

    op.create_table(
        "participants",
        sa.Column("conversation_id", sa.String(length=64), nullable=False),
        sa.Column("participant_id", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["conversations.conversation_id"],
            name=op.f("fk_participants_conversation_id_conversations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("conversation_id", "participant_id", name=op.f("pk_participants")),
    )
    op.create_table(
        "support_cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("property_id", sa.Integer(), nullable=False),
        sa.Column("theme", sa.String(length=64), nullable=False),
        sa.Column("subtheme", sa.String(length=64), nullable=True),
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column("transport", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("reservation_number", sa.String(length=32), nullable=True),
        sa.Column("subject", sa.String(length=400), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("conversation_id", sa.String(length=64), nullable=True),
        sa.Column("external_id", sa.String(length=100), nullable=True),
        sa.Column("article_id", sa.String(length=200), nullable=True),
        sa.Column("actor_name", sa.String(length=200), nullable=False),
        sa.Column("actor_staff_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["conversations.conversation_id"],
            name=op.f("fk_support_cases_conversation_id_conversations"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["property_id"],
            ["properties.property_id"],
            name=op.f("fk_support_cases_property_id_properties"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_support_cases")),
    )
    op.create_index("ix_support_cases_list", "support_cases", ["property_id", "created_at"])
    op.create_index(
        op.f("ix_support_cases_reservation_number"), "support_cases", ["reservation_number"]
    )
    op.create_index(op.f("ix_support_cases_status"), "support_cases", ["status"])

    op.create_table(
        "call_logs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("property_id", sa.Integer(), nullable=False),
        sa.Column("theme", sa.String(length=64), nullable=False),
        sa.Column("number_called", sa.String(length=64), nullable=False),
        sa.Column("outcome", sa.String(length=64), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("reservation_number", sa.String(length=32), nullable=True),
        sa.Column("actor_name", sa.String(length=200), nullable=False),
        sa.Column("actor_staff_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["support_cases.id"],
            name=op.f("fk_call_logs_case_id_support_cases"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["property_id"],
            ["properties.property_id"],
            name=op.f("fk_call_logs_property_id_properties"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_call_logs")),
    )
    op.create_index(op.f("ix_call_logs_case_id"), "call_logs", ["case_id"])
    op.create_index("ix_call_logs_list", "call_logs", ["property_id", "started_at"])


def downgrade() -> None:
    op.drop_index("ix_call_logs_list", table_name="call_logs")
    op.drop_index(op.f("ix_call_logs_case_id"), table_name="call_logs")

    op.drop_table("call_logs")
    op.drop_index(op.f("ix_support_cases_status"), table_name="support_cases")
    op.drop_index(op.f("ix_support_cases_reservation_number"), table_name="support_cases")
    op.drop_index("ix_support_cases_list", table_name="support_cases")

    op.drop_table("support_cases")
    op.drop_table("participants")
    op.drop_index(op.f("ix_outbox_state"), table_name="outbox")
    op.drop_index(op.f("ix_outbox_conversation_id"), table_name="outbox")

    op.drop_table("outbox")
    op.drop_index("ix_messages_thread", table_name="messages")

    op.drop_table("messages")
    op.drop_index(op.f("ix_internal_notes_conversation_id"), table_name="internal_notes")

    op.drop_table("internal_notes")
    op.drop_table("drafts")
    op.drop_index(op.f("ix_attachments_conversation_id"), table_name="attachments")

    op.drop_table("attachments")
    op.drop_table("sync_state")
    op.drop_index(op.f("ix_reservations_property_id"), table_name="reservations")

    op.drop_table("reservations")
    op.drop_index(op.f("ix_conversations_reservation_number"), table_name="conversations")
    op.drop_index("ix_conversations_property_list", table_name="conversations")
    op.drop_index("ix_conversations_property_kind_list", table_name="conversations")
    op.drop_index("ix_conversations_kind_list", table_name="conversations")
    op.drop_index("ix_conversations_folder_list", table_name="conversations")

    op.drop_table("conversations")
    op.drop_table("staff_members")
    op.drop_table("settings")
    op.drop_table("properties")
    op.drop_index("ix_audit_events_target", table_name="audit_events")
    op.drop_index("ix_audit_events_staff", table_name="audit_events")
    op.drop_index(op.f("ix_audit_events_at"), table_name="audit_events")
    op.drop_index("ix_audit_events_action", table_name="audit_events")

    op.drop_table("audit_events")
    op.drop_index("ix_articles_language_theme", table_name="articles")

    op.drop_table("articles")
    op.drop_index(op.f("ix_article_search_misses_at"), table_name="article_search_misses")

    op.drop_table("article_search_misses")
    op.drop_index("ix_article_notes_article", table_name="article_notes")

    op.drop_table("article_notes")
    op.drop_index("ix_article_feedback_article", table_name="article_feedback")

    op.drop_table("article_feedback")
