"""Fixtures for the viewer tests: a real store on a tmp SQLite file, a synchronous runner.

The shipped library is indexed once per session into a template database that each
test copies. ``opened_urls`` records what the viewer would open in the system browser.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from desktop.domain import Actor
from desktop.errors import KnownError
from desktop.helpcenter import HelpCenter
from desktop.paths import DataPaths
from desktop.store import Store, open_store
from ui.help import ArticleViewer
from ui.tasks import SyncTaskRunner

STAFF = Actor(name="Camille", staff_id=3)


class DeferredRunner:
    """Holds database tasks until the test delivers them, in any order."""

    def __init__(self) -> None:
        self.pending: list[tuple[Callable[[], Any], Callable[[Any], None] | None]] = []

    def run_db(self, fn: Callable[[], Any], on_done: Any = None, on_error: Any = None) -> None:
        self.pending.append((fn, on_done))

    run_net = run_db

    def deliver(self, index: int) -> None:
        fn, on_done = self.pending.pop(index)
        result = fn()
        if on_done is not None:
            on_done(result)

    def deliver_all(self) -> None:
        while self.pending:
            self.deliver(0)

    def shutdown(self) -> None:
        pass


@pytest.fixture(scope="session")
def indexed_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("indexed-ui")
    template = DataPaths(root=root, logs=root / "logs")
    with open_store(template) as store:
        HelpCenter(store, template).sync()
    return template.database


@pytest.fixture
def store(tmp_path: Path, indexed_database: Path) -> Iterator[Store]:
    paths = DataPaths(root=tmp_path / "data", logs=tmp_path / "logs")
    paths.root.mkdir(parents=True)
    shutil.copyfile(indexed_database, paths.database)
    opened = open_store(paths)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def center(store: Store, tmp_path: Path) -> HelpCenter:
    paths = DataPaths(root=tmp_path / "data", logs=tmp_path / "logs")
    return HelpCenter(store, paths, actor=STAFF, today=lambda: date(2026, 11, 20))


@pytest.fixture
def opened_urls() -> list[QUrl]:
    return []


@pytest.fixture
def known_errors() -> list[KnownError]:
    return []


@pytest.fixture
def viewer(
    qtbot: QtBot, center: HelpCenter, opened_urls: list[QUrl], known_errors: list[KnownError]
) -> ArticleViewer:
    runner = SyncTaskRunner(on_known_error=known_errors.append)
    widget = ArticleViewer(center, runner, language="en", open_url=opened_urls.append)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitActive(widget)
    return widget
