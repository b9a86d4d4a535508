"""CSV exports of exactly what is filtered, and the PDF's report model."""

from __future__ import annotations

import csv
from pathlib import Path

from desktop.history.export import build_document, export_csv, safe_cell, write_table_csv
from desktop.history.model import CancelToken, Channel, HistoryFilter
from desktop.history.records import find_rows
from desktop.history.reports import ReportTable
from tests.unit.history.world import B, HistoryWorld


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the byte-order mark Excel needs
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_csv_holds_every_entry_of_the_filtered_rows(world: HistoryWorld, tmp_path: Path) -> None:
    rows = find_rows(world.store, HistoryFilter(property_id=B))
    progress: list[tuple[int, int]] = []
    target = tmp_path / "history.csv"
    result = export_csv(world.store, rows, target, progress=lambda d, t: progress.append((d, t)))
    lines = read_csv(target)
    assert lines[0][:3] == ["channel", "reference", "property"]
    body = lines[1:]
    assert {line[1] for line in body} == {"conv:c3", "conv:c4"}
    assert (result.rows, result.entries, result.cancelled) == (2, 3, False)
    assert len(body) == 3
    c3 = [line for line in body if line[1] == "conv:c3"]
    # Times in the property's zone (Paris, summer time); the reply attributed to Alice.
    assert c3[0][7] == "2025-06-03 01:30"
    assert c3[0][11] == "Late arrival tonight"
    assert c3[1][8] == "property"
    assert c3[1][10] == "Alice"
    assert "¿Hay cuna disponible?" in {line[11] for line in body}
    assert progress == [(1, 2), (2, 2)]


def test_csv_headers_and_values_translated(world: HistoryWorld, tmp_path: Path) -> None:
    rows = find_rows(world.store, HistoryFilter(text="elodie"))
    labels = {"channel": "Canal", "guest": "Client", "text": "Texte"}
    export_csv(world.store, rows, tmp_path / "fr.csv", labels=labels)
    lines = read_csv(tmp_path / "fr.csv")
    assert lines[0][0] == "Canal"
    assert lines[0][11] == "Texte"
    assert {line[0] for line in lines[1:]} == {"Client"}
    assert lines[1][3] == "Élodie Martin"


def test_cancelled_export_leaves_no_file(world: HistoryWorld, tmp_path: Path) -> None:
    rows = find_rows(world.store, HistoryFilter())
    token = CancelToken()

    def progress(done: int, total: int) -> None:
        if done == 2:
            token.cancel()

    target = tmp_path / "cancelled.csv"
    result = export_csv(world.store, rows, target, progress=progress, cancel=token)
    assert result.cancelled
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]


def test_formulas_are_defused() -> None:
    assert safe_cell('=HYPERLINK("x")') == '\'=HYPERLINK("x")'
    assert safe_cell("-1") == "'-1"
    assert safe_cell("Bonjour") == "Bonjour"


def test_report_table_csv(tmp_path: Path) -> None:
    table = ReportTable(("theme", "rate"), (("paiements", 12.5), ("=evil", None)))
    write_table_csv(table, tmp_path / "t.csv", labels={"theme": "Thème"})
    assert read_csv(tmp_path / "t.csv") == [
        ["Thème", "rate"],
        ["paiements", "12.5"],
        ["'=evil", ""],
    ]


def test_document_model_has_filter_totals_and_threads(world: HistoryWorld) -> None:
    f = HistoryFilter(channel=Channel.GUEST, property_id=B)
    rows = find_rows(world.store, f)
    document = build_document(world.store, f, rows)
    assert document is not None
    assert document.filter == f
    assert document.totals["rows"] == 2
    assert document.totals["guest"] == 2
    assert document.totals["entries"] == 3
    assert [s.row.key for s in document.sections] == ["conv:c4", "conv:c3"]
    assert document.sections[1].local_times == ("2025-06-03 01:30", "2025-06-03 03:30")
    token = CancelToken()
    token.cancel()
    assert build_document(world.store, f, rows, cancel=token) is None
