"""Conversations: upsert from sync, the inbox list (folders, paging, counts), read state, tags.

The list is id-based, as in a lazy item model: :func:`page_conversation_ids` returns
the ids of one page in list order (keyset paging, one index range scan), and
:func:`get_conversations` fetches the rows to display. Both are small reads the GUI
thread may run itself.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    Table,
    bindparam,
    case,
    func,
    select,
    tuple_,
    update,
)
from sqlalchemy.orm import Session

from desktop.domain import (
    Actor,
    AuditAction,
    Change,
    Conversation,
    ConversationKind,
    Participant,
    SenderKind,
    utcnow,
)
from desktop.store import audit, bulk, erased, summary
from desktop.store.engine import Store
from desktop.store.model import (
    ConversationPage,
    ConversationQuery,
    Folder,
    FolderCounts,
    PageCursor,
)
from desktop.store.properties import ensure_properties
from desktop.store.tables import ConversationRow, MessageRow, ParticipantRow
from desktop.store.util import chunks


def upsert_conversations(
    store: Store,
    conversations: Iterable[Conversation],
    actor: Actor,
    participants: Mapping[str, Sequence[Participant]] | None = None,
) -> Change:
    """Insert or update conversations (and their participants) as sync saw them.

    The list columns (last message, unread count, folder) come from the messages, not
    from ``conversation``, except for a new conversation whose messages have not been
    ingested yet. One audit event covers the whole call if anything changed. A
    conversation erased on request (:mod:`desktop.store.erased`) is dropped.
    """
    batch = list(conversations)
    with store.write() as session:
        gone = erased.erased_among(session, [c.conversation_id for c in batch])
        if gone:
            batch = [c for c in batch if c.conversation_id not in gone]
        changed = save_conversations(session, batch, participants or {})
        if changed:
            summary.refresh_many(session, changed)  # e.g. a newly known property participant
            details = {"conversations": len(changed)}
            audit.record(session, actor, AuditAction.SYNC, "conversations", details)
    return Change(conversations=frozenset(changed))


def upsert_conversation(
    store: Store,
    conversation: Conversation,
    actor: Actor,
    participants: Sequence[Participant] = (),
) -> Change:
    """:func:`upsert_conversations` for one conversation."""
    by_id = {conversation.conversation_id: participants}
    return upsert_conversations(store, [conversation], actor, by_id)


def save_conversations(
    session: Session,
    conversations: Iterable[Conversation],
    participants: Mapping[str, Sequence[Participant]],
) -> set[str]:
    """Insert or update conversations and participants; return the changed ids.

    In the caller's transaction: one query per chunk loads the stored rows, then one
    ``executemany`` inserts the new ones and one updates the changed ones. The caller
    has dropped erased conversations (:func:`desktop.store.erased.erased_among`),
    refreshes the derived columns of the changed conversations
    (:func:`desktop.store.summary.refresh_many`) and records the audit event.
    """
    by_id = {c.conversation_id: c for c in conversations}
    if not by_id:
        return set()
    ensure_properties(session, {c.property_id for c in by_id.values()})
    table = _CONVERSATIONS
    stored: dict[str, Any] = {}
    for chunk in chunks(list(by_id)):
        rows = session.execute(_STORED_CONVERSATIONS, {"ids": chunk})
        stored.update((row["conversation_id"], row) for row in rows.mappings())
    now = utcnow()
    new: list[dict[str, Any]] = []
    updated: list[dict[str, Any]] = []
    for cid, conversation in by_id.items():
        values = _values(conversation)
        before = stored.get(cid)
        if before is None:
            new.append(_new_row(conversation, values, now))
        elif any(before[name] != value for name, value in values.items()):
            updated.append({"b_cid": cid, **values})
    if new:
        bulk.insert_rows(session, table, list(new[0]), [list(row.values()) for row in new])
    if updated:
        where = table.c.conversation_id == bindparam("b_cid")
        session.execute(update(table).where(where), updated)
    changed = {row["conversation_id"] for row in new} | {row["b_cid"] for row in updated}
    return changed | _save_participants(session, list(by_id), participants, stored.keys())


_CONVERSATIONS = cast(Table, ConversationRow.__table__)
_PARTICIPANTS = cast(Table, ParticipantRow.__table__)
_VALUE_COLUMNS = (
    "property_id",
    "kind",
    "conversation_type",
    "reservation_number",
    "access",
    "guest_name",
    "guest_participant_id",
    "property_participant_id",
    "language",
    "no_reply_needed",
)
#: The stored values of the conversations named by the expanding parameter ``ids``.
_STORED_CONVERSATIONS = select(
    _CONVERSATIONS.c.conversation_id, *(_CONVERSATIONS.c[name] for name in _VALUE_COLUMNS)
).where(_CONVERSATIONS.c.conversation_id.in_(bindparam("ids", expanding=True)))
#: The stored participants of the conversations named by ``ids``.
_STORED_PARTICIPANTS = select(
    _PARTICIPANTS.c.conversation_id,
    _PARTICIPANTS.c.participant_id,
    _PARTICIPANTS.c.kind,
    _PARTICIPANTS.c.name,
).where(_PARTICIPANTS.c.conversation_id.in_(bindparam("ids", expanding=True)))


def _values(conversation: Conversation) -> dict[str, Any]:
    return {name: getattr(conversation, name) for name in _VALUE_COLUMNS}


def _new_row(conversation: Conversation, values: dict[str, Any], now: datetime) -> dict[str, Any]:
    return {
        "conversation_id": conversation.conversation_id,
        **values,
        "last_message_at": conversation.last_message_at,
        "last_message_snippet": summary.preview(conversation.last_message_snippet),
        "last_sender": conversation.last_sender,
        "unread_count": conversation.unread_count,
        "created_at": now,
        "folder": summary.folder_for(
            conversation.kind, conversation.no_reply_needed, conversation.last_sender
        ),
        "activity_at": conversation.last_message_at or now,
    }


def _save_participants(
    session: Session,
    conversation_ids: Sequence[str],
    participants: Mapping[str, Sequence[Participant]],
    known: Collection[str],
) -> set[str]:
    """Insert or update the participants of these conversations; the changed ids.

    ``known``: those of the conversations that were stored before this transaction.
    Only their participants are looked up: a conversation first stored now has none
    (participants belong to a stored conversation; foreign keys are enforced), which
    spares the first sync one query per page.
    """
    table = _PARTICIPANTS
    wanted = [cid for cid in conversation_ids if participants.get(cid)]
    stored: dict[tuple[str, str], tuple[SenderKind, str]] = {}
    for chunk in chunks([cid for cid in wanted if cid in known]):
        for cid, pid, kind, name in session.execute(_STORED_PARTICIPANTS, {"ids": chunk}):
            stored[cid, pid] = (kind, name)
    new: list[tuple[str, str, SenderKind, str]] = []
    updated: list[dict[str, Any]] = []
    for cid in wanted:
        for participant in participants[cid]:
            key = (cid, participant.participant_id)
            values = {"kind": participant.kind, "name": participant.name}
            before = stored.get(key)
            if before is None:
                new.append((cid, key[1], participant.kind, participant.name))
                stored[key] = (participant.kind, participant.name)
            elif before != (participant.kind, participant.name):
                updated.append({"b_cid": cid, "b_pid": key[1], **values})
                stored[key] = (participant.kind, participant.name)
    columns = ("conversation_id", "participant_id", "kind", "name")
    bulk.insert_rows(session, table, columns, new)
    if updated:
        where = (table.c.conversation_id == bindparam("b_cid")) & (
            table.c.participant_id == bindparam("b_pid")
        )
        session.execute(update(table).where(where), updated)
    return {row[0] for row in new} | {row["b_cid"] for row in updated}


def known_conversation_ids(store: Store, conversation_ids: Sequence[str]) -> set[str]:
    """Which of these conversations the store already has (one query per chunk)."""
    found: set[str] = set()
    column = _CONVERSATIONS.c.conversation_id
    with store.read() as session:
        for chunk in chunks(conversation_ids):
            found.update(session.scalars(select(column).where(column.in_(chunk))))
    return found


def _row(session: Session, conversation_id: str) -> ConversationRow | None:
    stmt = select(ConversationRow).where(ConversationRow.conversation_id == conversation_id)
    return session.scalars(stmt).one_or_none()


def _existing_row(session: Session, conversation_id: str) -> ConversationRow:
    row = _row(session, conversation_id)
    if row is None:
        raise LookupError(f"no conversation {conversation_id}")
    return row


#: The domain object's fields, each a column of ``conversations`` of the same name.
_DOMAIN_COLUMNS = tuple(_CONVERSATIONS.c[f.name] for f in dataclasses.fields(Conversation))


def to_conversation(row: ConversationRow) -> Conversation:
    """The domain object of a conversation row."""
    return Conversation(**{column.name: getattr(row, column.name) for column in _DOMAIN_COLUMNS})


def get_conversation(store: Store, conversation_id: str) -> Conversation | None:
    with store.read() as session:
        row = _row(session, conversation_id)
        return to_conversation(row) if row else None


def get_conversations(store: Store, conversation_ids: Sequence[str]) -> list[Conversation]:
    """The conversations with these ids, in the order given (unknown ids are skipped).

    Only the domain's columns, as plain rows (no ORM entities: the list reads a batch
    whenever it scrolls, and entities leave reference cycles for the collector).
    """
    found: dict[str, Conversation] = {}
    with store.read() as session:
        for chunk in chunks(conversation_ids):
            stmt = select(*_DOMAIN_COLUMNS).where(ConversationRow.conversation_id.in_(chunk))
            for row in session.execute(stmt):
                found[row.conversation_id] = Conversation(**row._mapping)
    return [found[cid] for cid in conversation_ids if cid in found]


def find_by_reservation(store: Store, reservation_number: str) -> list[Conversation]:
    """The conversations about a reservation (usually one), most recent first."""
    stmt = (
        select(ConversationRow)
        .where(ConversationRow.reservation_number == reservation_number)
        .order_by(ConversationRow.activity_at.desc())
    )
    with store.read() as session:
        return [to_conversation(row) for row in session.scalars(stmt)]


def get_participants(store: Store, conversation_id: str) -> list[Participant]:
    stmt = select(ParticipantRow).where(ParticipantRow.conversation_id == conversation_id)
    with store.read() as session:
        rows = session.scalars(stmt.order_by(ParticipantRow.participant_id))
        return [Participant(r.participant_id, r.kind, r.name) for r in rows]


def _list_conditions(query: ConversationQuery) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if query.folder is Folder.ALL:
        conditions.append(ConversationRow.kind == ConversationKind.GUEST)
    else:
        conditions.append(ConversationRow.folder == query.folder)
    if query.property_id is not None:
        conditions.append(ConversationRow.property_id == query.property_id)
    if query.unread_only:
        conditions.append(ConversationRow.unread_count > 0)
    return conditions


def page_conversation_ids(
    store: Store,
    query: ConversationQuery | None = None,
    *,
    limit: int = 100,
    after: PageCursor | None = None,
    oldest_first: bool = False,
) -> ConversationPage:
    """One page of the list: ids in order, and the cursor of the next page.

    Sorted by activity (last message time), newest first unless ``oldest_first``.
    Pass the previous page's ``next`` as ``after`` to continue.
    """
    key = tuple_(ConversationRow.activity_at, ConversationRow.id)
    stmt = select(ConversationRow.conversation_id, ConversationRow.id, ConversationRow.activity_at)
    stmt = stmt.where(*_list_conditions(query or ConversationQuery()))
    if after is not None:
        bound = tuple_(after.activity_at, after.row_id)
        stmt = stmt.where(key > bound if oldest_first else key < bound)
    if oldest_first:
        stmt = stmt.order_by(ConversationRow.activity_at, ConversationRow.id)
    else:
        stmt = stmt.order_by(ConversationRow.activity_at.desc(), ConversationRow.id.desc())
    with store.read() as session:
        rows = session.execute(stmt.limit(limit + 1)).all()
    page = rows[:limit]
    cursor = PageCursor(page[-1][2], page[-1][1]) if len(rows) > limit else None
    return ConversationPage(tuple(r[0] for r in page), cursor)


def folder_counts(store: Store, property_id: int | None = None) -> FolderCounts:
    """How many conversations each folder holds, and how many guest ones are unread."""
    unread = func.sum(case((ConversationRow.unread_count > 0, 1), else_=0))
    stmt = select(ConversationRow.folder, func.count(), unread).group_by(ConversationRow.folder)
    if property_id is not None:
        stmt = stmt.where(ConversationRow.property_id == property_id)
    with store.read() as session:
        rows = session.execute(stmt).all()
    counts = {folder: int(count) for folder, count, _ in rows}
    unread_guest = sum(int(n or 0) for folder, _, n in rows if folder is not Folder.SUPPORT)
    return FolderCounts(
        needs_reply=counts.get(Folder.NEEDS_REPLY, 0),
        waiting_for_guest=counts.get(Folder.WAITING_FOR_GUEST, 0),
        no_reply_needed=counts.get(Folder.NO_REPLY_NEEDED, 0),
        support=counts.get(Folder.SUPPORT, 0),
        unread=unread_guest,
    )


def mark_read(store: Store, conversation_id: str, actor: Actor) -> Change:
    """Mark every guest message of the conversation read by the property."""
    with store.write() as session:
        row = _existing_row(session, conversation_id)
        readers = summary.property_readers(row)
        unread = [
            m for m in _guest_messages(session, conversation_id) if readers.isdisjoint(m.read_by)
        ]
        if not unread and row.unread_count == 0:
            return Change()
        for message in unread:
            message.read_by = [*message.read_by, summary.property_reader(row)]
        row.unread_count = 0
        summary.refresh_many(session, [conversation_id])
        details = {"messages": len(unread)}
        audit.record(session, actor, AuditAction.MESSAGE_READ, conversation_id, details)
    return Change(conversations=frozenset({conversation_id}))


def mark_unread(store: Store, conversation_id: str, actor: Actor) -> Change:
    """Mark the latest guest message unread again (nothing happens without one)."""
    with store.write() as session:
        row = _existing_row(session, conversation_id)
        guest = _guest_messages(session, conversation_id)
        if not guest:
            return Change()
        readers = summary.property_readers(row)
        latest = guest[-1]
        if readers.isdisjoint(latest.read_by):
            return Change()
        latest.read_by = [r for r in latest.read_by if r not in readers]
        summary.refresh_many(session, [conversation_id])
        audit.record(session, actor, AuditAction.MESSAGE_UNREAD, conversation_id)
    return Change(conversations=frozenset({conversation_id}))


def _guest_messages(session: Session, conversation_id: str) -> list[MessageRow]:
    stmt = (
        select(MessageRow)
        .where(MessageRow.conversation_id == conversation_id)
        .where(MessageRow.sender == SenderKind.GUEST)
        .order_by(MessageRow.created_at, MessageRow.id)
    )
    return list(session.scalars(stmt))


def set_no_reply_needed(store: Store, conversation_id: str, value: bool, actor: Actor) -> Change:
    """Set or clear the "no reply needed" tag (moves the conversation between folders)."""
    with store.write() as session:
        row = _existing_row(session, conversation_id)
        if row.no_reply_needed == value:
            return Change()
        row.no_reply_needed = value
        summary.derive(row)
        details = {"tag": "no_reply_needed", "set": value}
        audit.record(session, actor, AuditAction.TAG_CHANGED, conversation_id, details)
    return Change(conversations=frozenset({conversation_id}))
