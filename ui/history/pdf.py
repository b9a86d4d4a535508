"""The history's PDF report: the core's :class:`ReportDocument` drawn with Qt's PDF writer.

Layout: a title, when it was made and by whom, the filter, the totals, then each
row's thread (escaped text, never HTML from a guest). ``QTextDocument.print_`` cuts
the pages. Texts are translated on the GUI thread beforehand (:class:`PdfTexts`); the
writing runs on its own ``QThread`` (:class:`PdfThread`: text layout needs a Qt event
dispatcher, which the task runner's Python threads lack). The file appears complete
or not at all (written beside, then renamed).
"""

from __future__ import annotations

import html
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QObject, QThread, Signal
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from desktop.history import EntryKind
from desktop.history.export import DocumentSection, ReportDocument
from ui.history import texts


@dataclass(frozen=True, slots=True)
class PdfTexts:
    """Every word the PDF shows, translated on the GUI thread."""

    title: str
    generated: str
    filter_heading: str
    filter_lines: Sequence[tuple[str, str]]
    totals_heading: str
    totals: dict[str, str] = field(default_factory=dict)
    channels: dict[str, str] = field(default_factory=dict)
    statuses: dict[str, str] = field(default_factory=dict)
    entries: dict[str, str] = field(default_factory=dict)
    reservation: str = "Reservation"
    empty: str = "Nothing matches this filter."


def _table(rows: Sequence[tuple[str, str]]) -> str:
    cells = "".join(
        f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>" for k, v in rows
    )
    return f'<table cellspacing="0" cellpadding="3">{cells}</table>'


def _section(section: DocumentSection, t: PdfTexts) -> str:
    row = section.row
    facts = [
        t.channels.get(row.channel.value, row.channel.value),
        row.property_name,
        t.statuses.get(row.status.value, row.status.value),
    ]
    if row.reservation_number:
        facts.append(f"{t.reservation} {row.reservation_number}")
    if row.theme:
        facts.append(row.theme)
    lines = [
        f"<h3>{html.escape(row.title or '—')}</h3>",
        f"<p><i>{html.escape(' · '.join(facts))}</i></p>",
    ]
    for entry, when in zip(section.entries, section.local_times, strict=True):
        who = t.entries.get(entry.kind.value, entry.kind.value)
        if entry.author and entry.kind in (EntryKind.GUEST, EntryKind.NOTE):
            who += f" — {entry.author}"
        if entry.staff and entry.kind is not EntryKind.NOTE:
            who += f" ({entry.staff})"
        body = html.escape(entry.text).replace("\n", "<br>")
        lines.append(f"<p><b>{html.escape(who)}</b> {when}<br>{body}</p>")
    return "\n".join(lines)


def document_html(document: ReportDocument, t: PdfTexts) -> str:
    """The whole report as simple HTML for ``QTextDocument``."""
    totals = [(t.totals.get(k, k), str(v)) for k, v in document.totals.items()]
    parts = [
        f"<h1>{html.escape(t.title)}</h1>",
        f"<p>{html.escape(t.generated)}</p>",
        f"<h2>{html.escape(t.filter_heading)}</h2>",
        _table(list(t.filter_lines)),
        f"<h2>{html.escape(t.totals_heading)}</h2>",
        _table(totals),
        "<hr>",
    ]
    if not document.sections:
        parts.append(f"<p>{html.escape(t.empty)}</p>")
    parts += [_section(s, t) for s in document.sections]
    return "\n".join(parts)


def write_pdf(document: ReportDocument, path: Path, t: PdfTexts) -> Path:
    """Write the report to ``path`` (A4, 15 mm margins)."""
    partial = path.with_name(path.name + ".part")
    writer = QPdfWriter(str(partial))
    writer.setTitle(t.title)
    writer.setCreator("Frontdesk")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    text = QTextDocument()
    text.setHtml(document_html(document, t))
    text.print_(writer)
    del writer  # finishes the file
    os.replace(partial, path)
    return path


def default_texts(title: str, generated: str, filter_lines: Sequence[tuple[str, str]]) -> PdfTexts:
    """The translated texts of a report (call on the GUI thread)."""
    return PdfTexts(
        title=title,
        generated=generated,
        filter_heading=QCoreApplication.translate("HistoryPdf", "Filter"),
        filter_lines=filter_lines,
        totals_heading=QCoreApplication.translate("HistoryPdf", "Totals"),
        totals={
            "rows": QCoreApplication.translate("HistoryPdf", "Rows"),
            "entries": QCoreApplication.translate("HistoryPdf", "Messages, notes and calls"),
            **texts.channel_labels(),
        },
        channels=texts.channel_labels(),
        statuses=texts.status_labels(),
        entries=texts.entry_labels(),
        reservation=QCoreApplication.translate("HistoryPdf", "Reservation"),
        empty=QCoreApplication.translate("HistoryPdf", "Nothing matches this filter."),
    )


class PdfThread(QThread):
    """Writes one report on its own Qt thread (text layout needs a Qt event dispatcher).

    ``written`` carries the path, or the ``OSError`` that stopped the writing.
    """

    written = Signal(object)

    def __init__(self, document: ReportDocument, path: Path, t: PdfTexts, parent: QObject) -> None:
        super().__init__(parent)
        self._document, self._path, self._texts = document, path, t

    def run(self) -> None:
        try:
            result: Path | OSError = write_pdf(self._document, self._path, self._texts)
        except OSError as error:
            result = error
        self.written.emit(result)
