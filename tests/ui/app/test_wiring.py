"""The composed application on the real sandbox: sync, list, help dock, set-up dialog."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QDockWidget
from pytestqt.qtbot import QtBot

from desktop.credentials import SecretStore
from desktop.errors import AuthError
from desktop.paths import resolve
from desktop.session import Session, open_sandbox_session
from desktop.settings import Settings
from ui.about import AboutInfo
from ui.compose import RunningApp, build
from ui.settings.setup import SetupDialog
from ui.tasks import SyncTaskRunner

ABOUT = AboutInfo(data_folder="/tmp/x", keychain="memory only", profile="")
ALLOWED_STDERR = {"This plugin does not support propagateSizeHints()"}


@pytest.fixture
def running(tmp_path: Path, qtbot: QtBot) -> Iterator[RunningApp]:
    data = resolve(tmp_path).sandbox().ensure()
    session: Session = open_sandbox_session(data)
    app = build(session, Settings(data.settings_file), ABOUT, "en", runner=SyncTaskRunner())
    qtbot.addWidget(app.window)
    yield app
    app.close()


@pytest.mark.integration
def test_the_sandbox_inbox_fills_after_the_first_sync(running: RunningApp, qtbot: QtBot) -> None:
    running.window.show()
    running.controller.start()  # the synchronous runner syncs right here
    assert running.controller.last_sync is not None
    view = running.window.findChild(QAbstractItemView, "conversationList")
    assert view is not None
    qtbot.waitUntil(lambda: view.model().rowCount() > 0, timeout=5000)
    assert "sandbox" in running.window.windowTitle().lower()


@pytest.mark.integration
def test_f1_opens_the_help_pane_with_its_search_focused(running: RunningApp, qtbot: QtBot) -> None:
    running.window.show()
    running.window.activateWindow()
    qtbot.waitUntil(running.window.isActiveWindow)
    dock = running.window.findChild(QDockWidget, "helpDock")
    assert dock is not None
    assert not dock.isVisible()
    qtbot.keyClick(running.window, Qt.Key.Key_F1)
    assert dock.isVisible()
    assert running.viewer.isAncestorOf(running.window.focusWidget())


def test_setup_refusal_keeps_every_field_and_says_why(tmp_path: Path, qtbot: QtBot) -> None:
    def refuse(*_: object) -> None:
        raise AuthError()

    data = resolve(tmp_path).ensure()
    dialog = SetupDialog(data, None, SecretStore.session_only(), SyncTaskRunner(), verify=refuse)
    qtbot.addWidget(dialog)
    dialog.properties.setText("1234567")
    dialog.client_id.setText("client-1")
    dialog.secret.setText("s3cret")
    dialog.test_and_save()
    assert dialog.result() == 0
    assert "refused the credentials" in dialog.message.text()
    assert (dialog.properties.text(), dialog.client_id.text(), dialog.secret.text()) == (
        "1234567",
        "client-1",
        "s3cret",
    )
    assert not data.profile_file.exists()


def test_setup_success_saves_profile_and_secret(tmp_path: Path, qtbot: QtBot) -> None:
    data = resolve(tmp_path).ensure()
    secrets = SecretStore.session_only()
    dialog = SetupDialog(data, None, secrets, SyncTaskRunner(), verify=lambda *_: None)
    qtbot.addWidget(dialog)
    dialog.properties.setText("1234567, 7654321")
    dialog.client_id.setText("client-1")
    dialog.secret.setText("s3cret")
    dialog.test_and_save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert data.profile_file.exists()
    assert dialog.result_secrets is not None
    loaded = dialog.result_secrets.load("desk")
    assert loaded is not None
    assert loaded.secret == "s3cret"


@pytest.mark.integration
def test_sandbox_smoke_exits_0_without_unexpected_qt_warnings(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "ui",
            "--sandbox",
            "--fresh",
            "--smoke",
            "--data-dir",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=240,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    assert "smoke: ok (5 steps" in done.stdout
    unexpected = [line for line in done.stderr.splitlines() if line not in ALLOWED_STDERR]
    assert unexpected == []


@pytest.mark.integration
def test_staff_menu_shows_history_only_to_managers(running: RunningApp) -> None:
    from desktop.domain import StaffRole
    from desktop.staff import StaffDirectory

    menu = running.staff_menu
    assert not menu.history_action.isVisible()
    assert menu.manage.isVisible()  # nobody yet: the first profile can be created
    staff = menu._staff
    StaffDirectory(running.session.store, staff).create("Nadia", StaffRole.RECEPTION, "4321")
    menu.apply_permissions()
    assert staff.current is not None
    assert staff.current.role is StaffRole.ADMIN  # the first profile is an admin
    assert menu.history_action.isVisible()
    assert running.help_center.actor == staff.actor
