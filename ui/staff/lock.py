"""The lock screen over a window, and the idle watch that brings it up.

:class:`LockScreen` covers its window (menus and toolbars included), disables what is
under it so that neither the mouse, Tab nor a shortcut reaches it, and asks for the
PIN of the person signed in, or lets someone else sign in (:class:`PinSwitchDialog`).

:class:`IdleLock` tells the :class:`~desktop.staff.StaffSession` about user activity
(keys, clicks, wheel) and asks it on a timer whether the desk is locked; the session
decides (``idle_lock_minutes``), so the rule lives in the core.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.domain import StaffMember
from desktop.errors import KnownError
from desktop.staff import StaffSession
from ui.staff.pin_dialog import PinSwitchDialog, pin_field
from ui.staff.texts import pin_error_text
from ui.tasks import TaskRunnerProtocol
from ui.widgets import named

_ACTIVITY = (
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
)


class LockScreen(QWidget):
    """Covers ``window`` while the desk is locked; ``unlocked`` carries who unlocked."""

    unlocked = Signal(object)

    def __init__(
        self,
        session: StaffSession,
        runner: TaskRunnerProtocol,
        members: Callable[[], Sequence[StaffMember]],
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self.setObjectName("lockScreen")
        self._session = session
        self._runner = runner
        self._members = members
        self._window = window
        self._disabled: list[QWidget] = []
        self.title = QLabel()
        self.who = named(QLabel(), "lockWho")
        self.pin = named(pin_field(), "lockPin")
        self.message = named(QLabel(), "lockMessage")
        self.unlock_button = named(QPushButton(), "unlockButton")
        self.switch_button = named(QPushButton(), "switchStaffButton")
        self._build()
        self.pin.returnPressed.connect(self.try_unlock)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.switch_button.clicked.connect(self.choose_someone_else)
        window.installEventFilter(self)
        self.retranslate_ui()
        self.hide()

    def _build(self) -> None:
        panel = QFrame()
        panel.setObjectName("lockPanel")
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel.setAutoFillBackground(True)
        panel.setMaximumWidth(380)
        inner = QVBoxLayout(panel)
        for widget in (self.title, self.who, self.pin, self.message):
            inner.addWidget(widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.unlock_button)
        buttons.addWidget(self.switch_button)
        inner.addLayout(buttons)
        self.message.setWordWrap(True)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(panel)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)

    @property
    def locked(self) -> bool:
        """The lock is on (shown, even while its window is not yet on screen)."""
        return not self.isHidden()

    def lock_now(self) -> None:
        """Cover the window and wait for a PIN."""
        self.setGeometry(self._window.rect())
        self._disable_window()
        current = self._session.current
        self.who.setText(current.name if current else "")
        self.unlock_button.setEnabled(current is not None)
        self.message.clear()
        self.pin.clear()
        self.show()
        self.raise_()
        self.pin.setFocus()

    def try_unlock(self) -> None:
        pin = self.pin.text()
        if self._session.current is None:
            self.choose_someone_else()
            return
        self._runner.run_db(
            lambda: self._session.unlock(pin), on_done=self._unlocked, on_error=self._refused
        )

    def choose_someone_else(self) -> PinSwitchDialog:
        dialog = PinSwitchDialog(self._session, self._members(), self._runner, self)
        dialog.switched.connect(self._unlocked)
        dialog.open()
        return dialog

    def _unlocked(self, member: StaffMember) -> None:
        self.hide()
        for widget in self._disabled:
            widget.setEnabled(True)
        self._disabled = []
        self.unlocked.emit(member)

    def _refused(self, error: KnownError) -> None:
        self.message.setText(pin_error_text(error))
        self.pin.clear()
        self.pin.setFocus()

    def _disable_window(self) -> None:
        for child in self._window.findChildren(
            QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
        ):
            if child is not self and child.isEnabled() and not child.isWindow():
                child.setEnabled(False)
                self._disabled.append(child)

    # ------------------------------------------------------------------ events

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Resize and self.locked:
            self.setGeometry(self._window.rect())
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(20, 24, 31, 215))
        painter.end()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("<b>Frontdesk is locked</b>"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.switch_button.setText(self.tr("&Someone else…"))
        self.pin.setAccessibleName(self.tr("PIN"))
        self.pin.setPlaceholderText(self.tr("PIN"))
        self.setAccessibleName(self.tr("Lock screen"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class IdleLock(QObject):
    """Feeds activity to the session and shows the lock screen when it says so.

    Activity is seen by an application-wide event filter, a Python call for every event
    of every widget: it is installed only while the desk has staff profiles (without
    them nothing ever locks), and comes and goes with them at the next check.

    Args:
        check_ms: How often to ask the session (the lock may come this much late).
    """

    TOUCH_EVERY_S = 1.0

    def __init__(
        self,
        session: StaffSession,
        screen: LockScreen,
        *,
        check_ms: int = 5000,
        app: QCoreApplication | None = None,
    ) -> None:
        super().__init__(screen)
        self._session = session
        self._screen = screen
        self._last_touch = 0.0
        self._app = app or QCoreApplication.instance()
        self._watching = False
        self.timer = QTimer(self)
        self.timer.setInterval(check_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        self.check()  # a desk with staff profiles opens locked, before anything shows

    def check(self) -> bool:
        """Show the lock screen if the session is locked; True if it is."""
        if not isValid(self._screen):
            return False
        self._watch(self._session.has_staff)
        locked = self._session.is_locked()
        if locked and not self._screen.locked:
            self._screen.lock_now()
        return locked

    def _watch(self, wanted: bool) -> None:
        if self._app is None or wanted == self._watching:
            return
        if wanted:
            self._app.installEventFilter(self)
        else:
            self._app.removeEventFilter(self)
        self._watching = wanted

    @property
    def watching(self) -> bool:
        """Whether activity is being watched (the desk has staff profiles)."""
        return self._watching

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isValid(self._screen):  # the window is being destroyed
            return False
        kind = event.type()
        if self._screen.locked:
            if kind == QEvent.Type.ShortcutOverride:
                event.accept()  # a key, never a shortcut: nothing under the lock fires
                return True
            return False
        if kind in _ACTIVITY:
            now = time.monotonic()
            if now - self._last_touch >= self.TOUCH_EVERY_S:
                self._last_touch = now
                self._session.touch()
        return False
