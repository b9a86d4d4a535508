"""The search results: a list model of article hits and a delegate that highlights matches.

The model holds frozen :class:`~desktop.store.model.ArticleHit` values (never rows) and
exposes them through named roles; titles and snippets keep the core's highlight marks
(``\\x02`` ... ``\\x03``), which the delegate paints as bold on a highlight colour (the
marks themselves never reach the screen or screen readers).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.helpcenter import HIGHLIGHT_END, HIGHLIGHT_START, ArticleHit, plain

Index = QModelIndex | QPersistentModelIndex

# The list never shows more rows than this (the search asks for fewer).
MAX_ROWS = 50
HIGHLIGHT_STYLE = "background-color: #ffe58a; color: #000; font-weight: 600;"


def marked_html(marked: str) -> str:
    """Escape text and turn the highlight marks into a styled span."""
    escaped = html.escape(marked, quote=False)
    return escaped.replace(HIGHLIGHT_START, f'<span style="{HIGHLIGHT_STYLE}">').replace(
        HIGHLIGHT_END, "</span>"
    )


class ArticleResultsModel(QAbstractListModel):
    """Search hits, best first. Display role: the plain title."""

    ArticleIdRole = Qt.ItemDataRole.UserRole + 1
    MarkedTitleRole = Qt.ItemDataRole.UserRole + 2
    MarkedSnippetRole = Qt.ItemDataRole.UserRole + 3
    ThemeRole = Qt.ItemDataRole.UserRole + 4
    LanguageRole = Qt.ItemDataRole.UserRole + 5
    ScoreRole = Qt.ItemDataRole.UserRole + 6
    HitRole = Qt.ItemDataRole.UserRole + 7

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[ArticleHit] = []

    def set_hits(self, hits: Sequence[ArticleHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits[:MAX_ROWS])
        self.endResetModel()

    def hit(self, row: int) -> ArticleHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def roleNames(self) -> dict[int, QByteArray]:
        names = {
            Qt.ItemDataRole.DisplayRole: b"display",
            self.ArticleIdRole: b"articleId",
            self.MarkedTitleRole: b"markedTitle",
            self.MarkedSnippetRole: b"markedSnippet",
            self.ThemeRole: b"theme",
            self.LanguageRole: b"language",
            self.ScoreRole: b"score",
            self.HitRole: b"hit",
        }
        return {int(role): QByteArray(name) for role, name in names.items()}

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        hit = self.hit(index.row())
        if hit is None:
            return None
        values: dict[int, Any] = {
            Qt.ItemDataRole.DisplayRole: plain(hit.title),
            Qt.ItemDataRole.ToolTipRole: plain(hit.snippet),
            Qt.ItemDataRole.AccessibleTextRole: f"{plain(hit.title)}. {plain(hit.snippet)}",
            self.ArticleIdRole: hit.article_id,
            self.MarkedTitleRole: hit.title,
            self.MarkedSnippetRole: hit.snippet,
            self.ThemeRole: hit.theme,
            self.LanguageRole: hit.language,
            self.ScoreRole: hit.score,
            self.HitRole: hit,
        }
        return values.get(role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )


class HighlightDelegate(QStyledItemDelegate):
    """Paints a hit as its title (bold) over its snippet, matches highlighted."""

    PADDING = 6

    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        title = index.data(ArticleResultsModel.MarkedTitleRole) or ""
        snippet = index.data(ArticleResultsModel.MarkedSnippetRole) or ""
        document = QTextDocument()
        document.setDocumentMargin(self.PADDING)
        document.setDefaultFont(option.font)
        muted = option.palette.color(QPalette.ColorRole.PlaceholderText).name()
        document.setHtml(
            f"<div><b>{marked_html(title)}</b></div>"
            f'<div style="color: {muted};">{marked_html(snippet)}</div>'
        )
        document.setTextWidth(max(option.rect.width(), 120))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget is not None else None
        text_option = QStyleOptionViewItem(option)
        text_option.text = ""
        if style is not None:
            style.drawControl(
                QStyle.ControlElement.CE_ItemViewItem, text_option, painter, option.widget
            )
        document = self._document(option, index)
        painter.save()
        painter.translate(option.rect.topLeft())
        context = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:
            color = option.palette.color(QPalette.ColorRole.HighlightedText)
            context.palette.setColor(QPalette.ColorRole.Text, color)
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        self.initStyleOption(option, index)
        width = option.widget.width() if isinstance(option.widget, QWidget) else 300
        option.rect.setWidth(max(width - 24, 120))
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()))
