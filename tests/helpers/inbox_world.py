"""Builds a small inbox in a real store, through the store's own operations. Tests only.

Qt-free, shared by the service tests (``tests/unit/services``) and the inbox window
tests (``tests/ui/inbox``). Times are relative to now, so messaging windows behave as
they would at the desk.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from desktop.domain import (
    Access,
    Actor,
    Attachment,
    Conversation,
    ConversationKind,
    ConversationType,
    Message,
    MessageType,
    Participant,
    Reservation,
    SenderKind,
    utcnow,
)
from desktop.settings.profile import PropertyProfile
from desktop.store import Store
from desktop.store.conversations import upsert_conversation
from desktop.store.messages import ingest_messages, save_attachment
from desktop.store.model import Folder
from desktop.store.properties import upsert_properties, upsert_reservations
from desktop.store.tables import ConversationRow

ALICE = Actor(name="Alice", staff_id=1)
BOB = Actor(name="Bob", staff_id=2)
SYNC = Actor.system("sync")
LAC = 1234567
MER = 7654321

PROFILE: dict[str, Any] = {
    "profile": {"id": "hotels-test", "name": "Test hotels", "default_language": "en"},
    "properties": [
        {"id": LAC, "name": "Hôtel du Lac", "timezone": "Europe/Paris"},
        {"id": MER, "name": "Hotel Mer", "timezone": "Europe/London"},
    ],
    "booking": {"extranet_url": "https://admin.booking.com/"},
    "links": {"allow": ["hotel-du-lac.fr", "*.booking.com"]},
    "templates": {
        "fr": {
            "Bienvenue": "Bonjour {guest_name}, votre réservation {reservation_number} "
            "du {checkin} au {checkout} à {property_name} est confirmée.",
            "Parking": "Bonjour {guest_name}, le parking est à {parking_price}.",
        },
        "en": {
            "Welcome": "Hello {guest_name}, booking {reservation_number} from {checkin} "
            "to {checkout} at {property_name} is confirmed.",
        },
    },
}


def profile(**overrides: Any) -> PropertyProfile:
    """The test profile: two properties, French and English templates, a link allow-list."""
    return PropertyProfile.model_validate({**PROFILE, **overrides})


@dataclass
class World:
    """Conversations, messages and reservations, written with the store's operations."""

    store: Store
    now: datetime = field(default_factory=utcnow)
    _counter: int = 0

    def __post_init__(self) -> None:
        props = [p.to_domain() for p in profile().properties]
        upsert_properties(self.store, props, SYNC)

    def _next(self, prefix: str) -> str:
        self._counter += 1
        return f"{prefix}-{self._counter:04d}"

    def conversation(
        self,
        cid: str,
        guest_name: str,
        *,
        reservation: str | None = None,
        property_id: int = LAC,
        language: str | None = "fr",
        access: Access = Access.READ_WRITE,
        conversation_type: ConversationType = ConversationType.RESERVATION,
        kind: ConversationKind = ConversationKind.GUEST,
        checkin: date | None = None,
        checkout: date | None = None,
        cancelled_at: datetime | None = None,
    ) -> Conversation:
        """A conversation (with its reservation when a number is given)."""
        if reservation is not None:
            today = self.now.date()
            stay = Reservation(
                number=reservation,
                property_id=property_id,
                guest_name=guest_name,
                checkin=checkin or today + timedelta(days=3),
                checkout=checkout or today + timedelta(days=5),
                cancelled_at=cancelled_at,
                language=language,
            )
            upsert_reservations(self.store, [stay], SYNC)
        conversation = Conversation(
            conversation_id=cid,
            property_id=property_id,
            kind=kind,
            conversation_type=conversation_type,
            reservation_number=reservation,
            access=access,
            guest_name=guest_name,
            guest_participant_id=f"{cid}-guest",
            property_participant_id=f"{cid}-property",
            language=language,
        )
        participants = [
            Participant(f"{cid}-guest", SenderKind.GUEST, guest_name),
            Participant(f"{cid}-property", SenderKind.PROPERTY, "Hotel"),
        ]
        upsert_conversation(self.store, conversation, SYNC, participants)
        return conversation

    def says(
        self,
        cid: str,
        text: str,
        *,
        ago: timedelta = timedelta(hours=1),
        sender: SenderKind = SenderKind.GUEST,
        message_type: MessageType = MessageType.FREE_TEXT,
        attributes: Mapping[str, Any] | None = None,
        attachment_ids: tuple[str, ...] = (),
        read: bool = False,
        at: datetime | None = None,
    ) -> Message:
        """A message in the conversation, ``ago`` before now (or at ``at``)."""
        mid = self._next(f"{cid}-m")
        reader = (f"{cid}-property",) if read or sender is not SenderKind.GUEST else ()
        message = Message(
            message_id=mid,
            conversation_id=cid,
            sender=sender,
            created_at=at or self.now - ago,
            content=text,
            message_type=message_type,
            sender_id=f"{cid}-{sender.value}",
            sender_name="",
            attachment_ids=attachment_ids,
            read_by=reader,
            attributes=dict(attributes or {}),
        )
        ingest_messages(self.store, [message], SYNC)
        return message

    def attachment(self, cid: str, aid: str, path: Path | None, name: str = "photo.png") -> None:
        size = path.stat().st_size if path is not None and path.exists() else 0
        found = Attachment(aid, name, "image/png", size, str(path) if path else None)
        save_attachment(self.store, cid, found, SYNC)

    def bulk(self, count: int, *, property_id: int = LAC, batch: int = 20_000) -> None:
        """``count`` guest conversations at once (SQLAlchemy Core), newest = highest index."""
        start = utcnow() - timedelta(minutes=count)
        folders = (Folder.NEEDS_REPLY, Folder.WAITING_FOR_GUEST, Folder.NO_REPLY_NEEDED)
        with self.store.write() as session:
            for first in range(0, count, batch):
                rows = []
                for i in range(first, min(count, first + batch)):
                    folder = folders[i % 3]
                    at = start + timedelta(minutes=i)
                    rows.append(
                        {
                            "conversation_id": f"bulk-{i:06d}",
                            "property_id": property_id,
                            "kind": ConversationKind.GUEST,
                            "conversation_type": ConversationType.RESERVATION,
                            "reservation_number": str(5_000_000_000 + i),
                            "access": Access.READ_WRITE,
                            "guest_name": f"Guest {i:06d}",
                            "language": "en",
                            "no_reply_needed": folder is Folder.NO_REPLY_NEEDED,
                            "last_message_at": at,
                            "last_message_snippet": f"Message {i}",
                            "last_sender": (
                                SenderKind.GUEST
                                if folder is Folder.NEEDS_REPLY
                                else SenderKind.PROPERTY
                            ),
                            "unread_count": 1 if i % 50 == 0 else 0,
                            "folder": folder,
                            "activity_at": at,
                            "created_at": at,
                        }
                    )
                session.execute(insert(ConversationRow), rows)


def png_bytes(width: int = 4, height: int = 3) -> bytes:
    """A tiny valid PNG (no Qt needed)."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    raw = b"".join(b"\x00" + b"\xcc\x88\x44" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def days_ago(days: int) -> datetime:
    return datetime.now(UTC) - timedelta(days=days)


__all__ = [
    "ALICE",
    "BOB",
    "LAC",
    "MER",
    "SYNC",
    "World",
    "days_ago",
    "png_bytes",
    "profile",
]
