"""Erasing one guest's personal data: gone from the store, the index and the disk."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from sqlalchemy import select

from desktop.domain import Attachment, AuditAction, Message, SupportChannel
from desktop.history.erasure import ERASURE_TARGET, erase_guest, find_guest
from desktop.store import audit as audit_store
from desktop.store import conversations as conv_store
from desktop.store import erased as erased_store
from desktop.store import messages as msg_store
from desktop.store import notes as note_store
from desktop.store import outbox as out_store
from desktop.store import properties as prop_store
from desktop.store.search import search_conversations, search_messages
from desktop.store.tables import ErasedConversationRow
from tests.unit.history.world import SYNC, A, HistoryWorld, at


def test_find_guest_by_name_or_reservation(world: HistoryWorld) -> None:
    assert [c.conversation_id for c in find_guest(world.store, "Elodie")] == ["c1"]
    assert [c.conversation_id for c in find_guest(world.store, "1000000003")] == ["c3"]


def test_erase_one_guest(world: HistoryWorld) -> None:
    photo = world.paths.attachments / "c1" / "passport.png"
    photo.parent.mkdir(parents=True)
    photo.write_bytes(b"png")
    attachment = Attachment("att-1", "passport.png", "image/png", 3, str(photo))
    msg_store.save_attachment(world.store, "c1", attachment, SYNC)
    note_store.add_note(world.store, "c1", "Allergique aux noix", world.actor("Bob"))
    out_store.save_draft(world.store, "c1", "Chère Élodie", world.actor("Bob"))

    result = erase_guest(world.store, world.paths, ["c1"], world.actor("Alice"))

    assert result.counts() == {
        "conversations": 1,
        "messages": 5,
        "notes": 1,
        "outbox": 2,
        "attachments": 1,
        "files": 1,
        "reservations": 1,
    }
    assert conv_store.get_conversation(world.store, "c1") is None
    assert msg_store.get_thread(world.store, "c1") == []
    assert note_store.list_notes(world.store, "c1") == []
    assert out_store.get_draft(world.store, "c1") is None
    assert out_store.list_entries(world.store, conversation_id="c1") == []
    assert conv_store.get_participants(world.store, "c1") == []
    assert prop_store.get_reservation(world.store, "1000000001") is None
    assert not photo.exists()
    assert search_conversations(world.store, "elodie") == []
    assert search_messages(world.store, "dejeuner") == []
    # Other guests are untouched.
    assert [c.conversation_id for c in find_guest(world.store, "Smith")] == ["c2"]


def test_erasure_is_audited_without_the_data(world: HistoryWorld) -> None:
    erase_guest(world.store, world.paths, ["c1"], world.actor("Alice"))
    events = audit_store.list_events(world.store, actions=[AuditAction.GUEST_DATA_ERASED])
    assert len(events) == 1
    event = events[0]
    assert event.actor == world.actor("Alice")
    assert event.target == ERASURE_TARGET
    assert event.details["messages"] == 5
    assert event.details["conversations"] == 1
    recorded = f"{event.target} {dict(event.details)}"
    for personal in ("Élodie", "Martin", "1000000001", "c1", "petit"):
        assert personal not in recorded


def test_deleted_text_is_overwritten_on_disk(world: HistoryWorld) -> None:
    erase_guest(world.store, world.paths, ["c1"], world.actor("Alice"))
    world.store.close()  # the last connection folds the write-ahead log into the file
    raw = world.paths.database.read_bytes()
    assert "Bonjour, à quelle heure".encode() not in raw
    assert "Élodie Martin".encode() not in raw
    assert b"John Smith" in raw


def test_only_guest_conversations(world: HistoryWorld) -> None:
    case = world.support_case("payments", SupportChannel.MESSAGE, "Bob", thread=True)
    assert case.conversation_id is not None
    with pytest.raises(LookupError):
        erase_guest(world.store, world.paths, [case.conversation_id], world.actor("Alice"))
    with pytest.raises(LookupError):
        erase_guest(world.store, world.paths, ["unknown"], world.actor("Alice"))
    assert conv_store.get_conversation(world.store, "c1") is not None


def test_an_erased_conversation_never_comes_back_through_ingest(world: HistoryWorld) -> None:
    conversation = conv_store.get_conversation(world.store, "c1")
    assert conversation is not None
    thread = msg_store.get_thread(world.store, "c1")
    people = conv_store.get_participants(world.store, "c1")
    booking = prop_store.get_reservation(world.store, "1000000001")
    assert booking is not None
    newcomer = replace(
        conversation, conversation_id="c9", reservation_number="1000000009", guest_name="Nina"
    )
    hello = Message("c9-m1", "c9", thread[0].sender, at("06-09", "21:00"), "Hello")
    erase_guest(world.store, world.paths, ["c1"], world.actor("Alice"))

    # Booking.com serves it again: a sync page, then the per-conversation writes.
    outcome = msg_store.ingest_page(
        world.store,
        [conversation, newcomer],
        {"c1": people},
        [*thread, hello],
        SYNC,
        [booking, replace(booking, number="1000000009")],
    )
    conv_store.upsert_conversation(world.store, conversation, SYNC, people)
    again = msg_store.ingest_messages(world.store, thread, SYNC)  # no LookupError either

    assert outcome.value == 1
    assert outcome.change.conversations == {"c9"}
    assert again.value == 0
    assert conv_store.get_conversation(world.store, "c1") is None
    assert msg_store.get_thread(world.store, "c1") == []
    assert conv_store.get_participants(world.store, "c1") == []
    assert prop_store.get_reservation(world.store, "1000000001") is None
    assert search_conversations(world.store, "elodie") == []
    # The rest of the page is stored as usual.
    assert [m.content for m in msg_store.get_thread(world.store, "c9")] == ["Hello"]
    assert prop_store.get_reservation(world.store, "1000000009") is not None


def test_the_erasure_is_remembered_by_a_digest_only(world: HistoryWorld) -> None:
    erase_guest(world.store, world.paths, ["c1"], world.actor("Alice"))

    with world.store.read() as session:
        rows = session.execute(select(ErasedConversationRow)).scalars().all()
        remembered = [(r.digest, r.property_id) for r in rows]
    assert remembered == [(erased_store.digest("c1"), A)]
    assert re.fullmatch("[0-9a-f]{64}", remembered[0][0])
    assert erased_store.snapshot(world.store).has("c1")
    assert not erased_store.snapshot(world.store).has("c2")
