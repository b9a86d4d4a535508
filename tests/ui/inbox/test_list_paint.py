"""What painting the conversation list costs in Python: nothing per cell.

The model holds the texts of the rows read as items, and Qt's own delegate paints them
in C++; Python runs once per paint, before it, to fill the rows read since and
refresh stale texts. The Python highlighting delegate is installed only while a
search is shown.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from types import FrameType

import pytest
from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QStyleOptionViewItem, QToolTip
from pytestqt.qtbot import QtBot

from desktop.services.inbox import InboxService
from desktop.services.model import InboxFolder, InboxRow, ListQuery
from tests.helpers.inbox_world import World
from tests.helpers.keys import type_text
from tests.ui.inbox.test_list import rows
from ui.inbox import list_cells, list_model, texts
from ui.inbox.list_model import ConversationListModel as M
from ui.inbox.list_view import CellDelegate, ConversationListView, HighlightDelegate
from ui.inbox.window import InboxWindow
from ui.tasks import SyncTaskRunner


def some_conversations(world: World) -> None:
    for i, name in enumerate(["Zoé Leroy", "Adam Smith", "Émile Durand"]):
        cid = f"c{i}"
        world.conversation(cid, name, reservation=f"400000000{i}", language=["fr", "en"][i % 2])
        world.says(cid, f"Message {i}", ago=timedelta(hours=10 - i), read=i % 2 == 0)


class Holding(SyncTaskRunner):
    """Runs at once, except row batches: those wait until released."""

    def __init__(self) -> None:
        super().__init__()
        self.held: list[Callable[[], None]] = []

    def run_db(self, fn, on_done=None, on_error=None):  # type: ignore[no-untyped-def]
        if "_request_batch" in getattr(fn, "__qualname__", ""):
            self.held.append(lambda: super(Holding, self).run_db(fn, on_done, on_error))
        else:
            super().run_db(fn, on_done, on_error)

    def release(self) -> None:
        held, self.held = self.held, []
        for run in held:
            run()


#: ``some_conversations`` newest first.
NEWEST_FIRST = ["Émile Durand", "Adam Smith", "Zoé Leroy"]


def shown_list(qtbot: QtBot, model: M, *, height: int) -> ConversationListView:
    """A list view of ``model``, shown (and painted once)."""
    view = ConversationListView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(900, height)
    view.show()
    qtbot.waitExposed(view)
    return view


def with_items(model: M) -> list[int]:
    return [r for r in range(model.rowCount()) if model.item(r, M.COL_GUEST) is not None]


def test_a_paint_makes_no_python_call_per_cell(
    qtbot: QtBot, world: World, service: InboxService
) -> None:
    """A call from C++ into Python per cell (~240 a screen) each took the interpreter
    lock, and waited for it while the database worker read the next rows."""
    world.bulk(60)
    model = M(SyncTaskRunner(), service)
    model.set_query(ListQuery(InboxFolder.ALL))
    view = shown_list(qtbot, model, height=400)
    view.grab()  # the rows shown get their items, the next screens are read
    shown = view.rowAt(view.viewport().height() - 1) - view.rowAt(0) + 1
    assert shown >= 10
    calls: list[str] = []

    def profile(frame: FrameType, event: str, _arg: object) -> None:
        if event == "call" and "/ui/" in frame.f_code.co_filename:
            calls.append(frame.f_code.co_name)

    sys.setprofile(profile)
    try:
        view.grab()
    finally:
        sys.setprofile(None)
    assert "paintEvent" in calls
    assert not {"data", "multiData", "index", "flags", "rowCount"} & set(calls)
    # A few calls per paint and one per row (its kept texts), never one per cell.
    assert len(calls) < shown + 20, calls
    assert calls.count("texts") == shown


def test_cells_hold_the_texts_bold_centred_and_never_editable(
    world: World, service: InboxService
) -> None:
    some_conversations(world)
    model = M(SyncTaskRunner(), service)
    model.set_query(ListQuery(InboxFolder.ALL))  # the first rows are read with the ids
    assert rows(model) == NEWEST_FIRST
    unread = model.index(1, M.COL_UNREAD)  # c1
    assert unread.data() == "1"
    assert unread.data(Qt.ItemDataRole.FontRole).bold()
    assert unread.data(Qt.ItemDataRole.TextAlignmentRole) == Qt.AlignmentFlag.AlignCenter
    read = model.index(2, M.COL_GUEST)  # c0
    assert read.data(Qt.ItemDataRole.FontRole) is None
    assert read.data(Qt.ItemDataRole.TextAlignmentRole) is None
    expected = (
        Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
    )
    assert all(model.flags(model.index(0, c)) == expected for c in range(M.COLUMN_COUNT))


def test_rows_a_paint_lacks_are_read_after_it_with_a_screen_around(
    world: World, service: InboxService
) -> None:
    """Nothing is read while the view paints (the worker would contend with it for
    the interpreter lock); rows not read show a placeholder; then one read covers what
    the paint lacked and two screens above and below; only the rows shown as
    placeholders are announced when they arrive."""
    world.bulk(200)
    runner = Holding()
    model = M(runner, service, batch_size=2)
    model.set_query(ListQuery(InboxFolder.ALL))
    assert model.rowCount() == 200
    assert len(runner.held) == 1  # the first rows, read with the ids
    runner.release()
    assert with_items(model) == list(range(list_model.FIRST_ROWS))
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda top, bottom: changed.append((top.row(), bottom.row())))
    with model.painting(100, 102):
        assert runner.held == []  # nothing read while painting
        assert model.index(100, M.COL_GUEST).data() == "…"
        assert model.index(100, M.COL_TIME).data() == ""
        placeholder = model.item(100, M.COL_GUEST)
    assert changed == []  # the placeholders were there for this paint
    assert len(runner.held) == 1
    runner.release()
    assert changed == [(100, 102)]  # the rows read ahead (94-99, 103-108) were never shown
    assert model.index(100, M.COL_GUEST).data() not in (None, "…")
    # Filled in place: Qt looks for a replaced item through every cell of the model.
    assert model.item(100, M.COL_GUEST) is placeholder
    cached = [model.cached_row(model.conversation_id(r) or "") is not None for r in range(200)]
    assert [r for r, there in enumerate(cached) if there] == [*range(50), *range(94, 109)]
    with model.painting(101, 101):  # what is around it is there: no new request
        pass
    assert runner.held == []


def test_the_next_ids_are_asked_for_when_the_read_ahead_reaches_their_end(
    world: World, service: InboxService
) -> None:
    """Qt asks for more rows only at the very end; by then the rows past the page
    could not have been read ahead, and a scroll showed placeholders at every page."""
    world.bulk(300)
    model = M(SyncTaskRunner(), service)
    model.set_query(ListQuery(InboxFolder.ALL))
    assert model.rowCount() == 200
    with model.painting(150, 159):  # two screens ahead: row 179
        pass
    assert model.rowCount() == 200
    with model.painting(175, 184):  # row 204: past this page
        pass
    assert model.rowCount() == 300
    assert model.cached_row(model.conversation_id(204) or "") is None  # read when shown


def test_row_texts_are_formatted_once_until_the_row_is_read_again(
    world: World, service: InboxService, monkeypatch: pytest.MonkeyPatch
) -> None:
    some_conversations(world)
    formatted: list[str] = []
    real = list_cells.Cells._format

    def counting(self: list_cells.Cells, row: object, column: int) -> str:
        if column == M.COL_GUEST:
            formatted.append(row.conversation_id)  # type: ignore[attr-defined]
        return real(self, row, column)  # type: ignore[arg-type]

    monkeypatch.setattr(list_cells.Cells, "_format", counting)
    model = M(SyncTaskRunner(), service)
    model.set_query(ListQuery(InboxFolder.ALL))
    for _ in range(3):
        with model.painting(0, 2):
            pass
    assert sorted(formatted) == ["c0", "c1", "c2"]
    model.invalidate(["c1"])  # changed by sync, say; on screen: read again at once
    assert sorted(formatted) == ["c0", "c1", "c1", "c2"]
    assert model.index(1, M.COL_GUEST).data() == "Adam Smith"
    model.retranslate()  # another language: every row formatted again when painted
    assert formatted.count("c2") == 1
    with model.painting(0, 2):
        pass
    assert formatted.count("c2") == 2


def test_stale_texts_are_made_again_when_painted(
    world: World, service: InboxService, monkeypatch: pytest.MonkeyPatch
) -> None:
    some_conversations(world)
    now = [1000.0]
    monkeypatch.setattr(list_cells.time, "monotonic", lambda: now[0])
    made: list[str] = []
    real = list_cells.Cells._texts_of

    def counting(self: list_cells.Cells, row: InboxRow) -> tuple[str, ...]:
        made.append(row.conversation_id)
        return real(self, row)

    monkeypatch.setattr(list_cells.Cells, "_texts_of", counting)
    model = M(SyncTaskRunner(), service)
    model.set_query(ListQuery(InboxFolder.ALL))
    assert sorted(made) == ["c0", "c1", "c2"]
    status = model.index(0, M.COL_STATUS).data()
    with model.painting(0, 2):
        pass
    assert len(made) == 3  # still fresh
    now[0] += list_cells.Cells.FRESH_FOR + 1
    with model.painting(0, 1):
        pass
    assert sorted(made[3:]) == ["c1", "c2"]  # the rows painted; c0 (row 2) when it is
    assert model.index(0, M.COL_STATUS).data() == status


def test_the_view_paints_its_rows_every_minute(qtbot: QtBot) -> None:
    view = ConversationListView()
    qtbot.addWidget(view)
    assert view._refresh.isActive()
    assert view._refresh.interval() == 60_000
    painted: list[int] = []

    class Count(QObject):
        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.append(1)
            return False

    count = Count(view)
    view.viewport().installEventFilter(count)
    view.show()
    qtbot.waitExposed(view)
    painted.clear()
    view._refresh.timeout.emit()
    qtbot.waitUntil(lambda: bool(painted), timeout=2000)


def test_items_of_rows_that_leave_the_cache_are_dropped(
    world: World, service: InboxService
) -> None:
    world.bulk(300)
    model = M(SyncTaskRunner(), service, batch_size=5, cache_size=60)
    model.set_query(ListQuery(InboxFolder.ALL))
    assert model.rowCount() == 200
    for first in (0, 40, 80, 120, 160, 195):
        with model.painting(first, first + 4):
            pass
        assert len(with_items(model)) <= 60
    assert len(model._cache) <= 60
    assert set(with_items(model)) >= set(range(195, 200))
    assert 0 not in with_items(model)


def resident_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


@pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="Linux: reads /proc")
def test_cells_of_rows_that_leave_the_cache_are_freed(world: World, service: InboxService) -> None:
    """A full scroll of 100,000 rows once kept every cell it had shown (~260 MB)."""
    world.bulk(200)
    model = M(SyncTaskRunner(), service, batch_size=40, cache_size=60)
    model.set_query(ListQuery(InboxFolder.ALL))

    def cycles(count: int) -> None:
        for _ in range(count):
            for first in (0, 150):  # each region evicts the other's rows from the cache
                with model.painting(first, first + 9):
                    pass

    cycles(10)
    before = resident_mb()
    cycles(300)  # ~240,000 cells made and dropped (~30 MB if kept)
    assert len(with_items(model)) <= 60
    grown = resident_mb() - before
    assert grown < 10, f"{grown:.1f} MB"


def test_a_new_list_resets_the_model_and_keeps_the_columns(
    qtbot: QtBot, world: World, service: InboxService
) -> None:
    some_conversations(world)
    model = M(SyncTaskRunner(), service)
    view = ConversationListView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setup_columns()
    model.set_query(ListQuery(InboxFolder.ALL))
    view.setColumnWidth(M.COL_STATUS, 321)
    signals: list[str] = []
    model.modelReset.connect(lambda: signals.append("reset"))
    model.rowsRemoved.connect(lambda *_: signals.append("removed"))
    model.rowsInserted.connect(lambda *_: signals.append("inserted"))
    model.set_query(ListQuery(InboxFolder.ALL, search="message"))
    assert signals == ["reset", "inserted"]
    assert model.columnCount() == M.COLUMN_COUNT
    assert view.columnWidth(M.COL_STATUS) == 321
    assert model.headerData(M.COL_GUEST, Qt.Orientation.Horizontal) == "Guest"
    assert model.rowCount() == 3
    assert rows(model) == NEWEST_FIRST


def test_tooltips_come_from_the_row_when_asked(
    qtbot: QtBot, world: World, service: InboxService
) -> None:
    some_conversations(world)
    model = M(SyncTaskRunner(), service)
    model.set_query(ListQuery(InboxFolder.ALL))
    view = shown_list(qtbot, model, height=300)
    row = model.cached_row("c1")
    assert row is not None
    index = model.index(1, M.COL_TIME)
    assert index.data(Qt.ItemDataRole.ToolTipRole) is None  # not held in the items
    expected = texts.local_time(row.conversation.last_message_at, row.timezone)
    assert model.tooltip_at(index) == expected
    assert model.tooltip_at(model.index(1, M.COL_LANGUAGE)) == texts.language_name("en")
    option = QStyleOptionViewItem()
    option.rect = view.visualRect(index)
    at = option.rect.center()
    event = QHelpEvent(QEvent.Type.ToolTip, at, view.viewport().mapToGlobal(at))
    assert view.itemDelegate().helpEvent(event, view, option, index)
    qtbot.waitUntil(lambda: QToolTip.text() == expected, timeout=2000)
    stay = model.index(1, M.COL_STAY)  # no tooltip
    event = QHelpEvent(QEvent.Type.ToolTip, QPoint(1, 1), view.viewport().mapToGlobal(QPoint(1, 1)))
    assert not view.itemDelegate().helpEvent(event, view, option, stay)
    assert model.tooltip_at(QModelIndex()) is None


def test_kept_texts_expire_so_countdowns_and_today_move_with_the_clock(
    world: World, service: InboxService, monkeypatch: pytest.MonkeyPatch
) -> None:
    some_conversations(world)
    now = [1000.0]
    monkeypatch.setattr(list_cells.time, "monotonic", lambda: now[0])
    cells = list_cells.Cells({}, ())
    row = service.rows(["c0"])[0]
    first = cells.texts(row)
    assert cells.texts(row) is first
    now[0] += list_cells.Cells.FRESH_FOR + 1
    again = cells.texts(row)
    assert again == first
    assert again is not first


def test_kept_texts_expire_one_row_at_a_time(
    world: World, service: InboxService, monkeypatch: pytest.MonkeyPatch
) -> None:
    some_conversations(world)
    now = [1000.0]
    monkeypatch.setattr(list_cells.time, "monotonic", lambda: now[0])
    cells = list_cells.Cells({}, ())
    old, new = service.rows(["c0", "c1"])
    old_texts = cells.texts(old)
    now[0] += list_cells.Cells.FRESH_FOR - 1
    new_texts = cells.texts(new)  # formatted a minute later than the first row
    now[0] += 2
    assert cells.texts(new) is new_texts  # still fresh: not formatted again
    assert cells.texts(old) is not old_texts  # too old: formatted again


def test_kept_texts_are_bounded(
    world: World, service: InboxService, monkeypatch: pytest.MonkeyPatch
) -> None:
    some_conversations(world)
    monkeypatch.setattr(list_cells.Cells, "KEPT_ROWS", 2)
    cells = list_cells.Cells({}, ())
    rows = service.rows(["c0", "c1", "c2"])
    kept = cells.keep(cells.formatted(rows))
    assert kept == rows
    assert cells.texts(rows[2]) is cells.texts(rows[2])
    oldest = cells.texts(rows[0])  # dropped when the third row came in: formatted again
    assert cells.texts(rows[0]) is oldest
    assert len(cells._kept) == 2


def test_highlighting_delegate_only_while_a_search_is_shown(
    qtbot: QtBot, world: World, open_window: Callable[..., InboxWindow]
) -> None:
    some_conversations(world)
    window = open_window()
    view = window.conversation_list
    assert not view.highlighting
    assert type(view.itemDelegate()) is CellDelegate
    assert view.itemDelegateForColumn(M.COL_GUEST) is None
    assert view.itemDelegateForColumn(M.COL_SNIPPET) is None
    type_text(window.search_field, "emile")
    window.search_field.run_now()
    assert view.highlighting
    for column in (M.COL_GUEST, M.COL_SNIPPET):
        assert isinstance(view.itemDelegateForColumn(column), HighlightDelegate)
    assert view.itemDelegateForColumn(M.COL_TIME) is None
    view.grab()  # painted by the highlighter without warnings
    window.search_field.clear()
    window.search_field.run_now()
    assert not view.highlighting
    assert type(view.itemDelegate()) is CellDelegate
    assert view.itemDelegateForColumn(M.COL_GUEST) is None
    assert len([view.model().index(r, 0).data() for r in range(view.model().rowCount())]) == 3
    view.grab()
