"""The history's filter bar: period, property, staff, channel, theme, status and search.

It only builds a :class:`~desktop.history.HistoryFilter`; ``changed`` fires when any
choice changes (the search field after a short pause, so typing does not query at
every key). Dates are days of this computer's time zone: "to" includes its whole day.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time, timedelta

from PySide6.QtCore import QDate, QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop.domain import Property, StaffMember
from desktop.history import Channel, HistoryFilter, Status
from ui.history import texts
from ui.widgets import named

SEARCH_DELAY_MS = 300
PERIODS = ("all", "7", "30", "365", "custom")


def local_midnight(day: QDate) -> datetime:
    """The start of ``day`` in this computer's time zone, as an aware datetime."""
    naive = datetime.combine(day.toPython(), time.min)  # type: ignore[arg-type]
    return naive.astimezone()


class FilterBar(QWidget):
    """Filters above the results; :meth:`current_filter` is what they say."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyFilters")
        self.period = named(QComboBox(), "historyPeriod")
        self.since = named(QDateEdit(QDate.currentDate().addDays(-30)), "historySince")
        self.until = named(QDateEdit(QDate.currentDate()), "historyUntil")
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.property_box = named(QComboBox(), "historyProperty")
        self.staff_box = named(QComboBox(), "historyStaff")
        self.channel_box = named(QComboBox(), "historyChannel")
        self.theme_box = named(QComboBox(), "historyTheme")
        self.status_box = named(QComboBox(), "historyStatus")
        self.search = named(QLineEdit(), "historySearch")
        self.search.setClearButtonEnabled(True)
        self._labels: dict[str, QLabel] = {}
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._build()
        self._properties: list[Property] = []
        self._staff: list[StaffMember] = []
        self._themes: list[str] = []
        self.retranslate_ui()
        self._connect()

    def _build(self) -> None:
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        fields = (
            ("period", self.period),
            ("since", self.since),
            ("until", self.until),
            ("property", self.property_box),
            ("staff", self.staff_box),
            ("channel", self.channel_box),
            ("theme", self.theme_box),
            ("status", self.status_box),
            ("search", self.search),
        )
        for position, (key, widget) in enumerate(fields):
            form = QFormLayout()
            label = QLabel()
            label.setBuddy(widget)
            self._labels[key] = label
            form.addRow(label, widget)
            layout.addLayout(form, position // 5, position % 5)

    def _connect(self) -> None:
        self.period.currentIndexChanged.connect(self._period_changed)
        for edit in (self.since, self.until):
            edit.dateChanged.connect(self._emit_if_custom)
        for box in (
            self.property_box,
            self.staff_box,
            self.channel_box,
            self.theme_box,
            self.status_box,
        ):
            box.currentIndexChanged.connect(self.changed)
        self.search.textChanged.connect(self._debounce.start)
        self._debounce.timeout.connect(self.changed)
        self._period_changed()

    def _period_changed(self) -> None:
        custom = self.period.currentData() == "custom"
        self.since.setEnabled(custom)
        self.until.setEnabled(custom)
        self.changed.emit()

    def _emit_if_custom(self) -> None:
        if self.period.currentData() == "custom":
            self.changed.emit()

    # ------------------------------------------------------------------ choices

    def set_choices(
        self, properties: Sequence[Property], staff: Sequence[StaffMember], themes: Sequence[str]
    ) -> None:
        """Fill the property, staff and theme lists (keeping what was chosen)."""
        self._properties, self._staff, self._themes = list(properties), list(staff), list(themes)
        self._refill(self.property_box, [(p.name, p.property_id) for p in properties])
        self._refill(self.staff_box, [(self._staff_name(m), m.staff_id) for m in staff])
        self._refill(self.theme_box, [(t, t) for t in themes])

    def _staff_name(self, member: StaffMember) -> str:
        return member.name if member.active else self.tr("{name} (former)").format(name=member.name)

    def current_filter(self) -> HistoryFilter:
        since, until = self._range()
        channel = self.channel_box.currentData()
        status = self.status_box.currentData()
        return HistoryFilter(
            since=since,
            until=until,
            property_id=self.property_box.currentData(),
            staff_id=self.staff_box.currentData(),
            channel=Channel(channel) if channel else None,
            theme=self.theme_box.currentData(),
            status=Status(status) if status else None,
            text=self.search.text().strip(),
        )

    def _range(self) -> tuple[datetime | None, datetime | None]:
        period = self.period.currentData()
        if period == "all":
            return None, None
        if period == "custom":
            return local_midnight(self.since.date()), local_midnight(self.until.date().addDays(1))
        today = local_midnight(QDate.currentDate())
        return today - timedelta(days=int(period) - 1), today + timedelta(days=1)

    # ------------------------------------------------------------------ texts

    def retranslate_ui(self) -> None:
        captions = {
            "period": self.tr("&Period"),
            "since": self.tr("&From"),
            "until": self.tr("&To"),
            "property": self.tr("P&roperty"),
            "staff": self.tr("S&taff"),
            "channel": self.tr("C&hannel"),
            "theme": self.tr("T&heme"),
            "status": self.tr("Stat&us"),
            "search": self.tr("Sear&ch"),
        }
        for key, label in self._labels.items():
            label.setText(captions[key])
            label.buddy().setAccessibleName(captions[key].replace("&", ""))
        periods = (
            self.tr("All time"),
            self.tr("Last 7 days"),
            self.tr("Last 30 days"),
            self.tr("Last 12 months"),
            self.tr("Dates…"),
        )
        self._refill(self.period, list(zip(periods, PERIODS, strict=True)), with_all=False)
        channels = texts.channel_labels()
        self._refill(self.channel_box, [(channels[c.value], c.value) for c in Channel])
        statuses = texts.status_labels()
        self._refill(self.status_box, [(statuses[s.value], s.value) for s in Status])
        self.search.setPlaceholderText(self.tr("Guest name, reservation number, words…"))
        if self._properties or self._staff or self._themes:
            self.set_choices(self._properties, self._staff, self._themes)

    def _refill(
        self, box: QComboBox, items: Sequence[tuple[str, object]], *, with_all: bool = True
    ) -> None:
        chosen = box.currentData()
        box.blockSignals(True)
        box.clear()
        if with_all:
            box.addItem(self.tr("All"), None)
        for text, value in items:
            box.addItem(text, value)
        box.setCurrentIndex(max(box.findData(chosen), 0))
        box.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
