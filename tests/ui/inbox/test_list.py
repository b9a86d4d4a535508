"""The conversation list: a lazy id-only model, filters, sorting, search, triage."""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.domain import Change
from desktop.services.inbox import InboxService
from desktop.services.model import InboxFolder, ListQuery, SortOrder
from desktop.store import Store, open_store
from desktop.store.model import HIGHLIGHT_END, HIGHLIGHT_START
from tests.helpers.fake_sync import RecordingSync
from tests.helpers.inbox_world import ALICE, MER, World, profile
from tests.helpers.keys import type_text
from tests.helpers.stores import open_copy
from tests.ui.inbox.conftest import ABOUT
from tests.ui.inbox.test_thread import select
from ui.inbox.list_model import ConversationListModel as M
from ui.inbox.palette import ThreadColors
from ui.inbox.window import InboxWindow
from ui.tasks import SyncTaskRunner

BIG = 100_000


def small_world(world: World) -> None:
    names = ["Zoé Leroy", "adam Smith", "Émile Durand", "Björn Berg", "Chloé Petit"]
    for i, name in enumerate(names):
        cid = f"c{i}"
        world.conversation(cid, name, reservation=f"400000000{i}", language=["fr", "en"][i % 2])
        world.says(cid, f"Message {i}", ago=timedelta(hours=10 - i), read=i % 2 == 0)


def rows(model: M, column: int = M.COL_GUEST) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_model_passes_qtmodeltester(
    qtmodeltester: ModelTester, world: World, service: InboxService
) -> None:
    small_world(world)
    model = M(SyncTaskRunner(), service)
    model.set_query(ListQuery(InboxFolder.ALL))
    assert model.rowCount() == 5
    qtmodeltester.check(model)
    model.set_query(ListQuery(InboxFolder.ALL, search="message", sort=SortOrder.GUEST_NAME))
    qtmodeltester.check(model)
    empty = M(SyncTaskRunner(), None)
    qtmodeltester.check(empty)


def test_columns_roles_sorting_and_filters(world: World, service: InboxService) -> None:
    small_world(world)
    world.conversation("m1", "Mer guest", property_id=MER, language="en")
    world.says("m1", "Hello", ago=timedelta(minutes=5))
    model = M(SyncTaskRunner(), service)
    model.set_query(ListQuery(InboxFolder.ALL))
    assert rows(model)[:2] == ["Mer guest", "Chloé Petit"]  # newest first
    first = model.index(1, 0)
    assert model.index(1, M.COL_RESERVATION).data() == "4000000004"
    assert model.index(1, M.COL_LANGUAGE).data() == "FR"
    assert model.index(1, M.COL_SNIPPET).data() == "Message 4"
    assert model.index(1, M.COL_STATUS).data() == "Needs reply"
    assert model.index(1, M.COL_STAY).data()
    assert model.index(1, M.COL_TIME).data()
    assert model.conversation_id(first.row()) == "c4"
    assert model.index(1, M.COL_UNREAD).data() == ""  # c4 was read
    assert model.index(2, M.COL_UNREAD).data() == "1"
    assert model.index(2, 0).data(Qt.ItemDataRole.FontRole).bold()
    model.sort(M.COL_GUEST, Qt.SortOrder.AscendingOrder)
    assert rows(model) == [
        "adam Smith",
        "Björn Berg",
        "Chloé Petit",
        "Émile Durand",
        "Mer guest",
        "Zoé Leroy",
    ]
    model.sort(M.COL_TIME, Qt.SortOrder.AscendingOrder)
    assert rows(model)[0] == "Zoé Leroy"
    model.set_query(replace(model.query, property_id=MER))
    assert rows(model) == ["Mer guest"]
    model.set_query(ListQuery(InboxFolder.ALL, unread_only=True))
    assert sorted(rows(model)) == ["Björn Berg", "Mer guest", "adam Smith"]


def test_folders_counts_and_property_selector(
    world: World, open_window: Callable[..., InboxWindow]
) -> None:
    small_world(world)
    world.conversation("m1", "Mer guest", property_id=MER, language="en")
    world.says("m1", "Hello", ago=timedelta(minutes=5))
    window = open_window()
    folders = window.folder_pane
    assert window.findChild(type(folders.property_selector), "propertySelector").isVisible()
    assert folders.current_folder() is InboxFolder.NEEDS_REPLY
    assert window.list_model.rowCount() == 6
    assert folders.model.counts.needs_reply == 6
    assert "Needs reply (6)" in [
        folders.model.index_of(InboxFolder.NEEDS_REPLY).data(),
    ]
    folders.property_selector.setCurrentIndex(2)  # Hotel Mer
    assert rows(window.list_model) == ["Mer guest"]
    assert folders.model.counts.needs_reply == 1
    folders.unread_only.setChecked(True)
    assert window.list_model.query.unread_only


