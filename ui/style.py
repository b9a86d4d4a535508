"""Look and feel: the Fusion style, following the OS light/dark setting by default."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

import resources

_SCHEMES = {
    "light": Qt.ColorScheme.Light,
    "dark": Qt.ColorScheme.Dark,
    "auto": Qt.ColorScheme.Unknown,  # Unknown = follow the platform
}


def apply_style(app: QApplication, color_scheme: str = "auto") -> None:
    """Fusion, the chosen (or system) colour scheme, and our small style sheet."""
    app.setStyle("Fusion")
    app.styleHints().setColorScheme(_SCHEMES.get(color_scheme, Qt.ColorScheme.Unknown))
    sheet = resources.path("styles", "frontdesk.qss")
    if sheet.is_file():
        app.setStyleSheet(sheet.read_text(encoding="utf-8"))


def is_dark(app: QApplication) -> bool:
    return app.styleHints().colorScheme() is Qt.ColorScheme.Dark
