"""The manager's history window (objectName ``HistoryWindow``).

History tab: filters | results table | the opened row (thread and audit trail,
read-only), with CSV and PDF exports of exactly what the filter selects. Reports tab:
the figures and charts of the same filter. Tools: the shift handover, retention
(prune old history) and erasing one guest's data.

Every query and export runs on the task runner; the window stays responsive and a
newer query supersedes an older one. What a role may not do is hidden here, and
refused by the core anyway. ``changed`` carries a :class:`~desktop.domain.Change`
when a prune or an erasure removed conversations (the inbox refreshes them).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QItemSelection, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import Change
from desktop.errors import KnownError
from desktop.history import HistoryDetail, HistoryRow, HistoryService
from desktop.history.model import ROW_LIMIT
from desktop.history.reports import Reports
from desktop.staff import Permission
from ui.history.detail_view import DetailPane
from ui.history.exports import HistoryExports
from ui.history.filters import FilterBar
from ui.history.handover import HandoverDialog
from ui.history.prompts import HistoryPrompts
from ui.history.reports_tab import ReportsTab
from ui.history.retention import ErasureDialog, RetentionDialog
from ui.history.table_model import HistoryTableModel
from ui.tasks import TaskRunnerProtocol
from ui.widgets import named


class HistoryWindow(QMainWindow):
    """Review, report on and export the desk's history.

    Args:
        service: The history operations (checks the signed-in person's role).
        runner: Runs the service off the GUI thread.
        prompts: Asks for files and confirmations (tests pass a fake).
    """

    changed = Signal(object)

    def __init__(
        self,
        service: HistoryService,
        runner: TaskRunnerProtocol,
        *,
        prompts: HistoryPrompts | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("HistoryWindow")
        self.service = service
        self.runner = runner
        self.prompts: Any = prompts or HistoryPrompts(self)
        self._generation = 0
        self._open_generation = 0
        self.filters = FilterBar()
        self.model = HistoryTableModel(self)
        self.table = named(QTableView(), "historyTable")
        self.detail = DetailPane()
        self.count_label = named(QLabel(), "historyCount")
        self.exports = HistoryExports(self)
        self.reports_tab = ReportsTab(self.exports.export_section)
        self._build()
        self._build_actions()
        self.resize(1280, 820)
        self.retranslate_ui()
        self.apply_permissions()
        self._connect()
        self.load_choices()
        self.refresh()

    # ------------------------------------------------------------------ construction

    def _build(self) -> None:
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setSizes([760, 500])
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.filters)
        layout.addWidget(split, 1)
        layout.addWidget(self.count_label)
        self.tabs = named(QTabWidget(), "historyTabs")
        self.tabs.addTab(page, "")
        self.tabs.addTab(self.reports_tab, "")
        self.setCentralWidget(self.tabs)

    def _build_actions(self) -> None:
        def action(
            name: str, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None
        ) -> QAction:
            found = QAction(self)
            found.setObjectName(name)
            if shortcut is not None:
                found.setShortcut(QKeySequence(shortcut))
            return found

        self.refresh_action = action("historyRefresh", QKeySequence.StandardKey.Refresh)
        self.export_csv_action = action("exportCsv", "Ctrl+E")
        self.export_pdf_action = action("exportPdf", "Ctrl+Shift+E")
        self.handover_action = action("handover")
        self.retention_action = action("retention")
        self.erase_action = action("eraseGuest")
        self.close_action = action("historyClose", QKeySequence.StandardKey.Close)
        self.toolbar = self.addToolBar("")
        self.toolbar.setObjectName("historyToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for item in (
            self.refresh_action,
            self.export_csv_action,
            self.export_pdf_action,
            self.handover_action,
            self.retention_action,
            self.erase_action,
        ):
            self.toolbar.addAction(item)
        self.addAction(self.close_action)

    def _connect(self) -> None:
        self.filters.changed.connect(self.refresh)
        self.tabs.currentChanged.connect(lambda _index: self._refresh_reports())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.refresh_action.triggered.connect(self.refresh)
        self.export_csv_action.triggered.connect(self.exports.export_csv)
        self.export_pdf_action.triggered.connect(self.exports.export_pdf)
        self.handover_action.triggered.connect(self.show_handover)
        self.retention_action.triggered.connect(self.show_retention)
        self.erase_action.triggered.connect(self.show_erasure)
        self.close_action.triggered.connect(self.close)

    def apply_permissions(self) -> None:
        """Show only what the signed-in person may do (call again after a staff switch)."""
        may = self.service.may
        self.export_csv_action.setVisible(may(Permission.EXPORT_HISTORY))
        self.export_pdf_action.setVisible(may(Permission.EXPORT_HISTORY))
        self.retention_action.setVisible(may(Permission.PRUNE_HISTORY))
        self.erase_action.setVisible(may(Permission.ERASE_GUEST_DATA))
        self.handover_action.setVisible(may(Permission.READ_HANDOVER))
        self.tabs.setTabVisible(1, may(Permission.SEE_REPORTS))
        for section in self.reports_tab.sections():
            section.png_button.setVisible(may(Permission.EXPORT_HISTORY))
            section.csv_button.setVisible(may(Permission.EXPORT_HISTORY))

    # ------------------------------------------------------------------ loading

    def load_choices(self) -> None:
        service = self.service
        if not service.may(Permission.REVIEW_HISTORY):
            return
        self.runner.run_db(
            lambda: (service.properties(), service.staff_members(), service.themes()),
            on_done=lambda found: self.filters.set_choices(*found),
            on_error=self.show_error,
        )

    def refresh(self) -> None:
        """Query again with the current filter (a newer query supersedes this one)."""
        self._generation += 1
        generation = self._generation
        if not self.service.may(Permission.REVIEW_HISTORY):
            self.model.set_rows([])
            self.count_label.setText(self.tr("Your role does not include reviewing history."))
            return
        current = self.filters.current_filter()
        self.runner.run_db(
            lambda: self.service.search(current),
            on_done=lambda rows: self._show_rows(generation, rows),
            on_error=self.show_error,
        )
        self._refresh_reports()

    def _show_rows(self, generation: int, rows: list[HistoryRow]) -> None:
        if generation != self._generation:
            return
        self.model.set_rows(rows)
        self.detail.show_detail(None)
        self._show_count()

    def _refresh_reports(self) -> None:
        if self.tabs.currentWidget() is not self.reports_tab:
            return
        if not self.service.may(Permission.SEE_REPORTS):
            return
        generation = self._generation
        current = self.filters.current_filter()
        self.runner.run_db(
            lambda: self.service.reports(current),
            on_done=lambda reports: self._show_reports(generation, reports),
            on_error=self.show_error,
        )

    def _show_reports(self, generation: int, reports: Reports) -> None:
        if generation == self._generation:
            self.reports_tab.show_reports(reports)

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        self.open_row(str(indexes[0].data(HistoryTableModel.KeyRole)))

    def open_row(self, key: str) -> None:
        self._open_generation += 1
        generation = self._open_generation
        self.runner.run_db(
            lambda: self.service.open(key),
            on_done=lambda detail: self._show_detail(generation, detail),
            on_error=self.show_error,
        )

    def _show_detail(self, generation: int, detail: HistoryDetail | None) -> None:
        if generation == self._open_generation:
            self.detail.show_detail(detail)

    # ------------------------------------------------------------------ tools

    def show_handover(self) -> HandoverDialog:
        dialog = HandoverDialog(self.service, self.runner, self)
        dialog.open()
        return dialog

    def show_retention(self) -> RetentionDialog:
        dialog = RetentionDialog(self.service, self.runner, self.prompts, self)
        dialog.pruned.connect(self._removed)
        dialog.open()
        return dialog

    def show_erasure(self) -> ErasureDialog:
        dialog = ErasureDialog(self.service, self.runner, self.prompts, self)
        dialog.erased.connect(self._removed)
        dialog.open()
        return dialog

    def _removed(self, change: Change) -> None:
        self.refresh()
        self.changed.emit(change)

    def show_error(self, error: KnownError) -> None:
        self.prompts.known_error(error)

    def run(self, fn: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        """Run ``fn`` on the database worker; known errors are shown."""
        self.runner.run_db(fn, on_done=on_done, on_error=self.show_error)

    # ------------------------------------------------------------------ texts

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("History and reports"))
        self.tabs.setTabText(0, self.tr("&History"))
        self.tabs.setTabText(1, self.tr("&Reports"))
        self.table.setAccessibleName(self.tr("History results"))
        self.toolbar.setWindowTitle(self.tr("History tools"))
        texts = (
            (self.refresh_action, self.tr("Refresh")),
            (self.export_csv_action, self.tr("Export CSV…")),
            (self.export_pdf_action, self.tr("Export PDF…")),
            (self.handover_action, self.tr("Shift handover…")),
            (self.retention_action, self.tr("Retention…")),
            (self.erase_action, self.tr("Erase a guest's data…")),
            (self.close_action, self.tr("Close")),
        )
        for item, text in texts:
            item.setText(text)
            item.setToolTip(text)
        self._show_count()

    def _show_count(self) -> None:
        count = self.model.rowCount()
        text = self.tr("Rows: {count}").format(count=count)
        if count >= ROW_LIMIT:
            text = self.tr(
                "The first {count} rows are shown; exports and reports include them all."
            ).format(count=count)
        self.count_label.setText(text)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.exports.wait()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
