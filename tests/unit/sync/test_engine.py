"""The sync engine against a scripted client: how far a conversation is read, and what not."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, cast

import pytest

from desktop.booking import BookingClient, ConversationListPage, ConversationPage
from desktop.domain import (
    SYSTEM,
    Actor,
    Conversation,
    Message,
    Participant,
    Property,
    SenderKind,
)
from desktop.history.erasure import erase_guest
from desktop.paths import DataPaths
from desktop.store import Store, open_store
from desktop.store import conversations as conv_store
from desktop.store import messages as msg_store
from desktop.sync.engine import PAGE, SyncEngine

T0 = datetime(2025, 6, 1, 8, 0, tzinfo=UTC)
PROPERTY = 1001001


class Thread:
    """A client that serves one conversation's messages, newest first, and counts them."""

    def __init__(self, messages: list[Message]) -> None:
        self.messages = messages
        self.served = 0

    def iter_messages(self, property_id: int, conversation_id: str) -> Iterator[Message]:
        for message in self.messages:
            self.served += 1
            yield message


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(DataPaths(root=tmp_path / "data", logs=tmp_path / "logs"))
    try:
        yield opened
    finally:
        opened.close()


def message(n: int) -> Message:
    return Message(f"m{n:03}", "c1", SenderKind.GUEST, T0 + timedelta(minutes=n), f"text {n}")


def engine(store: Store, client: Any) -> SyncEngine:
    return SyncEngine(store, cast(BookingClient, client), [Property(PROPERTY, "Hotel")])


@pytest.mark.parametrize(
    ("new", "read"), [(0, PAGE), (10, 2 * PAGE), (PAGE, 2 * PAGE), (PAGE + 1, 3 * PAGE)]
)
def test_a_thread_is_read_down_to_a_whole_page_already_stored(
    store: Store, new: int, read: int
) -> None:
    total = new + 3 * PAGE
    newest_first = [message(n) for n in reversed(range(total))]
    conversation = Conversation("c1", PROPERTY)
    people = {"c1": [Participant("g", SenderKind.GUEST, "Guest")]}
    stored = newest_first[new:]  # everything but the newest ``new`` messages
    msg_store.ingest_page(store, [conversation], people, stored, SYSTEM)
    client = Thread(newest_first)

    fetched = engine(store, client)._fetch_thread(conversation)

    assert client.served == read
    assert fetched == newest_first[:read]


def test_a_short_thread_is_read_whole(store: Store) -> None:
    newest_first = [message(n) for n in reversed(range(PAGE - 1))]
    client = Thread(newest_first)

    assert engine(store, client)._fetch_thread(Conversation("c1", PROPERTY)) == newest_first
    assert client.served == PAGE - 1


class Listing:
    """A client that lists one page of conversations and serves their threads."""

    def __init__(self, threads: dict[str, list[Message]]) -> None:
        self.threads = threads  # newest first
        self.read: list[str] = []

    def iter_conversation_pages(self, property_id: int) -> Iterator[ConversationListPage]:
        items = [
            ConversationPage(Conversation(cid, PROPERTY), (thread[0],), ())
            for cid, thread in self.threads.items()
        ]
        yield ConversationListPage(tuple(items))

    def iter_messages(self, property_id: int, conversation_id: str) -> Iterator[Message]:
        self.read.append(conversation_id)
        yield from self.threads[conversation_id]


def test_an_erased_conversation_is_neither_read_nor_stored_again(
    store: Store, tmp_path: Path
) -> None:
    def thread(cid: str, count: int) -> list[Message]:
        return [
            replace(message(n), message_id=f"{cid}-m{n}", conversation_id=cid)
            for n in reversed(range(count))
        ]

    old = {"c1": thread("c1", 2), "c2": thread("c2", 2)}
    conversations = [Conversation(cid, PROPERTY) for cid in old]
    msg_store.ingest_page(store, conversations, {}, [*old["c1"], *old["c2"]], SYSTEM)
    paths = DataPaths(root=tmp_path / "data", logs=tmp_path / "logs")
    erase_guest(store, paths, ["c1"], Actor(name="Alice", staff_id=1))
    client = Listing({"c1": thread("c1", 3), "c2": thread("c2", 3)})  # one new message each

    summary = engine(store, client).sync_once(full=True)

    assert client.read == ["c2"]
    assert summary.new_messages == 1
    assert conv_store.get_conversation(store, "c1") is None
    assert msg_store.get_thread(store, "c1") == []
    assert [m.message_id for m in msg_store.get_thread(store, "c2")] == ["c2-m0", "c2-m1", "c2-m2"]
