"""Removing conversations and their files: shared by retention and guest erasure.

Everything a conversation owns is deleted explicitly, children first (messages,
attachment records, notes, drafts, outbox entries, participants), so the full-text
index's triggers see every row go. Support cases that pointed at a removed thread
keep their record (the foreign key sets their thread to NULL).

Files are removed only inside the folder they belong to (the data folder's
attachments or backups): a path stored in the database never sends a deletion
elsewhere on the disk.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import QueryableAttribute, Session

from desktop.store.tables import (
    AttachmentRow,
    Base,
    ConversationRow,
    DraftRow,
    MessageRow,
    NoteRow,
    OutboxRow,
    ParticipantRow,
)
from desktop.store.util import chunks

_OWNED: tuple[tuple[type[Base], QueryableAttribute[str]], ...] = (
    (MessageRow, MessageRow.conversation_id),
    (AttachmentRow, AttachmentRow.conversation_id),
    (NoteRow, NoteRow.conversation_id),
    (DraftRow, DraftRow.conversation_id),
    (OutboxRow, OutboxRow.conversation_id),
    (ParticipantRow, ParticipantRow.conversation_id),
)


def count_dependents(session: Session, conversation_ids: Sequence[str]) -> dict[str, int]:
    """How many messages, notes, outbox entries and attachments these conversations own."""
    columns: dict[str, QueryableAttribute[str]] = {
        "messages": MessageRow.conversation_id,
        "notes": NoteRow.conversation_id,
        "outbox": OutboxRow.conversation_id,
        "attachments": AttachmentRow.conversation_id,
    }
    counts = dict.fromkeys(columns, 0)
    for chunk in chunks(conversation_ids):
        for name, column in columns.items():
            stmt = select(func.count()).where(column.in_(chunk))
            counts[name] += session.scalar(stmt) or 0
    return counts


def attachment_files(session: Session, conversation_ids: Sequence[str]) -> list[Path]:
    """The saved files of these conversations' attachments."""
    files: list[Path] = []
    for chunk in chunks(conversation_ids):
        stmt = select(AttachmentRow.local_path).where(
            AttachmentRow.conversation_id.in_(chunk), AttachmentRow.local_path.is_not(None)
        )
        files += [Path(p) for p in session.scalars(stmt) if p]
    return files


def delete_conversations(session: Session, conversation_ids: Sequence[str]) -> None:
    """Delete these conversations and everything they own."""
    for chunk in chunks(conversation_ids):
        for table, column in _OWNED:
            session.execute(delete(table).where(column.in_(chunk)))
        session.execute(delete(ConversationRow).where(ConversationRow.conversation_id.in_(chunk)))


def remove_files(files: Iterable[Path], root: Path) -> int:
    """Delete the files that lie inside ``root``; how many were deleted."""
    base = root.resolve()
    removed = 0
    for file in files:
        resolved = file.resolve()
        if not resolved.is_relative_to(base) or not resolved.is_file():
            continue
        resolved.unlink(missing_ok=True)
        removed += 1
    return removed