def test_no_reply_needed_toggles_and_tells_booking(
    world: World, sync: RecordingSync, open_window: Callable[..., InboxWindow]
) -> None:
    small_world(world)
    window = open_window()
    select(window, "c1")
    action = window.inbox_actions.no_reply_needed
    assert not action.isChecked()
    action.trigger()
    assert sync.named("push_no_reply_needed") == [("c1", True)]
    assert window.list_model.row_of("c1") is None  # left "Needs reply"
    assert window.current_conversation_id == "c1"  # still open
    assert window.folder_pane.model.counts.no_reply_needed == 1
    assert action.isChecked()
    action.trigger()
    assert sync.named("push_no_reply_needed") == [("c1", True), ("c1", False)]
    assert window.list_model.row_of("c1") is not None


def test_mark_read_then_unread(
    world: World, sync: RecordingSync, open_window: Callable[..., InboxWindow]
) -> None:
    small_world(world)
    window = open_window()
    select(window, "c1")  # unread
    window.inbox_actions.mark_read.trigger()
    assert [cid for cid, _ in sync.named("push_read")] == ["c1"]
    row = window.list_model.row_of("c1")
    assert window.list_model.index(row, M.COL_UNREAD).data() == ""
    window.inbox_actions.mark_unread.trigger()
    assert window.list_model.index(row, M.COL_UNREAD).data() == "1"
    assert sync.named("push_unread")[0][0] == "c1"
    assert window.folder_pane.model.counts.unread == 2  # c1 and c3


def test_opening_marks_read_after_a_moment(
    qtbot: QtBot, world: World, sync: RecordingSync, open_window: Callable[..., InboxWindow]
) -> None:
    small_world(world)
    window = open_window()
    window._read_timer.setInterval(20)
    select(window, "c3")
    qtbot.waitUntil(lambda: bool(sync.named("push_read")), timeout=2000)


