"""Drafts and the outbox: what staff typed, until Booking.com has it.

A conversation has at most one draft (saved as the user types, so nothing typed is
lost). Sending queues it as an outbox entry, which then moves through
:data:`TRANSITIONS`::

    queued -> sending -> sent | failed | needs_sign_in
    sending -> in_doubt            (found "sending" at start-up: the outcome is unknown)
    sending -> queued              (the request provably never left this computer)
    in_doubt -> sent | failed      (decided by reading the conversation back)
    in_doubt -> queued             (only a person, never the system, after checking the thread)
    needs_sign_in -> queued        (after the credentials were fixed)

Sends are not idempotent at Booking.com, so an ``in_doubt`` entry is never re-sent
blindly; anything not listed raises :class:`IllegalTransitionError` (a bug or a race
with another worker) and changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain import Actor, AuditAction, Change, Draft, OutboxEntry, OutboxState, utcnow
from desktop.errors import BadInputError
from desktop.store import audit
from desktop.store.engine import Store
from desktop.store.model import Outcome
from desktop.store.tables import ConversationRow, DraftRow, OutboxRow

S = OutboxState
TRANSITIONS: Mapping[OutboxState, frozenset[OutboxState]] = {
    S.DRAFT: frozenset({S.QUEUED}),
    S.QUEUED: frozenset({S.SENDING}),
    S.SENDING: frozenset({S.SENT, S.FAILED, S.NEEDS_SIGN_IN, S.IN_DOUBT, S.QUEUED}),
    S.IN_DOUBT: frozenset({S.SENT, S.FAILED, S.QUEUED}),
    S.NEEDS_SIGN_IN: frozenset({S.QUEUED}),
    S.SENT: frozenset(),
    S.FAILED: frozenset(),
}
_ACTIONS = {
    S.QUEUED: AuditAction.MESSAGE_QUEUED,
    S.SENDING: AuditAction.SYNC,
    S.IN_DOUBT: AuditAction.SYNC,
    S.SENT: AuditAction.MESSAGE_SENT,
    S.FAILED: AuditAction.MESSAGE_FAILED,
    S.NEEDS_SIGN_IN: AuditAction.MESSAGE_FAILED,
}


class IllegalTransitionError(RuntimeError):
    """An outbox entry was asked to move to a state it cannot reach from its own."""

    def __init__(self, entry_id: int, current: OutboxState, target: OutboxState) -> None:
        super().__init__(f"outbox entry {entry_id}: {current} -> {target} is not allowed")
        self.entry_id = entry_id
        self.current = current
        self.target = target


# --------------------------------------------------------------------------- drafts


def save_draft(
    store: Store,
    conversation_id: str,
    content: str,
    actor: Actor,
    attachment_paths: Sequence[str] = (),
) -> Change:
    """Create or replace the conversation's draft (no change if identical)."""
    paths = list(attachment_paths)
    with store.write() as session:
        row = session.get(DraftRow, conversation_id)
        now = utcnow()
        if row is None:
            row = DraftRow(
                conversation_id=conversation_id, started_at=now, **audit.actor_columns(actor)
            )
            session.add(row)
        elif row.content == content and row.attachment_paths == paths:
            return Change()
        row.content, row.attachment_paths, row.updated_at = content, paths, now
        details = {"length": len(content), "attachments": len(paths)}
        audit.record(session, actor, AuditAction.DRAFT_SAVED, conversation_id, details)
    return Change(conversations=frozenset({conversation_id}))


def get_draft(store: Store, conversation_id: str) -> Draft | None:
    with store.read() as session:
        row = session.get(DraftRow, conversation_id)
        return _draft(row) if row else None


def draft_conversation_ids(store: Store) -> list[str]:
    """Conversations that have a draft, most recently edited first."""
    stmt = select(DraftRow.conversation_id).order_by(
        DraftRow.updated_at.desc(), DraftRow.conversation_id
    )
    with store.read() as session:
        return list(session.scalars(stmt))


def _draft(row: DraftRow) -> Draft:
    return Draft(
        conversation_id=row.conversation_id,
        content=row.content,
        started_at=row.started_at,
        updated_at=row.updated_at,
        attachment_paths=tuple(row.attachment_paths),
    )


