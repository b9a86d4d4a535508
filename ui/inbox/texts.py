"""Translated names of the inbox's values (folders, states, topics, problems) and times.

The core speaks in enums and UTC datetimes; this module turns them into the user's
language. ``QCoreApplication.translate`` is spelled out at each call so that lupdate
finds every text (context ``InboxTexts``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTimeZone

from desktop.domain import OutboxState, SelfServiceTopic, utcnow
from desktop.services.model import InboxFolder, Issue, Problem, RowStatus


def folder_name(folder: InboxFolder) -> str:
    names = {
        InboxFolder.NEEDS_REPLY: QCoreApplication.translate("InboxTexts", "Needs reply"),
        InboxFolder.WAITING_FOR_GUEST: QCoreApplication.translate(
            "InboxTexts", "Waiting for guest"
        ),
        InboxFolder.NO_REPLY_NEEDED: QCoreApplication.translate("InboxTexts", "No reply needed"),
        InboxFolder.ALL: QCoreApplication.translate("InboxTexts", "All"),
        InboxFolder.SUPPORT_OPEN: QCoreApplication.translate("InboxTexts", "Open"),
        InboxFolder.SUPPORT_ANSWERED: QCoreApplication.translate("InboxTexts", "Answered"),
        InboxFolder.SUPPORT_CLOSED: QCoreApplication.translate("InboxTexts", "Closed"),
        InboxFolder.OUTBOX: QCoreApplication.translate("InboxTexts", "Outbox"),
        InboxFolder.DRAFTS: QCoreApplication.translate("InboxTexts", "Drafts"),
    }
    return names[folder]


def status_name(status: RowStatus) -> str:
    names = {
        RowStatus.NEEDS_REPLY: QCoreApplication.translate("InboxTexts", "Needs reply"),
        RowStatus.WAITING_FOR_GUEST: QCoreApplication.translate("InboxTexts", "Waiting for guest"),
        RowStatus.NO_REPLY_NEEDED: QCoreApplication.translate("InboxTexts", "No reply needed"),
        RowStatus.SUPPORT: QCoreApplication.translate("InboxTexts", "Booking.com support"),
    }
    return names[status]


def outbox_state_name(state: OutboxState) -> str:
    names = {
        OutboxState.DRAFT: QCoreApplication.translate("InboxTexts", "Draft"),
        OutboxState.QUEUED: QCoreApplication.translate(
            "InboxTexts", "Queued — will be sent at the next sync"
        ),
        OutboxState.SENDING: QCoreApplication.translate("InboxTexts", "Sending…"),
        OutboxState.SENT: QCoreApplication.translate("InboxTexts", "Sent"),
        OutboxState.FAILED: QCoreApplication.translate("InboxTexts", "Failed — not sent"),
        OutboxState.IN_DOUBT: QCoreApplication.translate(
            "InboxTexts", "In doubt — check the thread before sending again"
        ),
        OutboxState.NEEDS_SIGN_IN: QCoreApplication.translate(
            "InboxTexts", "Waiting for sign-in — sent once the credentials work"
        ),
    }
    return names[state]


def topic_name(topic: SelfServiceTopic) -> str:
    names = {
        SelfServiceTopic.CHECKIN: QCoreApplication.translate("InboxTexts", "check-in time"),
        SelfServiceTopic.CHECKOUT: QCoreApplication.translate("InboxTexts", "check-out time"),
        SelfServiceTopic.CHANGE_DATES_NR: QCoreApplication.translate(
            "InboxTexts", "change of dates"
        ),
        SelfServiceTopic.CANCEL_BOOKING: QCoreApplication.translate("InboxTexts", "cancellation"),
        SelfServiceTopic.BOOKING_BASIC_WAIVE_FEE: QCoreApplication.translate(
            "InboxTexts", "cancellation fee waiver"
        ),
        SelfServiceTopic.PARKING: QCoreApplication.translate("InboxTexts", "parking"),
        SelfServiceTopic.FREE_TEXT_PARKING: QCoreApplication.translate("InboxTexts", "parking"),
        SelfServiceTopic.BED_TYPE: QCoreApplication.translate("InboxTexts", "bed type"),
        SelfServiceTopic.EXTRA_CRIB: QCoreApplication.translate("InboxTexts", "extra cot"),
        SelfServiceTopic.EXTRA_BED: QCoreApplication.translate("InboxTexts", "extra bed"),
    }
    return names[topic]


def issue_text(issue: Issue) -> str:
    """One sentence saying what is wrong and what to do."""
    detail = issue.detail
    texts = {
        Problem.EMPTY: QCoreApplication.translate(
            "InboxTexts", "The message is empty. Type a message or attach a photo."
        ),
        Problem.READ_ONLY: QCoreApplication.translate(
            "InboxTexts",
            "This conversation is read-only: Booking.com does not accept replies in it.",
        ),
        Problem.WINDOW_CLOSED: QCoreApplication.translate(
            "InboxTexts",
            "The messaging window is closed: Booking.com no longer accepts messages to "
            "this guest. Contact the guest through the extranet if needed.",
        ),
        Problem.SUPPORT_CASE: QCoreApplication.translate(
            "InboxTexts",
            "Booking.com support cases are answered from the contact wizard, not here.",
        ),
        Problem.ATTACHMENTS_NOT_ALLOWED: QCoreApplication.translate(
            "InboxTexts", "Request-to-book conversations do not accept attachments."
        ),
        Problem.ATTACHMENT_MISSING: QCoreApplication.translate(
            "InboxTexts", "The file {name} cannot be found any more."
        ),
        Problem.ATTACHMENT_NOT_IMAGE: QCoreApplication.translate(
            "InboxTexts", "{name} is not a JPG or PNG photo; Booking.com accepts only those."
        ),
        Problem.ATTACHMENT_TOO_LARGE: QCoreApplication.translate(
            "InboxTexts", "{name} is larger than 10 MB, the most Booking.com accepts."
        ),
        Problem.LINK_NOT_ALLOWED: QCoreApplication.translate(
            "InboxTexts",
            "Booking.com will remove the link to {name}: it is not on the property's "
            "allowed links (extranet security settings).",
        ),
        Problem.TEMPLATE_VARIABLES: QCoreApplication.translate(
            "InboxTexts", "The message still holds template variables: {name}"
        ),
    }
    return texts[issue.problem].format(name=detail)


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


class LocalTimes:
    """Dates and times in a property's time zone, with the zone's abbreviation.

    The zone and the locale are looked up once (a thread's render makes one for all
    its messages), and the wall-clock time is formatted as a UTC ``QDateTime``: one in
    the computer's own time zone costs a conversion per call (~30 us) for a time the
    locale's short format shows without its zone anyway. A format that names the zone
    gets the computer-zone ``QDateTime`` it always had.
    """

    def __init__(self, tz: str) -> None:
        self._zone = zone(tz)
        self._locale = QLocale()
        pattern = self._locale.dateTimeFormat(QLocale.FormatType.ShortFormat)
        self._spec = None if "t" in pattern else QTimeZone.utc()

    def text(self, at: datetime) -> str:
        local = at.astimezone(self._zone)
        day = QDate(local.year, local.month, local.day)
        clock = QTime(local.hour, local.minute, local.second)
        qt = QDateTime(day, clock) if self._spec is None else QDateTime(day, clock, self._spec)
        text = self._locale.toString(qt, QLocale.FormatType.ShortFormat)
        return f"{text} {local.tzname() or ''}".strip()


def local_time(at: datetime, tz: str) -> str:
    """Date and time in the property's time zone, with the zone's abbreviation."""
    return LocalTimes(tz).text(at)


def desk_time(at: datetime) -> str:
    """A time in this computer's time zone (the time of today, else date and time)."""
    local = at.astimezone()
    qt = QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second)
    )
    if local.date() == utcnow().astimezone().date():
        return QLocale().toString(qt.time(), QLocale.FormatType.ShortFormat)
    return QLocale().toString(qt, QLocale.FormatType.ShortFormat)


