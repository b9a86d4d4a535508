"""The questions the history windows ask, in one object tests can replace.

The history window and its dialogs ask for a file to save, a confirmation, or show
a message or a known error through a :class:`HistoryPrompts`; tests hand in an
object with the same methods instead of clicking through modal dialogs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.errors import KnownError
from ui.crash import show_known_error


class HistoryPrompts:
    """Modal dialogs over ``parent``."""

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent

    def save_path(self, title: str, suggested: str, file_filter: str) -> Path | None:
        """Where to save a file, or None if the user cancelled."""
        chosen, _ = QFileDialog.getSaveFileName(self._parent, title, suggested, file_filter)
        return Path(chosen) if chosen else None

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self._parent,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def inform(self, title: str, text: str) -> None:
        QMessageBox.information(self._parent, title, text)

    def known_error(self, error: KnownError) -> None:
        show_known_error(error, self._parent)
