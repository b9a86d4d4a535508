"""Messages: idempotent ingest, threads, attachments.

Ingest is keyed by ``message_id``: the queue endpoint re-delivers, and polling sees the
same messages again. A message already stored is never duplicated; only its read marks
can grow (read marks are merged, never removed by sync).

Messages of one call are inserted oldest first, so the row id follows time within a
batch and ``ORDER BY rowid DESC`` (what message search uses) is close to newest first.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from types import MappingProxyType

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain import Actor, Attachment, AuditAction, Change, Message, utcnow
from desktop.store import audit, summary
from desktop.store.engine import Store
from desktop.store.model import Outcome
from desktop.store.tables import AttachmentRow, ConversationRow, MessageRow
from desktop.store.util import assign, chunks


def ingest_messages(store: Store, messages: Iterable[Message], actor: Actor) -> Outcome[int]:
    """Store the messages not stored yet; ``value`` is how many were new.

    The conversations must exist (:func:`desktop.store.conversations.upsert_conversations`).
    Their list columns are refreshed in the same transaction. One audit event covers the
    call if anything changed.

    Raises:
        LookupError: A message belongs to an unknown conversation.
    """
    batch = _unique(messages)
    with store.write() as session:
        existing = _existing(session, [m.message_id for m in batch])
        _check_conversations(session, {m.conversation_id for m in batch})
        new = [m for m in batch if m.message_id not in existing]
        now = utcnow()
        session.add_all(_row(message, now) for message in new)
        touched = {m.conversation_id for m in new}
        touched |= _merge_read_marks(batch, existing)
        if not touched:
            return Outcome(0, Change())
        summary.refresh_many(session, touched)
        details = {"new": len(new), "conversations": len(touched)}
        audit.record(session, actor, AuditAction.SYNC, "messages", details)
    return Outcome(len(new), Change(conversations=frozenset(touched)))


def _unique(messages: Iterable[Message]) -> list[Message]:
    by_id: dict[str, Message] = {}
    for message in messages:
        by_id.setdefault(message.message_id, message)
    return sorted(by_id.values(), key=lambda m: (m.created_at, m.message_id))


def _existing(session: Session, message_ids: Sequence[str]) -> dict[str, MessageRow]:
    found: dict[str, MessageRow] = {}
    for chunk in chunks(message_ids):
        stmt = select(MessageRow).where(MessageRow.message_id.in_(chunk))
        found.update((row.message_id, row) for row in session.scalars(stmt))
    return found


def _check_conversations(session: Session, conversation_ids: set[str]) -> None:
    known: set[str] = set()
    for chunk in chunks(sorted(conversation_ids)):
        stmt = select(ConversationRow.conversation_id).where(
            ConversationRow.conversation_id.in_(chunk)
        )
        known.update(session.scalars(stmt))
    missing = conversation_ids - known
    if missing:
        raise LookupError(f"messages for unknown conversations: {sorted(missing)}")


def _merge_read_marks(batch: Sequence[Message], existing: dict[str, MessageRow]) -> set[str]:
    touched = set()
    for message in batch:
        row = existing.get(message.message_id)
        if row is None:
            continue
        extra = [r for r in message.read_by if r not in row.read_by]
        if extra:
            row.read_by = [*row.read_by, *extra]
            touched.add(row.conversation_id)
    return touched


def _row(message: Message, now: datetime) -> MessageRow:
    return MessageRow(
        message_id=message.message_id,
        conversation_id=message.conversation_id,
        sender=message.sender,
        sender_id=message.sender_id,
        sender_name=message.sender_name,
        message_type=message.message_type,
        content=message.content,
        created_at=message.created_at,
        attributes=dict(message.attributes),
        attachment_ids=list(message.attachment_ids),
        read_by=list(message.read_by),
        reply_to=message.reply_to,
        ingested_at=now,
    )


def to_message(row: MessageRow) -> Message:
    """The domain object of a message row."""
    return Message(
        message_id=row.message_id,
        conversation_id=row.conversation_id,
        sender=row.sender,
        created_at=row.created_at,
        content=row.content,
        message_type=row.message_type,
        sender_id=row.sender_id,
        sender_name=row.sender_name,
        attachment_ids=tuple(row.attachment_ids),
        read_by=tuple(row.read_by),
        attributes=MappingProxyType(dict(row.attributes)),
        reply_to=row.reply_to,
    )


def get_thread(store: Store, conversation_id: str) -> list[Message]:
    """Every message of a conversation, oldest first."""
    stmt = (
        select(MessageRow)
        .where(MessageRow.conversation_id == conversation_id)
        .order_by(MessageRow.created_at, MessageRow.id)
    )
    with store.read() as session:
        return [to_message(row) for row in session.scalars(stmt)]


def known_message_ids(store: Store, message_ids: Sequence[str]) -> set[str]:
    """Which of these message ids the store already has."""
    if not message_ids:
        return set()
    stmt = select(MessageRow.message_id).where(MessageRow.message_id.in_(list(message_ids)))
    with store.read() as session:
        return set(session.scalars(stmt))


def get_message(store: Store, message_id: str) -> Message | None:
    with store.read() as session:
        row = session.scalars(select(MessageRow).where(MessageRow.message_id == message_id))
        found = row.one_or_none()
        return to_message(found) if found else None


def save_attachment(
    store: Store, conversation_id: str, attachment: Attachment, actor: Actor
) -> Change:
    """Record (or update) an attachment's metadata and where its file was saved."""
    values = {
        "conversation_id": conversation_id,
        "file_name": attachment.file_name,
        "file_type": attachment.file_type,
        "file_size": attachment.file_size,
        "local_path": attachment.local_path,
    }
    with store.write() as session:
        row = session.get(AttachmentRow, attachment.attachment_id)
        if row is None:
            session.add(AttachmentRow(attachment_id=attachment.attachment_id, **values))
        elif not assign(row, values):
            return Change()
        details = {"attachment_id": attachment.attachment_id}
        audit.record(session, actor, AuditAction.SYNC, conversation_id, details)
    return Change(conversations=frozenset({conversation_id}))


def get_attachments(store: Store, attachment_ids: Sequence[str]) -> list[Attachment]:
    """The attachments known among these ids, in the order given."""
    found: dict[str, Attachment] = {}
    with store.read() as session:
        for chunk in chunks(attachment_ids):
            stmt = select(AttachmentRow).where(AttachmentRow.attachment_id.in_(chunk))
            for row in session.scalars(stmt):
                found[row.attachment_id] = Attachment(
                    attachment_id=row.attachment_id,
                    file_name=row.file_name,
                    file_type=row.file_type,
                    file_size=row.file_size,
                    local_path=row.local_path,
                )
    return [found[aid] for aid in attachment_ids if aid in found]
