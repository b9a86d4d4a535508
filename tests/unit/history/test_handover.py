"""The shift handover digest and its acknowledgement in the audit trail."""

from __future__ import annotations

from datetime import timedelta

from desktop.domain import AuditAction, OutboxState, SupportChannel, utcnow
from desktop.history.handover import acknowledge, build_digest, last_acknowledgement
from desktop.store import audit as audit_store
from desktop.store import outbox as out_store
from tests.unit.history.world import NOW, A, HistoryWorld


def stuck_outbox(world: HistoryWorld) -> None:
    bob = world.actor("Bob")
    doubt = out_store.enqueue(world.store, "c2", "Réponse incertaine", bob).value
    out_store.start_sending(world.store, doubt.entry_id, bob)
    out_store.mark_in_doubt(world.store, doubt.entry_id, "timeout", bob)
    failed = out_store.enqueue(world.store, "c3", "Refusé", bob).value
    out_store.start_sending(world.store, failed.entry_id, bob)
    out_store.mark_failed(world.store, failed.entry_id, "refused", bob)
    out_store.enqueue(world.store, "c1", "En file", bob)  # queued: not the next shift's job


def test_digest_lists_what_the_next_shift_must_know(world: HistoryWorld) -> None:
    world.read_and_note()
    stuck_outbox(world)
    case = world.support_case("payments", SupportChannel.MESSAGE, "Bob", subject="x", thread=True)
    digest = build_digest(world.store, now=NOW)
    waiting = {w.conversation.conversation_id: w.time_left for w in digest.waiting_guests}
    # c5 asked 06-09 20:00: 8 h left at NOW; c4 asked 06-04 12:00: long overdue.
    assert waiting["c5"] == timedelta(hours=8)
    assert waiting["c4"] == timedelta(days=-5)  # due 06-05 00:00
    assert [w.conversation.conversation_id for w in digest.waiting_guests] == ["c4", "c5"]
    assert digest.waiting_guests[0].overdue
    assert not digest.waiting_guests[1].overdue
    assert [o.case.case_id for o in digest.open_cases] == [case.case_id]
    assert digest.open_cases[0].time_left == case.created_at + timedelta(hours=24) - NOW
    states = sorted(s.entry.state.value for s in digest.stuck_messages)
    assert states == [OutboxState.FAILED.value, OutboxState.IN_DOUBT.value]
    assert {s.guest_name for s in digest.stuck_messages} == {"John Smith", "Hans Müller"}
    assert [(n.note.content, n.guest_name) for n in digest.notes] == [
        ("Rappeler la cliente", "Ana García")
    ]
    assert digest.counts() == {
        "waiting_guests": 2,
        "overdue_guests": 1,
        "open_cases": 1,
        "stuck_messages": 2,
        "notes": 1,
    }


def test_property_filter(world: HistoryWorld) -> None:
    digest = build_digest(world.store, now=NOW, property_id=A)
    assert [w.conversation.conversation_id for w in digest.waiting_guests] == ["c5"]


def test_acknowledgement_is_audited_with_counts_only(world: HistoryWorld) -> None:
    world.read_and_note()
    assert last_acknowledgement(world.store) is None
    digest = build_digest(world.store, now=utcnow())
    acknowledge(world.store, digest, world.staff["Alice"])
    events = audit_store.list_events(world.store, actions=[AuditAction.HANDOVER_ACKNOWLEDGED])
    assert len(events) == 1
    event = events[0]
    assert event.actor == world.actor("Alice")
    assert event.details["notes"] == 1
    assert event.details["waiting_guests"] == 2
    assert "Rappeler" not in str(event.details)
    assert last_acknowledgement(world.store) == event.at
    # The next digest starts from the acknowledgement: the note was read already.
    assert build_digest(world.store).notes == ()
