"""The Reports tab: figures as computed by the core, charts, PNG and CSV exports."""

from __future__ import annotations

import csv
from collections.abc import Callable

from PySide6.QtGui import QImage

from desktop.domain import AuditAction
from desktop.store import audit as audit_store
from tests.ui.history.conftest import FakePrompts
from tests.unit.history.world import HistoryWorld
from ui.history import HistoryWindow

Make = Callable[..., HistoryWindow]


def cells(table: object, row: int) -> list[str]:
    return [table.item(row, c).text() for c in range(table.columnCount())]  # type: ignore[attr-defined]


def open_reports(make_window: Make) -> HistoryWindow:
    window = make_window("Alice")
    window.tabs.setCurrentWidget(window.reports_tab)
    assert window.reports_tab.reports is not None
    return window


def test_reports_show_the_figures(make_window: Make) -> None:
    tab = open_reports(make_window).reports_tab
    # By day: 06-02 has two questions answered in 1 h and 6 h (median 3 h 30).
    assert cells(tab.replies.table, 0) == [
        "2025-06-02",
        "2",
        "2",
        "2",
        "100 %",
        "3 h 30",
        "5 h 30",
        "0",
    ]
    assert "5 questions, 4 answered" in tab.replies.summary.text()
    assert "Median 4 h 00" in tab.replies.summary.text()
    tab.grouping.setCurrentIndex(tab.grouping.findData("staff"))
    assert [cells(tab.replies.table, r)[0] for r in range(3)] == [
        "Not from Frontdesk / unanswered",
        "Alice",
        "Bob",
    ]
    assert tab.replies.chart.categories[1] == "Alice"
    assert tab.replies.chart.series[0].values == [14.0, 1.5, 6.0]
    assert tab.hours.table.rowCount() == 24
    assert cells(tab.weekdays.table, 0) == ["Mon", "4", "1"]


def test_a_chart_saves_as_png_and_its_figures_as_csv(
    make_window: Make, prompts: FakePrompts, world: HistoryWorld
) -> None:
    tab = open_reports(make_window).reports_tab
    tab.weekdays.png_button.click()
    picture = QImage(str(prompts.saved[-1]))
    assert not picture.isNull()
    assert picture.width() > 100
    tab.weekdays.csv_button.click()
    with prompts.saved[-1].open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle))
    assert lines[0] == ["Weekday", "Guest messages", "Property messages"]
    assert lines[1] == ["0", "4", "1"]
    events = audit_store.list_events(world.store, actions=[AuditAction.EXPORT])
    assert [(e.details["format"], e.details["report"]) for e in events] == [
        ("csv", "volume_by_weekday"),
        ("png", "volume_by_weekday"),
    ]


def test_reception_has_no_reports(make_window: Make) -> None:
    window = make_window("Bob")
    window.tabs.setCurrentWidget(window.reports_tab)
    assert window.reports_tab.reports is None
