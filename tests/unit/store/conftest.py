"""Fixtures for the store tests: a real SQLite file in ``tmp_path``, closed after use.

Migrating a new database takes ~60 ms; the ``store`` fixture copies a database migrated
once per session instead (opening it then costs the cheap at-head check only). Tests of
creation and migration use ``paths`` and :func:`open_store` themselves.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.paths import DataPaths
from desktop.store import Store
from tests.helpers.stores import migrate_template, open_copy


@pytest.fixture(scope="session")
def migrated_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return migrate_template(tmp_path_factory.mktemp("template"))


@pytest.fixture
def paths(tmp_path: Path) -> DataPaths:
    return DataPaths(root=tmp_path / "data", logs=tmp_path / "logs")


@pytest.fixture
def store(paths: DataPaths, migrated_database: Path) -> Iterator[Store]:
    opened = open_copy(migrated_database, paths.root)
    try:
        yield opened
    finally:
        opened.close()
