"""Messages: idempotent ingest, threads, attachments.

Ingest is keyed by ``message_id``: the queue endpoint re-delivers, and polling sees the
same messages again. A message already stored is never duplicated; only its read marks
can grow (read marks are merged, never removed by sync).

Messages of one call are inserted oldest first, so the row id follows time within a
batch and ``ORDER BY rowid DESC`` (what message search uses) is close to newest first.

Ingest drops what belongs to a conversation erased on request
(:mod:`desktop.store.erased`): Booking.com keeps serving it, and it must not come back.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import datetime
from types import MappingProxyType
from typing import Any, cast

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.orm import Session

from desktop.domain import (
    Actor,
    Attachment,
    AuditAction,
    Change,
    Conversation,
    Message,
    Participant,
    Reservation,
    utcnow,
)
from desktop.store import audit, bulk, erased, summary
from desktop.store.conversations import save_conversations
from desktop.store.engine import Store
from desktop.store.model import Outcome
from desktop.store.properties import save_reservations
from desktop.store.tables import AttachmentRow, ConversationRow, MessageRow
from desktop.store.util import assign, chunks


def ingest_messages(store: Store, messages: Iterable[Message], actor: Actor) -> Outcome[int]:
    """Store the messages not stored yet; ``value`` is how many were new.

    The conversations must exist (:func:`desktop.store.conversations.upsert_conversations`).
    Their list columns are refreshed in the same transaction. One audit event covers the
    call if anything changed. Messages of an erased conversation are dropped.

    Raises:
        LookupError: A message belongs to an unknown conversation (not an erased one).
    """
    batch = list(messages)
    with store.write() as session:
        gone = erased.erased_among(session, {m.conversation_id for m in batch})
        if gone:
            batch = [m for m in batch if m.conversation_id not in gone]
        new, touched = save_messages(session, batch)
        if not touched:
            return Outcome(0, Change())
        summary.refresh_many(session, touched)
        _record_ingest(session, actor, new, touched)
    return Outcome(new, Change(conversations=frozenset(touched)))


def ingest_page(
    store: Store,
    conversations: Sequence[Conversation],
    participants: Mapping[str, Sequence[Participant]],
    messages: Iterable[Message],
    actor: Actor,
    reservations: Iterable[Reservation] = (),
) -> Outcome[int]:
    """What sync learnt from one page of conversations, in one transaction.

    Conversations and participants as :func:`~desktop.store.conversations.upsert_conversations`,
    reservations as :func:`~desktop.store.properties.upsert_reservations`, then messages as
    :func:`ingest_messages`; derived columns are refreshed once for the whole page, and
    one audit event is recorded per kind of record that changed (conversations,
    reservations, messages). A conversation's messages are all stored or none: its
    latest message is never stored without everything before it. ``value`` is how many
    messages were new; the change names the page's conversations that changed or got
    messages or read marks, and those whose reservation changed.

    A conversation erased on request is dropped with its messages and the reservation it
    names (unless a kept conversation of the page names it too): one query for the page.

    Raises:
        LookupError: A message belongs to a conversation neither stored nor on the page
            (nor erased).
    """
    with store.write() as session:
        conversations, batch, reservations = _without_erased(
            session, conversations, list(messages), reservations
        )
        changed = save_conversations(session, conversations, participants)
        booked = set(save_reservations(session, reservations))
        saved = [c.conversation_id for c in conversations]
        new, touched = save_messages(session, batch, saved)
        summary.refresh_many(session, changed | touched)
        if changed:
            details = {"conversations": len(changed)}
            audit.record(session, actor, AuditAction.SYNC, "conversations", details)
        if booked:
            details = {"reservations": len(booked)}
            audit.record(session, actor, AuditAction.SYNC, "reservations", details)
        if touched:
            _record_ingest(session, actor, new, touched)
    rebooked = {c.conversation_id for c in conversations if c.reservation_number in booked}
    return Outcome(new, Change(conversations=frozenset(changed | touched | rebooked)))


def _without_erased(
    session: Session,
    conversations: Sequence[Conversation],
    messages: list[Message],
    reservations: Iterable[Reservation],
) -> tuple[Sequence[Conversation], list[Message], Iterable[Reservation]]:
    """The page less its erased conversations, their messages and their reservations."""
    ids = {c.conversation_id for c in conversations}
    ids.update(m.conversation_id for m in messages)
    gone = erased.erased_among(session, ids)
    if not gone:
        return conversations, messages, reservations
    kept = [c for c in conversations if c.conversation_id not in gone]
    numbers = {c.reservation_number for c in conversations if c.conversation_id in gone}
    numbers.difference_update(c.reservation_number for c in kept)
    return (
        kept,
        [m for m in messages if m.conversation_id not in gone],
        [r for r in reservations if r.number not in numbers],
    )


def save_messages(
    session: Session, messages: Iterable[Message], stored: Collection[str] = ()
) -> tuple[int, set[str]]:
    """Insert the new messages and merge read marks, in the caller's transaction.

    Returns how many messages were new and the conversations that got new messages or
    read marks; the caller refreshes their derived columns and records the audit event.
    One query per chunk finds the stored messages; multi-row inserts add the new ones
    (oldest first) and one ``executemany`` updates the read marks that grew.
    ``stored``: conversations the caller just saved (not looked up again). The caller
    has dropped the messages of erased conversations.

    Raises:
        LookupError: A message belongs to an unknown conversation.
    """
    batch = _unique(messages)
    if not batch:
        return 0, set()
    existing = _existing(session, [m.message_id for m in batch])
    _check_conversations(session, {m.conversation_id for m in batch}.difference(stored))
    new = [m for m in batch if m.message_id not in existing]
    if new:
        now = utcnow()
        bulk.insert_rows(session, _MESSAGES, _INSERTED, [_row(m, now) for m in new])
    touched = {m.conversation_id for m in new}
    return len(new), touched | _merge_read_marks(session, batch, existing)


def _record_ingest(session: Session, actor: Actor, new: int, touched: set[str]) -> None:
    details = {"new": new, "conversations": len(touched)}
    audit.record(session, actor, AuditAction.SYNC, "messages", details)


_MESSAGES = cast(Table, MessageRow.__table__)
_INSERTED = (
    "message_id",
    "conversation_id",
    "sender",
    "sender_id",
    "sender_name",
    "message_type",
    "content",
    "created_at",
    "attributes",
    "attachment_ids",
    "read_by",
    "reply_to",
    "ingested_at",
)


def _unique(messages: Iterable[Message]) -> list[Message]:
    by_id: dict[str, Message] = {}
    for message in messages:
        by_id.setdefault(message.message_id, message)
    return sorted(by_id.values(), key=lambda m: (m.created_at, m.message_id))


def _existing(session: Session, message_ids: Sequence[str]) -> dict[str, tuple[str, list[str]]]:
    """The stored messages among these ids: their conversation and read marks."""
    found: dict[str, tuple[str, list[str]]] = {}
    for chunk in chunks(message_ids):
        for message_id, conversation_id, read_by in session.execute(_STORED, {"ids": chunk}):
            found[message_id] = (conversation_id, read_by)
    return found


#: The stored messages among the expanding parameter ``ids``: built once, not per chunk.
_STORED = select(_MESSAGES.c.message_id, _MESSAGES.c.conversation_id, _MESSAGES.c.read_by).where(
    _MESSAGES.c.message_id.in_(bindparam("ids", expanding=True))
)


def _check_conversations(session: Session, conversation_ids: set[str]) -> None:
    if not conversation_ids:
        return
    known: set[str] = set()
    for chunk in chunks(sorted(conversation_ids)):
        stmt = select(ConversationRow.conversation_id).where(
            ConversationRow.conversation_id.in_(chunk)
        )
        known.update(session.scalars(stmt))
    missing = conversation_ids - known
    if missing:
        raise LookupError(f"messages for unknown conversations: {sorted(missing)}")


def _merge_read_marks(
    session: Session, batch: Sequence[Message], existing: dict[str, tuple[str, list[str]]]
) -> set[str]:
    touched = set()
    grown: list[dict[str, Any]] = []
    for message in batch:
        stored = existing.get(message.message_id)
        if stored is None:
            continue
        conversation_id, read_by = stored
        extra = [r for r in message.read_by if r not in read_by]
        if extra:
            grown.append({"b_id": message.message_id, "read_by": [*read_by, *extra]})
            touched.add(conversation_id)
    if grown:
        where = _MESSAGES.c.message_id == bindparam("b_id")
        session.execute(update(_MESSAGES).where(where), grown)
    return touched


def _row(message: Message, now: datetime) -> tuple[Any, ...]:
    """The values of a new row, in :data:`_INSERTED` order."""
    return (
        message.message_id,
        message.conversation_id,
        message.sender,
        message.sender_id,
        message.sender_name,
        message.message_type,
        message.content,
        message.created_at,
        dict(message.attributes),
        list(message.attachment_ids),
        list(message.read_by),
        message.reply_to,
        now,
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
