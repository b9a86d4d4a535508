"""Quick staff switch: choose who you are, type your PIN.

The PIN is checked by :meth:`desktop.staff.StaffSession.switch` on the task runner
(scrypt takes a few tens of milliseconds; the switch is audited). A wrong PIN keeps
the dialog open with a translated message; after too many, it says how long to wait.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import StaffMember
from desktop.errors import KnownError
from desktop.staff import StaffSession
from ui.staff.texts import pin_error_text, role_label
from ui.tasks import TaskRunnerProtocol
from ui.widgets import named


def pin_field() -> QLineEdit:
    """A masked field that takes 4 to 8 digits."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(8)
    field.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,8}")))
    field.setInputMethodHints(
        Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData
    )
    return field


class PinSwitchDialog(QDialog):
    """Sign someone in at the desk; ``switched`` carries the new staff member."""

    switched = Signal(object)

    def __init__(
        self,
        session: StaffSession,
        members: Sequence[StaffMember],
        runner: TaskRunnerProtocol,
        parent: QWidget | None = None,
        *,
        preselect: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pinSwitchDialog")
        self._session = session
        self._runner = runner
        self.people_label = QLabel()
        self.people = named(QListWidget(), "staffList")
        self.pin_label = QLabel()
        self.pin = named(pin_field(), "pinField")
        self.message = named(QLabel(), "pinMessage")
        self.message.setWordWrap(True)
        self.people_label.setBuddy(self.people)
        self.pin_label.setBuddy(self.pin)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.try_switch)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self._fill(members, preselect)
        self.people.itemActivated.connect(lambda _item: self.pin.setFocus())
        self.retranslate_ui()
        self.pin.setFocus()

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        for widget in (
            self.people_label,
            self.people,
            self.pin_label,
            self.pin,
            self.message,
            self.buttons,
        ):
            layout.addWidget(widget)

    def _fill(self, members: Sequence[StaffMember], preselect: int | None) -> None:
        self._members = [m for m in members if m.active]
        for member in self._members:
            item = QListWidgetItem(f"{member.name} — {role_label(member.role)}")
            item.setData(Qt.ItemDataRole.UserRole, member.staff_id)
            self.people.addItem(item)
        current = self._session.current
        chosen = preselect if preselect is not None else (current.staff_id if current else None)
        rows = [i for i, m in enumerate(self._members) if m.staff_id == chosen]
        self.people.setCurrentRow(rows[0] if rows else 0)

    def chosen_id(self) -> int | None:
        item = self.people.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def try_switch(self) -> None:
        staff_id, pin = self.chosen_id(), self.pin.text()
        if staff_id is None:
            self.message.setText(self.tr("Choose who you are."))
            return
        self.buttons.setEnabled(False)
        self._runner.run_db(
            lambda: self._session.switch(staff_id, pin),
            on_done=self._switched,
            on_error=self._refused,
        )

    def _switched(self, member: StaffMember) -> None:
        self.buttons.setEnabled(True)
        self.switched.emit(member)
        self.accept()

    def _refused(self, error: KnownError) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(pin_error_text(error))
        self.pin.clear()
        self.pin.setFocus()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Who is at the desk?"))
        self.people_label.setText(self.tr("&Staff member"))
        self.pin_label.setText(self.tr("&PIN"))
        self.people.setAccessibleName(self.tr("Staff member"))
        self.pin.setAccessibleName(self.tr("PIN"))
        self.message.setAccessibleName(self.tr("PIN check result"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
