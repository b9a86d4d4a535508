"""Manager reports over what the history filter selects.

=========================  ================================================================
report                     what it shows
=========================  ================================================================
guest reply times          median, 90th percentile and share answered within 12 h, by day,
                           ISO week, staff member (who sent the reply from Frontdesk; ""
                           when it came from elsewhere or is missing) and property
support against the aim    message cases per theme: answered, within 24 h, overdue
message volume             guest and property messages by hour of day and by weekday
deflection rate            per theme: deflections / (deflections + messages + calls)
=========================  ================================================================

Days, weeks, hours and weekdays are those of each property's own time zone. Questions
count in the period they were asked; messages in the period they were written. The
figures' rules are in :mod:`desktop.history.figures`. Each report also turns into a
:class:`ReportTable` for a CSV export.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desktop.domain import GUEST_REPLY_TARGET, SUPPORT_REPLY_AIM, SenderKind, utcnow
from desktop.history import records, report_data
from desktop.history.figures import (
    AimStats,
    CaseFact,
    DeflectionStats,
    MessageFact,
    ReplyStats,
    ReplyTime,
    VolumeBucket,
    aim_stats,
    grouped_stats,
    reply_stats,
    reply_times,
)
from desktop.history.model import Channel, HistoryFilter, HistoryRow
from desktop.store import Store

HOUR = 3600.0


@dataclass(frozen=True, slots=True)
class Reports:
    """Every report for one filter, computed at ``generated_at``."""

    generated_at: datetime
    filter: HistoryFilter
    replies_total: ReplyStats
    replies_by_day: tuple[ReplyStats, ...]
    replies_by_week: tuple[ReplyStats, ...]
    replies_by_staff: tuple[ReplyStats, ...]
    replies_by_property: tuple[ReplyStats, ...]
    support_by_theme: tuple[AimStats, ...]
    volume_by_hour: tuple[VolumeBucket, ...]
    volume_by_weekday: tuple[VolumeBucket, ...]
    deflection_by_theme: tuple[DeflectionStats, ...]


@dataclass(frozen=True, slots=True)
class ReportTable:
    """A report as columns (stable English keys, translated by the UI) and rows."""

    columns: tuple[str, ...]
    rows: tuple[tuple[str | int | float | None, ...], ...]


class _Zones:
    def __init__(self, store: Store) -> None:
        self._zones: dict[int, tzinfo] = {}
        for pid, name in records.property_timezones(store).items():
            try:
                self._zones[pid] = ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError):
                self._zones[pid] = ZoneInfo("UTC")

    def local(self, property_id: int, at: datetime) -> datetime:
        return at.astimezone(self._zones.get(property_id, ZoneInfo("UTC")))

    def day(self, time: ReplyTime) -> str:
        return self.local(time.property_id, time.asked_at).date().isoformat()

    def week(self, time: ReplyTime) -> str:
        year, week, _ = self.local(time.property_id, time.asked_at).isocalendar()
        return f"{year}-W{week:02d}"

    def hour(self, message: MessageFact) -> int:
        return self.local(message.property_id, message.created_at).hour

    def weekday(self, message: MessageFact) -> int:
        return self.local(message.property_id, message.created_at).weekday()


def build_reports(
    store: Store,
    f: HistoryFilter,
    *,
    now: datetime | None = None,
    rows: Sequence[HistoryRow] | None = None,
) -> Reports:
    """Every report over the rows ``f`` selects (pass ``rows`` if already found)."""
    now = now or utcnow()
    rows = rows if rows is not None else records.find_rows(store, f)
    zones = _Zones(store)
    names = {r.property_id: r.property_name for r in rows}
    guest = [r.conversation_id for r in rows if r.channel is Channel.GUEST and r.conversation_id]
    facts = report_data.message_facts(store, guest)
    times = [t for t in reply_times(facts) if _in_range(t.asked_at, f)]
    messages = [m for m in facts if _in_range(m.created_at, f)]

    def place(t: ReplyTime) -> str:
        return names.get(t.property_id, str(t.property_id))

    return Reports(
        generated_at=now,
        filter=f,
        replies_total=reply_stats("", times, now, GUEST_REPLY_TARGET),
        replies_by_day=tuple(grouped_stats(times, zones.day, now)),
        replies_by_week=tuple(grouped_stats(times, zones.week, now)),
        replies_by_staff=tuple(grouped_stats(times, lambda t: t.staff, now)),
        replies_by_property=tuple(grouped_stats(times, place, now)),
        support_by_theme=_support(store, rows, now),
        volume_by_hour=_volume(messages, 24, zones.hour),
        volume_by_weekday=_volume(messages, 7, zones.weekday),
        deflection_by_theme=tuple(report_data.deflections(store, f)),
    )


def _in_range(at: datetime, f: HistoryFilter) -> bool:
    return (f.since is None or at >= f.since) and (f.until is None or at < f.until)


def _support(store: Store, rows: Iterable[HistoryRow], now: datetime) -> tuple[AimStats, ...]:
    ids = [
        int(r.key.removeprefix("case:"))
        for r in rows
        if r.channel is Channel.SUPPORT_MESSAGE and r.key.startswith("case:")
    ]
    by_theme: dict[str, list[CaseFact]] = defaultdict(list)
    for fact in report_data.case_facts(store, ids):
        by_theme[fact.theme].append(fact)
    return tuple(aim_stats(t, by_theme[t], now, SUPPORT_REPLY_AIM) for t in sorted(by_theme))


def _volume(
    messages: Iterable[MessageFact], size: int, bucket: Callable[[MessageFact], int]
) -> tuple[VolumeBucket, ...]:
    guest = [0] * size
    sent = [0] * size
    for message in messages:
        if message.sender is SenderKind.GUEST:
            guest[bucket(message)] += 1
        elif message.sender is SenderKind.PROPERTY:
            sent[bucket(message)] += 1
    return tuple(VolumeBucket(i, guest[i], sent[i]) for i in range(size))


# --------------------------------------------------------------------------- tables


def _hours(value: timedelta | None) -> float | None:
    return None if value is None else round(value.total_seconds() / HOUR, 2)


def _percent(value: float | None) -> float | None:
    return None if value is None else round(value * 100, 1)


def reply_table(stats: Sequence[ReplyStats]) -> ReportTable:
    """Reply times: one row per group; durations in hours, shares in percent."""
    columns = (
        "group",
        "asked",
        "answered",
        "within_target",
        "share_within_target_percent",
        "median_hours",
        "p90_hours",
        "pending",
    )
    rows = tuple(
        (
            s.group,
            s.asked,
            s.answered,
            s.within_target,
            _percent(s.share_within_target),
            _hours(s.median),
            _hours(s.p90),
            s.pending,
        )
        for s in stats
    )
    return ReportTable(columns, rows)


def aim_table(stats: Sequence[AimStats]) -> ReportTable:
    columns = (
        "theme",
        "cases",
        "answered",
        "within_aim",
        "share_within_aim_percent",
        "open_overdue",
        "open_within_aim",
        "median_hours",
    )
    rows = tuple(
        (
            s.theme,
            s.cases,
            s.answered,
            s.within_aim,
            _percent(s.share_within_aim),
            s.open_overdue,
            s.open_within_aim,
            _hours(s.median),
        )
        for s in stats
    )
    return ReportTable(columns, rows)


def volume_table(buckets: Sequence[VolumeBucket], bucket_column: str) -> ReportTable:
    """``bucket_column`` is ``hour`` (0-23) or ``weekday`` (0 = Monday)."""
    rows = tuple((b.bucket, b.guest, b.property) for b in buckets)
    return ReportTable((bucket_column, "guest_messages", "property_messages"), rows)


def deflection_table(stats: Sequence[DeflectionStats]) -> ReportTable:
    columns = ("theme", "deflections", "messages", "calls", "deflection_rate_percent")
    rows = tuple((s.theme, s.deflections, s.messages, s.calls, _percent(s.rate)) for s in stats)
    return ReportTable(columns, rows)
