"""The conversation list's derived columns: folder, activity time, last message, unread.

They are recomputed from the messages in the same transaction as any change that can
move them (new messages, read state, the no-reply-needed tag), so the list needs no
join and no aggregate.

Read state: a guest message is unread until the property has read it, that is until
its ``read_by`` holds the conversation's property participant id or the local marker
:data:`PROPERTY_READER` (used while the property participant id is unknown).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Select, Table, bindparam, func, literal, or_, select
from sqlalchemy.orm import Session

from desktop.domain import ConversationKind, SenderKind
from desktop.store import bulk
from desktop.store.model import Folder
from desktop.store.tables import ConversationRow, MessageRow
from desktop.store.util import chunks

#: Stands for "the property" in ``read_by`` when its participant id is unknown.
PROPERTY_READER = "property"
#: Length of the last-message preview in the list.
SNIPPET_LENGTH = 160


def folder_for(
    kind: ConversationKind, no_reply_needed: bool, last_sender: SenderKind | None
) -> Folder:
    """The one folder a conversation is stored in."""
    if kind is ConversationKind.SUPPORT:
        return Folder.SUPPORT
    if no_reply_needed:
        return Folder.NO_REPLY_NEEDED
    if last_sender is SenderKind.GUEST:
        return Folder.NEEDS_REPLY
    return Folder.WAITING_FOR_GUEST


def property_readers(row: ConversationRow) -> frozenset[str]:
    """The ``read_by`` entries that mean "read by the property"."""
    if row.property_participant_id:
        return frozenset({row.property_participant_id, PROPERTY_READER})
    return frozenset({PROPERTY_READER})


def property_reader(row: ConversationRow) -> str:
    """What to add to ``read_by`` when the property reads a message."""
    return row.property_participant_id or PROPERTY_READER


def preview(content: str) -> str:
    """One line of at most :data:`SNIPPET_LENGTH` characters."""
    line = " ".join(content.split())
    if len(line) <= SNIPPET_LENGTH:
        return line
    return line[: SNIPPET_LENGTH - 1].rstrip() + "…"


def refresh(session: Session, row: ConversationRow) -> None:
    """Recompute the derived columns of ``row`` from its messages (flush first)."""
    messages = session.execute(
        select(MessageRow.sender, MessageRow.created_at, MessageRow.content, MessageRow.read_by)
        .where(MessageRow.conversation_id == row.conversation_id)
        .order_by(MessageRow.created_at, MessageRow.id)
    ).all()
    if messages:
        last = messages[-1]
        row.last_message_at = last.created_at
        row.last_message_snippet = preview(last.content)
        row.last_sender = last.sender
        readers = property_readers(row)
        guest = [m for m in messages if m.sender is SenderKind.GUEST]
        row.last_guest_message_at = guest[-1].created_at if guest else None
        row.unread_count = sum(1 for m in guest if readers.isdisjoint(m.read_by))
    derive(row)


def derive(row: ConversationRow) -> None:
    """Set ``folder`` and ``activity_at`` from the other columns."""
    row.folder = folder_for(row.kind, row.no_reply_needed, row.last_sender)
    row.activity_at = row.last_message_at or row.created_at


def refresh_many(session: Session, conversation_ids: Iterable[str]) -> None:
    """Recompute the derived columns of these conversations: one query per chunk.

    The same values as :func:`refresh`, with the aggregates computed by SQLite (last
    message, last guest message, unread guest messages), written back by a few
    multi-row updates (:func:`desktop.store.bulk.update_rows`).
    Pending ORM changes are flushed first; loaded conversation rows are expired after.
    """
    ids = sorted(set(conversation_ids))
    if not ids:
        return
    session.flush()
    with_messages: list[tuple[Any, ...]] = []
    without: list[tuple[Any, ...]] = []
    for chunk in chunks(ids):
        for row in session.execute(_SUMMARY, {"ids": chunk}):
            if row.last_at is None:
                without.append(_derived(row, row.last_sender, row.last_message_at))
                continue
            with_messages.append(
                (
                    *_derived(row, row.last_message_sender, row.last_at),
                    row.last_at,
                    preview(row.last_content),
                    row.last_message_sender,
                    row.last_guest_at,
                    int(row.unread),
                )
            )
    bulk.update_rows(session, _CONVERSATIONS, "id", _WITH_MESSAGES, with_messages)
    bulk.update_rows(session, _CONVERSATIONS, "id", _DERIVED, without)
    _expire_loaded(session, set(ids))


def _derived(
    row: Any, last_sender: SenderKind | None, last_at: datetime | None
) -> tuple[int, Folder, datetime]:
    """``(id, folder, activity_at)``: the values of :data:`_DERIVED` after the key."""
    folder = folder_for(row.kind, row.no_reply_needed, last_sender)
    return row.id, folder, last_at or row.created_at


_CONVERSATIONS = cast(Table, ConversationRow.__table__)
_DERIVED = ("folder", "activity_at")
_WITH_MESSAGES = (
    *_DERIVED,
    "last_message_at",
    "last_message_snippet",
    "last_sender",
    "last_guest_message_at",
    "unread_count",
)


def _summary_query() -> Select[Any]:
    """Per conversation: its columns, its last message, last guest time, unread count.

    The conversation ids are the expanding parameter ``ids``.
    """
    c = _CONVERSATIONS
    messages = cast(Table, MessageRow.__table__)
    last, latest, guest, unread = (messages.alias(n) for n in ("last", "latest", "g", "u"))
    latest_id = (
        select(latest.c.id)
        .where(latest.c.conversation_id == c.c.conversation_id)
        .order_by(latest.c.created_at.desc(), latest.c.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    last_guest_at = (
        select(func.max(guest.c.created_at))
        .where(guest.c.conversation_id == c.c.conversation_id, guest.c.sender == SenderKind.GUEST)
        .scalar_subquery()
    )
    reader = func.json_each(unread.c.read_by).table_valued("value").alias("reader")
    read_by_property = (
        select(literal(1))
        .select_from(reader)
        .where(
            or_(
                reader.c.value == PROPERTY_READER,
                reader.c.value == c.c.property_participant_id,
            )
        )
        .correlate_except(reader)
        .exists()
    )
    unread_count = (
        select(func.count())
        .select_from(unread)
        .where(
            unread.c.conversation_id == c.c.conversation_id,
            unread.c.sender == SenderKind.GUEST,
            ~read_by_property,
        )
        .scalar_subquery()
    )
    return (
        select(
            c.c.id,
            c.c.kind,
            c.c.no_reply_needed,
            c.c.created_at,
            c.c.last_message_at,
            c.c.last_sender,
            last.c.created_at.label("last_at"),
            last.c.sender.label("last_message_sender"),
            last.c.content.label("last_content"),
            last_guest_at.label("last_guest_at"),
            unread_count.label("unread"),
        )
        .select_from(c.outerjoin(last, last.c.id == latest_id))
        .where(c.c.conversation_id.in_(bindparam("ids", expanding=True)))
    )


_SUMMARY = _summary_query()


def _expire_loaded(session: Session, conversation_ids: set[str]) -> None:
    """Loaded ORM rows of these conversations hold old values now: reload on next use."""
    for obj in list(session.identity_map.values()):
        if isinstance(obj, ConversationRow) and obj.conversation_id in conversation_ids:
            session.expire(obj)
