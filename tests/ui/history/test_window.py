"""The history window: filters, the read-only pane, roles, exports (CSV, PDF), no freeze."""

from __future__ import annotations

import csv
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from desktop.domain import AuditAction
from desktop.errors import PermissionDeniedError
from desktop.history import ExportResult
from desktop.store import audit as audit_store
from tests.helpers.keys import type_text
from tests.ui.history.conftest import FakePrompts
from tests.unit.history.world import B, HistoryWorld
from ui.history import HistoryWindow
from ui.history.progress import ProgressTask
from ui.history.table_model import HistoryTableModel
from ui.tasks import SyncTaskRunner, TaskRunner

Make = Callable[..., HistoryWindow]


def keys(window: HistoryWindow) -> list[str]:
    return [r.key for r in window.model.rows()]


def choose(box: object, data: object) -> None:
    box.setCurrentIndex(box.findData(data))  # type: ignore[attr-defined]


def pdf_text(path: Path) -> str:
    """The PDF's text with spacing normalised (pypdf writes tabs and ligatures)."""
    raw = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFKC", raw).split())


def exports(world: HistoryWorld) -> list[str]:
    events = audit_store.list_events(world.store, actions=[AuditAction.EXPORT])
    return [str(e.details["format"]) for e in events]


def test_window_lists_filters_and_opens_rows(make_window: Make, qtbot: QtBot) -> None:
    window = make_window()
    assert window.objectName() == "HistoryWindow"
    assert keys(window) == ["conv:c5", "conv:c4", "conv:c2", "conv:c1", "conv:c3"]
    choose(window.filters.property_box, B)
    assert keys(window) == ["conv:c4", "conv:c3"]
    choose(window.filters.property_box, None)
    window.filters.search.setFocus()
    type_text(window.filters.search, "élodie")
    qtbot.waitUntil(lambda: keys(window) == ["conv:c1"], timeout=3000)
    window.table.selectRow(0)
    detail = window.detail.detail
    assert detail is not None
    assert detail.row.key == "conv:c1"
    assert window.detail.conversation.isReadOnly()
    assert "petit-déjeuner" in window.detail.conversation.toPlainText()
    assert "(Alice)" in window.detail.conversation.toPlainText()
    assert window.detail.audit.rowCount() == len(detail.audit) > 0
    assert window.count_label.text() == "Rows: 1"


def test_every_widget_is_named_for_assistive_tools(make_window: Make) -> None:
    window = make_window()
    filters = window.filters
    for widget in (filters.property_box, filters.staff_box, filters.search, window.table):
        assert widget.accessibleName()
    staff = [filters.staff_box.itemText(i) for i in range(filters.staff_box.count())]
    assert staff == ["All", "Ada", "Alice", "Bob"]


def test_reception_sees_only_the_handover(make_window: Make, prompts: FakePrompts) -> None:
    window = make_window("Bob")
    assert not window.export_csv_action.isVisible()
    assert not window.export_pdf_action.isVisible()
    assert not window.retention_action.isVisible()
    assert not window.erase_action.isVisible()
    assert window.handover_action.isVisible()
    assert not window.tabs.isTabVisible(1)
    assert window.model.rowCount() == 0
    assert window.count_label.text() == "Your role does not include reviewing history."
    assert prompts.errors == []  # the window did not even ask
    with pytest.raises(PermissionDeniedError):  # and the core would refuse
        window.service.search(window.filters.current_filter())


def test_manager_may_export_but_not_prune(make_window: Make) -> None:
    window = make_window("Alice")
    assert window.export_csv_action.isVisible()
    assert window.erase_action.isVisible()
    assert not window.retention_action.isVisible()
    assert window.tabs.isTabVisible(1)
    assert make_window("Ada").retention_action.isVisible()


def test_export_csv(make_window: Make, world: HistoryWorld, prompts: FakePrompts) -> None:
    window = make_window()
    choose(window.filters.property_box, B)
    window.export_csv_action.trigger()
    path = prompts.saved[-1]
    with path.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle))
    assert lines[0][:2] == ["Channel", "Reference"]
    assert {line[1] for line in lines[1:]} == {"conv:c3", "conv:c4"}
    assert window.exports.last_result == ExportResult(str(path), 2, 3)
    assert exports(world) == ["csv"]


def test_export_pdf(
    make_window: Make, world: HistoryWorld, prompts: FakePrompts, qtbot: QtBot
) -> None:
    window = make_window()
    choose(window.filters.property_box, B)
    window.export_pdf_action.trigger()
    qtbot.waitUntil(lambda: window.exports.last_result is not None, timeout=10000)
    path = prompts.saved[-1]
    text = pdf_text(path)
    assert "Frontdesk — history" in text
    assert "Hotel B" in text  # the filter
    assert "Rows" in text
    assert "Hans Müller" in text
    assert "Late arrival tonight" in text
    assert "Ana García" in text
    assert "Élodie" not in text  # not in the filter
    assert exports(world) == ["pdf"]


def test_cancel_stops_the_export(make_window: Make, qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window()
    task = ProgressTask(SyncTaskRunner(), window, "Exporting", "Cancel")
    results: list[ExportResult] = []
    task.finished.connect(results.append)
    task.dialog.show()
    button = task.dialog.findChild(QPushButton)
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # the user presses Cancel
    target = tmp_path / "never.csv"
    current = window.filters.current_filter()
    task.start(
        lambda progress, token: window.service.export_csv(
            current, target, progress=progress, cancel=token
        )
    )
    assert results[0].cancelled
    assert not target.exists()


@pytest.mark.parametrize("kind", ["csv", "pdf"])
def test_exports_run_off_the_gui_thread(
    make_window: Make, qtbot: QtBot, prompts: FakePrompts, kind: str
) -> None:
    runner = TaskRunner(on_known_error=lambda e: None, on_bug=lambda e: None)
    try:
        window = make_window(runner=runner)
        qtbot.waitUntil(lambda: window.model.rowCount() == 5, timeout=5000)
        action = window.export_csv_action if kind == "csv" else window.export_pdf_action
        action.trigger()
        assert window.exports.last_result is None  # the window did not wait
        qtbot.waitUntil(lambda: window.exports.last_result is not None, timeout=10000)
        assert window.exports.last_result.rows == 5
        assert prompts.saved[-1].exists()
    finally:
        runner.shutdown()


def test_opening_a_row_is_keyboard_friendly(make_window: Make, qtbot: QtBot) -> None:
    window = make_window()
    window.table.setFocus()
    window.table.setCurrentIndex(window.model.index(0, HistoryTableModel.COL_TITLE))
    window.table.selectRow(1)
    detail = window.detail.detail
    assert detail is not None
    assert detail.row.key == "conv:c4"
