"""The tables, as SQLAlchemy 2 typed ORM classes. Never leave the ``store`` package.

Conventions:

- Tables indexed by full-text search (messages, conversations, articles) have an
  ``id INTEGER PRIMARY KEY`` (a stable rowid for the external-content FTS5 tables,
  which VACUUM never renumbers) and their natural key as a UNIQUE column. Other
  tables refer to the natural key (``conversation_id``), as the domain does.
- Datetimes are :class:`~desktop.store.types.UTCDateTime`; enums store their value.
- Who did something is kept as ``actor_name`` + ``actor_staff_id`` (no foreign key to
  ``staff_members``): history must survive staff changes unaltered.
- The full-text tables are not declared here; ``desktop.store.sqlite`` owns them.

The schema is changed only by a new Alembic revision in ``migrations/versions``; the
test suite checks that these classes and the migrated database agree.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, ForeignKey, Index, MetaData, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from desktop.domain import (
    Access,
    AuditAction,
    ConversationKind,
    ConversationType,
    FeedbackReason,
    MessageType,
    OutboxState,
    SenderKind,
    StaffRole,
    SupportCaseStatus,
    SupportChannel,
    SupportTransport,
)
from desktop.store.model import Folder
from desktop.store.types import UTCDateTime, value_enum

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

NAME = String(200)
UUID = String(64)
SHORT = String(32)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        dict[str, Any]: JSON(none_as_null=True),
        list[str]: JSON(none_as_null=True),
    }


class ActorColumns:
    """Who performed the action, as it was at the time."""

    actor_name: Mapped[str] = mapped_column(NAME)
    actor_staff_id: Mapped[int | None]


class PropertyRow(Base):
    __tablename__ = "properties"

    property_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    name: Mapped[str] = mapped_column(NAME)
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    has_access: Mapped[bool] = mapped_column(default=True)


class ReservationRow(Base):
    __tablename__ = "reservations"

    number: Mapped[str] = mapped_column(SHORT, primary_key=True)
    property_id: Mapped[int] = mapped_column(ForeignKey("properties.property_id"), index=True)
    guest_name: Mapped[str] = mapped_column(NAME, default="")
    checkin: Mapped[date | None]
    checkout: Mapped[date | None]
    cancelled_at: Mapped[datetime | None]
    language: Mapped[str | None] = mapped_column(String(16))


class ConversationRow(Base):
    """A guest conversation or a support case's thread, with the list's summary columns.

    ``folder`` and ``activity_at`` are derived when messages or tags change, so the
    conversation list is one index range scan: ``activity_at`` is the last message time,
    or the time the conversation was first seen while it has no message.
    """

    __tablename__ = "conversations"

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[str] = mapped_column(UUID, unique=True)
    property_id: Mapped[int] = mapped_column(ForeignKey("properties.property_id"))
    kind: Mapped[ConversationKind] = mapped_column(value_enum(ConversationKind))
    conversation_type: Mapped[ConversationType] = mapped_column(value_enum(ConversationType))
    reservation_number: Mapped[str | None] = mapped_column(SHORT, index=True)
    access: Mapped[Access] = mapped_column(value_enum(Access))
    guest_name: Mapped[str] = mapped_column(NAME, default="")
    guest_participant_id: Mapped[str | None] = mapped_column(UUID)
    property_participant_id: Mapped[str | None] = mapped_column(UUID)
    language: Mapped[str | None] = mapped_column(String(16))
    no_reply_needed: Mapped[bool] = mapped_column(default=False)
    last_message_at: Mapped[datetime | None]
    last_message_snippet: Mapped[str] = mapped_column(String(400), default="")
    last_sender: Mapped[SenderKind | None] = mapped_column(value_enum(SenderKind))
    last_guest_message_at: Mapped[datetime | None]
    unread_count: Mapped[int] = mapped_column(default=0)
    folder: Mapped[Folder] = mapped_column(value_enum(Folder))
    activity_at: Mapped[datetime]
    created_at: Mapped[datetime]

    __table_args__ = (
        Index("ix_conversations_folder_list", "folder", "activity_at", "id"),
        Index("ix_conversations_property_list", "property_id", "folder", "activity_at", "id"),
        Index("ix_conversations_kind_list", "kind", "activity_at", "id"),
        Index("ix_conversations_property_kind_list", "property_id", "kind", "activity_at", "id"),
    )


class ErasedConversationRow(Base):
    """A conversation erased on request, so that sync never stores it again.

    Only a digest of its Booking.com id (:func:`desktop.store.erased.digest`), never the
    id, a name or a reservation number: the record of an erasure holds no personal data.
    """

    __tablename__ = "erased_conversations"

    digest: Mapped[str] = mapped_column(String(64), primary_key=True)
    property_id: Mapped[int]
    erased_at: Mapped[datetime]


class ParticipantRow(Base):
    __tablename__ = "participants"

    conversation_id: Mapped[str] = mapped_column(
        ForeignKey("conversations.conversation_id", ondelete="CASCADE"), primary_key=True
    )
    participant_id: Mapped[str] = mapped_column(UUID, primary_key=True)
    kind: Mapped[SenderKind] = mapped_column(value_enum(SenderKind))
    name: Mapped[str] = mapped_column(NAME, default="")


class MessageRow(Base):
    __tablename__ = "messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[str] = mapped_column(UUID, unique=True)
    conversation_id: Mapped[str] = mapped_column(
        ForeignKey("conversations.conversation_id", ondelete="CASCADE")
    )
    sender: Mapped[SenderKind] = mapped_column(value_enum(SenderKind))
    sender_id: Mapped[str] = mapped_column(UUID, default="")
    sender_name: Mapped[str] = mapped_column(NAME, default="")
    message_type: Mapped[MessageType] = mapped_column(value_enum(MessageType))
    content: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime]
    attributes: Mapped[dict[str, Any]]
    attachment_ids: Mapped[list[str]]
    read_by: Mapped[list[str]]
    reply_to: Mapped[str | None] = mapped_column(UUID)
    ingested_at: Mapped[datetime]

    __table_args__ = (Index("ix_messages_thread", "conversation_id", "created_at", "id"),)


class AttachmentRow(Base):
    __tablename__ = "attachments"

    attachment_id: Mapped[str] = mapped_column(UUID, primary_key=True)
    conversation_id: Mapped[str] = mapped_column(
        ForeignKey("conversations.conversation_id", ondelete="CASCADE"), index=True
    )
    file_name: Mapped[str] = mapped_column(String(255), default="")
    file_type: Mapped[str] = mapped_column(String(100), default="")
    file_size: Mapped[int] = mapped_column(default=0)
    local_path: Mapped[str | None] = mapped_column(String(1000))


class DraftRow(ActorColumns, Base):
    """The one unsent text of a conversation (kept until it is queued or discarded)."""

    __tablename__ = "drafts"

    conversation_id: Mapped[str] = mapped_column(
        ForeignKey("conversations.conversation_id", ondelete="CASCADE"), primary_key=True
    )
    content: Mapped[str] = mapped_column(Text, default="")
    started_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    attachment_paths: Mapped[list[str]]


class OutboxRow(ActorColumns, Base):
    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[str] = mapped_column(
        ForeignKey("conversations.conversation_id", ondelete="CASCADE"), index=True
    )
    property_id: Mapped[int] = mapped_column(ForeignKey("properties.property_id"))
    content: Mapped[str] = mapped_column(Text)
    state: Mapped[OutboxState] = mapped_column(value_enum(OutboxState), index=True)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    attachment_paths: Mapped[list[str]]
    attempt_started_at: Mapped[datetime | None]
    sent_message_id: Mapped[str | None] = mapped_column(UUID)
    error: Mapped[str | None] = mapped_column(Text)


class NoteRow(ActorColumns, Base):
    __tablename__ = "internal_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[str] = mapped_column(
        ForeignKey("conversations.conversation_id", ondelete="CASCADE"), index=True
    )
    content: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]
    for_next_shift: Mapped[bool] = mapped_column(default=False)


class SupportCaseRow(ActorColumns, Base):
    __tablename__ = "support_cases"

    id: Mapped[int] = mapped_column(primary_key=True)
    property_id: Mapped[int] = mapped_column(ForeignKey("properties.property_id"))
    theme: Mapped[str] = mapped_column(String(64))
    subtheme: Mapped[str | None] = mapped_column(String(64))
    channel: Mapped[SupportChannel] = mapped_column(value_enum(SupportChannel))
    transport: Mapped[SupportTransport] = mapped_column(value_enum(SupportTransport))
    status: Mapped[SupportCaseStatus] = mapped_column(value_enum(SupportCaseStatus), index=True)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    reservation_number: Mapped[str | None] = mapped_column(SHORT, index=True)
    subject: Mapped[str] = mapped_column(String(400), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    conversation_id: Mapped[str | None] = mapped_column(
        ForeignKey("conversations.conversation_id", ondelete="SET NULL")
    )
    external_id: Mapped[str | None] = mapped_column(String(100))
    article_id: Mapped[str | None] = mapped_column(String(200))

    __table_args__ = (Index("ix_support_cases_list", "property_id", "created_at"),)


class CallLogRow(ActorColumns, Base):
    __tablename__ = "call_logs"

    id: Mapped[int] = mapped_column(primary_key=True)
    property_id: Mapped[int] = mapped_column(ForeignKey("properties.property_id"))
    theme: Mapped[str] = mapped_column(String(64))
    number_called: Mapped[str] = mapped_column(String(64))
    outcome: Mapped[str] = mapped_column(String(64))
    notes: Mapped[str] = mapped_column(Text, default="")
    started_at: Mapped[datetime]
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("support_cases.id", ondelete="SET NULL"), index=True
    )
    reservation_number: Mapped[str | None] = mapped_column(SHORT)

    __table_args__ = (Index("ix_call_logs_list", "property_id", "started_at"),)


class ArticleRow(Base):
    """A help article in one language. ``keywords`` holds one keyword per line."""

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[str] = mapped_column(String(200), unique=True)
    translation_id: Mapped[str] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(String(400))
    theme: Mapped[str] = mapped_column(String(64))
    subtheme: Mapped[str | None] = mapped_column(String(64))
    keywords: Mapped[str] = mapped_column(Text, default="")
    updated: Mapped[date]
    related: Mapped[list[str]]
    body: Mapped[str] = mapped_column(Text)

    __table_args__ = (
        UniqueConstraint("translation_id", "language", name="uq_articles_translation"),
        Index("ix_articles_language_theme", "language", "theme"),
    )


class ArticleFeedbackRow(ActorColumns, Base):
    __tablename__ = "article_feedback"

    id: Mapped[int] = mapped_column(primary_key=True)
    translation_id: Mapped[str] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(16))
    helpful: Mapped[bool]
    reason: Mapped[FeedbackReason | None] = mapped_column(value_enum(FeedbackReason))
    comment: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime]

    __table_args__ = (Index("ix_article_feedback_article", "translation_id", "language"),)


class ArticleNoteRow(ActorColumns, Base):
    """Pinned to a translation and language, not to an ``articles`` row: survives updates."""

    __tablename__ = "article_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    translation_id: Mapped[str] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(16))
    content: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    __table_args__ = (Index("ix_article_notes_article", "translation_id", "language"),)


class SearchMissRow(ActorColumns, Base):
    __tablename__ = "article_search_misses"

    id: Mapped[int] = mapped_column(primary_key=True)
    query: Mapped[str] = mapped_column(String(400))
    language: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime] = mapped_column(index=True)


class StaffRow(Base):
    __tablename__ = "staff_members"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(NAME, unique=True)
    role: Mapped[StaffRole] = mapped_column(value_enum(StaffRole))
    pin_hash: Mapped[str | None] = mapped_column(String(400))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime]


class AuditRow(ActorColumns, Base):
    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(index=True)
    action: Mapped[AuditAction] = mapped_column(value_enum(AuditAction, length=40))
    target: Mapped[str] = mapped_column(String(200), default="")
    details: Mapped[dict[str, Any]]

    __table_args__ = (
        Index("ix_audit_events_action", "action", "at"),
        Index("ix_audit_events_staff", "actor_staff_id", "at"),
        Index("ix_audit_events_target", "target", "at"),
    )


class SettingRow(Base):
    """Settings shared through the database (per-desk preferences live in settings.toml)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime]


class SyncStateRow(Base):
    __tablename__ = "sync_state"

    property_id: Mapped[int] = mapped_column(
        ForeignKey("properties.property_id", ondelete="CASCADE"), primary_key=True
    )
    cursor: Mapped[str | None] = mapped_column(String(400))
    page_id: Mapped[str | None] = mapped_column(String(400))
    last_full_sync_at: Mapped[datetime | None]
    last_poll_at: Mapped[datetime | None]
