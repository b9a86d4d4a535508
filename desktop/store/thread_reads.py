"""One conversation's thread as the thread view reads it: one read transaction, plain rows.

Opening a conversation reads the conversation, its reservation, messages, notes,
outbox entries, the messages' attachments and the draft. :func:`read_thread` reads
them all on one pooled connection and in one snapshot, as plain Core rows mapped
straight to the domain dataclasses: no ORM entities (their identity map and
instance states cost more than the SQL, and leave reference cycles for the
collector), and one ``BEGIN`` instead of one per query.

The statements are built once (bound parameters), so SQLAlchemy finds them compiled.
The result equals what the entity-based readers return
(:func:`~desktop.store.messages.get_thread`, :func:`~desktop.store.notes.list_notes`,
:func:`~desktop.store.outbox.list_entries`, ...); a test compares the two.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, cast

from sqlalchemy import BindParameter, Connection, Row, Table, Text, bindparam, select

from desktop.domain import (
    Actor,
    Attachment,
    Conversation,
    Draft,
    InternalNote,
    Message,
    OutboxEntry,
    Reservation,
)
from desktop.store.engine import Store
from desktop.store.tables import (
    AttachmentRow,
    ConversationRow,
    DraftRow,
    MessageRow,
    NoteRow,
    OutboxRow,
    ReservationRow,
)
from desktop.store.util import chunks


@dataclass(frozen=True, slots=True)
class ThreadRecord:
    """What the store holds for one conversation's thread, read in one snapshot.

    ``messages`` and ``notes`` are oldest first, ``outbox`` in queueing order (every
    entry, sent ones included), ``attachments`` those known among the messages'
    attachment ids, in the messages' order.
    """

    conversation: Conversation
    reservation: Reservation | None
    messages: tuple[Message, ...]
    notes: tuple[InternalNote, ...]
    outbox: tuple[OutboxEntry, ...]
    attachments: tuple[Attachment, ...]
    draft: Draft | None


_CONVERSATIONS = cast(Table, ConversationRow.__table__)
_RESERVATIONS = cast(Table, ReservationRow.__table__)
_MESSAGES = cast(Table, MessageRow.__table__)
_NOTES = cast(Table, NoteRow.__table__)
_OUTBOX = cast(Table, OutboxRow.__table__)
_ATTACHMENTS = cast(Table, AttachmentRow.__table__)
_DRAFTS = cast(Table, DraftRow.__table__)
_EMPTY_ATTRIBUTES: Mapping[str, Any] = MappingProxyType({})


def _columns(table: Table, domain: type[Any]) -> list[Any]:
    """The table's columns named as the domain dataclass's fields, in field order."""
    return [table.c[f.name] for f in dataclasses.fields(domain)]


def _text(column: Any) -> Any:
    """A JSON column as its text, decoded by :func:`_strings` or :func:`_mapping`.

    Three JSON columns per message, mostly ``[]`` and ``{}``: decoding those without
    ``json.loads`` saves a third of the read. The engine writes JSON compactly, so an
    empty list or object is always stored as ``[]`` or ``{}``; anything else is decoded
    as the column type would.
    """
    return column.cast(Text).label(column.name)


def _strings(text: str) -> tuple[str, ...]:
    """A JSON list of strings as a tuple."""
    return () if text == "[]" else tuple(json.loads(text))


def _mapping(text: str) -> Mapping[str, Any]:
    """A JSON object as a read-only mapping."""
    return _EMPTY_ATTRIBUTES if text == "{}" else MappingProxyType(json.loads(text))


_CID: BindParameter[str] = bindparam("cid")
_CONVERSATION = select(*_columns(_CONVERSATIONS, Conversation)).where(
    _CONVERSATIONS.c.conversation_id == _CID
)
_RESERVATION = select(*_columns(_RESERVATIONS, Reservation)).where(
    _RESERVATIONS.c.number == bindparam("number")
)
_M = _MESSAGES.c
_MESSAGE_ROWS = (
    select(
        _M.message_id,
        _M.conversation_id,
        _M.sender,
        _M.created_at,
        _M.content,
        _M.message_type,
        _M.sender_id,
        _M.sender_name,
        _text(_M.attachment_ids),
        _text(_M.read_by),
        _text(_M.attributes),
        _M.reply_to,
    )
    .where(_M.conversation_id == _CID)
    .order_by(_M.created_at, _M.id)
)
_N = _NOTES.c
_NOTE_ROWS = (
    select(
        _N.id,
        _N.conversation_id,
        _N.content,
        _N.created_at,
        _N.actor_name,
        _N.actor_staff_id,
        _N.for_next_shift,
    )
    .where(_N.conversation_id == _CID)
    .order_by(_N.created_at, _N.id)
)
_O = _OUTBOX.c
_OUTBOX_ROWS = (
    select(
        _O.id,
        _O.conversation_id,
        _O.property_id,
        _O.content,
        _O.state,
        _O.created_at,
        _O.updated_at,
        _O.actor_name,
        _O.actor_staff_id,
        _text(_O.attachment_paths),
        _O.attempt_started_at,
        _O.sent_message_id,
        _O.error,
    )
    .where(_O.conversation_id == _CID)
    .order_by(_O.id)
)
_ATTACHMENT_ROWS = select(*_columns(_ATTACHMENTS, Attachment)).where(
    _ATTACHMENTS.c.attachment_id.in_(bindparam("ids", expanding=True))
)
_DRAFT = select(*_columns(_DRAFTS, Draft)).where(_DRAFTS.c.conversation_id == _CID)


def read_thread(store: Store, conversation_id: str) -> ThreadRecord | None:
    """The conversation's thread, or None when the store does not know it."""
    with store.read() as session:
        connection = session.connection()
        found = connection.execute(_CONVERSATION, {"cid": conversation_id}).first()
        if found is None:
            return None
        conversation = Conversation(**found._mapping)
        number = conversation.reservation_number
        reservation = _reservation(connection, number) if number else None
        messages = tuple(
            _message(row) for row in connection.execute(_MESSAGE_ROWS, {"cid": conversation_id})
        )
        notes = tuple(
            _note(row) for row in connection.execute(_NOTE_ROWS, {"cid": conversation_id})
        )
        outbox = tuple(
            _entry(row) for row in connection.execute(_OUTBOX_ROWS, {"cid": conversation_id})
        )
        attachments = _attachments(connection, [a for m in messages for a in m.attachment_ids])
        draft_row = connection.execute(_DRAFT, {"cid": conversation_id}).first()
    draft = _draft(draft_row) if draft_row is not None else None
    return ThreadRecord(conversation, reservation, messages, notes, outbox, attachments, draft)


