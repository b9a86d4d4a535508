"""The list's row batches: one statement per batch, not a read per row."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest

from desktop.domain import Reservation
from desktop.services.inbox import InboxService
from desktop.store import Store
from desktop.store import properties as prop_store
from tests.helpers.inbox_world import LAC, MER, World


def test_a_batch_reads_conversations_and_reservations_in_one_statement(
    world: World, service: InboxService, monkeypatch: pytest.MonkeyPatch
) -> None:
    for i in range(5):
        world.conversation(
            f"c{i}",
            f"Guest {i}",
            reservation=f"400000000{i}",
            property_id=MER if i == 4 else LAC,
            checkin=date(2026, 6, 1 + i),
            checkout=date(2026, 6, 3 + i),
        )
        world.says(f"c{i}", f"hello {i}", ago=timedelta(minutes=10 + i))
    world.conversation("plain", "No booking")
    world.says("plain", "hi")
    statements: list[str] = []

    def count(connection: sqlite3.Connection) -> None:
        connection.set_trace_callback(statements.append)

    def one_by_one(store: Store, number: str) -> Reservation | None:
        raise AssertionError("a row batch must not read its reservations one by one")

    monkeypatch.setattr(prop_store, "get_reservation", one_by_one)
    with world.store.read() as session:  # the worker's pooled read connection
        connection = session.connection().connection.driver_connection
        assert isinstance(connection, sqlite3.Connection)
        count(connection)
    try:
        rows = service.rows(["c0", "c1", "plain", "c2", "c3", "c4", "unknown"])
    finally:
        connection.set_trace_callback(None)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) == 1, selects
    assert "reservations" in selects[0]
    assert [r.conversation_id for r in rows] == ["c0", "c1", "plain", "c2", "c3", "c4"]
    by_id = {r.conversation_id: r for r in rows}
    assert (by_id["c3"].checkin, by_id["c3"].checkout) == (date(2026, 6, 4), date(2026, 6, 6))
    assert (by_id["plain"].checkin, by_id["plain"].checkout) == (None, None)
    assert (by_id["c0"].timezone, by_id["c4"].timezone) == ("Europe/Paris", "Europe/London")
