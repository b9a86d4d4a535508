"""Fixtures for the help-library tests: a real store on a tmp SQLite file.

Indexing the 120 shipped articles takes ~0.25 s, so the ``library`` fixture copies a
database indexed once per session; ``center`` is a :class:`HelpCenter` on that copy.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from desktop.domain import Actor
from desktop.helpcenter import HelpCenter
from desktop.paths import DataPaths
from desktop.store import Store, open_store
from tests.helpers.stores import open_copy

TODAY = date(2026, 11, 20)
STAFF = Actor(name="Camille", staff_id=3)


@pytest.fixture(scope="session")
def indexed_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("indexed")
    template = DataPaths(root=root, logs=root / "logs")
    with open_store(template) as store:
        HelpCenter(store, template).sync()
    return template.database


@pytest.fixture
def paths(tmp_path: Path) -> DataPaths:
    return DataPaths(root=tmp_path / "data", logs=tmp_path / "logs")


@pytest.fixture
def store(paths: DataPaths, indexed_database: Path) -> Iterator[Store]:
    opened = open_copy(indexed_database, paths.root)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def center(store: Store, paths: DataPaths) -> HelpCenter:
    return HelpCenter(store, paths, actor=STAFF, today=lambda: TODAY)
