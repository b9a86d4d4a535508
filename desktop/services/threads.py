"""One conversation as the thread view shows it, read from the store in one go."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from desktop.domain import Conversation, Message, OutboxState, Property, SenderKind
from desktop.services.model import ThreadData
from desktop.services.sending import window_closes_at
from desktop.store import Store, thread_reads
from desktop.store.summary import PROPERTY_READER


def load(
    store: Store,
    conversation_id: str,
    property_of: Callable[[int], Property],
    extranet_url: Callable[[Conversation], str],
) -> ThreadData | None:
    """The conversation with its messages, notes, unsent outbox entries and draft.

    Everything is read in one snapshot (:func:`desktop.store.thread_reads.read_thread`).
    A sent entry is left out once sync has brought its message back into the thread.
    """
    record = thread_reads.read_thread(store, conversation_id)
    if record is None:
        return None
    conversation, reservation, messages = record.conversation, record.reservation, record.messages
    delivered = {m.message_id for m in messages}
    entries = tuple(
        e
        for e in record.outbox
        if not (e.state is OutboxState.SENT and e.sent_message_id in delivered)
    )
    prop = property_of(conversation.property_id)
    language = conversation.language or (reservation.language if reservation else None)
    return ThreadData(
        conversation=conversation,
        reservation=reservation,
        messages=messages,
        notes=record.notes,
        outbox=entries,
        attachments={a.attachment_id: a for a in record.attachments},
        draft=record.draft,
        window_closes_at=window_closes_at(reservation, messages),
        timezone=prop.timezone,
        property_name=prop.name,
        extranet_url=extranet_url(conversation),
        language=language,
    )


def unread_guest_messages(conversation: Conversation, messages: Sequence[Message]) -> list[Message]:
    """The guest messages the property has not read (as the store counts them)."""
    readers = {PROPERTY_READER}
    if conversation.property_participant_id:
        readers.add(conversation.property_participant_id)
    return [m for m in messages if m.sender is SenderKind.GUEST and readers.isdisjoint(m.read_by)]
