"""Small helpers shared by every window."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


def named(widget: W, object_name: str) -> W:
    """Give ``widget`` its stable object name (for tests and accessibility tools)."""
    widget.setObjectName(object_name)
    return widget
