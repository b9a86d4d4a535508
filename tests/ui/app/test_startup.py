"""Start-up in two steps: the stored inbox is painted first, the heavy parts load after."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.errors import DatabaseCorruptError
from desktop.paths import DataPaths, resolve
from desktop.session import Session, open_sandbox_session
from desktop.settings import Settings
from ui.startup import Startup

HEAVY = ("sqlalchemy", "alembic", "pydantic", "keyring", "httpx", "jwt", "markdown_it", "yaml")


@pytest.fixture
def synced(tmp_path: Path) -> DataPaths:
    """A sandbox data folder after a first run: a database with the synced inbox."""
    data = resolve(tmp_path).sandbox().ensure()
    session = open_sandbox_session(data)
    try:
        session.engine.sync_once()
    finally:
        session.close()
    return data


@pytest.fixture
def started(synced: DataPaths, qtbot: QtBot) -> Iterator[tuple[Startup, list[dict[str, object]]]]:
    calls: list[dict[str, object]] = []
    startup: Startup

    def open_session() -> Session:
        window = startup.window
        assert window is not None
        model = window.list_model
        calls.append(
            {
                "rows": model.rowCount(),
                "first_row_cached": model.cached_row(model.conversation_id(0) or "") is not None,
                "folders_enabled": window.folder_pane.isEnabled(),
                "status": window.statusBar().currentMessage(),
            }
        )
        return open_sandbox_session(synced)

    startup = Startup(
        synced, Settings(synced.settings_file), "en", sandbox=True, open_session=open_session
    )
    yield startup, calls
    startup.close()
    if startup.window is not None:
        startup.window.close()


@pytest.mark.integration
def test_the_stored_inbox_is_painted_before_the_store_opens(
    started: tuple[Startup, list[dict[str, object]]], qtbot: QtBot
) -> None:
    startup, calls = started
    startup.begin()
    window = startup.window
    assert window is not None  # the database is at the expected schema: a first screen
    assert calls == []  # nothing heavy yet: the window paints first
    assert window.list_model.rowCount() > 0
    qtbot.waitUntil(lambda: startup.running is not None, timeout=30_000)
    assert calls[0]["rows"] == window.list_model.rowCount()
    assert calls[0]["first_row_cached"] is True
    assert calls[0]["folders_enabled"] is False  # waiting for the service
    assert calls[0]["status"] == "Opening the inbox…"
    running = startup.running
    assert running is not None
    assert running.window is window  # the same window, given its service
    assert window.folder_pane.isEnabled()
    assert window.statusBar().currentMessage() != "Opening the inbox…"
    folders = window.folder_pane.model
    qtbot.waitUntil(lambda: folders.counts.needs_reply > 0, timeout=10_000)
    first = window.list_model.conversation_id(0)
    window.conversation_list.select_row(0)
    qtbot.waitUntil(lambda: window.thread_view.conversation_id == first, timeout=10_000)


@pytest.mark.integration
def test_an_error_while_finishing_hides_the_first_screen_and_explains(
    synced: DataPaths, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    explained: list[object] = []
    monkeypatch.setattr("ui.crash.show_known_error", explained.append)

    def broken() -> Session:
        raise DatabaseCorruptError()

    startup = Startup(
        synced, Settings(synced.settings_file), "en", sandbox=True, open_session=broken
    )
    startup.begin()
    window = startup.window
    assert window is not None
    qtbot.addWidget(window)
    assert window.isVisible()
    with qtbot.waitSignal(startup.gave_up, timeout=10_000) as ended:
        pass
    assert ended.args == [1]
    assert isinstance(explained[0], DatabaseCorruptError)
    assert not window.isVisible()
    assert startup.running is None


def test_no_first_screen_without_a_database(tmp_path: Path, qtbot: QtBot) -> None:
    data = resolve(tmp_path).ensure()
    opened: list[bool] = []

    def first_run() -> None:
        opened.append(True)  # set-up cancelled

    startup = Startup(
        data, Settings(data.settings_file), "en", sandbox=False, open_session=first_run
    )
    with qtbot.waitSignal(startup.gave_up, timeout=5_000) as ended:
        startup.begin()
        assert startup.window is None
    assert ended.args == [0]
    assert opened == [True]
    assert startup.running is None


@pytest.mark.integration
def test_the_first_sync_waits_for_the_start_up_work_on_the_database_worker(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Started together, the help library's re-index and the sync's threads kept the
    GUI thread from the GIL for up to 200 ms at a desk's first start."""
    from desktop.helpcenter.service import HelpCenter
    from ui.sync_controller import SyncController

    order: list[str] = []
    reindex, start = HelpCenter.sync, SyncController.start

    def reindexing(center: HelpCenter, **options: bool) -> object:
        try:
            return reindex(center, **options)
        finally:
            order.append("help re-indexed")

    def starting(controller: SyncController) -> None:
        order.append("first sync")
        start(controller)

    monkeypatch.setattr(HelpCenter, "sync", reindexing)
    monkeypatch.setattr(SyncController, "start", starting)
    data = resolve(tmp_path).sandbox().ensure()  # a first run: no database yet
    startup = Startup(
        data,
        Settings(data.settings_file),
        "en",
        sandbox=True,
        open_session=lambda: open_sandbox_session(data),
    )
    try:
        startup.begin()
        qtbot.waitUntil(lambda: "first sync" in order, timeout=30_000)
        assert order == ["help re-indexed", "first sync"]
        running = startup.running
        assert running is not None
        qtbot.waitUntil(lambda: running.controller.last_sync is not None, timeout=30_000)
    finally:
        startup.close()
        if startup.window is not None:
            startup.window.close()


def test_the_first_screen_needs_none_of_the_heavy_modules() -> None:
    code = (
        "import sys, ui.app, ui.startup, desktop.services.first_screen;"
        f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r})))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "[]"


def test_the_application_keeps_raster_fills_on_the_painting_thread() -> None:
    """Set before the QApplication exists (Qt reads it once); an admin's value is kept."""
    code = (
        "import os, ui.app;"
        "os.environ.pop('QT_NO_GUI_THREADPOOL', None);"
        "app = ui.app.create_application();"
        "print(os.environ.get('QT_NO_GUI_THREADPOOL'))"
    )
    env = {k: v for k, v in os.environ.items() if k != "QT_NO_GUI_THREADPOOL"}
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        env={**env, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.stdout.strip() == "1"
    mine = {**env, "QT_QPA_PLATFORM": "offscreen", "QT_NO_GUI_THREADPOOL": "yes"}
    kept = subprocess.run(
        [sys.executable, "-c", code.replace("os.environ.pop('QT_NO_GUI_THREADPOOL', None);", "")],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        env=mine,
    )
    assert kept.stdout.strip() == "yes"
