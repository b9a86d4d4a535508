"""Erase one guest's personal data on request (the right to erasure).

The manager finds the guest's conversations (:func:`find_guest`: name or reservation
number, accents folded), checks them, and erases them: the conversations with their
messages, participants' names, internal notes, drafts, outbox entries, attachment
records and saved attachment files, and the reservations they name. The database
overwrites the deleted content on disk (SQLite's ``secure_delete``) instead of leaving
it in free pages.

Booking.com keeps serving an erased conversation, so the same transaction remembers it
in ``erased_conversations`` (:mod:`desktop.store.erased`) by a SHA-256 digest of its id
only, and sync never stores it again: neither the conversation, nor its messages, nor
the reservation it names.

The audit entry records that an erasure happened, by whom and how much it removed:
counts only, never a name, a reservation number or a conversation id.

Not covered here: database backups taken earlier still hold the data until retention
removes them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session

from desktop.domain import Actor, AuditAction, Change, Conversation, ConversationKind, utcnow
from desktop.history import cleanup
from desktop.paths import DataPaths
from desktop.store import Store, audit, erased
from desktop.store.search import search_conversations
from desktop.store.tables import ConversationRow, ReservationRow
from desktop.store.util import chunks

#: The audit target of erasures (no identifier of the guest).
ERASURE_TARGET = "guest-data"


@dataclass(frozen=True, slots=True)
class ErasureResult:
    """How much an erasure removed."""

    conversations: int
    messages: int
    notes: int
    outbox: int
    attachments: int
    files: int
    reservations: int
    change: Change

    def counts(self) -> dict[str, int]:
        return {
            "conversations": self.conversations,
            "messages": self.messages,
            "notes": self.notes,
            "outbox": self.outbox,
            "attachments": self.attachments,
            "files": self.files,
            "reservations": self.reservations,
        }


def find_guest(store: Store, query: str, *, limit: int = 50) -> list[Conversation]:
    """Guest conversations whose guest name or reservation number matches ``query``."""
    return [
        c
        for c in search_conversations(store, query, limit=limit)
        if c.kind is ConversationKind.GUEST
    ]


def erase_guest(
    store: Store, paths: DataPaths, conversation_ids: Sequence[str], actor: Actor
) -> ErasureResult:
    """Erase these guest conversations and what they hold (see the module docstring).

    Raises:
        LookupError: An id is unknown or names a support thread, not a guest's.
    """
    ids = sorted(set(conversation_ids))
    with store.write() as session, _secure_delete(session):
        properties, numbers = _check(session, ids)
        counts = cleanup.count_dependents(session, ids)
        files = cleanup.attachment_files(session, ids)
        cleanup.delete_conversations(session, ids)
        erased.record(session, properties, utcnow())  # so that sync never brings them back
        reservations = _delete_reservations(session, numbers)
        details: dict[str, object] = {"conversations": len(ids), "reservations": reservations}
        details.update(counts)
        audit.record(session, actor, AuditAction.GUEST_DATA_ERASED, ERASURE_TARGET, details)
    removed = cleanup.remove_files(files, paths.attachments)
    return ErasureResult(
        conversations=len(ids),
        files=removed,
        reservations=reservations,
        change=Change(conversations=frozenset(ids)),
        **counts,
    )


def _check(session: Session, ids: Sequence[str]) -> tuple[dict[str, int], set[str]]:
    """The conversations' properties and reservation numbers; raise if one is not a guest's."""
    found: dict[str, tuple[ConversationKind, int, str | None]] = {}
    for chunk in chunks(ids):
        stmt = select(
            ConversationRow.conversation_id,
            ConversationRow.kind,
            ConversationRow.property_id,
            ConversationRow.reservation_number,
        ).where(ConversationRow.conversation_id.in_(chunk))
        found.update(
            (cid, (kind, prop, number)) for cid, kind, prop, number in session.execute(stmt)
        )
    wrong = [cid for cid in ids if cid not in found or found[cid][0] is not ConversationKind.GUEST]
    if wrong:
        raise LookupError(f"not guest conversations: {wrong}")
    properties = {cid: prop for cid, (_, prop, _) in found.items()}
    return properties, {number for _, _, number in found.values() if number}


def _delete_reservations(session: Session, numbers: set[str]) -> int:
    """Delete these reservations unless another conversation still names them."""
    still_used = set(
        session.scalars(
            select(ConversationRow.reservation_number).where(
                ConversationRow.reservation_number.in_(sorted(numbers))
            )
        )
    )
    doomed = sorted(numbers - still_used)
    if doomed:
        session.execute(delete(ReservationRow).where(ReservationRow.number.in_(doomed)))
    return len(doomed)


@contextmanager
def _secure_delete(session: Session) -> Iterator[None]:
    """Overwrite deleted content on disk during this transaction (SQLite only)."""
    sqlite = session.get_bind().dialect.name == "sqlite"
    if sqlite:
        session.execute(text("PRAGMA secure_delete = ON"))
    try:
        yield
    finally:
        if sqlite:
            session.execute(text("PRAGMA secure_delete = OFF"))
