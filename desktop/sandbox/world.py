"""The sandbox's sample world: hotels, reservations, conversations, attachments.

The world is generated from a seed by :func:`desktop.sandbox.stories.build_world` (same
seed and same ``now`` -> the same world, byte for byte; dates are relative to ``now`` so
the demo always looks current) and then evolves: guests reply, the property sends,
tags change. These records are the server's side of the contract, mutable and private to
the sandbox; the client sees them only through the JSON the routes render.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from desktop.domain import (
    ConversationType,
    MessageType,
    Participant,
    Property,
    Reservation,
    SenderKind,
    messaging_window_closes_at,
)

#: Guests may write until this long after check-out (the property: see domain.py).
GUEST_WINDOW_AFTER_CHECKOUT = timedelta(days=66)


def at_hour(day: date, hour: int) -> datetime:
    """``hour`` o'clock UTC on ``day``."""
    return datetime.combine(day, datetime.min.time(), UTC) + timedelta(hours=hour)


@dataclass(frozen=True, slots=True)
class Hotel:
    """A property of the world and what its staff write with."""

    info: Property
    languages: tuple[tuple[str, float], ...]
    staff: tuple[str, ...]
    allowed_hosts: tuple[str, ...]
    link: str
    currency: str = "€"

    @property
    def property_id(self) -> int:
        return self.info.property_id

    @property
    def name(self) -> str:
        return self.info.name


@dataclass(slots=True)
class WorldMessage:
    message_id: str
    sender: SenderKind
    timestamp: datetime
    content: str = ""
    message_type: MessageType = MessageType.FREE_TEXT
    attachment_ids: list[str] = field(default_factory=list)
    attributes: dict[str, Any] = field(default_factory=dict)
    read_by: set[str] = field(default_factory=set)
    reply_to: str | None = None


@dataclass(slots=True)
class WorldConversation:
    conversation_id: str
    property_id: int
    conversation_type: ConversationType
    reference: str
    guest: Participant
    host: Participant
    language: str
    created_at: datetime
    reservation: Reservation | None = None
    guest_has_account: bool = True
    messages: list[WorldMessage] = field(default_factory=list)
    no_reply_needed: bool = False

    @property
    def last_activity(self) -> datetime:
        return self.messages[-1].timestamp if self.messages else self.created_at

    def last_guest_message_at(self) -> datetime | None:
        guest = [m.timestamp for m in self.messages if m.sender is SenderKind.GUEST]
        return guest[-1] if guest else None

    def property_can_write_until(self) -> datetime | None:
        """Checkout (or cancellation) + 7 days, or last guest message + 14 days."""
        return messaging_window_closes_at(self.reservation, self.last_guest_message_at())

    def property_can_write(self, now: datetime) -> bool:
        closes = self.property_can_write_until()
        return closes is None or now < closes

    def guest_can_write(self, now: datetime) -> bool:
        reservation = self.reservation
        if reservation is None or reservation.checkout is None:
            return True
        checkout = datetime.combine(reservation.checkout, datetime.min.time(), now.tzinfo)
        return reservation.cancelled_at is None and now < checkout + GUEST_WINDOW_AFTER_CHECKOUT

    def message(self, message_id: str) -> WorldMessage | None:
        return next((m for m in self.messages if m.message_id == message_id), None)


@dataclass(slots=True)
class WorldAttachment:
    attachment_id: str
    conversation_id: str
    file_name: str
    file_type: str
    content: bytes


#: A message and the conversation it belongs to (queue entries, search results).
MessageRef = tuple[WorldConversation, WorldMessage]


@dataclass(slots=True)
class World:
    seed: int
    now: datetime
    hotels: tuple[Hotel, ...]
    rng: random.Random
    reservations: list[Reservation] = field(default_factory=list)
    conversations: dict[str, WorldConversation] = field(default_factory=dict)
    attachments: dict[str, WorldAttachment] = field(default_factory=dict)
    _listed: dict[int, tuple[tuple[int, int], list[WorldConversation]]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def hotel(self, property_id: int) -> Hotel | None:
        return next((h for h in self.hotels if h.property_id == property_id), None)

    def conversations_of(self, property_id: int) -> list[WorldConversation]:
        """A property's conversations, newest activity first (do not modify the list).

        Sorted once per state of the world: the order only changes when a conversation
        or a message is added (messages are never removed, their times never change),
        so it is kept until the numbers of conversations and messages change.
        """
        version = (
            len(self.conversations),
            sum(len(c.messages) for c in self.conversations.values()),
        )
        cached = self._listed.get(property_id)
        if cached is not None and cached[0] == version:
            return cached[1]
        found = [c for c in self.conversations.values() if c.property_id == property_id]
        found.sort(key=lambda c: (c.last_activity, c.conversation_id), reverse=True)
        self._listed[property_id] = (version, found)
        return found

    def by_reference(
        self, property_id: int, kind: ConversationType, reference: str
    ) -> WorldConversation | None:
        for conversation in self.conversations.values():
            if (
                conversation.property_id == property_id
                and conversation.conversation_type is kind
                and conversation.reference == reference
            ):
                return conversation
        return None

    def all_messages(self) -> Iterator[tuple[WorldConversation, WorldMessage]]:
        for conversation in self.conversations.values():
            for message in conversation.messages:
                yield conversation, message

    def new_id(self) -> str:
        """A UUID drawn from the world's generator (deterministic for one seed)."""
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))


def make_hotels() -> tuple[Hotel, ...]:
    """The three properties: two connected to the sandbox account, one not (403)."""
    return (
        Hotel(
            info=Property(1001001, "Hôtel du Lac", "Europe/Paris"),
            languages=(("fr", 45), ("en", 20), ("de", 14), ("it", 8), ("es", 8), ("nl", 5)),
            staff=("Camille", "Julien", "Inès", "Marc"),
            allowed_hosts=("hoteldulac.example", "maps.google.com"),
            link="https://hoteldulac.example/acces",
        ),
        Hotel(
            info=Property(1002002, "Grand Canal Hotel", "Europe/Amsterdam"),
            languages=(("nl", 28), ("en", 30), ("de", 20), ("fr", 10), ("es", 6), ("it", 6)),
            staff=("Sanne", "Pieter", "Noah", "Lisa"),
            allowed_hosts=("grandcanalhotel.example",),
            link="https://grandcanalhotel.example/route",
        ),
        Hotel(
            info=Property(1003003, "Albergo Lucia", "Europe/Rome", has_access=False),
            languages=(("it", 50), ("en", 20), ("de", 15), ("fr", 10), ("es", 5)),
            staff=("Lucia", "Giorgio"),
            allowed_hosts=("albergolucia.example",),
            link="https://albergolucia.example/dove",
        ),
    )
