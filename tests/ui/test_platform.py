"""A regression check of the Qt binding itself, which would crash the application.

PySide6 6.12.0 on Python 3.11 drops a reference to None on each void call made from
Python and to True on each ``Signal.emit()``; when a count reaches zero the interpreter
aborts (``Fatal Python error: none_dealloc``) — within minutes of typing in the
composer. pyproject.toml keeps PySide6 below 6.12; this test fails on any release
with the same fault.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


class _Emitter(QObject):
    ping = Signal()


def test_pyside_keeps_references_to_none_and_true(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    emitter = _Emitter()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(100):
        label.setText("x")
        emitter.ping.emit()
    assert sys.getrefcount(None) >= none_before - 10
    assert sys.getrefcount(True) >= true_before - 10
