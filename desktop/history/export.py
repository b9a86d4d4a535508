"""Exports of exactly what the history filter selects: CSV, and the PDF's report model.

The CSV holds one line per thread entry (message, note, call) of every selected row,
UTF-8 with a byte-order mark so that Excel reads accents right. The PDF is drawn by
the UI (``ui/history/pdf.py``, Qt's PDF writer) from a :class:`ReportDocument` built
here: the filter, the totals, and each row's thread.

Long exports report progress (``progress(done, total)``) and stop at the next row once
``cancel`` is set; a cancelled CSV export leaves no file behind. Times are written in
each property's own time zone. Cells that a spreadsheet would run as a formula (text
beginning with ``=``, ``+``, ``-``, ``@``) are prefixed with an apostrophe.
"""

from __future__ import annotations

import csv
import errno
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desktop.domain import utcnow
from desktop.errors import DiskFullError
from desktop.history import records
from desktop.history.detail import detail_of
from desktop.history.model import (
    CancelToken,
    Channel,
    ExportResult,
    HistoryFilter,
    HistoryRow,
    ThreadEntry,
)
from desktop.history.reports import ReportTable
from desktop.store import Store

Progress = Callable[[int, int], None]

CSV_COLUMNS = (
    "channel",
    "reference",
    "property",
    "title",
    "reservation",
    "theme",
    "status",
    "time",
    "entry",
    "author",
    "staff",
    "text",
    "attachments",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _no_progress(done: int, total: int) -> None:
    """The default progress callback: nothing to show."""


def safe_cell(value: str) -> str:
    """``value``, defused if a spreadsheet would take it for a formula."""
    return "'" + value if value.startswith(_FORMULA_START) else value


class LocalTimes:
    """Times in each property's time zone, as ``YYYY-MM-DD HH:MM``."""

    def __init__(self, zones: Mapping[int, str]) -> None:
        self._zones: dict[int, ZoneInfo] = {}
        for pid, name in zones.items():
            try:
                self._zones[pid] = ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError):
                self._zones[pid] = ZoneInfo("UTC")

    def text(self, property_id: int, at: datetime) -> str:
        zone = self._zones.get(property_id, ZoneInfo("UTC"))
        return at.astimezone(zone).strftime("%Y-%m-%d %H:%M")


def _entry_line(
    row: HistoryRow, entry: ThreadEntry, times: LocalTimes, label: Callable[[str], str]
) -> list[str]:
    return [
        label(row.channel.value),
        row.key,
        row.property_name,
        safe_cell(row.title),
        row.reservation_number or "",
        row.theme or "",
        label(row.status.value),
        times.text(row.property_id, entry.at),
        label(entry.kind.value),
        safe_cell(entry.author),
        safe_cell(entry.staff),
        safe_cell(entry.text),
        safe_cell(", ".join(entry.attachments)),
    ]


def export_csv(
    store: Store,
    rows: Sequence[HistoryRow],
    path: Path,
    *,
    labels: Mapping[str, str] | None = None,
    progress: Progress = _no_progress,
    cancel: CancelToken | None = None,
) -> ExportResult:
    """Write every entry of every row to ``path`` (replaced atomically at the end).

    Args:
        labels: Translations of the column keys and of the channel, status and entry
            values (``"guest"`` -> ``"Client"``); missing ones stay as they are.
    """
    names = dict(labels or {})

    def label(key: str) -> str:
        return names.get(key, key)

    times = LocalTimes(records.property_timezones(store))
    partial = path.with_name(path.name + ".part")
    try:
        written = _write_rows(store, rows, partial, times, label, progress, cancel)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    if written is None:
        partial.unlink(missing_ok=True)
        return ExportResult(str(path), 0, 0, cancelled=True)
    os.replace(partial, path)
    return ExportResult(str(path), len(rows), written)


def _write_rows(
    store: Store,
    rows: Sequence[HistoryRow],
    target: Path,
    times: LocalTimes,
    label: Callable[[str], str],
    progress: Progress,
    cancel: CancelToken | None,
) -> int | None:
    """Write the CSV; how many entries, or None if cancelled."""
    written = 0
    with _disk_full_is_known(), target.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow([label(c) for c in CSV_COLUMNS])
        for done, row in enumerate(rows, start=1):
            if cancel is not None and cancel.cancelled:
                return None
            for entry in detail_of(store, row).entries:
                writer.writerow(_entry_line(row, entry, times, label))
                written += 1
            progress(done, len(rows))
    return written


def write_table_csv(
    table: ReportTable, path: Path, *, labels: Mapping[str, str] | None = None
) -> Path:
    """One report as CSV (UTF-8 with BOM), column keys translated by ``labels``."""
    names = dict(labels or {})
    with _disk_full_is_known(), path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow([names.get(c, c) for c in table.columns])
        for row in table.rows:
            writer.writerow(
                ["" if v is None else safe_cell(v) if isinstance(v, str) else v for v in row]
            )
    return path


# --------------------------------------------------------------------------- the PDF's model


@dataclass(frozen=True, slots=True)
class DocumentSection:
    """One row and its thread, with its times already in the property's zone."""

    row: HistoryRow
    entries: tuple[ThreadEntry, ...]
    local_times: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ReportDocument:
    """What the PDF report shows: the filter, the totals, the threads."""

    generated_at: datetime
    filter: HistoryFilter
    totals: Mapping[str, int]
    sections: tuple[DocumentSection, ...]


def totals(rows: Iterable[HistoryRow], entries: int) -> dict[str, int]:
    """Rows per channel, all rows, and thread entries."""
    per_channel = Counter(r.channel for r in rows)
    found = {channel.value: per_channel.get(channel, 0) for channel in Channel}
    found["rows"] = sum(per_channel.values())
    found["entries"] = entries
    return found


def build_document(
    store: Store,
    f: HistoryFilter,
    rows: Sequence[HistoryRow],
    *,
    progress: Progress = _no_progress,
    cancel: CancelToken | None = None,
) -> ReportDocument | None:
    """The PDF report's content for ``rows``; None if cancelled."""
    times = LocalTimes(records.property_timezones(store))
    sections: list[DocumentSection] = []
    for done, row in enumerate(rows, start=1):
        if cancel is not None and cancel.cancelled:
            return None
        entries = detail_of(store, row).entries
        local = tuple(times.text(row.property_id, e.at) for e in entries)
        sections.append(DocumentSection(row, entries, local))
        progress(done, len(rows))
    count = sum(len(s.entries) for s in sections)
    return ReportDocument(utcnow(), f, totals(rows, count), tuple(sections))


@contextmanager
def _disk_full_is_known() -> Iterator[None]:
    try:
        yield
    except OSError as error:
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFullError(details={"errno": error.errno}) from error
        raise
