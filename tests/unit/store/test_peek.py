"""The first look (stdlib sqlite3) answers exactly what the store's ORM queries answer."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from desktop.domain import Access, ConversationKind, SenderKind, StaffRole
from desktop.store import Store, peek
from desktop.store import conversations as conv_store
from desktop.store import properties as prop_store
from desktop.store.model import ConversationQuery, Folder
from desktop.store.peek import first_look
from desktop.store.revision import HEAD_REVISION
from desktop.store.staff import add_staff
from tests.helpers.inbox_world import LAC, SYNC, World

pytest_plugins = ["tests.helpers.inbox_fixtures"]

QUERIES = [
    ConversationQuery(folder, property_id, unread_only)
    for folder in Folder
    if folder is not Folder.SUPPORT
    for property_id in (None, LAC)
    for unread_only in (False, True)
]


@pytest.fixture
def filled(world: World) -> World:
    world.bulk(230)
    world.conversation("c-res", "Élodie Marchand", reservation="4000000001")
    world.says("c-res", "Bonjour, arrivée tardive ?", ago=timedelta(minutes=1))
    world.conversation("c-ro", "Read Only", access=Access.READ_ONLY, language=None)
    world.says("c-ro", "Thanks!", sender=SenderKind.PROPERTY, read=True)
    world.conversation("c-sup", "Booking.com", kind=ConversationKind.SUPPORT)
    world.says("c-sup", "Case answered", sender=SenderKind.PROPERTY)
    return world


@pytest.mark.parametrize("query", QUERIES, ids=str)
def test_first_look_matches_the_store(filled: World, query: ConversationQuery) -> None:
    store: Store = filled.store
    look = first_look(store.database, query, page_size=100, rows=40)
    assert look is not None
    expected = conv_store.page_conversation_ids(store, query, limit=100)
    assert look.page == expected
    shown = expected.conversation_ids[:40]
    assert list(look.conversations) == conv_store.get_conversations(store, shown)
    for conversation in look.conversations:
        number = conversation.reservation_number
        reservation = prop_store.get_reservation(store, number) if number else None
        if reservation is not None:
            assert look.stays[number] == (reservation.checkin, reservation.checkout)
    assert list(look.properties) == prop_store.list_properties(store)


def test_a_batch_read_matches_the_store_in_any_order_and_size(
    filled: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    store: Store = filled.store
    page = conv_store.page_conversation_ids(store, ConversationQuery(), limit=300)
    ids = [*page.conversation_ids[::-1][:150], "unknown", "c-res", "c-ro", "c-sup"]
    monkeypatch.setattr(peek, "_IDS_PER_READ", 40)  # several statements per batch
    conversations, stays = peek.read_batch(store, ids)
    assert conversations == conv_store.get_conversations(store, ids)
    numbers = {c.reservation_number for c in conversations if c.reservation_number}
    expected = prop_store.get_reservations(store, numbers)
    assert stays == {n: (r.checkin, r.checkout) for n, r in expected.items()}
    assert "4000000001" in stays
    assert peek.read_batch(store, []) == ([], {})


def test_the_next_page_follows_from_the_first_look_cursor(filled: World) -> None:
    store = filled.store
    query = ConversationQuery(Folder.ALL)
    look = first_look(store.database, query, page_size=50, rows=0)
    assert look is not None
    assert look.page.next is not None
    following = conv_store.page_conversation_ids(store, query, limit=50, after=look.page.next)
    expected = conv_store.page_conversation_ids(store, query, limit=100).conversation_ids
    assert look.page.conversation_ids + following.conversation_ids == expected


def test_no_first_look_without_a_current_database(filled: World, tmp_path: Path) -> None:
    database = filled.store.database
    query = ConversationQuery()
    assert first_look(tmp_path / "missing.sqlite3", query, page_size=10, rows=5) is None
    assert not (tmp_path / "missing.sqlite3").exists()
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0001'")
    assert first_look(database, query, page_size=10, rows=5) is None
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (HEAD_REVISION,))
    assert first_look(database, query, page_size=10, rows=5) is not None
    add_staff(filled.store, "Nadia", StaffRole.RECEPTION, SYNC)
    assert first_look(database, query, page_size=10, rows=5) is None  # opens locked
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"not a database at all" * 100)
    assert first_look(garbage, query, page_size=10, rows=5) is None
