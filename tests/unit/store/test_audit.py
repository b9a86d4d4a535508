"""Every mutation records one audit event, in its own transaction, with its actor."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from datetime import date, timedelta
from types import ModuleType

import pytest

from desktop.domain import (
    Actor,
    Article,
    Attachment,
    AuditAction,
    Change,
    FeedbackReason,
    OutboxState,
    Property,
    Reservation,
    SenderKind,
    StaffRole,
    SupportCaseStatus,
    SupportChannel,
    SupportTransport,
    utcnow,
)
from desktop.store import (
    Store,
    articles,
    audit,
    conversations,
    messages,
    notes,
    outbox,
    properties,
    staff,
    state,
    support,
)
from desktop.store.model import Outcome, SyncState
from desktop.store.tables import DraftRow

from .factories import ALICE, PROPERTY, T0, add_conversation, conversation, message

MODULES = [
    articles,
    audit,
    conversations,
    messages,
    notes,
    outbox,
    properties,
    staff,
    state,
    support,
]
ARTICLE = Article("a-en", "a", "en", "Title", "rates", "Body", date(2025, 1, 1))


@pytest.fixture
def world(store: Store) -> Store:
    """Something for every mutation to act on."""
    add_conversation(store, "c1", "unread guest message")
    add_conversation(store, "c2", "read guest message")
    messages.ingest_messages(
        store, [message("r", "c2", "ok", minutes=1, read_by=("c2-property",))], ALICE
    )
    outbox.save_draft(store, "c2", "draft to discard", ALICE)
    outbox.enqueue(store, "c1", "queued", ALICE)
    sending = outbox.enqueue(store, "c1", "sending", ALICE).value.entry_id
    outbox.start_sending(store, sending, ALICE)
    refused = outbox.enqueue(store, "c1", "refused", ALICE).value.entry_id
    outbox.start_sending(store, refused, ALICE)
    outbox.mark_needs_sign_in(store, refused, "HTTP 401", ALICE)
    doubtful = outbox.enqueue(store, "c1", "in doubt", ALICE).value.entry_id
    outbox.start_sending(store, doubtful, ALICE)
    outbox.mark_in_doubt(store, doubtful, "timeout", ALICE)
    support.create_case(
        store,
        property_id=PROPERTY,
        theme="payments",
        subtheme=None,
        channel=SupportChannel.MESSAGE,
        transport=SupportTransport.EXTRANET,
        actor=ALICE,
    )
    articles.replace_articles(store, [ARTICLE], ALICE)
    articles.add_note(store, "a", "en", "pinned", ALICE)
    staff.add_staff(store, "Bob", StaffRole.RECEPTION, ALICE)
    return store


def _first_entry(store: Store, state_: OutboxState) -> int:
    return outbox.list_entries(store, states=[state_])[0].entry_id


def _enqueue_draft(store: Store, actor: Actor) -> Outcome[object]:
    with store.write() as session:  # a draft saved without going through the audit
        session.add(
            DraftRow(
                conversation_id="c1",
                content="hi",
                started_at=T0,
                updated_at=T0,
                attachment_paths=[],
                actor_name="x",
                actor_staff_id=None,
            )
        )
    return outbox.enqueue_draft(store, "c1", actor)  # type: ignore[return-value]


Mutation = Callable[[Store, Actor], object]

MUTATIONS: dict[str, Mutation] = {
    "properties.upsert_properties": lambda s, a: properties.upsert_properties(
        s, [Property(PROPERTY, "Hôtel du Lac")], a
    ),
    "properties.upsert_reservations": lambda s, a: properties.upsert_reservations(
        s, [Reservation("42", PROPERTY, "Zoé")], a
    ),
    "conversations.upsert_conversations": lambda s, a: conversations.upsert_conversations(
        s, [conversation("c9")], a
    ),
    "conversations.upsert_conversation": lambda s, a: conversations.upsert_conversation(
        s, conversation("c1", guest_name="Renamed"), a
    ),
    "conversations.mark_read": lambda s, a: conversations.mark_read(s, "c1", a),
    "conversations.mark_unread": lambda s, a: conversations.mark_unread(s, "c2", a),
    "conversations.set_no_reply_needed": lambda s, a: conversations.set_no_reply_needed(
        s, "c1", True, a
    ),
    "messages.ingest_messages": lambda s, a: messages.ingest_messages(
        s, [message("new", "c1", "new", minutes=9, sender=SenderKind.PROPERTY)], a
    ),
    "messages.ingest_page": lambda s, a: messages.ingest_page(
        s, [], {}, [message("paged", "c1", "new", minutes=9, sender=SenderKind.PROPERTY)], a
    ),
    "messages.save_attachment": lambda s, a: messages.save_attachment(
        s, "c1", Attachment("att", "x.png", "image/png", 10), a
    ),
    "notes.add_note": lambda s, a: notes.add_note(s, "c1", "VIP", a, for_next_shift=True),
    "outbox.save_draft": lambda s, a: outbox.save_draft(s, "c1", "typing", a),
    "outbox.discard_draft": lambda s, a: outbox.discard_draft(s, "c2", a),
    "outbox.enqueue": lambda s, a: outbox.enqueue(s, "c1", "text", a),
    "outbox.enqueue_draft": _enqueue_draft,
    "outbox.transition": lambda s, a: outbox.transition(
        s, _first_entry(s, OutboxState.QUEUED), OutboxState.SENDING, a
    ),
    "outbox.start_sending": lambda s, a: outbox.start_sending(
        s, _first_entry(s, OutboxState.QUEUED), a
    ),
    "outbox.mark_sent": lambda s, a: outbox.mark_sent(
        s, _first_entry(s, OutboxState.SENDING), "uuid", a
    ),
    "outbox.mark_failed": lambda s, a: outbox.mark_failed(
        s, _first_entry(s, OutboxState.SENDING), "HTTP 400", a
    ),
    "outbox.mark_needs_sign_in": lambda s, a: outbox.mark_needs_sign_in(
        s, _first_entry(s, OutboxState.SENDING), "HTTP 401", a
    ),
    "outbox.requeue": lambda s, a: outbox.requeue(s, _first_entry(s, OutboxState.NEEDS_SIGN_IN), a),
    "outbox.mark_in_doubt": lambda s, a: outbox.mark_in_doubt(
        s, _first_entry(s, OutboxState.SENDING), "timeout", a
    ),
    "outbox.resend_after_review": lambda s, a: outbox.resend_after_review(
        s, _first_entry(s, OutboxState.IN_DOUBT), a
    ),
    "outbox.recover_interrupted": lambda s, a: outbox.recover_interrupted(s, a),
    "support.create_case": lambda s, a: support.create_case(
        s,
        property_id=PROPERTY,
        theme="reservations",
        subtheme="cancel",
        channel=SupportChannel.CALL,
        transport=SupportTransport.EXTRANET,
        actor=a,
        reservation_number="42",
    ),
    "support.update_case": lambda s, a: support.update_case(
        s, 1, a, status=SupportCaseStatus.ANSWERED
    ),
    "support.log_call": lambda s, a: support.log_call(
        s,
        property_id=PROPERTY,
        theme="payments",
        number_called="+33 1 00 00 00 00",
        outcome="solved",
        notes="refund in 5 days",
        started_at=utcnow() - timedelta(minutes=5),
        actor=a,
        case_id=1,
    ),
    "articles.replace_articles": lambda s, a: articles.replace_articles(s, [], a),
    "articles.add_feedback": lambda s, a: articles.add_feedback(
        s, "a", "en", False, a, reason=FeedbackReason.INACCURATE, comment="old"
    ),
    "articles.add_note": lambda s, a: articles.add_note(s, "a", "en", "second", a),
    "articles.update_note": lambda s, a: articles.update_note(s, 1, "changed", a),
    "articles.delete_note": lambda s, a: articles.delete_note(s, 1, a),
    "staff.add_staff": lambda s, a: staff.add_staff(s, "Carol", StaffRole.MANAGER, a),
    "staff.update_staff": lambda s, a: staff.update_staff(s, 1, a, active=False),
    "staff.set_pin_hash": lambda s, a: staff.set_pin_hash(s, 1, "argon2$...", a),
    "state.set_setting": lambda s, a: state.set_setting(s, "sync.leader", "desk-1", a),
    "audit.append_event": lambda s, a: audit.append_event(s, a, AuditAction.EXPORT, "csv"),
}

#: Bookkeeping, deliberately not audited (see their docstrings).
NOT_AUDITED: dict[str, Mutation] = {
    "articles.record_search_miss": lambda s, a: articles.record_search_miss(
        s, "anulation", "fr", a
    ),
    "state.save_sync_state": lambda s, a: state.save_sync_state(
        s, SyncState(PROPERTY, cursor="p2")
    ),
}


def _public_functions_taking_an_actor(module: ModuleType) -> set[str]:
    names = set()
    for name, function in inspect.getmembers(module, inspect.isfunction):
        public = function.__module__ == module.__name__ and not name.startswith("_")
        if public and "actor" in inspect.signature(function).parameters:
            names.add(f"{module.__name__.rsplit('.', 1)[1]}.{name}")
    return names


def test_every_mutation_is_listed_here() -> None:
    found = set().union(*(_public_functions_taking_an_actor(m) for m in MODULES))
    found -= {"audit.record", "audit.actor_columns"}  # in-transaction helpers
    takes_no_actor = {"state.save_sync_state"}
    assert found == set(MUTATIONS) | (set(NOT_AUDITED) - takes_no_actor)


@pytest.mark.parametrize("name", sorted(MUTATIONS))
def test_mutation_records_one_audit_event(world: Store, name: str) -> None:
    before = audit.list_events(world, limit=10_000)
    actor = Actor("Dana", staff_id=7)
    result = MUTATIONS[name](world, actor)
    assert isinstance(result, (Change, Outcome))
    after = audit.list_events(world, limit=10_000)
    assert len(after) == len(before) + 1
    event = after[0]
    assert event.actor == actor
    assert event.at.tzinfo is not None


@pytest.mark.parametrize("name", sorted(NOT_AUDITED))
def test_bookkeeping_is_not_audited(world: Store, name: str) -> None:
    before = len(audit.list_events(world, limit=10_000))
    NOT_AUDITED[name](world, ALICE)
    assert len(audit.list_events(world, limit=10_000)) == before


def test_list_events_filters(world: Store) -> None:
    bob = Actor("Bob", staff_id=2)
    conversations.mark_read(world, "c1", bob)
    audit.append_event(world, Actor.system("cli"), AuditAction.EXPORT, "history.csv", {"rows": 3})
    [export] = audit.list_events(world, actions=[AuditAction.EXPORT])
    assert (export.actor.name, export.target, dict(export.details)) == (
        "cli",
        "history.csv",
        {"rows": 3},
    )
    assert [e.action for e in audit.list_events(world, staff_id=2)] == [AuditAction.MESSAGE_READ]
    assert [e.target for e in audit.list_events(world, target="c1", actor_name="Bob")] == ["c1"]
    newest = audit.list_events(world, limit=2)
    older = audit.list_events(world, before_id=newest[-1].event_id, limit=1)
    assert older[0].event_id < newest[-1].event_id
    assert audit.list_events(world, since=utcnow() + timedelta(hours=1)) == []
    assert len(audit.list_events(world, until=utcnow() + timedelta(hours=1), limit=3)) == 3
