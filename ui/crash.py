"""Bugs end here: a dialog with a copyable report that never contains secrets.

Known errors (``desktop.errors.KnownError``) never reach this dialog; they are shown as
a message with a next step by :func:`show_known_error`.
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.errors import KnownError
from desktop.logs import redact
from ui.errors import known_error_text

log = logging.getLogger(__name__)


def crash_report(error: BaseException) -> str:
    """A plain-text report: versions and the traceback, with secrets masked."""
    lines = [
        f"Frontdesk {__version__}",
        f"Python {platform.python_version()} on {platform.platform()}",
        f"Qt {qVersion()}",
        "",
        *traceback.format_exception(type(error), error, error.__traceback__),
    ]
    return redact("\n".join(line.rstrip("\n") for line in lines))


class CrashDialog(QDialog):
    """Shows the report with a button that copies it to the clipboard."""

    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CrashDialog")
        self._report = report
        self._intro = QLabel()
        self._intro.setWordWrap(True)
        self._text = QPlainTextEdit(report)
        self._text.setReadOnly(True)
        self._text.setObjectName("crashReport")
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self._copy = self._buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self._copy.clicked.connect(self.copy_report)
        self._buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addWidget(self._text)
        layout.addWidget(self._buttons)
        self.resize(640, 420)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Frontdesk ran into a problem"))
        self._intro.setText(
            self.tr(
                "Something unexpected happened. What you typed has been kept. "
                "Please copy this report and send it to your administrator."
            )
        )
        self._copy.setText(self.tr("Copy report"))
        self._copy.setAccessibleName(self.tr("Copy report"))
        self._text.setAccessibleName(self.tr("Crash report"))

    def copy_report(self) -> None:
        QApplication.clipboard().setText(self._report)


def show_crash(error: BaseException, parent: QWidget | None = None) -> None:
    """Log the bug and show the crash dialog (modal)."""
    report = crash_report(error)
    log.error("unexpected error\n%s", report)
    if QApplication.instance() is None:
        print(report, file=sys.stderr)
        return
    CrashDialog(report, parent).exec()


def show_known_error(error: KnownError, parent: QWidget | None = None) -> None:
    """A translated message with the next step."""
    title, text = known_error_text(error)
    QMessageBox.warning(parent, title, text)


def install_excepthook() -> None:
    """Route uncaught exceptions on the GUI thread to the crash dialog."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        if isinstance(error, KnownError):
            show_known_error(error)
            return
        show_crash(error.with_traceback(tb))

    sys.excepthook = hook
