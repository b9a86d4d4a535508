"""The conversation list's model: ids only, fetched lazily, rows cached (Anki's table model).

The model holds the ids revealed so far, in list order. More ids come with
``fetchMore`` (the view asks when it scrolls near the end): a keyset page of the
store for guest folders sorted by time, else the next slice of a complete id list
computed once on the database worker (search, name order, outbox, drafts, support).
Row contents are fetched by id, in one batch after each paint that lacked some (with
two screens around them, see :meth:`ConversationListModel.painting`), and kept in an
LRU cache. Every query runs through the task runner: the GUI thread never waits on
the database.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

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
#: Screens of rows read ahead, each way, of what a paint showed.
SCREENS_AHEAD = 2
#: A soft reload re-reads at most this many rows (the rest come back with fetchMore).
RELOAD_CAP = 2000


class ConversationListModel(QAbstractTableModel):
    """Conversations of one folder, property and search, one row each."""

    COL_GUEST = cells.COL_GUEST
    COL_RESERVATION = cells.COL_RESERVATION
    COL_STAY = cells.COL_STAY
    COL_LANGUAGE = cells.COL_LANGUAGE
    COL_SNIPPET = cells.COL_SNIPPET
    COL_TIME = cells.COL_TIME
    COL_STATUS = cells.COL_STATUS
    COL_UNREAD = cells.COL_UNREAD
    COLUMN_COUNT = cells.COLUMN_COUNT

    ConversationIdRole = _ROLE.UserRole + 1
    RowRole = _ROLE.UserRole + 2
    HighlightRole = _ROLE.UserRole + 3
    SortRole = _ROLE.UserRole + 4
    UnreadRole = _ROLE.UserRole + 5

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
        super().__init__(parent)
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
        self._in_data = False
        self._painting = False
        self._painted = (0, -1)  # the first and last rows the current paint asked for
        self._placeholders: set[str] = set()  # rows shown as "…", announced when read
        self._cells = cells.Cells({}, ())
        self._bold = QFont()
        self._bold.setBold(True)

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
        last = self.index(len(self._ids) - 1, self.COLUMN_COUNT - 1)
        self.dataChanged.emit(self.index(0, 0), last)

    def conversation_id(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, conversation_id: str) -> int | None:
        return self._rows_of.get(conversation_id)

    def cached_row(self, conversation_id: str) -> InboxRow | None:
        return self._cache.get(conversation_id)

    def _restart(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self._set_ids([])
        self._cursor = None
        self._unrevealed = []
        self._cells = cells.Cells({}, ())
        self._requested.clear()
        self._missing.clear()
        self._placeholders.clear()
        self._fetching = False
        self._more = self._service is not None
        self.endResetModel()
        if self._service is None:
            return
        if self._query.is_keyset:
            self.fetchMore(QModelIndex())
        else:
            self._fetching = True
            self._run_list(self._generation, self._reveal_list)

    def _set_ids(self, ids: list[str]) -> None:
        self._ids = ids
        self._rows_of = {cid: row for row, cid in enumerate(ids)}

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
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        for offset, cid in enumerate(fresh):
            self._ids.append(cid)
            self._rows_of[cid] = first + offset
        self.endInsertRows()

    # ------------------------------------------------------------------ refresh

    def invalidate(self, conversation_ids: Iterable[str]) -> None:
        """Forget the cached rows of these conversations; the view re-reads them."""
        for cid in conversation_ids:
            self._cache.pop(cid, None)
            self._missing.discard(cid)
            row = self._rows_of.get(cid)
            if row is not None:
                last = self.index(row, self.COLUMN_COUNT - 1)
                self.dataChanged.emit(self.index(row, 0), last)

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
        self._unrevealed = ids[len(visible) :]
        self._more = bool(self._unrevealed)

    def _reset_to(self, ids: list[str]) -> None:
        self.beginResetModel()
        self._set_ids(ids)
        self._requested.clear()
        self._placeholders.clear()
        self.endResetModel()

    # ------------------------------------------------------------------ rows

    def _row(self, row: int) -> InboxRow | None:
        cid = self._ids[row]
        found = self._cache.get(cid)
        if self._painting:
            self._painted = (min(self._painted[0], row), max(self._painted[1], row))
        if found is not None:
            self._cache.move_to_end(cid)
            return found
        if not self._painting and cid not in self._requested and cid not in self._missing:
            self._request_batch(row, row)
            found = self._cache.get(cid)  # there already when the runner is synchronous
        if found is None:
            self._placeholders.add(cid)
        return found

    @contextmanager
    def painting(self) -> Iterator[None]:
        """The view paints: the rows it lacks are read after the paint, in one request.

        Reading them as the paint meets them would start the database worker while
        the paint goes on, and each of the paint's calls into Python would then wait
        for the interpreter lock, held by the worker formatting rows. The request also
        reads :data:`SCREENS_AHEAD` screens above and below what was painted, so that
        scrolling finds its rows already there: the next frame's paint often comes
        before the worker has had time for anything (rows read ahead are announced
        only if a placeholder was shown for them).
        """
        self._painting = True
        self._painted = (len(self._ids), -1)
        try:
            yield
        finally:
            self._painting = False
            first, last = self._painted
            if first <= last:
                ahead = (last - first + 1) * SCREENS_AHEAD
                self._request_batch(max(0, first - ahead), last + ahead)

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
        for found in rows:
            self._cache[found.conversation_id] = found
            self._cache.move_to_end(found.conversation_id)
        self._missing.update(set(batch) - {r.conversation_id for r in rows})
        while len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)
        self._announce_first_rows(generation)
        # Only rows shown as placeholders changed for anyone: rows read ahead were never
        # shown, and announcing them would only make the view work for nothing.
        shown = [c for c in batch if c in self._placeholders]
        self._placeholders.difference_update(shown)
        if self._in_data:
            return  # delivered at once (synchronous runner): data() reads the cache now
        positions = [self._rows_of[c] for c in shown if c in self._rows_of]
        if positions:
            top = self.index(min(positions), 0)
            self.dataChanged.emit(top, self.index(max(positions), self.COLUMN_COUNT - 1))

    def _rows_failed(self, generation: int, batch: list[str], error: KnownError) -> None:
        if generation == self._generation:
            self._requested.difference_update(batch)
            self.load_failed.emit(error)

    # ------------------------------------------------------------------ Qt model API

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """One call into Python per index: the table model's own asks for both counts,
        two calls per painted cell (10% of a paint), each of which may wait for the
        interpreter lock."""
        inside = 0 <= row < len(self._ids) and 0 <= column < self.COLUMN_COUNT
        if not inside or parent.isValid():
            return QModelIndex()
        return self.createIndex(row, column)

    # flags(): QAbstractTableModel's own (enabled, selectable, never has children), kept
    # in C++ so that painting a cell does not call into Python for it.

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = _ROLE.DisplayRole
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal or not 0 <= section < self.COLUMN_COUNT:
            return None
        if role == _ROLE.DisplayRole:
            return cells.headers()[section]
        if role == _ROLE.ToolTipRole:
            return cells.header_tips()[section]
        return None

    def retranslate(self) -> None:
        self._cells.forget()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMN_COUNT - 1)

    def data(self, index: Index, role: int = _ROLE.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == self.ConversationIdRole:
            return self._ids[index.row()]
        return self._cell(self._found(index.row()), index.column(), role)

    def multiData(self, index: Index, roleDataSpan: QModelRoleDataSpan | QModelRoleData) -> None:
        """Every role a delegate asks for, in one call: one Python call per painted cell.

        Qt's default calls ``data()`` once per role (seven for each painted cell); each
        call from C++ into Python may wait for the interpreter lock held by the worker.
        """
        if isinstance(roleDataSpan, QModelRoleData):
            wanted: Sequence[QModelRoleData] = [roleDataSpan]
        else:  # a span is a sequence at run time (len and indexing), not in the stubs
            wanted = cast("Sequence[QModelRoleData]", roleDataSpan)
        row, column = index.row(), index.column()
        if not index.isValid() or not 0 <= row < len(self._ids):
            for role_data in wanted:
                role_data.clearData()
            return
        found = self._found(row)
        shown = self._cells.texts(found) if found is not None else None
        for role_data in wanted:
            role = role_data.role()
            if shown is not None and role == cells.DISPLAY_ROLE:
                role_data.setData(shown[column])
            elif role in cells.UNSET_ROLES:
                role_data.clearData()
            elif role == self.ConversationIdRole:
                role_data.setData(self._ids[row])
            else:
                role_data.setData(self._cell(found, column, role))

    def _found(self, row: int) -> InboxRow | None:
        self._in_data = True
        try:
            return self._row(row)
        finally:
            self._in_data = False

    def _cell(self, found: InboxRow | None, column: int, role: int) -> Any:
        if found is None:
            loading = role == _ROLE.DisplayRole and column == self.COL_GUEST
            return "…" if loading else None
        return self._value(found, column, role)

    def highlight_at(self, index: Index) -> str | None:
        """The cell's text with search matches marked (``HighlightRole``), or None."""
        if not self._cells.terms or not index.isValid() or index.row() >= len(self._ids):
            return None
        found = self._cache.get(self._ids[index.row()])
        return self._cells.highlight(found, index.column()) if found is not None else None

    def _value(self, row: InboxRow, column: int, role: int) -> Any:
        if role == _ROLE.DisplayRole:
            return self._cells.display(row, column)
        if role == self.RowRole:
            return row
        if role == self.HighlightRole:
            return self._cells.highlight(row, column)
        if role == self.UnreadRole:
            return row.conversation.unread_count
        if role == self.SortRole:
            return self._cells.sort_key(row, column)
        if role == _ROLE.FontRole and row.conversation.unread_count:
            return self._bold
        if role == _ROLE.ToolTipRole:
            return self._cells.tooltip(row, column)
        if role == _ROLE.TextAlignmentRole and column in (self.COL_UNREAD, self.COL_LANGUAGE):
            return Qt.AlignmentFlag.AlignCenter
        return None

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
