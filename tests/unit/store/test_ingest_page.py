"""One sync page in one transaction: rows as the ORM stores them, derived columns, audit."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta, timezone
from typing import Any, cast

import pytest
from sqlalchemy import Table, event, select, text
from sqlalchemy.orm import Session

from desktop.domain import (
    AuditAction,
    ConversationKind,
    MessageType,
    Participant,
    Reservation,
    SenderKind,
)
from desktop.store import Store, audit, bulk, conversations, messages, properties, summary
from desktop.store.tables import ConversationRow, MessageRow, ParticipantRow, ReservationRow

from .factories import PROPERTY, SYNC, T0, conversation, message


def page_of(*cids: str) -> tuple[list[Any], dict[str, list[Participant]]]:
    convs = [
        conversation(cid, guest_name=f"Guest {cid}", reservation=f"9{i}")
        for i, cid in enumerate(cids)
    ]
    people = {
        cid: [
            Participant(f"{cid}-guest", SenderKind.GUEST, f"Guest {cid}"),
            Participant(f"{cid}-property", SenderKind.PROPERTY, "Hotel"),
        ]
        for cid in cids
    }
    return convs, people


def reservations_of(convs: list[Any]) -> list[Reservation]:
    return [Reservation(c.reservation_number, c.property_id, c.guest_name) for c in convs]


def raw_rows(store: Store, sql: str) -> list[tuple[Any, ...]]:
    with store.read() as session:
        return [tuple(row) for row in session.execute(text(sql))]


def test_a_page_stores_everything_in_one_transaction_with_one_event_per_kind(
    store: Store,
) -> None:
    convs, people = page_of("c1", "c2", "c3")
    batch = [
        message("m1", "c1", "Hello", read_by=("c1-property",)),
        message("m2", "c1", "Welcome", minutes=1, sender=SenderKind.PROPERTY),
        message("m3", "c2", "Parking?", minutes=2),
    ]
    before = len(audit.list_events(store, limit=1000))

    outcome = messages.ingest_page(store, convs, people, batch, SYNC, reservations_of(convs))

    assert outcome.value == 3
    assert outcome.change.conversations == {"c1", "c2", "c3"}
    after = audit.list_events(store, limit=1000)
    events = after[: len(after) - before]
    assert sorted(e.target for e in events) == ["conversations", "messages", "reservations"]
    assert all(e.action is AuditAction.SYNC for e in events)
    assert {e.target: dict(e.details) for e in events}["messages"] == {
        "new": 3,
        "conversations": 2,
    }
    assert [m.message_id for m in messages.get_thread(store, "c1")] == ["m1", "m2"]
    assert len(conversations.get_participants(store, "c2")) == 2
    assert properties.get_reservations(store, ["90", "91", "92"]).keys() == {"90", "91", "92"}
    c1, c2, c3 = conversations.get_conversations(store, ["c1", "c2", "c3"])
    assert (c1.last_sender, c1.unread_count, c1.last_message_snippet) == (
        SenderKind.PROPERTY,
        0,
        "Welcome",
    )
    assert (c2.last_sender, c2.unread_count) == (SenderKind.GUEST, 1)
    assert c3.last_message_at is None


def test_the_same_page_again_changes_nothing_and_records_nothing(store: Store) -> None:
    convs, people = page_of("c1", "c2")
    batch = [message("m1", "c1", "Hello"), message("m2", "c2", "Hi", minutes=1)]
    messages.ingest_page(store, convs, people, batch, SYNC, reservations_of(convs))
    events = len(audit.list_events(store, limit=1000))

    again = messages.ingest_page(store, convs, people, batch, SYNC, reservations_of(convs))

    assert again.value == 0
    assert not again.change
    assert len(audit.list_events(store, limit=1000)) == events
    assert raw_rows(store, "SELECT count(*) FROM messages") == [(2,)]


def test_read_marks_and_changed_reservations_are_reported(store: Store) -> None:
    convs, people = page_of("c1", "c2")
    messages.ingest_page(
        store, convs, people, [message("m1", "c1", "Hello")], SYNC, reservations_of(convs)
    )
    read = message("m1", "c1", "Hello", read_by=("c1-property",))
    moved = [replace(reservations_of(convs)[1], language="de")]

    outcome = messages.ingest_page(store, convs, people, [read], SYNC, moved)

    assert outcome.value == 0
    assert outcome.change.conversations == {"c1", "c2"}  # a read mark; a reservation
    assert conversations.get_conversation(store, "c1").unread_count == 0  # type: ignore[union-attr]
    assert messages.get_message(store, "m1").read_by == ("c1-property",)  # type: ignore[union-attr]


def test_a_page_with_a_message_of_an_unknown_conversation_stores_nothing(store: Store) -> None:
    convs, people = page_of("c1")
    batch = [message("m1", "c1", "Hello"), message("m2", "elsewhere", "Hi")]

    with pytest.raises(LookupError):
        messages.ingest_page(store, convs, people, batch, SYNC, reservations_of(convs))

    assert conversations.get_conversation(store, "c1") is None
    assert raw_rows(store, "SELECT count(*) FROM messages") == [(0,)]
    assert properties.get_reservations(store, ["90"]) == {}


def test_bulk_rows_are_stored_exactly_as_the_orm_stores_them(store: Store) -> None:
    convs, people = page_of("c1")
    bulk_message = replace(
        message("bulk", "c1", "Café ☕", minutes=1),
        message_type=MessageType.SELF_SERVICE_EVENT,
        attributes={"self_service_topic": "checkin", "nested": {"a": [1, "é"]}},
        attachment_ids=("a1",),
        read_by=("c1-property", "x"),
        reply_to="orm",
        created_at=T0 + timedelta(minutes=1),  # no microseconds: "...:00.000000" still
    )
    messages.ingest_page(store, convs, people, [], SYNC)
    with store.write() as session:  # the same message, written by the ORM
        session.add(
            MessageRow(
                message_id="orm",
                conversation_id="c1",
                sender=bulk_message.sender,
                sender_id=bulk_message.sender_id,
                sender_name=bulk_message.sender_name,
                message_type=bulk_message.message_type,
                content=bulk_message.content,
                created_at=bulk_message.created_at,
                attributes=dict(bulk_message.attributes),
                attachment_ids=list(bulk_message.attachment_ids),
                read_by=list(bulk_message.read_by),
                reply_to="orm",
                ingested_at=T0,
            )
        )
    messages.ingest_page(store, convs, people, [bulk_message], SYNC)

    columns = "sender, sender_id, message_type, content, created_at, attributes, attachment_ids, "
    columns += "read_by, typeof(created_at), typeof(attributes)"
    by_id = {
        row[0]: row[1:] for row in raw_rows(store, f"SELECT message_id, {columns} FROM messages")
    }
    assert by_id["bulk"] == by_id["orm"]
    assert by_id["bulk"][4] == "2025-06-01 08:01:00.000000"  # SQLAlchemy's spelling
    assert messages.get_message(store, "bulk") == bulk_message


def test_refresh_many_computes_what_refresh_computes(store: Store) -> None:
    convs, people = page_of("known", "unknown", "empty", "quiet", "case")
    convs[1] = replace(convs[1], property_participant_id=None)  # reads marked "property"
    convs[3] = replace(convs[3], no_reply_needed=True)
    convs[4] = replace(convs[4], kind=ConversationKind.SUPPORT)
    batch = [
        message("k1", "known", "one\n\n  two", read_by=("known-property",)),
        message("k2", "known", "x" * 400, minutes=2),
        message("k3", "known", "answer", minutes=3, sender=SenderKind.PROPERTY),
        message("u1", "unknown", "a", read_by=(summary.PROPERTY_READER,)),
        message("u2", "unknown", "b", minutes=1, read_by=("someone-else",)),
        message("q1", "quiet", "thanks", minutes=5),
        message("s1", "case", "hello", minutes=6),
    ]
    messages.ingest_page(store, convs, people, batch, SYNC)
    with store.read() as session:
        stored = {
            row.conversation_id: _derived(row)
            for row in session.scalars(select(ConversationRow)).all()
        }
    with store.read() as session, session.no_autoflush:  # the ORM refresh, never written
        rows = session.scalars(select(ConversationRow)).all()
        for row in rows:
            summary.refresh(session, row)
        expected = {row.conversation_id: _derived(row) for row in rows}

    assert stored == expected
    assert stored["known"][2:4] == (SenderKind.PROPERTY, 1)
    assert stored["unknown"][3] == 1
    assert stored["case"][0].value == "support"


def _derived(row: ConversationRow) -> tuple[Any, ...]:
    return (
        row.folder,
        row.activity_at,
        row.last_sender,
        row.unread_count,
        row.last_message_at,
        row.last_message_snippet,
        row.last_guest_message_at,
    )


def test_bulk_statements_split_long_batches_under_the_parameter_limit(store: Store) -> None:
    count = bulk.MAX_PARAMETERS  # ~80 statements' worth of 13-column message rows
    convs, people = page_of("c1", "c2")
    batch = [message(f"m{i:04}", f"c{i % 2 + 1}", f"text {i}", minutes=i) for i in range(count)]

    outcome = messages.ingest_page(store, convs, people, batch, SYNC)

    assert outcome.value == count
    assert raw_rows(store, "SELECT count(*), count(DISTINCT message_id) FROM messages") == [
        (count, count)
    ]
    odd = [i for i in range(count) if i % 2 == 1]
    assert [m.message_id for m in messages.get_thread(store, "c2")] == [f"m{i:04}" for i in odd]
    latest = conversations.get_conversation(store, "c2")
    assert latest is not None
    assert latest.last_message_snippet == f"text {odd[-1]}"


def test_known_conversation_ids(store: Store) -> None:
    convs, people = page_of("c1", "c2")
    messages.ingest_page(store, convs, people, [], SYNC)
    assert conversations.known_conversation_ids(store, ["c2", "nope", "c1"]) == {"c1", "c2"}
    assert PROPERTY in {p.property_id for p in properties.list_properties(store)}


def test_a_naive_time_is_refused_as_the_orm_refuses_it(store: Store) -> None:
    convs, people = page_of("c1")
    naive = replace(message("m1", "c1", "Hello"), created_at=T0.replace(tzinfo=None))

    with pytest.raises(ValueError, match="naive datetime"):
        messages.ingest_page(store, convs, people, [naive], SYNC)

    assert conversations.get_conversation(store, "c1") is None


def statements_of(session: Session) -> list[str]:
    """The SQL the session's connection runs from now on (first words of each)."""
    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(" ".join(statement.split()[:4]))

    event.listen(session.connection(), "before_cursor_execute", record)
    return seen


