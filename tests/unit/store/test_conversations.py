"""Conversations and messages: idempotent ingest, threads, folders, paging, read state."""

from __future__ import annotations

import pytest
from sqlalchemy import event, text

from desktop.domain import Attachment, ConversationKind, Participant, SenderKind
from desktop.store import Store
from desktop.store.conversations import (
    find_by_reservation,
    folder_counts,
    get_conversation,
    get_conversations,
    get_participants,
    mark_read,
    mark_unread,
    page_conversation_ids,
    set_no_reply_needed,
    upsert_conversation,
)
from desktop.store.messages import (
    get_attachments,
    get_message,
    get_thread,
    ingest_messages,
    save_attachment,
)
from desktop.store.model import ConversationQuery, Folder, FolderCounts, PageCursor

from .factories import ALICE, PROPERTY, SYNC, T0, add_conversation, conversation, message


def count(store: Store, table: str) -> int:
    with store.read() as session:
        return int(session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


def test_ingest_is_idempotent_by_message_id(store: Store) -> None:
    upsert_conversation(store, conversation("c1"), SYNC)
    hello = message("m1", "c1", "Hello")
    first = ingest_messages(store, [hello, hello], SYNC)
    audits = count(store, "audit_events")
    again = ingest_messages(store, [hello], SYNC)
    assert (first.value, again.value) == (1, 0)
    assert first.change.conversations == {"c1"}
    assert not again.change
    assert count(store, "messages") == 1
    assert count(store, "audit_events") == audits  # nothing changed, nothing audited


def test_ingest_merges_read_marks_of_known_messages(store: Store) -> None:
    upsert_conversation(store, conversation("c1"), SYNC)
    ingest_messages(store, [message("m1", "c1", "Hello")], SYNC)
    assert get_conversation(store, "c1").unread_count == 1  # type: ignore[union-attr]
    read = message("m1", "c1", "Hello", read_by=("c1-property",))
    outcome = ingest_messages(store, [read], SYNC)
    assert outcome.value == 0
    assert outcome.change.conversations == {"c1"}
    assert get_message(store, "m1").read_by == ("c1-property",)  # type: ignore[union-attr]
    assert get_conversation(store, "c1").unread_count == 0  # type: ignore[union-attr]


def test_ingest_into_unknown_conversation_is_refused(store: Store) -> None:
    with pytest.raises(LookupError):
        ingest_messages(store, [message("m1", "nope", "Hello")], SYNC)
    assert count(store, "messages") == 0


def test_thread_is_oldest_first_whatever_the_arrival_order(store: Store) -> None:
    upsert_conversation(store, conversation("c1"), SYNC)
    ingest_messages(store, [message("m3", "c1", "three", minutes=3)], SYNC)
    ingest_messages(
        store, [message("m2", "c1", "two", minutes=2), message("m1", "c1", "one")], SYNC
    )
    thread = get_thread(store, "c1")
    assert [m.content for m in thread] == ["one", "two", "three"]
    assert thread[0].created_at == T0
    assert thread[0].created_at.tzinfo is not None


def test_summary_columns_follow_the_messages(store: Store) -> None:
    add_conversation(store, "c1", "  Is   parking\nfree? ", guest_name="Zoé", reservation="42")
    conv = get_conversation(store, "c1")
    assert conv is not None
    assert conv.last_message_snippet == "Is parking free?"
    assert conv.last_sender is SenderKind.GUEST
    assert conv.needs_reply
    assert conv.last_message_at == T0
    assert conv.unread_count == 1
    reply = message("r1", "c1", "Yes", minutes=5, sender=SenderKind.PROPERTY)
    ingest_messages(store, [reply], SYNC)
    conv = get_conversation(store, "c1")
    assert conv is not None
    assert not conv.needs_reply
    assert conv.last_message_snippet == "Yes"
    assert [c.conversation_id for c in find_by_reservation(store, "42")] == ["c1"]


def test_participants_and_attachments(store: Store) -> None:
    add_conversation(store, "c1", "photo", guest_name="Zoé")
    assert get_participants(store, "c1") == [
        Participant("c1-guest", SenderKind.GUEST, "Zoé"),
        Participant("c1-property", SenderKind.PROPERTY, "Hotel"),
    ]
    photo = Attachment("a1", "room.jpg", "image/jpeg", 1234, local_path="/tmp/room.jpg")
    assert save_attachment(store, "c1", photo, SYNC).conversations == {"c1"}
    assert not save_attachment(store, "c1", photo, SYNC)
    assert get_attachments(store, ["zz", "a1"]) == [photo]


def test_folders_and_counts(store: Store) -> None:
    add_conversation(store, "guest-wrote", "Hello?")
    add_conversation(store, "we-wrote")
    ingest_messages(store, [message("w1", "we-wrote", "Hi", sender=SenderKind.PROPERTY)], SYNC)
    add_conversation(store, "tagged", "Thanks!")
    set_no_reply_needed(store, "tagged", True, ALICE)
    add_conversation(store, "elsewhere", "Hola", property_id=99)
    support = conversation("case-1", kind=ConversationKind.SUPPORT)
    upsert_conversation(store, support, SYNC)

    assert folder_counts(store) == FolderCounts(
        needs_reply=2, waiting_for_guest=1, no_reply_needed=1, support=1, unread=3
    )
    assert folder_counts(store).all == 4
    assert folder_counts(store, PROPERTY).needs_reply == 1

    def ids(query: ConversationQuery) -> set[str]:
        return set(page_conversation_ids(store, query).conversation_ids)

    assert ids(ConversationQuery(Folder.NEEDS_REPLY)) == {"guest-wrote", "elsewhere"}
    assert ids(ConversationQuery(Folder.NEEDS_REPLY, property_id=PROPERTY)) == {"guest-wrote"}
    assert ids(ConversationQuery(Folder.WAITING_FOR_GUEST)) == {"we-wrote"}
    assert ids(ConversationQuery(Folder.NO_REPLY_NEEDED)) == {"tagged"}
    assert ids(ConversationQuery(Folder.SUPPORT)) == {"case-1"}
    assert ids(ConversationQuery(Folder.ALL)) == {"guest-wrote", "we-wrote", "tagged", "elsewhere"}
    assert ids(ConversationQuery(unread_only=True)) == {"guest-wrote", "tagged", "elsewhere"}


def test_keyset_paging_walks_the_whole_list_in_order(store: Store) -> None:
    for i in range(25):
        add_conversation(store, f"c{i:02}", f"message {i}", start=i % 7)  # ties on time
    pages, after = [], None
    while True:
        page = page_conversation_ids(store, limit=10, after=after)
        pages.append(page.conversation_ids)
        if page.next is None:
            break
        after = page.next
    assert [len(p) for p in pages] == [10, 10, 5]
    listed = [cid for page in pages for cid in page]
    conversations = get_conversations(store, listed)
    assert [c.conversation_id for c in conversations] == listed
    times = [c.last_message_at for c in conversations]
    assert times == sorted(times, reverse=True)  # type: ignore[type-var]

    oldest = page_conversation_ids(store, limit=100, oldest_first=True).conversation_ids
    assert list(oldest) == listed[::-1]


def test_mark_read_and_unread(store: Store) -> None:
    add_conversation(store, "c1", "one", "two")
    assert get_conversation(store, "c1").unread_count == 2  # type: ignore[union-attr]
    assert mark_read(store, "c1", ALICE).conversations == {"c1"}
    assert get_conversation(store, "c1").unread_count == 0  # type: ignore[union-attr]
    assert [m.read_by for m in get_thread(store, "c1")] == [("c1-property",)] * 2
    assert not mark_read(store, "c1", ALICE)  # already read: no change
    assert mark_unread(store, "c1", ALICE).conversations == {"c1"}
    assert get_conversation(store, "c1").unread_count == 1  # type: ignore[union-attr]
    assert folder_counts(store).unread == 1


def test_no_reply_needed_moves_between_folders(store: Store) -> None:
    add_conversation(store, "c1", "Thanks!")
    assert set_no_reply_needed(store, "c1", True, ALICE).conversations == {"c1"}
    assert not set_no_reply_needed(store, "c1", True, ALICE)
    assert get_conversation(store, "c1").no_reply_needed  # type: ignore[union-attr]
    assert folder_counts(store).no_reply_needed == 1
    set_no_reply_needed(store, "c1", False, ALICE)
    assert folder_counts(store).needs_reply == 1


def test_upsert_without_change_is_a_no_op(store: Store) -> None:
    add_conversation(store, "c1", "hi", guest_name="Zoé")
    audits = count(store, "audit_events")
    assert not upsert_conversation(store, conversation("c1", guest_name="Zoé"), SYNC)
    assert count(store, "audit_events") == audits


@pytest.mark.parametrize("oldest_first", [False, True])
@pytest.mark.parametrize(
    "query",
    [
        ConversationQuery(),
        ConversationQuery(Folder.NEEDS_REPLY),
        ConversationQuery(Folder.SUPPORT, property_id=PROPERTY),
        ConversationQuery(property_id=PROPERTY, unread_only=True),
    ],
)
def test_list_pages_are_one_index_range_scan(
    store: Store, query: ConversationQuery, oldest_first: bool
) -> None:
    statements: list[tuple[str, object]] = []

    def capture(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        statements.append((statement, parameters))

    reader = store._reader
    event.listen(reader, "before_cursor_execute", capture)
    try:
        after = PageCursor(T0, 10)
        page_conversation_ids(store, query, after=after, oldest_first=oldest_first)
    finally:
        event.remove(reader, "before_cursor_execute", capture)
    statement, parameters = statements[-1]
    with store.read() as session:
        plan = session.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
        details = [row[3] for row in plan]
    assert len(details) == 1, details
    assert "USING INDEX ix_conversations_" in details[0]
