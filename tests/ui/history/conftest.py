"""The history window on a real store in ``tmp_path`` with a synchronous task runner.

The store holds the fixed world of ``tests/unit/history/world.py``; ``make_window``
opens a :class:`HistoryWindow` for one of its staff, whose questions (files to save,
confirmations, errors) are answered by a :class:`FakePrompts`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.errors import KnownError
from desktop.history import HistoryService
from desktop.paths import DataPaths
from desktop.staff import FixedStaff
from desktop.store import Store
from tests.unit.history.world import NOW, HistoryWorld, open_test_store
from ui.history import HistoryWindow
from ui.tasks import SyncTaskRunner


class FakePrompts:
    """Answers the history window's questions and records them."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.saved: list[Path] = []
        self.confirm_answer = True
        self.confirmations: list[str] = []
        self.errors: list[KnownError] = []
        self.messages: list[str] = []

    def save_path(self, title: str, suggested: str, file_filter: str) -> Path | None:
        path = self.folder / suggested
        self.saved.append(path)
        return path

    def confirm(self, title: str, text: str) -> bool:
        self.confirmations.append(title)
        return self.confirm_answer

    def inform(self, title: str, text: str) -> None:
        self.messages.append(text)

    def known_error(self, error: KnownError) -> None:
        self.errors.append(error)


@pytest.fixture
def opened(tmp_path: Path) -> Iterator[tuple[Store, DataPaths]]:
    store, paths = open_test_store(tmp_path / "data")
    try:
        yield store, paths
    finally:
        store.close()


@pytest.fixture
def world(opened: tuple[Store, DataPaths]) -> HistoryWorld:
    return HistoryWorld(*opened).build()


@pytest.fixture
def prompts(tmp_path: Path) -> FakePrompts:
    folder = tmp_path / "exports"
    folder.mkdir()
    return FakePrompts(folder)


def history_service(world: HistoryWorld, name: str | None) -> HistoryService:
    member = world.staff[name] if name else None
    return HistoryService(world.store, world.paths, FixedStaff(member), clock=lambda: NOW)


@pytest.fixture
def make_window(
    qtbot: QtBot, world: HistoryWorld, prompts: FakePrompts
) -> Callable[..., HistoryWindow]:
    def make(name: str | None = "Alice", runner: object = None) -> HistoryWindow:
        window = HistoryWindow(
            history_service(world, name),
            runner or SyncTaskRunner(),  # type: ignore[arg-type]
            prompts=prompts,  # type: ignore[arg-type]
        )
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make