def discard_draft(store: Store, conversation_id: str, actor: Actor) -> Change:
    """Delete the conversation's draft, if any."""
    with store.write() as session:
        row = session.get(DraftRow, conversation_id)
        if row is None:
            return Change()
        session.delete(row)
        details = {"discarded": True}
        audit.record(session, actor, AuditAction.DRAFT_SAVED, conversation_id, details)
    return Change(conversations=frozenset({conversation_id}))


# --------------------------------------------------------------------------- queueing


def enqueue_draft(store: Store, conversation_id: str, actor: Actor) -> Outcome[OutboxEntry]:
    """Queue the conversation's draft for sending and delete the draft, atomically.

    Raises:
        BadInputError: There is no draft, or it is empty.
    """
    with store.write() as session:
        draft = session.get(DraftRow, conversation_id)
        if draft is None:
            raise _empty_message()
        entry = _enqueue(session, conversation_id, draft.content, draft.attachment_paths, actor)
        session.delete(draft)
    return Outcome(entry, Change(conversations=frozenset({conversation_id}), outbox=True))


def enqueue(
    store: Store,
    conversation_id: str,
    content: str,
    actor: Actor,
    attachment_paths: Sequence[str] = (),
) -> Outcome[OutboxEntry]:
    """Queue a message for sending (without a draft: templates, scripts).

    Raises:
        BadInputError: The message is empty.
    """
    with store.write() as session:
        entry = _enqueue(session, conversation_id, content, list(attachment_paths), actor)
    return Outcome(entry, Change(conversations=frozenset({conversation_id}), outbox=True))


def _empty_message() -> BadInputError:
    return BadInputError("The message is empty.", next_step="Type a message or attach a photo.")


def _enqueue(
    session: Session, conversation_id: str, content: str, paths: list[str], actor: Actor
) -> OutboxEntry:
    if not content.strip() and not paths:
        raise _empty_message()
    conversation = session.scalars(
        select(ConversationRow).where(ConversationRow.conversation_id == conversation_id)
    ).one()
    now = utcnow()
    row = OutboxRow(
        conversation_id=conversation_id,
        property_id=conversation.property_id,
        content=content,
        state=OutboxState.QUEUED,
        created_at=now,
        updated_at=now,
        attachment_paths=list(paths),
        **audit.actor_columns(actor),
    )
    session.add(row)
    session.flush()
    details = {"outbox": row.id, "from": None, "to": OutboxState.QUEUED.value}
    audit.record(session, actor, AuditAction.MESSAGE_QUEUED, conversation_id, details)
    return to_entry(row)


# --------------------------------------------------------------------------- transitions


def transition(
    store: Store,
    entry_id: int,
    target: OutboxState,
    actor: Actor,
    *,
    sent_message_id: str | None = None,
    error: str | None = None,
) -> Outcome[OutboxEntry]:
    """Move an entry to ``target`` if :data:`TRANSITIONS` allows it.

    Raises:
        LookupError: No such entry.
        IllegalTransitionError: ``target`` cannot follow the entry's state.
    """
    with store.write() as session:
        row = session.get(OutboxRow, entry_id)
        if row is None:
            raise LookupError(f"no outbox entry {entry_id}")
        _move(session, row, target, actor, sent_message_id=sent_message_id, error=error)
        entry = to_entry(row)
    return Outcome(entry, Change(conversations=frozenset({row.conversation_id}), outbox=True))


def _move(
    session: Session,
    row: OutboxRow,
    target: OutboxState,
    actor: Actor,
    **values: Any,
) -> None:
    if target not in TRANSITIONS[row.state] or _blind_resend(row.state, target, actor):
        raise IllegalTransitionError(row.id, row.state, target)
    details = {"outbox": row.id, "from": row.state.value, "to": target.value}
    now = utcnow()
    row.state, row.updated_at = target, now
    if target is OutboxState.SENDING:
        row.attempt_started_at = now
    if values.get("sent_message_id") is not None:
        row.sent_message_id = values["sent_message_id"]
        details["message_id"] = row.sent_message_id
    if values.get("error") is not None:
        row.error = values["error"]
    audit.record(session, actor, _ACTIONS[target], row.conversation_id, details)


