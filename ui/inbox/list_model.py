"""The conversation list's model: ids fetched lazily, rows cached, cells held in C++.

The model holds the ids revealed so far, in list order. More ids come with
``fetchMore`` (the view asks when it scrolls near the end): a keyset page of the
store for guest folders sorted by time, else the next slice of a complete id list
computed once on the database worker (search, name order, outbox, drafts, support).
Row contents are fetched by id, in one batch after each paint that lacked some (with
two screens around them, see :meth:`ConversationListModel.painting`), and kept in an
LRU cache. Every query runs through the task runner: the GUI thread never waits on
the database.

The model is a :class:`QStandardItemModel` that holds, as items, the texts of the rows
read (a window of at most the cache's size): Qt's item delegate paints from them
without one call into Python per cell. A call from C++ into Python takes the
interpreter lock, and waits for it while the database worker reads the next rows;
a paint of a screen made ~240 of them. Python runs once per paint instead, before it
(:meth:`ConversationListModel.painting`): it fills the items of rows read since, and
refreshes texts gone stale (the countdowns, "today").
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

from desktop.errors import KnownError
from desktop.services.model import IdList, InboxRow, ListQuery, SortOrder
from desktop.store.model import ConversationPage, PageCursor
from ui.inbox import list_cells as cells
from ui.tasks import TaskRunnerProtocol

if TYPE_CHECKING:
    from desktop.services.inbox import InboxService

Index = QModelIndex | QPersistentModelIndex
_ROLE = Qt.ItemDataRole

PAGE_SIZE = 200
BATCH_SIZE = 25
CACHE_SIZE = 2000
#: Rows read with the first ids of a list, before any paint asks (a tall screen's worth).
FIRST_ROWS = 50
#: Screens of rows read ahead, each way, of what a paint showed.
SCREENS_AHEAD = 2
#: A soft reload re-reads at most this many rows (the rest come back with fetchMore).
RELOAD_CAP = 2000
#: A cell can be selected, never edited, dragged or expanded.
_CELL_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)
_CENTRED = {cells.COL_UNREAD, cells.COL_LANGUAGE}
_DISPLAY, _FONT, _ALIGN = (
    int(_ROLE.DisplayRole),
    int(_ROLE.FontRole),
    int(_ROLE.TextAlignmentRole),
)


def _around(first: int, last: int) -> tuple[int, int]:
    """The rows from ``first`` to ``last`` and :data:`SCREENS_AHEAD` screens each way."""
    if first > last:
        return 0, -1
    ahead = (last - first + 1) * SCREENS_AHEAD
    return max(0, first - ahead), last + ahead


class ConversationListModel(QStandardItemModel):
    """Conversations of one folder, property and search, one row each.

    The row count is the number of ids revealed; a row has items once it has been read
    (or shown as a placeholder). Read the list through :meth:`conversation_id`,
    :meth:`cached_row` and :meth:`highlight_at` rather than through item roles.
    """

    COL_GUEST = cells.COL_GUEST
    COL_RESERVATION = cells.COL_RESERVATION
    COL_STAY = cells.COL_STAY
    COL_LANGUAGE = cells.COL_LANGUAGE
    COL_SNIPPET = cells.COL_SNIPPET
    COL_TIME = cells.COL_TIME
    COL_STATUS = cells.COL_STATUS
    COL_UNREAD = cells.COL_UNREAD
    COLUMN_COUNT = cells.COLUMN_COUNT

    load_failed = Signal(object)
    query_changed = Signal(object)
    #: Once per query: its first rows are in (or it turned out empty, or failed).
    first_rows = Signal()

    def __init__(
        self,
        runner: TaskRunnerProtocol,
        service: InboxService | None = None,
        parent: QObject | None = None,
        *,
        page_size: int = PAGE_SIZE,
        batch_size: int = BATCH_SIZE,
        cache_size: int = CACHE_SIZE,
    ) -> None:
        super().__init__(0, self.COLUMN_COUNT, parent)
        self._runner = runner
        self._service = service
        self._page_size = page_size
        self._batch_size = batch_size
        self._cache_size = cache_size
        self._query = ListQuery()
        self._generation = 0
        self._ids: list[str] = []
        self._rows_of: dict[str, int] = {}
        self._cursor: PageCursor | None = None
        self._unrevealed: list[str] = []
        self._more = False
        self._fetching = False
        self._first_rows_sent = -1
        self._cache: OrderedDict[str, InboxRow] = OrderedDict()
        self._requested: set[str] = set()
        self._missing: set[str] = set()
        self._painted = (0, -1)  # the first and last rows of the latest paint
        #: Rows that have items, with the texts they show (None: to be filled again).
        self._filled: dict[str, tuple[str, ...] | None] = {}
        #: Rows shown as placeholders or with stale texts: announced when read.
        self._announce: set[str] = set()
        self._cells = cells.Cells({}, ())
        self._bold = QFont()
        self._bold.setBold(True)
        self._prototype = QStandardItem()  # each cell a copy, made in C++
        self._prototype.setFlags(_CELL_FLAGS)
        self.setItemPrototype(self._prototype)
        self._title()

    # ------------------------------------------------------------------ query

    @property
    def query(self) -> ListQuery:
        return self._query

    @property
    def terms(self) -> tuple[str, ...]:
        """The folded words of the current search (for highlighting), or ()."""
        return self._cells.terms

    def set_query(self, query: ListQuery) -> None:
        """Show another folder, property, filter, order or search (from the top)."""
        self._query = query
        self._restart()
        self.query_changed.emit(query)

    def preload(self, page: ConversationPage, rows: Sequence[InboxRow]) -> None:
        """Show a page read before the service exists (start-up); see :meth:`attach`."""
        self._cursor = page.next
        for found in rows:
            self._cache[found.conversation_id] = found
        self._append(page.conversation_ids)

    def attach(self, runner: TaskRunnerProtocol, service: InboxService) -> None:
        """The service arrived: check the rows shown so far and page on from there."""
        self._runner, self._service = runner, service
        if not self._ids:
            self._restart()
            return
        self._announce_first_rows(self._generation)
        self.reload()
        # Rows painted as placeholders before now are requested on the next paint.
        self._changed(0, len(self._ids) - 1)

    def conversation_id(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, conversation_id: str) -> int | None:
        return self._rows_of.get(conversation_id)

    def cached_row(self, conversation_id: str) -> InboxRow | None:
        return self._cache.get(conversation_id)

    def _restart(self) -> None:
        self._generation += 1
        self._reset_to([])
        self._cursor = None
        self._unrevealed = []
        self._cells = cells.Cells({}, ())
        self._requested.clear()
        self._missing.clear()
        self._fetching = False
        self._more = self._service is not None
        if self._service is None:
            return
        if self._query.is_keyset:
            self.fetchMore(QModelIndex())
        else:
            self._fetching = True
            self._run_list(self._generation, self._reveal_list)

    def _run_list(self, generation: int, then: Any) -> None:
        service, query = self._service, self._query
        assert service is not None
        self._runner.run_db(
            lambda: service.list_ids(query),
            lambda found: then(generation, found),
            lambda error: self._failed(generation, error),
        )

    def _reveal_list(self, generation: int, found: IdList) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self._unrevealed = list(found.conversation_ids)
        self._cells = cells.Cells(found.snippets, found.terms)
        self._more = bool(self._unrevealed)
        if self._more:
            self.fetchMore(QModelIndex())
            return
        self._announce_first_rows(generation)
        if found.terms:
            self.layoutChanged.emit()  # an empty search result still needs a repaint

    def _failed(self, generation: int, error: KnownError) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self._more = False
        self._announce_first_rows(generation)
        self.load_failed.emit(error)

    def _announce_first_rows(self, generation: int) -> None:
        if self._first_rows_sent != generation:
            self._first_rows_sent = generation
            self.first_rows.emit()

    # ------------------------------------------------------------------ lazy paging

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and not self._fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self._service is None:
            return
        if not self._query.is_keyset:
            chunk = self._unrevealed[: self._page_size]
            del self._unrevealed[: self._page_size]
            self._more = bool(self._unrevealed)
            self._append(chunk)
            return
        self._fetching = True
        service, query, after = self._service, self._query, self._cursor
        generation, limit = self._generation, self._page_size
        self._runner.run_db(
            lambda: service.page(query, after, limit),
            lambda page: self._page_arrived(generation, page),
            lambda error: self._failed(generation, error),
        )

    def _page_arrived(self, generation: int, page: ConversationPage) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self._cursor = page.next
        self._more = page.next is not None
        self._append(page.conversation_ids)
        if not self._ids:
            self._announce_first_rows(generation)

    def _append(self, ids: Sequence[str]) -> None:
        fresh = [cid for cid in dict.fromkeys(ids) if cid not in self._rows_of]
        if not fresh:
            return
        first = len(self._ids)
        for offset, cid in enumerate(fresh):
            self._ids.append(cid)
            self._rows_of[cid] = first + offset
        self.insertRows(first, len(fresh))  # the rows, empty until read
        if first == 0:  # a list's first rows: ready now, not after a paint
            self._show(0, min(FIRST_ROWS, len(fresh)) - 1, placeholders=False)
            self._request_batch(0, FIRST_ROWS - 1)

    # ------------------------------------------------------------------ refresh

    def invalidate(self, conversation_ids: Iterable[str]) -> None:
        """Forget the cached rows of these conversations; they are read again when shown.

        Rows on or near the screen are read again at once; their cells keep the old
        texts until the new ones arrive (no flash of placeholders).
        """
        top, bottom = _around(*self._painted)
        near: list[int] = []
        for cid in conversation_ids:
            self._cache.pop(cid, None)
            self._missing.discard(cid)
            row = self._rows_of.get(cid)
            if row is None or cid not in self._filled:
                continue
            self._announce.add(cid)
            if top <= row <= bottom:
                near.append(row)
        if near:
            self._request_batch(min(near), max(near))

    def reload(self) -> None:
        """Read the rows shown so far again, in one go; reset only if the ids changed."""
        if self._service is None:
            return
        generation = self._generation
        if not self._query.is_keyset:
            self._run_list(generation, self._reload_list)
            return
        service, query = self._service, self._query
        limit = min(max(len(self._ids), self._page_size), RELOAD_CAP)
        self._runner.run_db(
            lambda: service.page(query, None, limit),
            lambda page: self._reload_page(generation, page),
            lambda error: self._failed(generation, error),
        )

    def _reload_page(self, generation: int, page: ConversationPage) -> None:
        if generation != self._generation:
            return
        ids = list(page.conversation_ids)
        if ids != self._ids:
            self._reset_to(ids)
        self._cursor, self._more = page.next, page.next is not None

    def _reload_list(self, generation: int, found: IdList) -> None:
        if generation != self._generation:
            return
        shown = len(self._ids)
        ids = list(found.conversation_ids)
        self._cells = cells.Cells(found.snippets, found.terms)
        visible = ids[: max(shown, self._page_size)]
        if visible != self._ids:
            self._reset_to(visible)
        else:  # the same rows, perhaps other snippets (made again when painted)
            self._changed(0, len(self._ids) - 1)
        self._unrevealed = ids[len(visible) :]
        self._more = bool(self._unrevealed)

    def _reset_to(self, ids: list[str]) -> None:
        """Show ``ids`` instead, as a model reset (the items of the old rows dropped)."""
        self.beginResetModel()
        # The rows are replaced inside the reset, their own signals blocked: views and
        # the window know a reset, and the columns (with their widths) stay.
        with QSignalBlocker(self):
            self.setRowCount(0)
            self.setRowCount(len(ids))
        self._ids = ids
        self._rows_of = {cid: row for row, cid in enumerate(ids)}
        self._requested.clear()
        self._filled.clear()
        self._announce.clear()
        self.endResetModel()

    # ------------------------------------------------------------------ rows

    @contextmanager
    def painting(self, first: int, last: int) -> Iterator[None]:
        """The view paints rows ``first`` to ``last``: their cells first, then reads.

        Before the paint, the rows read since the last one get their cells, rows whose
        texts went stale get new texts, and rows not read yet show a placeholder. The paint
        itself then runs in C++. The rows it lacked are read after it, in one request,
        with :data:`SCREENS_AHEAD` screens above and below, so that scrolling finds
        its rows already there (and the next page of ids is asked for when those
        screens reach the end of the ids): reading them during the paint would start
        the database worker, which would hold the interpreter lock the paint's own
        Python needs.
        """
        last = min(last, len(self._ids) - 1)
        self._painted = (first, last)
        if first <= last:
            self._show(first, last)
        try:
            yield
        finally:
            if first <= last:
                top, bottom = _around(first, last)
                self._request_batch(top, bottom)
                if bottom >= len(self._ids):
                    # The next ids before the view reaches the end (Qt asks only then),
                    # so that the rows past this page are read ahead too.
                    self.fetchMore(QModelIndex())

    def _show(self, first: int, last: int, *, placeholders: bool = True) -> None:
        """Fill the items of the cached rows from ``first`` to ``last`` that lack them or
        show stale texts; with ``placeholders``, "…" in rows not read yet."""
        cache, filled, texts = self._cache, self._filled, self._cells.texts
        fill: list[tuple[int, InboxRow, tuple[str, ...]]] = []
        empty: list[int] = []
        for row in range(first, last + 1):
            cid = self._ids[row]
            found = cache.get(cid)
            if found is None:
                if placeholders and cid not in filled:
                    empty.append(row)
                continue
            cache.move_to_end(cid)
            shown = texts(found)  # the kept texts, or new ones when they went stale
            if filled.get(cid) is not shown:
                fill.append((row, found, shown))
        if not fill and not empty:
            return
        with QSignalBlocker(self):  # painted next anyway: no signal to repaint
            for row, found, shown in fill:
                self._fill(row, found, shown)
            for row in empty:
                self._fill_placeholder(row)

    def _fill(self, row: int, found: InboxRow, shown: tuple[str, ...]) -> None:
        """Show ``shown`` in the row's cells, bold while it has unread messages."""
        font = self._bold if found.conversation.unread_count else None
        for column, text in enumerate(shown):
            self._set(row, column, {_DISPLAY: text, _FONT: font})
        self._filled[found.conversation_id] = shown

    def _fill_placeholder(self, row: int) -> None:
        for column in range(self.COLUMN_COUNT):
            self._set(row, column, {_DISPLAY: "…" if column == self.COL_GUEST else ""})
        cid = self._ids[row]
        self._filled[cid] = None
        self._announce.add(cid)

    def _set(self, row: int, column: int, values: dict[int, object]) -> None:
        """Set these roles of a cell (its item made from the prototype when it has none).

        An item is made and changed in C++: no Python wrapper to keep per cell, and no
        item ever replaced (Qt finds a replaced item's old index by searching every
        cell of the model: 3 ms a row at 95,000 rows).
        """
        if column in _CENTRED:
            values[_ALIGN] = Qt.AlignmentFlag.AlignCenter
        self.setItemData(self.index(row, column), values)

    def _empty(self, conversation_id: str) -> None:
        """Delete the items of a row that left the cache (they would outlive it).

        An item made in C++ (a copy of the prototype) and taken from the model is
        nobody's to delete: it is deleted here. Neither taking it alone nor setting the
        cell to None frees it (measured: ~180 bytes a cell, ~260 MB over a full scroll).
        """
        row = self._rows_of.get(conversation_id)
        if row is not None and conversation_id in self._filled:
            del self._filled[conversation_id]
            for column in range(self.COLUMN_COUNT):
                item = self.takeItem(row, column)
                if item is not None:
                    shiboken6.delete(item)

    def _request_batch(self, first: int, last: int) -> None:
        """Read the missing rows from ``first`` to ``last`` (a batch at least)."""
        if self._service is None:
            return
        start = max(0, first - self._batch_size // 4)
        window = self._ids[start : max(last + 1, start + self._batch_size)]
        cache, requested, missing = self._cache, self._requested, self._missing
        batch = [c for c in window if c not in cache and c not in requested and c not in missing]
        if not batch:
            return
        self._requested.update(batch)
        service, generation, shown = self._service, self._generation, self._cells
        self._runner.run_db(
            lambda: shown.formatted(service.rows(batch)),  # texts formatted on the worker
            lambda done: self._rows_arrived(generation, batch, shown.keep(done)),
            lambda error: self._rows_failed(generation, batch, error),
        )

    def _rows_arrived(self, generation: int, batch: list[str], rows: list[InboxRow]) -> None:
        if generation != self._generation:
            return
        self._requested.difference_update(batch)
        cache = self._cache
        for found in rows:
            cache[found.conversation_id] = found
            cache.move_to_end(found.conversation_id)
        self._missing.update(set(batch) - {r.conversation_id for r in rows})
        with QSignalBlocker(self):  # announced below, once, for the rows that were shown
            while len(cache) > self._cache_size:
                self._empty(cache.popitem(last=False)[0])
            for found in rows:
                row = self._rows_of.get(found.conversation_id)
                if row is not None and found.conversation_id in cache:  # not evicted at once
                    self._fill(row, found, self._cells.texts(found))
        self._announce_first_rows(generation)
        # Rows read ahead were never shown: announcing them would only make the view
        # work for nothing.
        shown = [c for c in batch if c in self._announce]
        self._announce.difference_update(shown)
        positions = [self._rows_of[c] for c in shown if c in self._rows_of]
        if positions:
            self._changed(min(positions), max(positions))

    def _rows_failed(self, generation: int, batch: list[str], error: KnownError) -> None:
        if generation == self._generation:
            self._requested.difference_update(batch)
            self.load_failed.emit(error)

    def _changed(self, first: int, last: int) -> None:
        if first <= last:
            bottom_right = self.index(last, self.COLUMN_COUNT - 1)
            self.dataChanged.emit(self.index(first, 0), bottom_right)

    # ------------------------------------------------------------------ Qt model API

    # data(), flags(), index() and the counts are QStandardItemModel's own, in C++:
    # painting a cell makes no call into Python.

    def _title(self) -> None:
        """The column titles and their tooltips (header items, read in C++ too)."""
        horizontal = Qt.Orientation.Horizontal
        for column, (title, tip) in enumerate(
            zip(cells.headers(), cells.header_tips(), strict=True)
        ):
            self.setHeaderData(column, horizontal, title, _ROLE.DisplayRole)
            self.setHeaderData(column, horizontal, tip, _ROLE.ToolTipRole)

    def retranslate(self) -> None:
        """Titles and texts in the new language (rows are formatted again when shown)."""
        self._cells.forget()  # texts made anew: the paint refills the rows it shows
        self._title()
        self._changed(0, len(self._ids) - 1)

    def highlight_at(self, index: Index) -> str | None:
        """The cell's text with search matches marked, or None."""
        if not self._cells.terms or not index.isValid() or index.row() >= len(self._ids):
            return None
        found = self._cache.get(self._ids[index.row()])
        return self._cells.highlight(found, index.column()) if found is not None else None

    def tooltip_at(self, index: Index) -> str | None:
        """The cell's tooltip (the time in full, the language's name...), or None."""
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        found = self._cache.get(self._ids[index.row()])
        return self._cells.tooltip(found, index.column()) if found is not None else None

    # ------------------------------------------------------------------ sorting

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Time (oldest or newest first) and guest name are sorted; other columns not."""
        descending = order is Qt.SortOrder.DescendingOrder
        if column == self.COL_TIME:
            wanted = SortOrder.NEWEST_FIRST if descending else SortOrder.OLDEST_FIRST
        elif column == self.COL_GUEST:
            wanted = SortOrder.GUEST_NAME_DESC if descending else SortOrder.GUEST_NAME
        else:
            return
        if wanted is not self._query.sort:
            self.set_query(replace(self._query, sort=wanted))

    @classmethod
    def sortable(cls, column: int) -> bool:
        return column in (cls.COL_TIME, cls.COL_GUEST)
