"""Builders of domain objects for the store tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktop.domain import (
    Actor,
    Conversation,
    ConversationKind,
    ConversationType,
    Message,
    Participant,
    SenderKind,
)
from desktop.store import Store
from desktop.store.conversations import upsert_conversation
from desktop.store.messages import ingest_messages

ALICE = Actor(name="Alice", staff_id=1)
SYNC = Actor.system("sync")
T0 = datetime(2025, 6, 1, 8, 0, tzinfo=UTC)
PROPERTY = 1234567


def conversation(
    cid: str,
    *,
    property_id: int = PROPERTY,
    guest_name: str = "",
    reservation: str | None = None,
    kind: ConversationKind = ConversationKind.GUEST,
) -> Conversation:
    return Conversation(
        conversation_id=cid,
        property_id=property_id,
        kind=kind,
        conversation_type=(
            ConversationType.SUPPORT_CASE
            if kind is ConversationKind.SUPPORT
            else ConversationType.RESERVATION
        ),
        reservation_number=reservation,
        guest_name=guest_name,
        guest_participant_id=f"{cid}-guest",
        property_participant_id=f"{cid}-property",
    )


def message(
    mid: str,
    cid: str,
    content: str,
    *,
    minutes: int = 0,
    sender: SenderKind = SenderKind.GUEST,
    read_by: tuple[str, ...] = (),
) -> Message:
    return Message(
        message_id=mid,
        conversation_id=cid,
        sender=sender,
        created_at=T0 + timedelta(minutes=minutes),
        content=content,
        sender_id=f"{cid}-{sender.value}",
        read_by=read_by,
    )


def add_conversation(
    store: Store,
    cid: str,
    *texts: str,
    guest_name: str = "",
    reservation: str | None = None,
    property_id: int = PROPERTY,
    start: int = 0,
) -> None:
    """A conversation with guest messages ``texts``, one minute apart from ``start``."""
    conv = conversation(
        cid, guest_name=guest_name, reservation=reservation, property_id=property_id
    )
    participants = [
        Participant(f"{cid}-guest", SenderKind.GUEST, guest_name),
        Participant(f"{cid}-property", SenderKind.PROPERTY, "Hotel"),
    ]
    upsert_conversation(store, conv, SYNC, participants)
    batch = [message(f"{cid}-m{i}", cid, text, minutes=start + i) for i, text in enumerate(texts)]
    ingest_messages(store, batch, SYNC)
