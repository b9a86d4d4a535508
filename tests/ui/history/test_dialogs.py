"""Handover, retention and erasure dialogs, on the real store."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.domain import AuditAction, Change
from desktop.history import HistoryService
from desktop.staff import FixedStaff
from desktop.store import audit as audit_store
from desktop.store import conversations as conv_store
from tests.ui.history.conftest import FakePrompts
from tests.unit.history.world import HistoryWorld
from ui.history import ErasureDialog, HandoverDialog, HistoryWindow, RetentionDialog
from ui.tasks import SyncTaskRunner

Make = Callable[..., HistoryWindow]


def test_handover_is_read_then_acknowledged(
    qtbot: QtBot, world: HistoryWorld, prompts: FakePrompts
) -> None:
    world.read_and_note()
    service = HistoryService(world.store, world.paths, FixedStaff(world.staff["Bob"]))
    dialog = HandoverDialog(service, SyncTaskRunner())
    qtbot.addWidget(dialog)
    text = dialog.body.toPlainText()
    assert "Ana García" in text
    assert "Zoé Durand" in text
    assert "Rappeler la cliente" in text
    assert "overdue by" in text
    with qtbot.waitSignal(dialog.acknowledged):
        qtbot.mouseClick(dialog.ack_button, Qt.MouseButton.LeftButton)
    events = audit_store.list_events(world.store, actions=[AuditAction.HANDOVER_ACKNOWLEDGED])
    assert [e.actor.name for e in events] == ["Bob"]


def test_retention_preview_then_prune(
    qtbot: QtBot, world: HistoryWorld, prompts: FakePrompts
) -> None:
    later = datetime(2027, 6, 4, tzinfo=UTC)
    service = HistoryService(
        world.store, world.paths, FixedStaff(world.staff["Ada"]), clock=lambda: later
    )
    window = HistoryWindow(service, SyncTaskRunner(), prompts=prompts)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    dialog = window.show_retention()
    assert isinstance(dialog, RetentionDialog)
    assert dialog.months.value() == 24
    assert not dialog.prune_button.isEnabled()
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert "2 conversations with 7 messages" in dialog.report.text()
    changes: list[Change] = []
    window.changed.connect(changes.append)
    qtbot.mouseClick(dialog.prune_button, Qt.MouseButton.LeftButton)
    assert prompts.confirmations == ["Delete old history?"]
    assert dialog.outcome is not None
    assert dialog.outcome.backup.exists()
    assert str(dialog.outcome.backup) in dialog.report.text()
    assert changes == [Change(conversations=frozenset({"c1", "c3"}))]
    assert conv_store.get_conversation(world.store, "c1") is None
    assert [r.key for r in window.model.rows()] == ["conv:c5", "conv:c4", "conv:c2"]


def test_nothing_is_pruned_without_confirmation(
    qtbot: QtBot, world: HistoryWorld, prompts: FakePrompts
) -> None:
    later = datetime(2027, 6, 4, tzinfo=UTC)
    service = HistoryService(
        world.store, world.paths, FixedStaff(world.staff["Ada"]), clock=lambda: later
    )
    dialog = RetentionDialog(service, SyncTaskRunner(), prompts, None)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    prompts.confirm_answer = False
    dialog.load_preview()
    dialog.prune()
    assert dialog.outcome is None
    assert conv_store.get_conversation(world.store, "c1") is not None


def test_erase_a_guest(
    make_window: Make, qtbot: QtBot, world: HistoryWorld, prompts: FakePrompts
) -> None:
    window = make_window("Alice")
    dialog = window.show_erasure()
    assert isinstance(dialog, ErasureDialog)
    dialog.query.setText("Martin")
    qtbot.mouseClick(dialog.find_button, Qt.MouseButton.LeftButton)
    assert dialog.matches.count() == 1
    assert "Élodie Martin" in dialog.matches.item(0).text()
    assert not dialog.erase_button.isEnabled()
    dialog.matches.item(0).setCheckState(Qt.CheckState.Checked)
    assert dialog.erase_button.isEnabled()
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome is not None
    assert dialog.outcome.messages == 5
    assert conv_store.get_conversation(world.store, "c1") is None
    assert "conv:c1" not in [r.key for r in window.model.rows()]
