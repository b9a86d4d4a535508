"""What painting the conversation list costs in Python: one call per cell, texts kept.

The list's paint path stays mostly in C++: the model answers every role of a cell in
one ``multiData`` call, from texts formatted once per row; the Python highlighting
delegate is installed only while a search is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from PySide6.QtCore import QModelIndex, QModelRoleData, QModelRoleDataSpan, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from desktop.services.inbox import InboxService
from desktop.services.model import InboxFolder, ListQuery
from tests.helpers.inbox_world import World
from tests.helpers.keys import type_text
from ui.inbox import list_cells
from ui.inbox.list_model import ConversationListModel as M
from ui.inbox.list_view import ConversationListView, HighlightDelegate
from ui.inbox.window import InboxWindow
from ui.tasks import SyncTaskRunner

_ROLE = Qt.ItemDataRole
#: Every role Qt's item delegate asks for, then the model's own and a few others.
ROLES = [
    _ROLE.FontRole,
    _ROLE.TextAlignmentRole,
    _ROLE.ForegroundRole,
    _ROLE.CheckStateRole,
    _ROLE.DecorationRole,
    _ROLE.DisplayRole,
    _ROLE.BackgroundRole,
    _ROLE.ToolTipRole,
    _ROLE.SizeHintRole,
    M.ConversationIdRole,
    M.RowRole,
    M.HighlightRole,
    M.SortRole,
    M.UnreadRole,
]


def some_conversations(world: World) -> None:
    for i, name in enumerate(["Zoé Leroy", "Adam Smith", "Émile Durand"]):
        cid = f"c{i}"
        world.conversation(cid, name, reservation=f"400000000{i}", language=["fr", "en"][i % 2])
        world.says(cid, f"Message {i}", ago=timedelta(hours=10 - i), read=i % 2 == 0)


def multi(model: M, index: QModelIndex) -> list[object]:
    """What one ``multiData`` call gives for every role of ``ROLES``."""
    data = [QModelRoleData(int(role)) for role in ROLES]
    for role_data in data:
        role_data.setData("stale")  # a delegate reuses its span: every role is answered
    for role_data in data:
        model.multiData(index, QModelRoleDataSpan(role_data))
    return [role_data.data() for role_data in data]


def comparable(value: object) -> object:
    return value.toString() if hasattr(value, "toString") else value


def test_multidata_answers_every_role_as_data_does(world: World, service: InboxService) -> None:
    some_conversations(world)
    model = M(SyncTaskRunner(), service)
    model.set_query(ListQuery(InboxFolder.ALL))
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            expected = [comparable(index.data(role)) for role in ROLES]
            assert [comparable(v) for v in multi(model, index)] == expected
    assert multi(model, model.index(0, M.COL_UNREAD))[0] is None  # c2 was read: not bold
    assert multi(model, model.index(1, M.COL_GUEST))[0] is not None  # c1 unread: bold
    assert multi(model, QModelIndex()) == [None] * len(ROLES)


def test_the_item_delegate_gets_a_cells_look_in_one_call(
    world: World, service: InboxService, monkeypatch: pytest.MonkeyPatch
) -> None:
    some_conversations(world)
    model = M(SyncTaskRunner(), service)
    model.set_query(ListQuery(InboxFolder.ALL))
    asked: list[int] = []
    monkeypatch.setattr(M, "data", lambda self, index, role=0: asked.append(role))
    delegate = QStyledItemDelegate()
    option = QStyleOptionViewItem()
    delegate.initStyleOption(option, model.index(1, M.COL_UNREAD))  # c1: unread, centred
    assert (option.text, option.font.bold()) == ("1", True)
    assert option.displayAlignment & Qt.AlignmentFlag.AlignHCenter
    option = QStyleOptionViewItem()
    delegate.initStyleOption(option, model.index(2, M.COL_GUEST))  # c0: read
    assert (option.text, option.font.bold()) == ("Zoé Leroy", False)
    assert not option.displayAlignment & Qt.AlignmentFlag.AlignHCenter
    assert asked == []  # everything came from multiData


def test_rows_not_read_yet_show_a_placeholder_in_both_paths(world: World) -> None:
    some_conversations(world)

    class Holding(SyncTaskRunner):
        """Lists ids at once; row batches never come back."""

        def run_db(self, fn, on_done=None, on_error=None):  # type: ignore[no-untyped-def]
            name = getattr(fn, "__qualname__", "")
            if "_request_batch" not in name:
                super().run_db(fn, on_done, on_error)

    from desktop.services.inbox import InboxService as Service
    from tests.helpers.inbox_world import ALICE, profile

    model = M(Holding(), Service(world.store, profile(), lambda: ALICE))
    model.set_query(ListQuery(InboxFolder.ALL))
    assert model.rowCount() == 3
    guest = model.index(0, M.COL_GUEST)
    assert guest.data() == "…"
    assert multi(model, guest)[ROLES.index(_ROLE.DisplayRole)] == "…"
    assert multi(model, model.index(0, M.COL_SNIPPET)) == [
        "c2" if role == M.ConversationIdRole else None for role in ROLES
    ]


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
        names = [model.index(r, M.COL_GUEST).data() for r in range(model.rowCount())]
    assert names == ["Émile Durand", "Adam Smith", "Zoé Leroy"]
    assert sorted(formatted) == ["c0", "c1", "c2"]
    model.invalidate(["c1"])  # read again (changed by sync, say): formatted again
    assert model.index(1, M.COL_GUEST).data() == "Adam Smith"
    assert sorted(formatted) == ["c0", "c1", "c1", "c2"]
    model.retranslate()  # another language: every row formatted again
    model.index(0, M.COL_GUEST).data()
    assert formatted.count("c2") == 2


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


def test_flags_are_the_table_models_own(world: World, service: InboxService) -> None:
    some_conversations(world)
    model = M(SyncTaskRunner(), service)
    model.set_query(ListQuery(InboxFolder.ALL))
    flags = model.flags(model.index(0, M.COL_TIME))
    expected = (
        Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
    )
    assert flags == expected
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags


def test_highlighting_delegate_only_while_a_search_is_shown(
    qtbot: QtBot, world: World, open_window: Callable[..., InboxWindow]
) -> None:
    some_conversations(world)
    window = open_window()
    view = window.conversation_list
    assert not view.highlighting
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
    assert view.itemDelegateForColumn(M.COL_GUEST) is None
    assert len([view.model().index(r, 0).data() for r in range(view.model().rowCount())]) == 3
    view.grab()


def test_rows_a_paint_lacks_are_read_after_it_with_a_screen_around(
    world: World, service: InboxService
) -> None:
    """Nothing is read while the view paints (the worker would contend with it for
    the interpreter lock); then one read covers what it lacked and two screens above
    and below; only the rows shown as placeholders are announced when they arrive."""
    world.bulk(40)

    class Holding(SyncTaskRunner):
        """Lists ids at once; holds row batches until told."""

        held: list[Callable[[], None]] = []  # noqa: RUF012

        def run_db(self, fn, on_done=None, on_error=None):  # type: ignore[no-untyped-def]
            if "_request_batch" in getattr(fn, "__qualname__", ""):
                self.held.append(lambda: super(Holding, self).run_db(fn, on_done, on_error))
            else:
                super().run_db(fn, on_done, on_error)

    runner = Holding()
    model = M(runner, service, batch_size=2)
    model.set_query(ListQuery(InboxFolder.ALL))
    assert model.rowCount() == 40
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda top, bottom: changed.append((top.row(), bottom.row())))
    with model.painting():
        shown = [model.index(r, c).data() for r in (10, 11, 12) for c in (0, M.COL_TIME)]
        assert runner.held == []  # nothing read while painting
    assert shown[0] == "…"
    assert len(runner.held) == 1
    runner.held.pop()()
    assert changed == [(10, 12)]  # the rows read ahead (4-9, 13-18) were never shown
    cached = [model.cached_row(model.conversation_id(r) or "") is not None for r in range(40)]
    assert [r for r, there in enumerate(cached) if there] == list(range(4, 19))
    assert model.index(18, M.COL_GUEST).data() != "…"  # read ahead: no new request
    with model.painting():
        model.index(12, 0).data()  # what is around it (10-14) is there too
    assert runner.held == []


def test_a_paint_does_not_ask_for_the_counts_per_cell(
    qtbot: QtBot, world: World, service: InboxService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``index()`` is the model's own: Qt's table model would ask for both counts for
    every index it makes (two more calls into Python per painted cell)."""
    some_conversations(world)
    calls: list[str] = []
    for name in ("rowCount", "columnCount", "multiData"):
        real = getattr(M, name)

        def counting(self: M, *args: object, real=real, name=name) -> object:  # type: ignore[no-untyped-def]
            calls.append(name)
            return real(self, *args)

        monkeypatch.setattr(M, name, counting)  # before the model exists (PySide caches)
    model = M(SyncTaskRunner(), service)
    model.set_query(ListQuery(InboxFolder.ALL))
    view = ConversationListView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(900, 300)
    view.show()
    qtbot.waitExposed(view)
    view.grab()  # rows read, texts kept
    calls.clear()
    view.grab()
    cells = calls.count("multiData")
    assert cells >= 3 * 8  # every cell of the three rows
    counts = calls.count("rowCount") + calls.count("columnCount")
    assert counts < cells // 2, calls
