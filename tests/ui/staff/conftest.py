"""Staff screens on a real store in ``tmp_path``: Ada (admin), Alice (manager), Bob (reception)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.domain import StaffMember, StaffRole
from desktop.staff import StaffDirectory, StaffSession
from desktop.store import Store
from tests.unit.history.world import HistoryWorld, open_test_store


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2025, 6, 1, 8, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened, _paths = open_test_store(tmp_path / "data")
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def staff(store: Store) -> dict[str, StaffMember]:
    world = HistoryWorld(store, None)  # type: ignore[arg-type]
    for name, role in (
        ("Ada", StaffRole.ADMIN),
        ("Alice", StaffRole.MANAGER),
        ("Bob", StaffRole.RECEPTION),
    ):
        world.add_staff(name, role)
    return world.staff


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def session(store: Store, staff: dict[str, StaffMember], clock: Clock) -> StaffSession:
    return StaffSession(store, idle_lock_minutes=10, clock=clock)


@pytest.fixture
def directory(store: Store, session: StaffSession) -> StaffDirectory:
    return StaffDirectory(store, session)
