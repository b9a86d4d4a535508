"""The history and staff screens in French (the .ts file compiled on the fly)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.domain import AuditAction
from desktop.staff import StaffSession
from tests.unit.history.world import HistoryWorld
from ui.history import HistoryWindow, texts
from ui.staff import PinSwitchDialog
from ui.tasks import SyncTaskRunner

TS = Path(__file__).parents[3] / "resources" / "translations" / "frontdesk_fr.ts"
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"


@pytest.fixture
def french(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    if not LRELEASE.exists():
        pytest.skip("pyside6-lrelease is not installed")
    qm = tmp_path / "fr.qm"
    subprocess.run([str(LRELEASE), "-silent", str(TS), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)


def test_history_window_speaks_french(
    french: None, make_window: Callable[..., HistoryWindow]
) -> None:
    window = make_window("Alice")
    assert window.windowTitle() == "Historique et rapports"
    assert window.export_csv_action.text() == "Exporter en CSV…"
    assert window.model.index(3, 1).data() == "Client"
    assert window.filters.period.itemText(0) == "Toute la période"
    window.tabs.setCurrentWidget(window.reports_tab)
    assert window.reports_tab.weekdays.table.item(0, 0).text() == "lun."


def test_sign_in_actions_in_french(french: None) -> None:
    assert texts.action_label(AuditAction.STAFF_SIGNED_IN) == "Connexion d’un membre du personnel"
    assert texts.action_label(AuditAction.PIN_REFUSED) == "Code PIN refusé"
    assert texts.action_label(AuditAction.CREDENTIALS_CHANGED) == "Connexion ou identifiants"


def test_language_change_retranslates_open_windows(
    make_window: Callable[..., HistoryWindow], qapp: QApplication, tmp_path: Path
) -> None:
    window = make_window("Alice")
    assert window.windowTitle() == "History and reports"
    qm = tmp_path / "fr.qm"
    if not LRELEASE.exists():
        pytest.skip("pyside6-lrelease is not installed")
    subprocess.run([str(LRELEASE), "-silent", str(TS), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)  # sends LanguageChange to every widget
    try:
        qapp.processEvents()
        assert window.windowTitle() == "Historique et rapports"
        assert window.filters.search.placeholderText().startswith("Nom du client")
    finally:
        QCoreApplication.removeTranslator(translator)
        qapp.processEvents()
    assert window.windowTitle() == "History and reports"


def test_pin_dialog_speaks_french(french: None, qtbot: QtBot, world: HistoryWorld) -> None:
    session = StaffSession(world.store)
    dialog = PinSwitchDialog(session, list(world.staff.values()), SyncTaskRunner())
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Qui est à l’accueil ?"
    assert dialog.people.item(1).text() == "Alice — Responsable"
    dialog.pin.setText("0000")
    dialog.try_switch()
    assert dialog.message.text() == "Ce code PIN est incorrect. Saisissez-le à nouveau."
