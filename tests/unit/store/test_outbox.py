"""Drafts and the outbox state machine."""

from __future__ import annotations

import pytest

from desktop.domain import OutboxState
from desktop.errors import BadInputError
from desktop.store import Store
from desktop.store.audit import list_events
from desktop.store.outbox import (
    TRANSITIONS,
    IllegalTransitionError,
    discard_draft,
    enqueue,
    enqueue_draft,
    get_draft,
    get_entry,
    list_entries,
    mark_failed,
    mark_needs_sign_in,
    mark_sent,
    recover_interrupted,
    requeue,
    resend_after_review,
    save_draft,
    start_sending,
    transition,
)

from .factories import ALICE, PROPERTY, SYNC, add_conversation

S = OutboxState


@pytest.fixture
def convo(store: Store) -> Store:
    add_conversation(store, "c1", "Can I check in early?")
    return store


def test_draft_lifecycle(convo: Store) -> None:
    assert get_draft(convo, "c1") is None
    assert save_draft(convo, "c1", "Yes, from", ALICE).conversations == {"c1"}
    first = get_draft(convo, "c1")
    save_draft(convo, "c1", "Yes, from noon.", ALICE, ["/tmp/map.png"])
    draft = get_draft(convo, "c1")
    assert first is not None
    assert draft is not None
    assert draft.content == "Yes, from noon."
    assert draft.attachment_paths == ("/tmp/map.png",)
    assert draft.started_at == first.started_at
    assert draft.updated_at >= first.updated_at
    assert not save_draft(convo, "c1", "Yes, from noon.", ALICE, ["/tmp/map.png"])
    assert discard_draft(convo, "c1", ALICE)
    assert get_draft(convo, "c1") is None
    assert not discard_draft(convo, "c1", ALICE)


def test_enqueue_draft_moves_it_to_the_outbox(convo: Store) -> None:
    save_draft(convo, "c1", "Yes, from noon.", ALICE)
    outcome = enqueue_draft(convo, "c1", ALICE)
    entry = outcome.value
    assert outcome.change.outbox
    assert outcome.change.conversations == {"c1"}
    assert (entry.state, entry.content, entry.property_id) == (
        S.QUEUED,
        "Yes, from noon.",
        PROPERTY,
    )
    assert entry.actor == ALICE
    assert get_draft(convo, "c1") is None
    assert list_entries(convo, states=[S.QUEUED]) == [entry]


@pytest.mark.parametrize("content", ["", "   \n"])
def test_empty_messages_are_refused(convo: Store, content: str) -> None:
    with pytest.raises(BadInputError):
        enqueue(convo, "c1", content, ALICE)
    save_draft(convo, "c1", content, ALICE)
    with pytest.raises(BadInputError):
        enqueue_draft(convo, "c1", ALICE)
    assert get_draft(convo, "c1") is not None  # nothing typed is lost
    assert list_entries(convo) == []


def test_happy_path(convo: Store) -> None:
    entry = enqueue(convo, "c1", "Hello", ALICE).value
    sending = start_sending(convo, entry.entry_id, SYNC).value
    assert sending.state is S.SENDING
    assert sending.attempt_started_at is not None
    sent = mark_sent(convo, entry.entry_id, "msg-uuid", SYNC).value
    assert (sent.state, sent.sent_message_id) == (S.SENT, "msg-uuid")


def test_failure_and_sign_in_paths(convo: Store) -> None:
    one = enqueue(convo, "c1", "one", ALICE).value.entry_id
    start_sending(convo, one, SYNC)
    assert mark_failed(convo, one, "HTTP 400", SYNC).value.error == "HTTP 400"

    two = enqueue(convo, "c1", "two", ALICE).value.entry_id
    start_sending(convo, two, SYNC)
    assert mark_needs_sign_in(convo, two, "HTTP 401", SYNC).value.state is S.NEEDS_SIGN_IN
    assert requeue(convo, two, ALICE).value.state is S.QUEUED


def test_interrupted_sends_become_in_doubt_then_reconciled(convo: Store) -> None:
    one = enqueue(convo, "c1", "one", ALICE).value.entry_id
    two = enqueue(convo, "c1", "two", ALICE).value.entry_id
    queued = enqueue(convo, "c1", "three", ALICE).value.entry_id
    start_sending(convo, one, SYNC)
    start_sending(convo, two, SYNC)
    change = recover_interrupted(convo, SYNC)
    assert change.outbox
    assert change.conversations == {"c1"}
    states = {e.entry_id: e.state for e in list_entries(convo)}
    assert states == {one: S.IN_DOUBT, two: S.IN_DOUBT, queued: S.QUEUED}
    assert not recover_interrupted(convo, SYNC)
    assert mark_sent(convo, one, "found-it", SYNC).value.state is S.SENT
    assert mark_failed(convo, two, "not found", SYNC).value.state is S.FAILED


ILLEGAL = [(a, b) for a in S if a is not S.DRAFT for b in S if b not in TRANSITIONS[a]]


def _drive_to(store: Store, state: OutboxState) -> int:
    entry_id = enqueue(store, "c1", "text", ALICE).value.entry_id
    path = {
        S.QUEUED: [],
        S.SENDING: [S.SENDING],
        S.SENT: [S.SENDING, S.SENT],
        S.FAILED: [S.SENDING, S.FAILED],
        S.IN_DOUBT: [S.SENDING, S.IN_DOUBT],
        S.NEEDS_SIGN_IN: [S.SENDING, S.NEEDS_SIGN_IN],
    }[state]
    for step in path:
        transition(store, entry_id, step, SYNC)
    return entry_id


@pytest.mark.parametrize(("current", "target"), ILLEGAL, ids=lambda s: str(s))
def test_illegal_transitions_are_refused_and_change_nothing(
    convo: Store, current: OutboxState, target: OutboxState
) -> None:
    entry_id = _drive_to(convo, current)
    before = get_entry(convo, entry_id)
    events = len(list_events(convo))
    with pytest.raises(IllegalTransitionError) as caught:
        transition(convo, entry_id, target, SYNC, sent_message_id="x", error="y")
    assert (caught.value.current, caught.value.target) == (current, target)
    assert get_entry(convo, entry_id) == before
    assert len(list_events(convo)) == events


def test_illegal_list_covers_the_obvious_cases() -> None:
    assert (S.QUEUED, S.SENT) in ILLEGAL  # never "sent" without an attempt
    assert (S.IN_DOUBT, S.SENDING) in ILLEGAL
    assert (S.SENT, S.QUEUED) in ILLEGAL
    assert (S.FAILED, S.SENDING) in ILLEGAL


def test_only_a_person_may_send_an_in_doubt_message_again(convo: Store) -> None:
    entry_id = _drive_to(convo, S.IN_DOUBT)
    with pytest.raises(IllegalTransitionError):
        transition(convo, entry_id, S.QUEUED, SYNC)  # never re-sent blindly
    assert get_entry(convo, entry_id).state is S.IN_DOUBT  # type: ignore[union-attr]
    assert resend_after_review(convo, entry_id, ALICE).value.state is S.QUEUED


def test_unknown_entry(convo: Store) -> None:
    with pytest.raises(LookupError):
        start_sending(convo, 999, SYNC)
