"""The article view (a QTextBrowser that loads nothing) and its find-in-page bar.

:class:`ArticleBrowser` never follows a link itself (``setOpenLinks(False)``):
``article:<slug>`` links are handed to the viewer, http(s) links open in the system
browser on click only, anything else is ignored. :meth:`ArticleBrowser.loadResource`
refuses every resource, so an article can never make the viewer fetch something.

:class:`FindBar` highlights every match (accent-insensitive: ``reservation`` finds
``réservation``) with ExtraSelections, the current one in a stronger colour; Enter /
Shift+Enter go to the next / previous match, Esc closes the bar.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QKeyEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QTextEdit,
    QToolButton,
    QWidget,
)

from desktop.helpcenter import ARTICLE_SCHEME, allowed_link, fold
from ui.widgets import named

ALL_MATCHES = QColor("#ffe58a")
CURRENT_MATCH = QColor("#ff9f43")


class ArticleBrowser(QTextBrowser):
    """Shows one article's HTML; emits :attr:`article_link` for ``article:`` links."""

    article_link = Signal(str)

    def __init__(
        self,
        open_url: Callable[[QUrl], Any] = QDesktopServices.openUrl,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._open_url = open_url
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor)

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        """Refuse every resource: articles are self-contained, nothing remote is loaded."""
        return None

    def _on_anchor(self, url: QUrl) -> None:
        text = url.toString()
        if not allowed_link(text):
            return
        if url.scheme().lower() == ARTICLE_SCHEME:
            self.article_link.emit(text.split(":", 1)[1])
        else:
            self._open_url(url)


@functools.lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    folded = fold(ch)
    return folded if len(folded) == 1 else ch


def folded_positions(text: str, needle: str) -> list[int]:
    """Start positions of ``needle`` in ``text``, ignoring case and accents.

    Each character is folded on its own, so positions in the folded text are the
    positions in ``text`` (a character that folds to several is kept as it is).
    """
    wanted = fold(needle)
    if not wanted:
        return []
    folded = "".join(_fold_char(ch) for ch in text)
    found: list[int] = []
    start = folded.find(wanted)
    while start >= 0:
        found.append(start)
        start = folded.find(wanted, start + len(wanted))
    return found


class FindBar(QWidget):
    """Find in page for an :class:`ArticleBrowser` (objectName ``articleFindBar``)."""

    closed = Signal()

    def __init__(self, browser: QTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleFindBar")
        self._browser = browser
        self._matches: list[tuple[int, int]] = []
        self._current = -1
        self.field = named(QLineEdit(), "findField")
        self.field.setClearButtonEnabled(True)
        self.count = named(QLabel(), "findCount")
        self.previous_button = named(QToolButton(), "findPrevious")
        self.next_button = named(QToolButton(), "findNext")
        self.close_button = named(QToolButton(), "findClose")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        for widget in (self.field, self.count, self.previous_button, self.next_button):
            layout.addWidget(widget)
        layout.addWidget(self.close_button)
        self.field.textChanged.connect(self.refresh)
        self.field.installEventFilter(self)
        self.previous_button.clicked.connect(self.find_previous)
        self.next_button.clicked.connect(self.find_next)
        self.close_button.clicked.connect(self.close_bar)
        self.hide()
        self.retranslate_ui()

    # ------------------------------------------------------------------ behaviour

    def open_bar(self) -> None:
        """Show the bar with the field selected (Ctrl+F)."""
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        self.refresh()

    def close_bar(self) -> None:
        """Hide the bar, drop the highlights, give the focus back to the article."""
        self.hide()
        self._matches, self._current = [], -1
        self._browser.setExtraSelections([])
        self._browser.setFocus(Qt.FocusReason.OtherFocusReason)
        self.closed.emit()

    @property
    def matches(self) -> list[tuple[int, int]]:
        """``(start, end)`` of every match in the document."""
        return list(self._matches)

    @property
    def current(self) -> int:
        """The index of the current match, -1 when there is none."""
        return self._current

    def refresh(self) -> None:
        """Find every match of the field's text again (new text or a new article)."""
        text = self.field.text()
        raw = self._browser.document().toRawText()
        size = len(text)
        self._matches = [(s, s + size) for s in folded_positions(raw, text)] if text else []
        self._current = 0 if self._matches else -1
        self._show()

    def find_next(self) -> None:
        self._step(1)

    def find_previous(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        if not self._matches:
            return
        self._current = (self._current + delta) % len(self._matches)
        self._show()

    def _show(self) -> None:
        selections: list[QTextEdit.ExtraSelection] = []
        for number, (start, end) in enumerate(self._matches):
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self._browser.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            fmt = QTextCharFormat()
            fmt.setBackground(CURRENT_MATCH if number == self._current else ALL_MATCHES)
            fmt.setForeground(QColor("#000000"))
            selection.format = fmt
            selections.append(selection)
            if number == self._current:
                visible = QTextCursor(self._browser.document())
                visible.setPosition(start)
                self._browser.setTextCursor(visible)
                self._browser.ensureCursorVisible()
        self._browser.setExtraSelections(selections)
        self._update_count()

    def _update_count(self) -> None:
        if not self.field.text():
            self.count.setText("")
        elif not self._matches:
            self.count.setText(self.tr("No match"))
        else:
            self.count.setText(
                self.tr("{current} of {total}").format(
                    current=self._current + 1, total=len(self._matches)
                )
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                self.find_previous() if shift else self.find_next()
                return True
            if key == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ texts

    def retranslate_ui(self) -> None:
        self.field.setPlaceholderText(self.tr("Find in article"))
        self.previous_button.setText(self.tr("Previous"))
        self.next_button.setText(self.tr("Next"))
        self.close_button.setText(self.tr("Close"))
        names = {
            self.field: self.tr("Find in article"),
            self.previous_button: self.tr("Previous match"),
            self.next_button: self.tr("Next match"),
            self.close_button: self.tr("Close find bar"),
        }
        for widget, name in names.items():
            widget.setAccessibleName(name)
        self.count.setAccessibleName(self.tr("Matches"))
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
