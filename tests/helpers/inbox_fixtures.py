"""Fixtures shared by the inbox service and window tests: a real store, its world, the
recording sync port and the service (load with ``pytest_plugins``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.services.inbox import InboxService
from desktop.store import Store
from tests.helpers.fake_sync import RecordingSync
from tests.helpers.inbox_world import ALICE, World, profile
from tests.helpers.stores import migrate_template, open_copy


@pytest.fixture(scope="session")
def migrated_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return migrate_template(tmp_path_factory.mktemp("template"))


@pytest.fixture
def store(tmp_path: Path, migrated_database: Path) -> Iterator[Store]:
    opened = open_copy(migrated_database, tmp_path / "data")
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def world(store: Store) -> World:
    return World(store)


@pytest.fixture
def sync() -> RecordingSync:
    return RecordingSync()


@pytest.fixture
def service(store: Store, sync: RecordingSync) -> InboxService:
    return InboxService(store, profile(), lambda: ALICE, sync)
