"""The search field (``searchField``): debounced, so each pause in typing runs one query.

The field emits :attr:`SearchField.search_requested` 150 ms after the last key (at
once on Enter, and with an empty text on Escape). Superseded queries are dropped by
the list model's generation counter: only the latest result is ever shown.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

DEBOUNCE_MS = 150


class SearchField(QLineEdit):
    """Guest name, reservation number or message text; accents do not matter."""

    search_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchField")
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(240)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_now)
        self._last: str | None = None
        self.textChanged.connect(lambda _text: self._timer.start())
        self.returnPressed.connect(self.run_now)
        self.retranslate_ui()

    def run_now(self) -> None:
        """Search for the current text now (if it changed since the last search)."""
        self._timer.stop()
        text = self.text().strip()
        if text != self._last:
            self._last = text
            self.search_requested.emit(text)

    def clear_search(self) -> None:
        self.clear()
        self.run_now()

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear_search()
            return
        super().keyPressEvent(event)

    def retranslate_ui(self) -> None:
        self.setPlaceholderText(self.tr("Search guest, reservation or message (Ctrl+K)"))
        self.setAccessibleName(self.tr("Search conversations"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
