"""First-run set-up: property ids, machine-account client id and secret, API URL.

The dialog tests the connection (off the GUI thread) before it saves anything; on a
failure it says why and keeps every field as typed. When the system keychain is not
usable it says so and offers to keep the credentials for this session only.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.booking.auth import verify_credentials
from desktop.credentials import CredentialKind, Credentials, SecretStore
from desktop.errors import KnownError
from desktop.first_run import parse_property_ids, save_setup, setup_profile
from desktop.paths import DataPaths
from desktop.session import Session, open_account_session
from desktop.settings import PropertyProfile
from desktop.settings.profile import DEFAULT_MESSAGING_URL
from ui.crash import show_crash
from ui.errors import known_error_text
from ui.tasks import TaskRunner, TaskRunnerProtocol
from ui.widgets import named


class SetupDialog(QDialog):
    """Collects and tests the account; ``result_secrets`` holds where the secret went."""

    def __init__(
        self,
        data: DataPaths,
        profile: PropertyProfile | None,
        secrets: SecretStore,
        tasks: TaskRunnerProtocol,
        verify: Callable[[PropertyProfile, Credentials], None] = verify_credentials,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("SetupDialog")
        self._data, self._profile, self._tasks, self._verify = data, profile, tasks, verify
        self._system = secrets
        self.result_secrets: SecretStore | None = None
        self.result_profile: PropertyProfile | None = None
        self._build()
        self.retranslate_ui()

    def _build(self) -> None:
        self.properties = named(QLineEdit(), "setupProperties")
        if self._profile is not None:
            self.properties.setText(", ".join(str(p.id) for p in self._profile.properties))
            self.properties.setReadOnly(True)
        self.client_id = named(QLineEdit(), "setupClientId")
        self.secret = named(QLineEdit(), "setupSecret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.api_url = named(QLineEdit(DEFAULT_MESSAGING_URL), "setupApiUrl")
        self.api_url.setEnabled(self._profile is None)
        status = self._system.status()
        self.session_only = named(QCheckBox(), "setupSessionOnly")
        self.session_only.setVisible(not status.usable)
        self.keychain_note = QLabel(status.where if status.usable else status.problem)
        self.keychain_note.setWordWrap(True)
        self.message = named(QLabel(), "setupMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.test_and_save)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        for widget in (self.properties, self.client_id, self.secret, self.api_url):
            self.form.addRow("", widget)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.keychain_note)
        layout.addWidget(self.session_only)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Connect Frontdesk to Booking.com"))
        labels = (
            (self.properties, self.tr("Property ids")),
            (self.client_id, self.tr("Machine-account client id")),
            (self.secret, self.tr("Client secret")),
            (self.api_url, self.tr("Messaging API URL")),
        )
        for widget, text in labels:
            label = self.form.labelForField(widget)
            if isinstance(label, QLabel):
                label.setText(text)
            widget.setAccessibleName(text)
        self.properties.setPlaceholderText(self.tr("e.g. 1234567, 7654321"))
        self.session_only.setText(self.tr("Remember for this session only"))
        self.session_only.setAccessibleName(self.session_only.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def test_and_save(self) -> None:
        """Validate, test the connection off the GUI thread, then save and accept."""
        try:
            ids = parse_property_ids(self.properties.text())
            credentials = Credentials(
                CredentialKind.TOKEN, self.client_id.text().strip(), self.secret.text()
            )
        except KnownError as error:
            self._show(error)
            return
        profile = setup_profile(self._profile, ids, self.api_url.text().strip())
        secrets = SecretStore.session_only() if self.session_only.isChecked() else self._system
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Testing the connection…"))

        def work() -> None:
            save_setup(profile, credentials, secrets, self._data.profile_file, self._verify)

        def done(_: object) -> None:
            self.result_secrets, self.result_profile = secrets, profile
            self.accept()

        self._tasks.run_net(work, done, self._show)

    def _show(self, error: KnownError) -> None:
        self.buttons.setEnabled(True)
        title, body = known_error_text(error)
        self.message.setText(f"<b>{title}</b><br>{body}".replace("\n", "<br>"))
        if error.code == "keychain":
            self.session_only.setVisible(True)


def run_setup(data: DataPaths, profile: PropertyProfile | None) -> Session | None:
    """Show the set-up dialog; the session on the configured account, or None if cancelled."""
    tasks = TaskRunner(on_known_error=lambda error: None, on_bug=show_crash)
    dialog = SetupDialog(data, profile, SecretStore(), tasks)
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        tasks.shutdown()
    if not accepted or dialog.result_profile is None:
        return None
    assert dialog.result_secrets is not None
    return open_account_session(data, dialog.result_profile, dialog.result_secrets)
