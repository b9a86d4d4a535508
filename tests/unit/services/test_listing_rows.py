"""The list's row batches: one read of the reservations per batch, not one per row."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, timedelta

import pytest

from desktop.domain import Reservation
from desktop.services.inbox import InboxService
from desktop.store import Store
from desktop.store import properties as prop_store
from tests.helpers.inbox_world import LAC, MER, World


def test_a_batch_reads_its_reservations_in_one_call(
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
    asked: list[set[str]] = []
    real = prop_store.get_reservations

    def counting(store: Store, numbers: Collection[str]) -> dict[str, Reservation]:
        asked.append(set(numbers))
        return real(store, numbers)

    def one_by_one(store: Store, number: str) -> Reservation | None:
        raise AssertionError("a row batch must not read its reservations one by one")

    monkeypatch.setattr(prop_store, "get_reservations", counting)
    monkeypatch.setattr(prop_store, "get_reservation", one_by_one)
    rows = service.rows(["c0", "c1", "plain", "c2", "c3", "c4", "unknown"])
    assert asked == [{f"400000000{i}" for i in range(5)}]
    assert [r.conversation_id for r in rows] == ["c0", "c1", "plain", "c2", "c3", "c4"]
    by_id = {r.conversation_id: r for r in rows}
    assert (by_id["c3"].checkin, by_id["c3"].checkout) == (date(2026, 6, 4), date(2026, 6, 6))
    assert (by_id["plain"].checkin, by_id["plain"].checkout) == (None, None)
    assert (by_id["c0"].timezone, by_id["c4"].timezone) == ("Europe/Paris", "Europe/London")
