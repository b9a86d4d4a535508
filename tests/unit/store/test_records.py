"""Support cases, calls, notes, articles' feedback and notes, staff, settings, sync state."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from desktop.domain import (
    Article,
    FeedbackReason,
    Property,
    Reservation,
    StaffRole,
    SupportCaseStatus,
    SupportChannel,
    SupportTransport,
    utcnow,
)
from desktop.errors import BadInputError
from desktop.store import Store, articles, notes, properties, staff, state, support
from desktop.store.model import SyncState

from .factories import ALICE, PROPERTY, SYNC, T0, add_conversation


def test_read_sessions_cannot_write(store: Store) -> None:
    with pytest.raises(OperationalError, match="readonly"), store.read() as session:
        session.execute(text("DELETE FROM settings"))


def test_properties_and_reservations(store: Store) -> None:
    change = properties.upsert_properties(
        store, [Property(PROPERTY, "Hôtel du Lac", "Europe/Paris")], SYNC
    )
    assert change.settings
    assert properties.get_property(store, PROPERTY) == Property(
        PROPERTY, "Hôtel du Lac", "Europe/Paris"
    )
    add_conversation(store, "c1", "hi", reservation="42")
    booked = Reservation("42", PROPERTY, "Zoé", checkin=date(2025, 6, 1), cancelled_at=T0)
    assert properties.upsert_reservations(store, [booked], SYNC).conversations == {"c1"}
    assert not properties.upsert_reservations(store, [booked], SYNC)
    assert properties.get_reservation(store, "42") == booked
    assert [p.property_id for p in properties.list_properties(store)] == [PROPERTY]


def test_support_cases_and_calls(store: Store) -> None:
    case = support.create_case(
        store,
        property_id=PROPERTY,
        theme="payments",
        subtheme="refund",
        channel=SupportChannel.MESSAGE,
        transport=SupportTransport.EXTRANET,
        actor=ALICE,
        reservation_number="42",
        subject="Refund",
        description="Guest paid twice",
    ).value
    assert case.status is SupportCaseStatus.OPEN
    assert case.actor == ALICE
    assert case.expected_reply_by == case.created_at + timedelta(hours=24)
    assert support.update_case(store, case.case_id, ALICE, status=SupportCaseStatus.ANSWERED)
    assert not support.update_case(store, case.case_id, ALICE, status=SupportCaseStatus.ANSWERED)
    assert support.get_case(store, case.case_id).status is SupportCaseStatus.ANSWERED  # type: ignore[union-attr]
    assert support.list_cases(store, status=SupportCaseStatus.OPEN) == []
    call = support.log_call(
        store,
        property_id=PROPERTY,
        theme="payments",
        number_called="+33 1 57 32 00 00",
        outcome="solved",
        notes="Refund in 5 days",
        started_at=T0,
        actor=ALICE,
        case_id=case.case_id,
    ).value
    assert support.list_calls(store, case_id=case.case_id) == [call]
    with pytest.raises(LookupError):
        support.update_case(store, 999, ALICE, status=SupportCaseStatus.CLOSED)


def test_internal_notes_and_handover(store: Store) -> None:
    add_conversation(store, "c1", "hi")
    add_conversation(store, "c2", "hola", property_id=99)
    notes.add_note(store, "c1", "Late check-in agreed", ALICE)
    flagged = notes.add_note(store, "c1", "Call back at 9", ALICE, for_next_shift=True).value
    other = notes.add_note(store, "c2", "VIP", ALICE, for_next_shift=True).value
    assert [n.content for n in notes.list_notes(store, "c1")] == [
        "Late check-in agreed",
        "Call back at 9",
    ]
    since = utcnow() - timedelta(hours=1)
    assert notes.handover_notes(store, since=since) == [other, flagged]
    assert notes.handover_notes(store, since=since, property_id=PROPERTY) == [flagged]
    with pytest.raises(BadInputError):
        notes.add_note(store, "c1", "  ", ALICE)


def test_article_feedback_notes_and_misses_survive_library_updates(store: Store) -> None:
    v1 = Article("a-en", "a", "en", "Title", "rates", "Body", date(2025, 1, 1), keywords=("x y",))
    articles.replace_articles(store, [v1], SYNC)
    assert articles.get_article(store, "a-en") == v1
    assert articles.get_translation(store, "a", "en") == v1
    articles.add_feedback(store, "a", "en", False, ALICE, reason=FeedbackReason.INACCURATE)
    note = articles.add_note(store, "a", "en", "Ask the manager first", ALICE).value
    articles.record_search_miss(store, "anulation", "fr", ALICE)

    articles.replace_articles(store, [], SYNC)  # the library drops the article...
    assert articles.list_articles(store) == []
    articles.replace_articles(store, [v1], SYNC)  # ... and brings it back

    [feedback] = articles.list_feedback(store, translation_id="a")
    assert (feedback.helpful, feedback.reason, feedback.actor) == (
        False,
        FeedbackReason.INACCURATE,
        ALICE,
    )
    assert articles.list_notes(store, "a", "en") == [note]
    assert articles.update_note(store, note.note_id, "Ask Bob", ALICE)
    assert [n.content for n in articles.list_notes(store, "a", "en")] == ["Ask Bob"]
    articles.delete_note(store, note.note_id, ALICE)
    assert articles.list_notes(store, "a", "en") == []
    [miss] = articles.list_search_misses(store)
    assert (miss.query, miss.language) == ("anulation", "fr")
    assert not articles.replace_articles(store, [v1], SYNC)  # unchanged: nothing to do


def test_staff(store: Store) -> None:
    bob = staff.add_staff(store, " Bob ", StaffRole.RECEPTION, ALICE, pin_hash="h1").value
    assert (bob.name, bob.role, bob.active) == ("Bob", StaffRole.RECEPTION, True)
    assert bob.actor.staff_id == bob.staff_id
    with pytest.raises(BadInputError):
        staff.add_staff(store, "Bob", StaffRole.MANAGER, ALICE)
    with pytest.raises(BadInputError):
        staff.add_staff(store, "  ", StaffRole.MANAGER, ALICE)
    assert staff.get_pin_hash(store, bob.staff_id) == "h1"
    staff.set_pin_hash(store, bob.staff_id, "h2", ALICE)
    assert staff.get_pin_hash(store, bob.staff_id) == "h2"
    assert staff.update_staff(store, bob.staff_id, ALICE, role=StaffRole.MANAGER, active=False)
    assert not staff.update_staff(store, bob.staff_id, ALICE, active=False)
    assert staff.list_staff(store) == []
    [inactive] = staff.list_staff(store, active_only=False)
    assert (inactive.role, inactive.active) == (StaffRole.MANAGER, False)


def test_settings_and_sync_state(store: Store) -> None:
    assert state.get_setting(store, "sync.leader") is None
    assert state.set_setting(store, "sync.leader", "desk-1", ALICE)
    assert not state.set_setting(store, "sync.leader", "desk-1", ALICE)
    assert state.all_settings(store) == {"sync.leader": "desk-1"}
    state.set_setting(store, "sync.leader", None, ALICE)
    assert state.all_settings(store) == {}

    assert state.get_sync_state(store, PROPERTY) == SyncState(PROPERTY)
    saved = SyncState(PROPERTY, cursor="c", page_id="p", last_full_sync_at=T0, last_poll_at=T0)
    state.save_sync_state(store, saved)
    assert state.get_sync_state(store, PROPERTY) == saved
    state.save_sync_state(store, SyncState(PROPERTY, page_id="p2"))
    assert state.get_sync_state(store, PROPERTY).page_id == "p2"
