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

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain import ConversationKind, SenderKind
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
    """:func:`refresh` each of these conversations."""
    ids = sorted(set(conversation_ids))
    session.flush()
    for chunk in chunks(ids):
        where = ConversationRow.conversation_id.in_(chunk)
        for row in session.scalars(select(ConversationRow).where(where)).all():
            refresh(session, row)
