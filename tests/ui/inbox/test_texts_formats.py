"""The list's memoised formats give the texts of the plain functions, asking Qt once."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale

from desktop.services.model import RowStatus
from ui.inbox import texts

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
MOMENTS = [
    NOW - timedelta(minutes=5),  # today: a time
    NOW - timedelta(hours=11, minutes=59),  # still today in Paris, not in UTC-10
    NOW - timedelta(days=3),  # this year: day and month
    NOW - timedelta(days=400),  # another year: the short date
]


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize("tz", ["Europe/Paris", "Pacific/Honolulu", "Not/AZone"])
def test_formats_match_the_plain_functions(tz: str) -> None:
    formats = texts.Formats()
    for at in [*MOMENTS, None]:
        assert formats.short_time(at, tz, NOW) == texts.short_time(at, tz, NOW)
    stay = (date(2026, 6, 12), date(2026, 6, 14))
    assert formats.stay(*stay) == texts.stay_text(*stay)
    assert formats.stay(None, stay[1]) == texts.stay_text(None, stay[1]) == ""
    for status in RowStatus:
        assert formats.status(status) == texts.status_name(status)
    for due in (NOW + timedelta(hours=4, minutes=10), NOW - timedelta(hours=2)):
        assert formats.countdown(due, NOW) == texts.reply_countdown(due, NOW)


@pytest.mark.usefixtures("qapp")
def test_each_text_is_asked_of_qt_once(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    real = texts.day_month

    def counting(day: date) -> str:
        asked.append(day.isoformat())
        return real(day)

    monkeypatch.setattr(texts, "day_month", counting)
    formats = texts.Formats()
    stays = [formats.stay(date(2026, 6, 12), date(2026, 6, 14 + i % 2)) for i in range(10)]
    assert stays[0] == stays[2] != stays[1]
    assert sorted(asked) == ["2026-06-12", "2026-06-14", "2026-06-15"]


@pytest.mark.usefixtures("qapp")
def test_a_new_formats_follows_a_change_of_locale() -> None:
    day = date(2026, 6, 12)
    before = QLocale()
    try:
        QLocale.setDefault(QLocale("en_GB"))
        english = texts.Formats().day_month(day)
        QLocale.setDefault(QLocale("fr_FR"))
        french = texts.Formats().day_month(day)
    finally:
        QLocale.setDefault(before)
    assert (english, french) == ("12 Jun", "12 juin")


@pytest.mark.usefixtures("qapp")
def test_local_times_read_as_the_locale_writes_a_local_date_and_time() -> None:
    """The UTC-spec shortcut gives the text a computer-zone ``QDateTime`` gives."""
    from zoneinfo import ZoneInfo

    from PySide6.QtCore import QDate, QDateTime, QTime

    before = QLocale()
    moments = [datetime(2026, 7, 1, 22, 5, tzinfo=UTC), datetime(2026, 1, 15, 6, 0, tzinfo=UTC)]
    try:
        for name in ("en_US", "fr_FR", "de_DE", "ja_JP"):
            QLocale.setDefault(QLocale(name))
            for tz in ("Europe/Paris", "America/New_York", "Asia/Kolkata"):
                times = texts.LocalTimes(tz)
                for at in moments:
                    local = at.astimezone(ZoneInfo(tz))
                    qt = QDateTime(
                        QDate(local.year, local.month, local.day),
                        QTime(local.hour, local.minute, local.second),
                    )
                    shown = QLocale().toString(qt, QLocale.FormatType.ShortFormat)
                    expected = f"{shown} {local.tzname()}"
                    assert times.text(at) == expected
                    assert texts.local_time(at, tz) == expected
    finally:
        QLocale.setDefault(before)
