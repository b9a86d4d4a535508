"""The thread read as plain rows in one snapshot equals the entity-based readers' result."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from desktop.domain import MessageType, OutboxState, Property, SenderKind
from desktop.services import threads
from desktop.services.model import ThreadData
from desktop.services.sending import window_closes_at
from desktop.store import Store
from desktop.store import conversations as conv_store
from desktop.store import messages as msg_store
from desktop.store import notes as note_store
from desktop.store import outbox as out_store
from desktop.store import properties as prop_store
from desktop.store.thread_reads import ThreadRecord, read_thread
from tests.helpers.inbox_world import ALICE, BOB, LAC, SYNC, World

CID = "c-full"


def entity_read(store: Store, cid: str) -> ThreadRecord | None:
    """The same record, from the entity-based readers (one session each)."""
    conversation = conv_store.get_conversation(store, cid)
    if conversation is None:
        return None
    number = conversation.reservation_number
    messages = tuple(msg_store.get_thread(store, cid))
    ids = [aid for m in messages for aid in m.attachment_ids]
    return ThreadRecord(
        conversation=conversation,
        reservation=prop_store.get_reservation(store, number) if number else None,
        messages=messages,
        notes=tuple(note_store.list_notes(store, cid)),
        outbox=tuple(out_store.list_entries(store, conversation_id=cid)),
        attachments=tuple(msg_store.get_attachments(store, ids)),
        draft=out_store.get_draft(store, cid),
    )


def entity_load(store: Store, cid: str, prop: Property, url: str) -> ThreadData | None:
    """``threads.load`` as it was written on the entity-based readers."""
    conversation = conv_store.get_conversation(store, cid)
    if conversation is None:
        return None
    number = conversation.reservation_number
    reservation = prop_store.get_reservation(store, number) if number else None
    messages = msg_store.get_thread(store, cid)
    delivered = {m.message_id for m in messages}
    entries = [
        e
        for e in out_store.list_entries(store, conversation_id=cid)
        if not (e.state is OutboxState.SENT and e.sent_message_id in delivered)
    ]
    ids = [aid for m in messages for aid in m.attachment_ids]
    language = conversation.language or (reservation.language if reservation else None)
    return ThreadData(
        conversation=conversation,
        reservation=reservation,
        messages=tuple(messages),
        notes=tuple(note_store.list_notes(store, cid)),
        outbox=tuple(entries),
        attachments={a.attachment_id: a for a in msg_store.get_attachments(store, ids)},
        draft=out_store.get_draft(store, cid),
        window_closes_at=window_closes_at(reservation, messages),
        timezone=prop.timezone,
        property_name=prop.name,
        extranet_url=url,
        language=language,
    )


def load(store: Store, cid: str, prop: Property, url: str) -> ThreadData | None:
    return threads.load(store, cid, lambda _pid: prop, lambda _conversation: url)


@pytest.fixture
def full_thread(world: World, store: Store, tmp_path: Path) -> str:
    """Messages of every kind (attachments, attributes, read marks), notes, outbox, draft."""
    photo = tmp_path / "room.png"
    photo.write_bytes(b"not really a png")
    conversation = world.conversation(CID, "Élodie", reservation="4001002003", language="fr")
    conv_store.upsert_conversation(store, replace(conversation, language=None), SYNC)
    world.says(CID, "Bonjour", ago=timedelta(hours=9), read=True)
    welcome = world.says(
        CID,
        "Bienvenue",
        sender=SenderKind.PROPERTY,
        message_type=MessageType.AUTOMATICALLY_SENT_TEMPLATE,
        attributes={"template_name": "Welcome", "nested": {"a": [1, 2]}},
        ago=timedelta(hours=8),
    )
    world.says(
        CID,
        "",
        message_type=MessageType.SELF_SERVICE_EVENT,
        attributes={"self_service_topic": "change_dates_nr"},
        ago=timedelta(hours=7),
    )
    world.says(CID, "Deux photos", attachment_ids=("a1", "a2", "a1"), ago=timedelta(hours=6))
    world.attachment(CID, "a1", photo, name="room.png")  # a2 is not known yet
    world.says(CID, "Même heure", ago=timedelta(hours=5))
    note_store.add_note(store, CID, "Client fidèle", ALICE, for_next_shift=True)
    note_store.add_note(store, CID, "Arrivée tardive", BOB)
    queued = out_store.enqueue(store, CID, "En attente", ALICE, ["/tmp/plan.png"]).value
    failed = out_store.enqueue(store, CID, "Échoué", BOB).value.entry_id
    out_store.start_sending(store, failed, SYNC)
    out_store.mark_failed(store, failed, "refused: link", SYNC)
    delivered = out_store.enqueue(store, CID, "Arrivé", ALICE).value.entry_id
    out_store.start_sending(store, delivered, SYNC)
    out_store.mark_sent(store, delivered, welcome.message_id, SYNC)  # back in the thread
    pending = out_store.enqueue(store, CID, "Envoyé, pas encore revenu", ALICE).value.entry_id
    out_store.start_sending(store, pending, SYNC)
    out_store.mark_sent(store, pending, "not-synced-yet", SYNC)
    out_store.save_draft(store, CID, "Nous vous attendons", ALICE, ["/tmp/a.png", "/tmp/b.png"])
    assert queued.state is OutboxState.QUEUED
    return CID


def test_the_thread_read_in_one_snapshot_equals_the_entity_readers(
    store: Store, full_thread: str
) -> None:
    record = read_thread(store, full_thread)
    assert record is not None
    assert record == entity_read(store, full_thread)
    # What the comparison covers: every part of the thread is there.
    assert record.reservation is not None
    assert len(record.messages) == 5
    assert record.messages[1].attributes["nested"] == {"a": [1, 2]}
    assert record.messages[3].attachment_ids == ("a1", "a2", "a1")
    assert record.messages[0].read_by
    assert [a.attachment_id for a in record.attachments] == ["a1", "a1"]
    assert [n.actor for n in record.notes] == [ALICE, BOB]
    assert [e.state for e in record.outbox] == [
        OutboxState.QUEUED,
        OutboxState.FAILED,
        OutboxState.SENT,
        OutboxState.SENT,
    ]
    assert record.outbox[0].attachment_paths == ("/tmp/plan.png",)
    assert record.outbox[1].error == "refused: link"
    assert record.draft is not None
    assert record.draft.attachment_paths == ("/tmp/a.png", "/tmp/b.png")


def test_the_loaded_thread_equals_the_one_loaded_from_entities(
    store: Store, full_thread: str
) -> None:
    prop = Property(LAC, "Hôtel du Lac", "Europe/Paris")
    url = "https://admin.booking.com/x"
    loaded = load(store, full_thread, prop, url)
    assert loaded is not None
    assert loaded == entity_load(store, full_thread, prop, url)
    # The sent entry whose message came back is left out; the other stays.
    assert [e.content for e in loaded.outbox] == [
        "En attente",
        "Échoué",
        "Envoyé, pas encore revenu",
    ]
    assert loaded.language == "fr"  # from the reservation: the conversation has none
    assert set(loaded.attachments) == {"a1"}


def test_a_bare_conversation_and_an_unknown_one(world: World, store: Store) -> None:
    world.conversation("c-bare", "Tom", language="en")
    record = read_thread(store, "c-bare")
    assert record == entity_read(store, "c-bare")
    assert record is not None
    assert (record.reservation, record.draft) == (None, None)
    assert record.messages == record.notes == record.outbox == record.attachments == ()
    assert read_thread(store, "missing") is None
    prop = Property(LAC, "Hôtel du Lac", "Europe/Paris")
    assert load(store, "missing", prop, "") is None
    assert load(store, "c-bare", prop, "") == entity_load(store, "c-bare", prop, "")


def test_a_reservation_number_the_store_does_not_know(world: World, store: Store) -> None:
    world.conversation("c-known", "Ann", reservation="4000000001")
    unknown = world.conversation("c-unknown", "Bob")
    conv_store.upsert_conversation(store, replace(unknown, reservation_number="4999999999"), SYNC)
    record = read_thread(store, "c-unknown")
    assert record is not None
    assert record.conversation.reservation_number == "4999999999"
    assert record.reservation is None
    assert record == entity_read(store, "c-unknown")