def test_search_finds_accented_text_typed_without_accents(
    qtbot: QtBot, world: World, open_window: Callable[..., InboxWindow]
) -> None:
    small_world(world)
    world.conversation("fr", "Margot Dupré", reservation="4111111111")
    world.says("fr", "Bonjour, j'ai réservé une chambre double.", ago=timedelta(days=2))
    window = open_window()
    window.conversation_list.setFocus()
    qtbot.keyClick(window.conversation_list, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.search_field.hasFocus()
    type_text(window.search_field, "reserve")
    qtbot.waitUntil(lambda: window.list_model.query.search == "reserve", timeout=2000)
    model = window.list_model
    assert rows(model) == ["Margot Dupré"]
    marked = model.highlight_at(model.index(0, M.COL_SNIPPET))
    assert f"{HIGHLIGHT_START}réservé{HIGHLIGHT_END}" in marked
    assert model.index(0, M.COL_SNIPPET).data() == "Bonjour, j'ai réservé une chambre double."
    select(window, "fr")
    assert window.thread_view.match_count == 1
    match = ThreadColors.from_palette(window.thread_view.palette()).match
    assert f"background-color:{match}" in window.thread_view.toHtml()
    type_text(window.search_field, " margot dupre")
    qtbot.waitUntil(lambda: window.list_model.query.search == "reserve margot dupre")
    assert rows(model) == []  # every word must match within one field group
    window.search_field.clear()
    window.search_field.run_now()
    assert window.list_model.query.search == ""
    assert len(rows(model)) == 6


def test_search_by_guest_name_highlights_the_name(
    qtbot: QtBot, world: World, open_window: Callable[..., InboxWindow]
) -> None:
    small_world(world)
    window = open_window()
    type_text(window.search_field, "emile")
    window.search_field.run_now()
    assert rows(window.list_model) == ["Émile Durand"]
    name = window.list_model.highlight_at(window.list_model.index(0, M.COL_GUEST))
    assert name == f"{HIGHLIGHT_START}Émile{HIGHLIGHT_END} Durand"
    window.conversation_list.grab()  # the highlighting delegate paints without warnings


def test_superseded_search_results_are_dropped(world: World, service: InboxService) -> None:
    small_world(world)

    class LateRunner(SyncTaskRunner):
        def __init__(self) -> None:
            super().__init__()
            self.holding = True
            self.held: list[Callable[[], None]] = []

        def run_db(self, fn, on_done=None, on_error=None):  # type: ignore[no-untyped-def]
            run = super().run_db
            if not self.holding:
                run(fn, on_done, on_error)
            else:
                self.held.append(lambda: run(fn, on_done, on_error))

    runner = LateRunner()
    model = M(runner, service)
    model.set_query(ListQuery(search="message 1"))
    model.set_query(ListQuery(search="message 2"))
    runner.holding = False
    for release in reversed(runner.held):  # the newer answer arrives first
        release()
    assert rows(model) == ["Émile Durand"]


def test_changes_from_sync_refresh_and_notify(
    qtbot: QtBot, world: World, open_window: Callable[..., InboxWindow]
) -> None:
    small_world(world)
    window = open_window()
    select(window, "c2")
    window.on_change(Change(conversations=frozenset({"c2"}), origin=window))  # our own: ignored
    assert not window._refresh_timer.isActive()
    world.conversation("new", "Nina New", language="en")
    world.says("new", "Is breakfast included?", ago=timedelta(seconds=1))
    window.on_change(Change(conversations=frozenset({"new"})))
    qtbot.waitUntil(lambda: window.list_model.row_of("new") == 0, timeout=2000)
    assert window.current_conversation_id == "c2"
    assert window.conversation_list.currentIndex().row() == window.list_model.row_of("c2")
    assert window.tray.unread == 3
    assert window.tray.last_notification is not None


@pytest.fixture(scope="session")
def big_database(tmp_path_factory: pytest.TempPathFactory, migrated_database: Path) -> Path:
    root = tmp_path_factory.mktemp("big")
    store = open_copy(migrated_database, root)
    try:
        World(store).bulk(BIG)
    finally:
        store.close()
    return store.database


@pytest.fixture
def big_store(tmp_path: Path, big_database: Path) -> Store:
    from desktop.paths import DataPaths

    paths = DataPaths(root=tmp_path / "big", logs=tmp_path / "big" / "logs")
    paths.root.mkdir(parents=True)
    shutil.copyfile(big_database, paths.database)
    return open_store(paths)


class TimingRunner(SyncTaskRunner):
    """Runs at once, like SyncTaskRunner, and records how long each task held the caller."""

    def __init__(self) -> None:
        super().__init__()
        self.durations: list[float] = []

    def run_db(self, fn, on_done=None, on_error=None):  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        super().run_db(fn, on_done, on_error)
        self.durations.append(time.perf_counter() - start)


@pytest.mark.slow
def test_100k_conversations_load_lazily(qtbot: QtBot, big_store: Store) -> None:
    service = InboxService(big_store, profile(), lambda: ALICE, RecordingSync())
    runner = TimingRunner()
    window = InboxWindow(ABOUT, service=service, runner=runner)
    qtbot.addWidget(window)
    window.folder_pane.select_folder(InboxFolder.ALL)
    window.show()
    qtbot.waitExposed(window)
    model, view = window.list_model, window.conversation_list
    assert model.rowCount() == 200  # one keyset page, not 100,000 rows
    assert model.index(0, M.COL_GUEST).data() == f"Guest {BIG - 1:06d}"
    runner.durations.clear()  # from here on: only what scrolling costs
    for _ in range(5):
        before = model.rowCount()
        view.scrollToBottom()
        qtbot.waitUntil(lambda before=before: model.rowCount() > before, timeout=2000)
        view.grab()  # paint the rows now shown: fetches their batches of rows
    assert 1200 <= model.rowCount() < 2000
    assert model.canFetchMore(QModelIndex())
    assert runner.durations, "scrolling fetched nothing"
    # How long each page or batch takes is the benchmark's business (benchmarks/), not a
    # unit test's: here, only that scrolling fetched small pieces, never the whole list.
    window.folder_pane.unread_only.setChecked(True)
    assert model.rowCount() == 200
    with model.painting(0, 199):  # as a paint of the whole page would: read after it
        pass
    assert all(model.index(r, M.COL_UNREAD).data() == "1" for r in range(0, 200, 20))
    window.close()
    big_store.close()
