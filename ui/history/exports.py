"""The history window's exports: the filtered history as CSV or PDF, a report as PNG or CSV.

CSV and PDF run as :class:`~ui.history.progress.ProgressTask` jobs (progress dialog,
Cancel, no freeze). The PDF's texts are translated here, on the GUI thread, before
the job starts; the job builds the core's report model and draws it
(:mod:`ui.history.pdf`). Every export is audited by the core.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from desktop.domain import utcnow
from desktop.errors import BadInputError, KnownError
from desktop.history import CancelToken, ExportResult, HistoryFilter
from desktop.history.export import ReportDocument
from ui.history import pdf, texts
from ui.history.progress import ProgressTask
from ui.history.report_section import ReportSection

if TYPE_CHECKING:
    from ui.history.window import HistoryWindow


class HistoryExports(QObject):
    """Exports of one history window; ``last_result`` is the latest finished one."""

    def __init__(self, window: HistoryWindow) -> None:
        super().__init__(window)
        self._window = window
        self.last_result: ExportResult | None = None
        self.task: ProgressTask | None = None
        self._threads: list[pdf.PdfThread] = []

    def _ask(self, title: str, suggested: str, file_filter: str) -> Path | None:
        return self._window.prompts.save_path(title, suggested, file_filter)  # type: ignore[no-any-return]

    def export_csv(self) -> None:
        path = self._ask(self.tr("Export the history as CSV"), "history.csv", "CSV (*.csv)")
        if path is None:
            return
        service = self._window.service
        current = self._window.filters.current_filter()
        labels = texts.csv_labels()

        def job(progress: Callable[[int, int], None], token: CancelToken) -> ExportResult:
            return service.export_csv(current, path, labels=labels, progress=progress, cancel=token)

        self._start(self.tr("Exporting the history…"), job)

    def export_pdf(self) -> None:
        path = self._ask(self.tr("Export the history as PDF"), "history.pdf", "PDF (*.pdf)")
        if path is None:
            return
        service = self._window.service
        current = self._window.filters.current_filter()
        member = service.signed_in.name if service.signed_in else ""
        words = pdf.default_texts(
            self.tr("Frontdesk — history"),
            self.tr("Made on {time} by {name}").format(
                time=texts.local_time(utcnow()), name=member
            ),
            self.filter_lines(current),
        )

        def job(progress: Callable[[int, int], None], token: CancelToken) -> Any:
            return service.build_document(current, progress=progress, cancel=token)

        def draw(document: ReportDocument | None) -> None:
            if document is None:
                self._finished(ExportResult(str(path), 0, 0, cancelled=True))
                return
            thread = pdf.PdfThread(document, path, words, self)
            thread.written.connect(lambda result: self._pdf_written(document, current, result))
            thread.finished.connect(lambda: self._threads.remove(thread))
            thread.finished.connect(thread.deleteLater)
            self._threads.append(thread)
            thread.start()

        self._start(self.tr("Exporting the history…"), job, draw)

    def _pdf_written(
        self, document: ReportDocument, current: HistoryFilter, result: Path | OSError
    ) -> None:
        if isinstance(result, OSError):
            self._window.show_error(
                BadInputError(
                    "The PDF could not be written there.",
                    next_step="Choose another folder.",
                    details={"error": result.strerror or ""},
                )
            )
            return
        rows, entries = len(document.sections), document.totals["entries"]
        self._window.run(
            lambda: self._window.service.record_export("pdf", current, rows=rows),
            on_done=lambda _change: self._finished(ExportResult(str(result), rows, entries)),
        )

    def wait(self) -> None:
        """Let PDF writing in progress finish (the window is closing)."""
        for thread in list(self._threads):
            thread.wait()

    def _start(
        self, label: str, job: Callable[..., Any], then: Callable[[Any], None] | None = None
    ) -> None:
        task = ProgressTask(self._window.runner, self._window, label, self.tr("Cancel"))
        task.finished.connect(then or self._finished)
        task.failed.connect(self._window.show_error)
        self.task = task
        task.start(job)

    def _finished(self, result: ExportResult) -> None:
        self.last_result = result
        self.task = None
        if result.cancelled:
            return
        self._window.statusBar().showMessage(
            self.tr("Exported {rows} rows to {file}").format(
                rows=result.rows, file=Path(result.path).name
            ),
            8000,
        )

    def filter_lines(self, current: HistoryFilter) -> list[tuple[str, str]]:
        """The filter as the PDF shows it: what each box of the filter bar says."""
        bar = self._window.filters
        lines = [(self.tr("Period"), bar.period.currentText())]
        if current.since is not None:
            lines.append((self.tr("From"), texts.local_time(current.since)))
        if current.until is not None:
            lines.append((self.tr("Until"), texts.local_time(current.until)))
        for caption, box in (
            (self.tr("Property"), bar.property_box),
            (self.tr("Staff"), bar.staff_box),
            (self.tr("Channel"), bar.channel_box),
            (self.tr("Theme"), bar.theme_box),
            (self.tr("Status"), bar.status_box),
        ):
            lines.append((caption, box.currentText()))
        if current.text:
            lines.append((self.tr("Search"), current.text))
        return lines

    # ------------------------------------------------------------------ one report

    def export_section(self, section: ReportSection, kind: str) -> None:
        """Save one report's chart (PNG) or figures (CSV); audited."""
        window = self._window
        current = window.filters.current_filter()
        service = window.service
        if kind == "png":
            path = self._ask(self.tr("Save the chart"), f"{section.key}.png", "PNG (*.png)")
            if path is None:
                return
            try:
                section.chart.save_png(path)
            except KnownError as error:
                window.show_error(error)
                return
            window.run(
                lambda: service.record_export("png", current, report=section.key),
                on_done=lambda _change: None,
            )
            return
        path = self._ask(self.tr("Save the figures"), f"{section.key}.csv", "CSV (*.csv)")
        if path is None:
            return
        table, labels = section.table_data, texts.report_column_labels()
        window.run(
            lambda: service.export_table(table, path, report=section.key, labels=labels),
            on_done=lambda _path: None,
        )
