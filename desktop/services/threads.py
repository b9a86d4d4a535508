"""One conversation as the thread view shows it, read from the store in one go."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from desktop.domain import Conversation, Message, OutboxState, Property, SenderKind
from desktop.services.model import ThreadData
from desktop.services.sending import window_closes_at
from desktop.store import Store
from desktop.store import conversations as conv_store
from desktop.store import messages as msg_store
from desktop.store import notes as note_store
from desktop.store import outbox as out_store
from desktop.store import properties as prop_store
from desktop.store.summary import PROPERTY_READER


def load(
    store: Store,
    conversation_id: str,
    property_of: Callable[[int], Property],
    extranet_url: Callable[[Conversation], str],
) -> ThreadData | None:
    """The conversation with its messages, notes, unsent outbox entries and draft.

    A sent entry is left out once sync has brought its message back into the thread.
    """
    conversation = conv_store.get_conversation(store, conversation_id)
    if conversation is None:
        return None
    number = conversation.reservation_number
    reservation = prop_store.get_reservation(store, number) if number else None
    messages = msg_store.get_thread(store, conversation_id)
    delivered = {m.message_id for m in messages}
    entries = [
        e
        for e in out_store.list_entries(store, conversation_id=conversation_id)
        if not (e.state is OutboxState.SENT and e.sent_message_id in delivered)
    ]
    attachment_ids = [aid for m in messages for aid in m.attachment_ids]
    attachments = msg_store.get_attachments(store, attachment_ids)
    prop = property_of(conversation.property_id)
    language = conversation.language or (reservation.language if reservation else None)
    return ThreadData(
        conversation=conversation,
        reservation=reservation,
        messages=tuple(messages),
        notes=tuple(note_store.list_notes(store, conversation_id)),
        outbox=tuple(entries),
        attachments={a.attachment_id: a for a in attachments},
        draft=out_store.get_draft(store, conversation_id),
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
