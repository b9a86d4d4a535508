"""Sync state in the status bar, the system-tray icon, and a thread-safe bridge for the engine.

The sync engine reports through :class:`SyncBridge` (its signals may be emitted from any
thread; the window receives them on the GUI thread) or calls the window's ``on_*``
methods directly from the GUI thread.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QSystemTrayIcon, QWidget

import resources
from desktop.errors import KnownError
from ui.errors import known_error_text
from ui.inbox import texts
from ui.widgets import named


class SyncBridge(QObject):
    """Signals the sync engine may emit from its own threads."""

    started = Signal()
    progress = Signal(int, object)
    finished = Signal(object, object)
    failed = Signal(object)
    changed = Signal(object)


class SyncStatus(QWidget):
    """Last sync, first-sync progress, offline and sign-in indicators."""

    def __init__(self, bar: QStatusBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bar = bar
        self.progress = named(QProgressBar(), "syncProgress")
        self.progress.setMaximumWidth(180)
        self.progress.setTextVisible(True)
        self.progress.setVisible(False)
        self.offline = named(QLabel(), "offlineIndicator")
        self.offline.setVisible(False)
        self.sign_in = named(QLabel(), "signInIndicator")
        self.sign_in.setVisible(False)
        self.last_sync = named(QLabel(), "lastSyncLabel")
        for widget in (self.offline, self.sign_in, self.progress, self.last_sync):
            bar.addPermanentWidget(widget)
        self._last_at: datetime | None = None
        self._syncing = False
        self.retranslate_ui()

    def started(self) -> None:
        self._syncing = True
        self._show_last()

    def progressed(self, done: int, total: int | None) -> None:
        """``total`` None (not known yet) shows a busy bar."""
        if total is None:
            self.progress.setRange(0, 0)
            self.progress.setVisible(True)
            return
        self.progress.setVisible(total > 0)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))

    def finished(self, summary: object, at: datetime) -> None:
        """``summary``: a text, or the engine's summary (new messages, outbox report)."""
        self._syncing = False
        self._last_at = at
        self.progress.setVisible(False)
        self.offline.setVisible(False)
        self.sign_in.setVisible(False)
        self._show_last()
        text = summary if isinstance(summary, str) else self._summary_text(summary)
        if text:
            self._bar.showMessage(text, 8000)

    def _summary_text(self, summary: object) -> str:
        new = int(getattr(summary, "new_messages", 0) or 0)
        outbox = getattr(summary, "outbox", None)
        sent = int(getattr(outbox, "sent", 0) or 0)
        doubt = int(getattr(outbox, "in_doubt", 0) or 0)
        parts = [self.tr("New messages: {count}").format(count=new)]
        if sent:
            parts.append(self.tr("sent: {count}").format(count=sent))
        if doubt:
            parts.append(self.tr("in doubt: {count}").format(count=doubt))
        return " · ".join(parts)

    def failed(self, error: KnownError) -> None:
        self._syncing = False
        self.progress.setVisible(False)
        title, body = known_error_text(error)
        self.offline.setVisible(error.code == "network")
        self.sign_in.setVisible(error.code == "auth")
        self.offline.setToolTip(body)
        self.sign_in.setToolTip(body)
        if error.code not in ("network", "auth"):
            self._bar.showMessage(title, 15000)
        self._show_last()

    def _show_last(self) -> None:
        if self._syncing:
            self.last_sync.setText(self.tr("Syncing…"))
        elif self._last_at is None:
            self.last_sync.setText(self.tr("Not synced yet"))
        else:
            when = texts.desk_time(self._last_at)
            self.last_sync.setText(self.tr("Last sync: {when}").format(when=when))

    def retranslate_ui(self) -> None:
        self.offline.setText(self.tr("Offline — retrying"))
        self.sign_in.setText(self.tr("Sign-in needed"))
        self.progress.setFormat(self.tr("First sync: %v of %m"))
        names = {
            self.progress: self.tr("Sync progress"),
            self.offline: self.tr("Offline"),
            self.sign_in: self.tr("Sign-in needed"),
            self.last_sync: self.tr("Last sync"),
        }
        for widget, name in names.items():
            widget.setAccessibleName(name)
        self._show_last()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def app_icon() -> QIcon:
    node = resources.path("icons", "frontdesk.svg")
    with resources.as_file(node) as path:
        return QIcon(str(path)) if path.exists() else QIcon()


class TrayNotifier(QObject):
    """The tray icon with the unread count, and notifications of new guest messages.

    Without a system tray (offscreen, some desktops) it only keeps the count and the
    last notification, so the rest of the window behaves the same.
    """

    def __init__(self, parent: QWidget, *, notifications: bool) -> None:
        super().__init__(parent)
        self.notifications = notifications
        self.unread: int | None = None
        self.last_notification: tuple[str, str] | None = None
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(app_icon(), parent)
            self.tray.activated.connect(lambda _reason: _raise(parent))
            self.tray.show()

    def update_unread(self, unread: int, *, announce: bool) -> None:
        """Show the count; announce new unread messages when ``announce``."""
        previous = self.unread
        self.unread = unread
        tip = self.tr("Frontdesk — unread guest conversations: {count}").format(count=unread)
        if self.tray is not None:
            self.tray.setToolTip(tip)
        if announce and previous is not None and unread > previous and self.notifications:
            title = self.tr("New guest message")
            body = self.tr("Unread guest conversations: {count}").format(count=unread)
            self.last_notification = (title, body)
            if self.tray is not None:
                self.tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, 8000)

    def hide(self) -> None:
        if self.tray is not None:
            self.tray.hide()


def _raise(window: QWidget) -> None:
    window.showNormal()
    window.raise_()
    window.activateWindow()
