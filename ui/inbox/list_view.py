"""The conversation list's view (``conversationList``) and its match-highlighting delegate."""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QWidget,
)

from desktop.services.highlight import split_marks
from desktop.services.model import ListQuery
from ui.inbox.list_model import ConversationListModel
from ui.inbox.palette import match_colors

M = ConversationListModel


def marked_html(marked: str, background: str, foreground: str) -> str:
    """Escaped HTML of a text with ``\\x02`` ... ``\\x03`` marks shown as highlights."""
    parts = []
    for text, is_match in split_marks(marked):
        escaped = html.escape(text)
        if is_match:
            escaped = (
                f'<span style="background-color:{background}; color:{foreground}">{escaped}</span>'
            )
        parts.append(escaped)
    return "".join(parts)


class CellDelegate(QStyledItemDelegate):
    """Qt's item delegate, painting in C++; tooltips come from the model's rows.

    Only ``helpEvent`` is Python: a tooltip is asked for once, when the pointer rests,
    and made then (the model's items hold no tooltips).
    """

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        model = index.model()
        if event.type() != QEvent.Type.ToolTip or not isinstance(model, M):
            return super().helpEvent(event, view, option, index)
        tip = model.tooltip_at(index)
        if not tip:
            QToolTip.hideText()
            event.ignore()
            return False
        QToolTip.showText(event.globalPos(), tip, view.viewport(), option.rect)
        return True


class HighlightDelegate(CellDelegate):
    """Paints a cell's text with the search matches highlighted (when there are some)."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        model = index.model()
        # Asked of our Python model directly: QModelIndex.data() returning an invalid
        # value costs a reference to None in PySide6 6.12 on Python 3.11 (see the report).
        marked = model.highlight_at(index) if isinstance(model, M) else None
        if not marked:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect: QRect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        palette: QPalette = opt.palette
        background, foreground = match_colors(palette)
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(opt.font)
        document.setHtml(f"<nobr>{marked_html(marked, background, foreground)}</nobr>")
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        context = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, palette.color(role))
        painter.save()
        painter.setClipRect(rect)
        top = rect.top() + max(0, (rect.height() - int(document.size().height())) // 2)
        painter.translate(QPoint(rect.left() + 2, top))
        document.documentLayout().draw(painter, context)
        painter.restore()


class ConversationListView(QTableView):
    """Rows of conversations; sortable by time and guest name; a context menu."""

    context_menu_requested = Signal(QPoint)
    #: The rows shown are painted again this often: countdowns and "today" move on.
    REFRESH_MS = 60_000

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversationList")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setTabKeyNavigation(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        self._cells = CellDelegate(self)
        self.setItemDelegate(self._cells)
        self._delegate = HighlightDelegate(self)
        self._followed: ConversationListModel | None = None
        self._refresh = QTimer(self)
        self._refresh.setInterval(self.REFRESH_MS)
        self._refresh.timeout.connect(self.viewport().update)
        self._refresh.start()
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self.context_menu_requested)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        """Show ``model``; the highlighting delegate follows its searches."""
        if self._followed is not None:
            self._followed.query_changed.disconnect(self._follow_query)
            self._followed = None
        super().setModel(model)
        if isinstance(model, ConversationListModel):
            self._followed = model
            model.query_changed.connect(self._follow_query)
        self._follow_query(self._followed.query if self._followed is not None else None)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint the rows the event covers, their cells made ready first (see the model)."""
        model = self._followed
        first = self.rowAt(event.rect().top()) if model is not None else -1
        if model is None or first < 0:
            super().paintEvent(event)
            return
        last = self.rowAt(event.rect().bottom())
        with model.painting(first, last if last >= 0 else model.rowCount() - 1):
            super().paintEvent(event)

    @property
    def highlighting(self) -> bool:
        """Whether the name and last-message columns are painted by the highlighter."""
        return self.itemDelegateForColumn(M.COL_SNIPPET) is self._delegate

    def _follow_query(self, query: ListQuery | None) -> None:
        """The Python highlighter paints only while a search is shown.

        Otherwise every cell is painted by Qt's own delegate code, without a call into
        Python per cell (each may wait for the interpreter lock held by the worker).
        """
        searching = query is not None and bool(query.search.strip())
        if searching == self.highlighting:
            return
        for column in (M.COL_GUEST, M.COL_SNIPPET):
            if searching:
                self.setItemDelegateForColumn(column, self._delegate)
            else:  # back to the view's delegate (the stubs do not say None is taken)
                self.setItemDelegateForColumn(column, None)  # type: ignore[arg-type]
        self.viewport().update()

    def setup_columns(self) -> None:
        """Compact widths from the font; the last message shown last, taking the rest.

        Sorting by time (newest first) is set without a query of its own.
        """
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setAccessibleName(self.tr("Columns (click to sort)"))
        self.verticalHeader().setAccessibleName(self.tr("Rows"))
        bold = self.font()
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        model = self.model()
        samples = {
            M.COL_GUEST: "Marie-Hélène Du",
            M.COL_SNIPPET: "Bonjour, nous arrivons vers 22 h, est-ce",
            M.COL_RESERVATION: "4001002003",
            M.COL_STAY: "30 Sep – 30 Oct",
            M.COL_LANGUAGE: "FR",
            M.COL_TIME: "12:59 PM",
            M.COL_STATUS: "Waiting for guest",
            M.COL_UNREAD: "99",
        }
        for column, sample in samples.items():
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title))
            self.setColumnWidth(column, width + 20)
        order = (
            M.COL_GUEST,
            M.COL_UNREAD,
            M.COL_TIME,
            M.COL_SNIPPET,
            M.COL_STATUS,
            M.COL_RESERVATION,
            M.COL_STAY,
            M.COL_LANGUAGE,
        )
        for visual, column in enumerate(order):
            header.moveSection(header.visualIndex(column), visual)
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(32)
        header.setSortIndicator(M.COL_TIME, Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self._keep_indicator_on_sortable)
        self.setSortingEnabled(True)

    def _keep_indicator_on_sortable(self, column: int, order: Qt.SortOrder) -> None:
        if M.sortable(column):
            return
        model = self.model()
        query = model.query if isinstance(model, ConversationListModel) else None
        header = self.horizontalHeader()
        header.blockSignals(True)
        if query is not None and query.sort.value.startswith("guest_name"):
            descending = query.sort.value.endswith("desc")
            header.setSortIndicator(M.COL_GUEST, _order(descending))
        else:
            oldest = query is not None and query.sort.value == "oldest_first"
            header.setSortIndicator(M.COL_TIME, _order(not oldest))
        header.blockSignals(False)

    def select_row(self, row: int) -> None:
        """Make ``row`` current and selected, fetching more rows first if needed."""
        model = self.model()
        while row >= model.rowCount() and model.canFetchMore(QModelIndex()):
            before = model.rowCount()
            model.fetchMore(QModelIndex())
            if model.rowCount() == before:
                break  # the page arrives later (asynchronous runner)
        if 0 <= row < model.rowCount():
            index = model.index(row, M.COL_GUEST)
            self.setCurrentIndex(index)
            self.scrollTo(index)


def _order(descending: bool) -> Qt.SortOrder:
    return Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