def test_a_property_is_looked_up_once_per_transaction(store: Store) -> None:
    with store.write() as session:
        seen = statements_of(session)
        properties.ensure_properties(session, [77, 78])
        properties.ensure_properties(session, [78, 77])
        properties.ensure_property(session, 77)
    assert [s.split()[0] for s in seen if "properties" in s] == ["SELECT", "INSERT"]
    with store.write() as session:  # another transaction: looked up again
        session.execute(text("DELETE FROM properties WHERE property_id = 77"))
    with store.write() as session:
        properties.ensure_property(session, 77)
    assert {p.property_id for p in properties.list_properties(store)} >= {77, 78}


def test_a_page_of_new_conversations_reads_no_participants(store: Store) -> None:
    convs, people = page_of("c1", "c2")
    with store.write() as session:
        seen = statements_of(session)
        changed = conversations.save_conversations(session, convs, people)
    assert changed == {"c1", "c2"}
    assert not [s for s in seen if s.startswith("SELECT") and "participants" in s]
    assert len(conversations.get_participants(store, "c2")) == 2


def test_participants_of_stored_conversations_are_updated_and_added(store: Store) -> None:
    convs, people = page_of("c1", "c2")
    messages.ingest_page(store, convs, people, [], SYNC)
    people["c1"] = [
        Participant("c1-guest", SenderKind.GUEST, "Guest renamed"),
        Participant("c1-property", SenderKind.PROPERTY, "Hotel"),
        Participant("c1-other", SenderKind.PROPERTY, "Night desk"),
    ]
    convs3, people3 = page_of("c3")

    outcome = messages.ingest_page(store, [*convs, *convs3], {**people, **people3}, [], SYNC)

    assert outcome.change.conversations == {"c1", "c3"}
    assert sorted(
        (p.participant_id, p.name) for p in conversations.get_participants(store, "c1")
    ) == [("c1-guest", "Guest renamed"), ("c1-other", "Night desk"), ("c1-property", "Hotel")]
    assert len(conversations.get_participants(store, "c3")) == 2


def test_enums_by_their_spelling_and_times_in_any_zone_are_stored_alike(store: Store) -> None:
    convs, people = page_of("c1")
    messages.ingest_page(store, convs, people, [], SYNC)
    participants = cast(Table, ParticipantRow.__table__)
    reservations = cast(Table, ReservationRow.__table__)
    paris = timezone(timedelta(hours=2))
    with store.write() as session:
        rows = [("c1", "p1", SenderKind.GUEST, "A"), ("c1", "p2", "guest", "B")]
        bulk.insert_rows(
            session, participants, ("conversation_id", "participant_id", "kind", "name"), rows
        )
        rows = [("r1", PROPERTY, "", T0), ("r2", PROPERTY, "", T0.astimezone(paris))]
        columns = ("number", "property_id", "guest_name", "cancelled_at")
        bulk.insert_rows(session, reservations, columns, rows)

    assert raw_rows(store, "SELECT kind FROM participants WHERE participant_id LIKE 'p_'") == [
        ("guest",),
        ("guest",),
    ]
    assert raw_rows(store, "SELECT cancelled_at FROM reservations WHERE number LIKE 'r_'") == [
        ("2025-06-01 08:00:00.000000",),
        ("2025-06-01 08:00:00.000000",),
    ]
