"""Reservations read in bulk (the inbox list's batches)."""

from __future__ import annotations

from datetime import date

from desktop.domain import Reservation
from desktop.store import Store, properties

from .factories import PROPERTY, SYNC, T0


def test_get_reservations_returns_the_known_ones_by_number(store: Store) -> None:
    booked = [
        Reservation("100", PROPERTY, "Zoé", checkin=date(2025, 6, 1), cancelled_at=T0),
        Reservation("200", PROPERTY, "Ana", language="es"),
        Reservation("300", PROPERTY + 1, "Jan", checkout=date(2025, 6, 9)),
    ]
    properties.upsert_reservations(store, booked, SYNC)

    found = properties.get_reservations(store, ["300", "100", "999", "100"])

    assert found == {"100": booked[0], "300": booked[2]}
    assert properties.get_reservations(store, []) == {}


def test_get_reservations_splits_long_lists_under_the_variable_limit(store: Store) -> None:
    numbers = [str(n) for n in range(260_000)]  # over common builds' 250,000 parameters
    kept = [Reservation(n, PROPERTY, f"Guest {n}") for n in ("7", "20000", "259999")]
    properties.upsert_reservations(store, kept, SYNC)

    found = properties.get_reservations(store, numbers)

    assert found == {r.number: r for r in kept}
