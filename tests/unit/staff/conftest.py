"""A real store in ``tmp_path`` for the staff tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.store import Store
from tests.unit.history.world import open_test_store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened, _paths = open_test_store(tmp_path / "data")
    try:
        yield opened
    finally:
        opened.close()
