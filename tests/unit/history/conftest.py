"""A real store in ``tmp_path`` (opened as the application opens it), and the fixed world."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.paths import DataPaths
from desktop.store import Store
from tests.unit.history.world import HistoryWorld, open_test_store


@pytest.fixture
def opened(tmp_path: Path) -> Iterator[tuple[Store, DataPaths]]:
    store, paths = open_test_store(tmp_path / "data")
    try:
        yield store, paths
    finally:
        store.close()


@pytest.fixture
def store(opened: tuple[Store, DataPaths]) -> Store:
    return opened[0]


@pytest.fixture
def paths(opened: tuple[Store, DataPaths]) -> DataPaths:
    return opened[1]


@pytest.fixture
def world(store: Store, paths: DataPaths) -> HistoryWorld:
    return HistoryWorld(store, paths).build()
