"""Typing helpers for pytest-qt.

``qtbot.keyClicks`` aborts the whole process on non-ASCII text with PySide6 (see the
platform notes), so accented text is typed one key event per character.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, accents included, into ``widget``."""
    for char in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier
        )
