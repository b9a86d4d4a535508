"""Staff management (administrators only): add profiles, change roles, reset PINs.

Everything is on one page (no nested dialogs): the list of profiles, then what to do
with the selected one, then a form to add someone. On a new desk the only thing
offered is the first profile, an administrator. For anyone but an administrator the
dialog shows the list and says who may change it; the core refuses anyway.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import StaffMember, StaffRole
from desktop.errors import KnownError
from desktop.staff import Permission, StaffDirectory, StaffSession, may
from ui.staff.pin_dialog import pin_field
from ui.staff.texts import pin_error_text, role_label
from ui.tasks import TaskRunnerProtocol
from ui.widgets import named


def _role_box(name: str) -> QComboBox:
    box = named(QComboBox(), name)
    for role in StaffRole:
        box.addItem(role_label(role), role.value)
    return box


class StaffManagementDialog(QDialog):
    """Manage the desk's staff profiles; ``changed`` fires after each change."""

    changed = Signal()

    def __init__(
        self,
        directory: StaffDirectory,
        session: StaffSession,
        runner: TaskRunnerProtocol,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("staffManagementDialog")
        self._directory = directory
        self._session = session
        self._runner = runner
        self.members: list[StaffMember] = []
        self.notice = named(QLabel(), "staffNotice")
        self.notice.setWordWrap(True)
        self.table = named(QTableWidget(0, 3), "staffTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.message = named(QLabel(), "staffMessage")
        self.message.setWordWrap(True)
        self.selected_box = self._selected_group()
        self.add_box = self._add_group()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.notice, self.table, self.selected_box, self.add_box, self.message):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.resize(560, 620)
        self.retranslate_ui()
        self.reload()

    def _selected_group(self) -> QGroupBox:
        box = QGroupBox()
        self.role_box = _role_box("staffRole")
        self.role_button = named(QPushButton(), "applyRole")
        self.reset_pin = named(pin_field(), "resetPin")
        self.reset_button = named(QPushButton(), "resetPinButton")
        self.active_button = named(QPushButton(), "toggleActive")
        self.role_button.clicked.connect(self._apply_role)
        self.reset_button.clicked.connect(self._reset_pin)
        self.active_button.clicked.connect(self._toggle_active)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        form = QFormLayout(box)
        self.role_label, self.reset_label = QLabel(), QLabel()
        form.addRow(self.role_label, _row(self.role_box, self.role_button))
        form.addRow(self.reset_label, _row(self.reset_pin, self.reset_button))
        form.addRow(self.active_button)
        self.role_label.setBuddy(self.role_box)
        self.reset_label.setBuddy(self.reset_pin)
        return box

    def _add_group(self) -> QGroupBox:
        box = QGroupBox()
        self.new_name = named(QLineEdit(), "newStaffName")
        self.new_role = _role_box("newStaffRole")
        self.new_pin = named(pin_field(), "newStaffPin")
        self.new_pin_again = named(pin_field(), "newStaffPinAgain")
        self.add_button = named(QPushButton(), "addStaff")
        self.add_button.clicked.connect(self._add)
        form = QFormLayout(box)
        self.add_labels = [QLabel() for _ in range(4)]
        for label, field in zip(
            self.add_labels,
            (self.new_name, self.new_role, self.new_pin, self.new_pin_again),
            strict=True,
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow(self.add_button)
        return box

    # ------------------------------------------------------------------ state

    @property
    def is_admin(self) -> bool:
        return may(self._session.current, Permission.MANAGE_STAFF)

    def reload(self) -> None:
        self.members = self._directory.list_staff(active_only=False)
        self.table.setRowCount(len(self.members))
        for row, member in enumerate(self.members):
            active = self.tr("Yes") if member.active else self.tr("No")
            for column, text in enumerate((member.name, role_label(member.role), active)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, member.staff_id)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        first = not self.members
        admin = self.is_admin
        self.selected_box.setVisible(admin)
        self.add_box.setVisible(admin or first)
        self.new_role.setEnabled(not first)
        if first:
            self.new_role.setCurrentIndex(self.new_role.findData(StaffRole.ADMIN.value))
        self._show_notice(first, admin)
        self._selection_changed()

    def _show_notice(self, first: bool, admin: bool) -> None:
        if first:
            self.notice.setText(
                self.tr("Create the first profile. It is an administrator, signed in at once.")
            )
        elif not admin:
            self.notice.setText(self.tr("Only an administrator can change staff profiles."))
        else:
            self.notice.setText(self.tr("Staff who left are deactivated; history keeps names."))

    def selected(self) -> StaffMember | None:
        rows = self.table.selectionModel().selectedRows()
        return self.members[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        member = self.selected()
        for widget in (self.role_button, self.reset_button, self.active_button, self.role_box):
            widget.setEnabled(member is not None)
        if member is not None:
            self.role_box.setCurrentIndex(self.role_box.findData(member.role.value))
            self.active_button.setText(
                self.tr("&Deactivate") if member.active else self.tr("Re&activate")
            )

    # ------------------------------------------------------------------ actions

    def _run(self, fn: Callable[[], Any], done: str) -> None:
        def finished(_result: object) -> None:
            self.message.setText(done)
            self.reload()
            self.changed.emit()

        self._runner.run_db(fn, on_done=finished, on_error=self._refused)

    def _refused(self, error: KnownError) -> None:
        self.message.setText(pin_error_text(error))

    def _apply_role(self) -> None:
        member = self.selected()
        if member is not None:
            role = StaffRole(self.role_box.currentData())
            self._run(lambda: self._directory.set_role(member.staff_id, role), self.tr("Saved."))

    def _reset_pin(self) -> None:
        member, pin = self.selected(), self.reset_pin.text()
        if member is not None:
            self.reset_pin.clear()
            self._run(
                lambda: self._directory.reset_pin(member.staff_id, pin), self.tr("PIN changed.")
            )

    def _toggle_active(self) -> None:
        member = self.selected()
        if member is not None:
            active = not member.active
            self._run(
                lambda: self._directory.set_active(member.staff_id, active), self.tr("Saved.")
            )

    def _add(self) -> None:
        name, pin = self.new_name.text().strip(), self.new_pin.text()
        if pin != self.new_pin_again.text():
            self.message.setText(self.tr("The two PINs differ."))
            return
        role = StaffRole(self.new_role.currentData())
        self.new_pin.clear()
        self.new_pin_again.clear()
        self.new_name.clear()
        self._run(lambda: self._directory.create(name, role, pin), self.tr("Profile added."))

    # ------------------------------------------------------------------ texts

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Staff"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Active")])
        self.table.setAccessibleName(self.tr("Staff profiles"))
        self.selected_box.setTitle(self.tr("Selected profile"))
        self.role_label.setText(self.tr("&Role"))
        self.role_button.setText(self.tr("&Change role"))
        self.reset_label.setText(self.tr("New &PIN"))
        self.reset_button.setText(self.tr("&Set PIN"))
        self.add_box.setTitle(self.tr("Add a profile"))
        captions = (self.tr("&Name"), self.tr("R&ole"), self.tr("P&IN"), self.tr("PIN a&gain"))
        for label, caption in zip(self.add_labels, captions, strict=True):
            label.setText(caption)
            label.buddy().setAccessibleName(caption.replace("&", ""))
        self.role_box.setAccessibleName(self.tr("Role"))
        self.reset_pin.setAccessibleName(self.tr("New PIN"))
        self.add_button.setText(self.tr("A&dd"))
        self._selection_changed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def _row(*widgets: QWidget) -> QWidget:
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    return holder
