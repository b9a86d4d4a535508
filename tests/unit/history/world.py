"""A small, fixed history written through the store's own operations. Tests only, Qt-free.

Two properties: "Hôtel A" (111, UTC) and "Hotel B" (222, Europe/Paris). Staff: Ada
(admin), Alice (manager), Bob (reception). Guest messages (UTC)::

    c1 (A) g 06-02 08:00  p 09:00 (Alice)              -> 1 h
           g 06-02 20:00  g 20:30  p 06-03 02:00 (Bob) -> 6 h (from 20:00)
    c2 (A) g 06-03 10:00  auto 10:00:05 (not a reply)  p 06-04 00:00 (extranet) -> 14 h
    c3 (B) g 06-02 23:30 (06-03 01:30 in Paris)  p 06-03 01:30 (Alice) -> 2 h
    c4 (B) g 06-04 12:00, no reply (overdue at NOW)
    c5 (A) g 06-09 20:00, no reply (pending at NOW: 4 h old)

``NOW`` is 2025-06-10 00:00 UTC. Expected figures are written by hand in the tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop.domain import (
    Actor,
    Conversation,
    ConversationKind,
    ConversationType,
    Message,
    MessageType,
    Participant,
    Property,
    Reservation,
    SenderKind,
    StaffMember,
    StaffRole,
    SupportCase,
    SupportChannel,
    SupportTransport,
)
from desktop.paths import DataPaths, resolve
from desktop.staff import pins
from desktop.store import Store, open_store
from desktop.store import conversations as conv_store
from desktop.store import messages as msg_store
from desktop.store import notes as note_store
from desktop.store import outbox as out_store
from desktop.store import properties as prop_store
from desktop.store import staff as staff_store
from desktop.store import support as support_store

SYNC = Actor.system("sync")
A, B = 111, 222
NOW = datetime(2025, 6, 10, 0, 0, tzinfo=UTC)
PIN = {"Ada": "1111", "Alice": "2222", "Bob": "3333"}


def at(month_day: str, hm: str = "00:00", seconds: int = 0) -> datetime:
    """``at("06-02", "08:00")`` -> 2025-06-02 08:00 UTC."""
    month, day = (int(x) for x in month_day.split("-"))
    hour, minute = (int(x) for x in hm.split(":"))
    return datetime(2025, month, day, hour, minute, seconds, tzinfo=UTC)


def open_test_store(root: Path) -> tuple[Store, DataPaths]:
    paths = resolve(root).ensure()
    return open_store(paths), paths


@dataclass
class HistoryWorld:
    store: Store
    paths: DataPaths
    staff: dict[str, StaffMember] = field(default_factory=dict)
    _count: int = 0

    def __post_init__(self) -> None:
        props = [Property(A, "Hôtel A", "UTC"), Property(B, "Hotel B", "Europe/Paris")]
        prop_store.upsert_properties(self.store, props, SYNC)

    # ------------------------------------------------------------------ builders

    def add_staff(self, name: str, role: StaffRole) -> StaffMember:
        pin_hash = pins.hash_pin(PIN.get(name, "9999"))
        member = staff_store.add_staff(self.store, name, role, SYNC, pin_hash=pin_hash).value
        self.staff[name] = member
        return member

    def actor(self, name: str) -> Actor:
        return self.staff[name].actor

    def conversation(
        self, cid: str, guest: str, property_id: int = A, reservation: str | None = None
    ) -> None:
        if reservation:
            stay = Reservation(reservation, property_id, guest_name=guest)
            prop_store.upsert_reservations(self.store, [stay], SYNC)
        conversation = Conversation(
            conversation_id=cid,
            property_id=property_id,
            reservation_number=reservation,
            guest_name=guest,
            guest_participant_id=f"{cid}-guest",
            property_participant_id=f"{cid}-property",
        )
        participants = [
            Participant(f"{cid}-guest", SenderKind.GUEST, guest),
            Participant(f"{cid}-property", SenderKind.PROPERTY, "Hotel"),
        ]
        conv_store.upsert_conversation(self.store, conversation, SYNC, participants)

    def message(
        self,
        cid: str,
        when: datetime,
        text: str,
        sender: SenderKind = SenderKind.GUEST,
        *,
        kind: MessageType = MessageType.FREE_TEXT,
        attachments: tuple[str, ...] = (),
    ) -> str:
        self._count += 1
        mid = f"{cid}-m{self._count}"
        message = Message(
            message_id=mid,
            conversation_id=cid,
            sender=sender,
            created_at=when,
            content=text,
            message_type=kind,
            attachment_ids=attachments,
        )
        msg_store.ingest_messages(self.store, [message], SYNC)
        return mid

    def reply(self, cid: str, when: datetime, text: str, by: str | None) -> str:
        """A property message; sent from Frontdesk by ``by`` (outbox) or from elsewhere."""
        if by is None:
            return self.message(cid, when, text, SenderKind.PROPERTY)
        actor = self.actor(by)
        entry = out_store.enqueue(self.store, cid, text, actor).value
        out_store.start_sending(self.store, entry.entry_id, SYNC)
        self._count += 1
        mid = f"{cid}-m{self._count}"
        out_store.mark_sent(self.store, entry.entry_id, mid, SYNC)
        message = Message(mid, cid, SenderKind.PROPERTY, when, text)
        msg_store.ingest_messages(self.store, [message], SYNC)
        return mid

    def support_case(
        self,
        theme: str,
        channel: SupportChannel,
        by: str,
        *,
        property_id: int = A,
        subject: str = "",
        description: str = "",
        thread: bool = False,
    ) -> SupportCase:
        cid = None
        if thread:
            self._count += 1
            cid = f"support-{self._count}"
            conversation = Conversation(
                conversation_id=cid,
                property_id=property_id,
                kind=ConversationKind.SUPPORT,
                conversation_type=ConversationType.SUPPORT_CASE,
                guest_name=subject,
            )
            conv_store.upsert_conversation(self.store, conversation, self.actor(by))
        return support_store.create_case(
            self.store,
            property_id=property_id,
            theme=theme,
            subtheme=None,
            channel=channel,
            transport=SupportTransport.EXTRANET,
            actor=self.actor(by),
            subject=subject,
            description=description,
            conversation_id=cid,
        ).value

    # ------------------------------------------------------------------ the fixed world

    def build(self) -> HistoryWorld:
        self.add_staff("Ada", StaffRole.ADMIN)
        self.add_staff("Alice", StaffRole.MANAGER)
        self.add_staff("Bob", StaffRole.RECEPTION)
        self.conversation("c1", "Élodie Martin", A, "1000000001")
        self.message("c1", at("06-02", "08:00"), "Bonjour, à quelle heure est le petit-déjeuner ?")
        self.reply("c1", at("06-02", "09:00"), "De 7 h à 10 h.", "Alice")
        self.message("c1", at("06-02", "20:00"), "Le parking est-il réservé ?")
        self.message("c1", at("06-02", "20:30"), "Merci de confirmer.")
        self.reply("c1", at("06-03", "02:00"), "Oui, place 12.", "Bob")
        self.conversation("c2", "John Smith", A, "1000000002")
        self.message("c2", at("06-03", "10:00"), "Can I check in early?")
        self.message(
            "c2",
            at("06-03", "10:00", 5),
            "Thanks for your message",
            SenderKind.PROPERTY,
            kind=MessageType.AUTOMATICALLY_SENT_TEMPLATE,
        )
        self.reply("c2", at("06-04", "00:00"), "Yes, from noon.", None)
        self.conversation("c3", "Hans Müller", B, "1000000003")
        self.message("c3", at("06-02", "23:30"), "Late arrival tonight")
        self.reply("c3", at("06-03", "01:30"), "No problem.", "Alice")
        self.conversation("c4", "Ana García", B, "1000000004")
        self.message("c4", at("06-04", "12:00"), "¿Hay cuna disponible?")
        self.conversation("c5", "Zoé Durand", A, "1000000005")
        self.message("c5", at("06-09", "20:00"), "Annulation possible ?")
        return self

    def read_and_note(self) -> None:
        """Bob read c4 and left a note for the next shift."""
        conv_store.mark_read(self.store, "c4", self.actor("Bob"))
        note_store.add_note(
            self.store, "c4", "Rappeler la cliente", self.actor("Bob"), for_next_shift=True
        )


def later(hours: float) -> timedelta:
    return timedelta(hours=hours)
