"""Internal notes on conversations, some flagged for the next shift (the handover)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from desktop.domain import Actor, AuditAction, Change, InternalNote, utcnow
from desktop.errors import BadInputError
from desktop.store import audit
from desktop.store.engine import Store
from desktop.store.model import Outcome
from desktop.store.tables import ConversationRow, NoteRow


def add_note(
    store: Store,
    conversation_id: str,
    content: str,
    actor: Actor,
    *,
    for_next_shift: bool = False,
) -> Outcome[InternalNote]:
    """Add a note to a conversation.

    Raises:
        BadInputError: The note is empty.
    """
    if not content.strip():
        raise BadInputError("The note is empty.", next_step="Type the note, then save it.")
    with store.write() as session:
        row = NoteRow(
            conversation_id=conversation_id,
            content=content,
            created_at=utcnow(),
            for_next_shift=for_next_shift,
            **audit.actor_columns(actor),
        )
        session.add(row)
        session.flush()
        details = {"note_id": row.id, "for_next_shift": for_next_shift}
        audit.record(session, actor, AuditAction.NOTE_ADDED, conversation_id, details)
        note = to_note(row)
    return Outcome(note, Change(conversations=frozenset({conversation_id})))


def to_note(row: NoteRow) -> InternalNote:
    return InternalNote(
        note_id=row.id,
        conversation_id=row.conversation_id,
        content=row.content,
        created_at=row.created_at,
        actor=audit.actor_of(row),
        for_next_shift=row.for_next_shift,
    )


def list_notes(store: Store, conversation_id: str) -> list[InternalNote]:
    """The notes of a conversation, oldest first."""
    stmt = (
        select(NoteRow)
        .where(NoteRow.conversation_id == conversation_id)
        .order_by(NoteRow.created_at, NoteRow.id)
    )
    with store.read() as session:
        return [to_note(row) for row in session.scalars(stmt)]


def handover_notes(
    store: Store, *, since: datetime, property_id: int | None = None
) -> list[InternalNote]:
    """Notes flagged for the next shift written since ``since``, newest first."""
    stmt = (
        select(NoteRow)
        .where(NoteRow.for_next_shift.is_(True), NoteRow.created_at >= since)
        .order_by(NoteRow.created_at.desc(), NoteRow.id.desc())
    )
    if property_id is not None:
        stmt = stmt.join(
            ConversationRow, ConversationRow.conversation_id == NoteRow.conversation_id
        ).where(ConversationRow.property_id == property_id)
    with store.read() as session:
        return [to_note(row) for row in session.scalars(stmt)]