def _blind_resend(current: OutboxState, target: OutboxState, actor: Actor) -> bool:
    """An in-doubt message may be queued again only by a person who checked the thread."""
    return current is S.IN_DOUBT and target is S.QUEUED and actor.is_system


def resend_after_review(store: Store, entry_id: int, actor: Actor) -> Outcome[OutboxEntry]:
    """in_doubt -> queued: a staff member read the thread and chose to send again."""
    return transition(store, entry_id, OutboxState.QUEUED, actor)


def start_sending(store: Store, entry_id: int, actor: Actor) -> Outcome[OutboxEntry]:
    """queued -> sending, stamping the attempt (do this before calling Booking.com)."""
    return transition(store, entry_id, OutboxState.SENDING, actor)


def mark_sent(
    store: Store, entry_id: int, sent_message_id: str, actor: Actor
) -> Outcome[OutboxEntry]:
    """sending | in_doubt -> sent, with the message id Booking.com gave."""
    return transition(store, entry_id, OutboxState.SENT, actor, sent_message_id=sent_message_id)


def mark_failed(store: Store, entry_id: int, error: str, actor: Actor) -> Outcome[OutboxEntry]:
    """sending | in_doubt -> failed (final; the user may queue the text again)."""
    return transition(store, entry_id, OutboxState.FAILED, actor, error=error)


def mark_needs_sign_in(
    store: Store, entry_id: int, error: str, actor: Actor
) -> Outcome[OutboxEntry]:
    """sending -> needs_sign_in (the credentials were refused)."""
    return transition(store, entry_id, OutboxState.NEEDS_SIGN_IN, actor, error=error)


def requeue(store: Store, entry_id: int, actor: Actor) -> Outcome[OutboxEntry]:
    """Back to queued: after sign-in, or from sending when the request provably never
    left this computer (no connection)."""
    return transition(store, entry_id, OutboxState.QUEUED, actor)


def mark_in_doubt(store: Store, entry_id: int, error: str, actor: Actor) -> Outcome[OutboxEntry]:
    """sending -> in_doubt: the request may have reached Booking.com (timeout, 5xx)."""
    return transition(store, entry_id, OutboxState.IN_DOUBT, actor, error=error)


def recover_interrupted(store: Store, actor: Actor) -> Change:
    """At start-up: every entry left ``sending`` becomes ``in_doubt``."""
    with store.write() as session:
        rows = list(session.scalars(select(OutboxRow).where(OutboxRow.state == S.SENDING)))
        for row in rows:
            _move(session, row, OutboxState.IN_DOUBT, actor)
    if not rows:
        return Change()
    return Change(conversations=frozenset(r.conversation_id for r in rows), outbox=True)


# --------------------------------------------------------------------------- reading


def to_entry(row: OutboxRow) -> OutboxEntry:
    return OutboxEntry(
        entry_id=row.id,
        conversation_id=row.conversation_id,
        property_id=row.property_id,
        content=row.content,
        state=row.state,
        created_at=row.created_at,
        updated_at=row.updated_at,
        actor=audit.actor_of(row),
        attachment_paths=tuple(row.attachment_paths),
        attempt_started_at=row.attempt_started_at,
        sent_message_id=row.sent_message_id,
        error=row.error,
    )


def get_entry(store: Store, entry_id: int) -> OutboxEntry | None:
    with store.read() as session:
        row = session.get(OutboxRow, entry_id)
        return to_entry(row) if row else None


def list_entries(
    store: Store,
    *,
    states: Iterable[OutboxState] | None = None,
    conversation_id: str | None = None,
) -> list[OutboxEntry]:
    """Outbox entries, oldest first, optionally only in these states or this conversation."""
    stmt = select(OutboxRow).order_by(OutboxRow.id)
    if states is not None:
        stmt = stmt.where(OutboxRow.state.in_(list(states)))
    if conversation_id is not None:
        stmt = stmt.where(OutboxRow.conversation_id == conversation_id)
    with store.read() as session:
        return [to_entry(row) for row in session.scalars(stmt)]