def short_time(at: datetime | None, tz: str, now: datetime | None = None) -> str:
    """The list's time column: the time today, the day this year, else the date."""
    return "" if at is None else _time_column(at, tz, now)[1]()


def _time_column(
    at: datetime, tz: str, now: datetime | None
) -> tuple[tuple[object, ...], Callable[[], str]]:
    """What :func:`short_time` shows for ``at``: what the text depends on, and its maker."""
    place = zone(tz)
    local = at.astimezone(place)
    today = (now or utcnow()).astimezone(place)
    day = local.date()
    if day == today.date():
        hour, minute = local.hour, local.minute
        return ("clock", hour, minute), lambda: clock_time(hour, minute)
    if local.year == today.year:
        return ("day", day), lambda: day_month(day)
    return ("date", day), lambda: short_date(day)


def clock_time(hour: int, minute: int) -> str:
    """``14:05`` or ``2:05 PM``, as the locale writes a time."""
    return QLocale().toString(QTime(hour, minute), QLocale.FormatType.ShortFormat)


def day_month(day: date) -> str:
    """``12 Jun``: a day of the month and the month's short name."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM")


def short_date(day: date) -> str:
    """The locale's short date (``12/06/2025``)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def relative_time(at: datetime, now: datetime | None = None) -> str:
    """ "just now", "5 min ago", "2 h ago", "yesterday", "3 days ago", or the date."""
    seconds = ((now or utcnow()) - at).total_seconds()
    minutes = int(seconds // 60)
    hours = int(seconds // 3600)
    days = int(seconds // 86400)
    if minutes < 1:
        return QCoreApplication.translate("InboxTexts", "just now")
    if hours < 1:
        return QCoreApplication.translate("InboxTexts", "{count} min ago").format(count=minutes)
    if days < 1:
        return QCoreApplication.translate("InboxTexts", "{count} h ago").format(count=hours)
    if days == 1:
        return QCoreApplication.translate("InboxTexts", "yesterday")
    return QCoreApplication.translate("InboxTexts", "{count} days ago").format(count=days)


def language_name(code: str | None) -> str:
    """The language's own name (``français``), or the code when Qt does not know it."""
    if not code:
        return QCoreApplication.translate("InboxTexts", "unknown")
    locale = QLocale(code.replace("-", "_"))
    if locale.language() == QLocale.Language.C:
        return code
    return locale.nativeLanguageName() or code


def stay_text(checkin: date | None, checkout: date | None) -> str:
    """``12 Jun – 14 Jun`` from two dates (empty when unknown)."""
    if checkin is None or checkout is None:
        return ""
    return f"{day_month(checkin)} – {day_month(checkout)}"


def reply_countdown(due: datetime, now: datetime | None = None) -> str:
    """ "reply due in 5 h" or "overdue by 2 h" against Booking.com's 24-hour aim."""
    hours, overdue = _hours_left(due, now)
    return countdown_text(hours, overdue)


def _hours_left(due: datetime, now: datetime | None) -> tuple[int, bool]:
    """Whole hours (at least one) until ``due``, and whether it has passed."""
    left = (due - (now or utcnow())).total_seconds()
    return max(1, round(abs(left) / 3600)), left < 0


def countdown_text(hours: int, overdue: bool) -> str:
    if not overdue:
        return QCoreApplication.translate("InboxTexts", "reply due in {hours} h").format(
            hours=hours
        )
    late = QCoreApplication.translate("InboxTexts", "overdue by {hours} h")
    return "⚠ " + late.format(hours=hours)


class Formats:
    """The list's times, days and states in the current language, each text made once.

    Every call into Qt (``QLocale.toString``, ``translate``) releases the interpreter
    lock and takes it back. Rows are formatted on the database worker while the GUI
    thread paints, and a dozen such calls per row meant a dozen hand-overs of the lock
    with the painting thread per row. Days, minutes and states repeat from row to row,
    so each text is asked of Qt once. Make a new one when the language changes.
    Safe to share between threads: the worst a race does is make a text twice.
    """

    def __init__(self) -> None:
        self._made: dict[tuple[object, ...], str] = {}

    def once(self, key: tuple[object, ...], make: Callable[[], str]) -> str:
        """The text kept under ``key``, made by ``make()`` the first time."""
        text = self._made.get(key)
        if text is None:
            text = self._made[key] = make()
        return text

    def short_time(self, at: datetime | None, tz: str, now: datetime | None = None) -> str:
        """As :func:`short_time`."""
        return "" if at is None else self.once(*_time_column(at, tz, now))

    def day_month(self, day: date) -> str:
        return self.once(("day", day), lambda: day_month(day))

    def stay(self, checkin: date | None, checkout: date | None) -> str:
        """As :func:`stay_text`."""
        if checkin is None or checkout is None:
            return ""
        return f"{self.day_month(checkin)} – {self.day_month(checkout)}"

    def status(self, status: RowStatus) -> str:
        return self.once(("status", status), lambda: status_name(status))

    def countdown(self, due: datetime, now: datetime | None = None) -> str:
        """As :func:`reply_countdown`."""
        hours, overdue = _hours_left(due, now)
        return self.once(("due", hours, overdue), lambda: countdown_text(hours, overdue))
