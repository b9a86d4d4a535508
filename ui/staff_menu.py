"""The Staff menu of the inbox: switch staff, manage profiles, history and reports,
shift handover; and the idle lock. What a role may not do is hidden, and the core
refuses it as well (``desktop.staff.require``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from desktop.domain import StaffMember
from desktop.history.service import HistoryService
from desktop.staff import Permission, StaffDirectory, StaffSession, may
from desktop.store import staff as staff_store
from ui.inbox.window import InboxWindow
from ui.staff import IdleLock, LockScreen, PinSwitchDialog, StaffManagementDialog
from ui.tasks import TaskRunnerProtocol

if TYPE_CHECKING:
    from ui.history import HistoryWindow


class StaffMenu(QObject):
    """Owns the staff actions, the history window and the lock screen."""

    def __init__(
        self,
        window: InboxWindow,
        staff: StaffSession,
        history: HistoryService,
        runner: TaskRunnerProtocol,
        on_switch: Callable[[], None] = lambda: None,
    ) -> None:
        super().__init__(window)
        self._window, self._staff, self._history, self._runner = window, staff, history, runner
        self._on_switch = on_switch
        self._directory = StaffDirectory(history.store, staff)
        self.history_window: HistoryWindow | None = None  # built on first use (pyqtgraph)
        self.lock_screen = LockScreen(staff, runner, self._members, window)
        self.idle_lock = IdleLock(staff, self.lock_screen)
        self._menu = QMenu(window)
        self._menu.setObjectName("staffMenu")
        window.menuBar().insertMenu(window.help_menu.menuAction(), self._menu)
        self.switch = self._action("switchStaff", "Ctrl+Shift+S", self.open_switch)
        self.manage = self._action("manageStaff", "", self.open_manage)
        self.history_action = self._action("openHistory", "Ctrl+H", self.open_history)
        self.handover = self._action("openHandover", "", self.open_handover)
        self.retranslate_ui()
        self.apply_permissions()

    def _action(self, name: str, keys: str, slot: object) -> QAction:
        action = QAction(self._window)
        action.setObjectName(name)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        self._menu.addAction(action)
        return action

    def _members(self) -> list[StaffMember]:
        return list(staff_store.list_staff(self._history.store))

    def retranslate_ui(self) -> None:
        self._menu.setTitle(QCoreApplication.translate("StaffMenu", "&Staff"))
        self.switch.setText(QCoreApplication.translate("StaffMenu", "Switch staff…"))
        self.manage.setText(QCoreApplication.translate("StaffMenu", "Manage staff…"))
        self.history_action.setText(QCoreApplication.translate("StaffMenu", "History and reports…"))
        self.handover.setText(QCoreApplication.translate("StaffMenu", "Shift handover…"))

    def apply_permissions(self) -> None:
        """Show only what the person at the desk may do; tell the others who acts now."""
        self._on_switch()
        member = self._staff.current
        nobody = not staff_store.list_staff(self._history.store)
        self.manage.setVisible(
            nobody or (member is not None and may(member, Permission.MANAGE_STAFF))
        )
        self.history_action.setVisible(
            member is not None and may(member, Permission.REVIEW_HISTORY)
        )
        if self.history_window is not None:
            self.history_window.apply_permissions()

    def open_switch(self) -> None:
        dialog = PinSwitchDialog(self._staff, self._members(), self._runner, self._window)
        dialog.exec()
        self.apply_permissions()

    def open_manage(self) -> None:
        StaffManagementDialog(self._directory, self._staff, self._runner, self._window).exec()
        self.apply_permissions()

    def open_history(self) -> None:
        from ui.history import HistoryWindow

        if self.history_window is None:
            self.history_window = HistoryWindow(self._history, self._runner, parent=None)
            self.history_window.changed.connect(self._window.on_change)
        self.history_window.show()
        self.history_window.raise_()

    def open_handover(self) -> None:
        from ui.history import HandoverDialog

        HandoverDialog(self._history, self._runner, self._window).exec()
