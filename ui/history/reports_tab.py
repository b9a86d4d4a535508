"""The Reports tab: reply times, support against the aim, volume, deflection.

It draws a :class:`~desktop.history.reports.Reports` (computed by the core on the task
runner for the history's current filter). Reply times can be grouped by day, week,
staff member or property; each report has its chart and its exports.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.domain import GUEST_REPLY_TARGET
from desktop.history.figures import ReplyStats
from desktop.history.reports import (
    Reports,
    aim_table,
    deflection_table,
    reply_table,
    volume_table,
)
from ui.history import texts
from ui.history.charts import Series
from ui.history.report_section import ExportHandler, ReportSection
from ui.widgets import named

GROUPINGS = ("day", "week", "staff", "property")


class ReportsTab(QWidget):
    """The reports of one filter; empty until :meth:`show_reports`."""

    def __init__(self, on_export: ExportHandler, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyReports")
        self.reports: Reports | None = None
        self.grouping = named(QComboBox(), "replyGrouping")
        self.grouping_label = QLabel()
        self.grouping_label.setBuddy(self.grouping)
        self.replies = ReportSection("replies", on_export)
        self.support = ReportSection("support", on_export)
        self.hours = ReportSection("volume_by_hour", on_export)
        self.weekdays = ReportSection("volume_by_weekday", on_export)
        self.deflection = ReportSection("deflection", on_export)
        self.replies.header.addWidget(self.grouping_label)
        self.replies.header.addWidget(self.grouping)
        self.replies.header.addStretch(1)
        body = QWidget()
        column = QVBoxLayout(body)
        for section in self.sections():
            column.addWidget(section)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.retranslate_ui()
        self.grouping.currentIndexChanged.connect(self._draw_replies)

    def sections(self) -> tuple[ReportSection, ...]:
        return (self.replies, self.support, self.hours, self.weekdays, self.deflection)

    def show_reports(self, reports: Reports) -> None:
        self.reports = reports
        self._draw_replies()
        self._draw_support(reports)
        self._draw_volume(reports)
        self._draw_deflection(reports)

    def _reply_groups(self, reports: Reports) -> tuple[ReplyStats, ...]:
        key = self.grouping.currentData() or "day"
        return {
            "day": reports.replies_by_day,
            "week": reports.replies_by_week,
            "staff": reports.replies_by_staff,
            "property": reports.replies_by_property,
        }[key]

    def _draw_replies(self) -> None:
        reports = self.reports
        if reports is None:
            return
        groups = self._reply_groups(reports)
        names = [g.group or texts.unattributed() for g in groups]
        total = reports.replies_total
        self.replies.summary.setText(
            self.tr(
                "{asked} questions, {answered} answered. Median {median}, "
                "90th percentile {p90}, within 12 h: {share}. Still within 12 h: {pending}."
            ).format(
                asked=total.asked,
                answered=total.answered,
                median=texts.duration(total.median),
                p90=texts.duration(total.p90),
                share=texts.percent(total.share_within_target),
                pending=total.pending,
            )
        )
        hours = [
            Series(self.tr("Median (h)"), [_hours(g.median) for g in groups]),
            Series(self.tr("90th percentile (h)"), [_hours(g.p90) for g in groups]),
        ]
        target = GUEST_REPLY_TARGET.total_seconds() / 3600
        self.replies.show_table(
            reply_table(groups), names, hours, self.tr("hours"), first_column=names, target=target
        )

    def _draw_support(self, reports: Reports) -> None:
        stats = reports.support_by_theme
        themes = [s.theme for s in stats]
        series = [
            Series(self.tr("Answered within 24 h"), [s.within_aim for s in stats]),
            Series(self.tr("Answered later"), [s.answered - s.within_aim for s in stats]),
            Series(self.tr("Open, overdue"), [s.open_overdue for s in stats]),
        ]
        self.support.show_table(aim_table(stats), themes, series, self.tr("cases"))

    def _draw_volume(self, reports: Reports) -> None:
        for section, buckets, column, names in (
            (self.hours, reports.volume_by_hour, "hour", [f"{h:02d}" for h in range(24)]),
            (self.weekdays, reports.volume_by_weekday, "weekday", texts.weekday_names()),
        ):
            series = [
                Series(self.tr("Guest messages"), [b.guest for b in buckets]),
                Series(self.tr("Property messages"), [b.property for b in buckets]),
            ]
            table = volume_table(buckets, column)
            section.show_table(table, names, series, self.tr("messages"), first_column=names)

    def _draw_deflection(self, reports: Reports) -> None:
        stats = reports.deflection_by_theme
        rates = [round((s.rate or 0.0) * 100, 1) for s in stats]
        series = [Series(self.tr("Deflection rate (%)"), rates)]
        self.deflection.show_table(deflection_table(stats), [s.theme for s in stats], series, "%")

    def retranslate_ui(self) -> None:
        self.replies.setTitle(self.tr("Guest reply times (target: 12 hours)"))
        self.support.setTitle(self.tr("Support cases against the 24-hour aim, by theme"))
        self.hours.setTitle(self.tr("Message volume by hour of day"))
        self.weekdays.setTitle(self.tr("Message volume by weekday"))
        self.deflection.setTitle(
            self.tr("Questions answered by a help article instead of a contact, by theme")
        )
        self.grouping_label.setText(self.tr("&Group by"))
        self.grouping.setAccessibleName(self.tr("Group reply times by"))
        chosen = self.grouping.currentData()
        self.grouping.blockSignals(True)
        self.grouping.clear()
        labels = (self.tr("Day"), self.tr("Week"), self.tr("Staff member"), self.tr("Property"))
        for label, key in zip(labels, GROUPINGS, strict=True):
            self.grouping.addItem(label, key)
        self.grouping.setCurrentIndex(max(self.grouping.findData(chosen), 0))
        self.grouping.blockSignals(False)
        for section in self.sections():
            section.retranslate_ui()
        if self.reports is not None:
            self.show_reports(self.reports)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def _hours(value: timedelta | None) -> float:
    return value.total_seconds() / 3600 if value is not None else 0.0