def _reservation(connection: Connection, number: str) -> Reservation | None:
    row = connection.execute(_RESERVATION, {"number": number}).first()
    return Reservation(**row._mapping) if row is not None else None


def _message(row: Sequence[Any]) -> Message:
    (
        message_id,
        conversation_id,
        sender,
        created_at,
        content,
        message_type,
        sender_id,
        sender_name,
        attachment_ids,
        read_by,
        attributes,
        reply_to,
    ) = row
    return Message(
        message_id=message_id,
        conversation_id=conversation_id,
        sender=sender,
        created_at=created_at,
        content=content,
        message_type=message_type,
        sender_id=sender_id,
        sender_name=sender_name,
        attachment_ids=_strings(attachment_ids),
        read_by=_strings(read_by),
        attributes=_mapping(attributes),
        reply_to=reply_to,
    )


def _note(row: Sequence[Any]) -> InternalNote:
    note_id, conversation_id, content, created_at, actor_name, staff_id, for_next_shift = row
    return InternalNote(
        note_id=note_id,
        conversation_id=conversation_id,
        content=content,
        created_at=created_at,
        actor=Actor(name=actor_name, staff_id=staff_id),
        for_next_shift=for_next_shift,
    )


def _entry(row: Sequence[Any]) -> OutboxEntry:
    (
        entry_id,
        conversation_id,
        property_id,
        content,
        state,
        created_at,
        updated_at,
        actor_name,
        staff_id,
        attachment_paths,
        attempt_started_at,
        sent_message_id,
        error,
    ) = row
    return OutboxEntry(
        entry_id=entry_id,
        conversation_id=conversation_id,
        property_id=property_id,
        content=content,
        state=state,
        created_at=created_at,
        updated_at=updated_at,
        actor=Actor(name=actor_name, staff_id=staff_id),
        attachment_paths=_strings(attachment_paths),
        attempt_started_at=attempt_started_at,
        sent_message_id=sent_message_id,
        error=error,
    )


def _attachments(connection: Connection, attachment_ids: Sequence[str]) -> tuple[Attachment, ...]:
    """The attachments known among these ids, in the order given (one query per chunk)."""
    found: dict[str, Attachment] = {}
    for chunk in chunks(attachment_ids):
        for row in connection.execute(_ATTACHMENT_ROWS, {"ids": list(chunk)}):
            found[row.attachment_id] = Attachment(**row._mapping)
    return tuple(found[aid] for aid in attachment_ids if aid in found)


def _draft(row: Row[Any]) -> Draft:
    values = row._asdict()
    return Draft(**{**values, "attachment_paths": tuple(values["attachment_paths"])})
