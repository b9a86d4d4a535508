"""Translated words of the history: channels, statuses, entry kinds, audit actions, columns.

Every text is spelled out with ``QCoreApplication.translate("HistoryTexts", ...)`` at
its call so that ``pyside6-lupdate`` finds it; the tables are rebuilt at each call so a
language change shows at once.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from desktop.domain import AuditAction


def channel_labels() -> dict[str, str]:
    return {
        "guest": QCoreApplication.translate("HistoryTexts", "Guest"),
        "support_message": QCoreApplication.translate("HistoryTexts", "Support message"),
        "support_call": QCoreApplication.translate("HistoryTexts", "Support call"),
    }


def status_labels() -> dict[str, str]:
    return {
        "needs_reply": QCoreApplication.translate("HistoryTexts", "Needs a reply"),
        "waiting_for_guest": QCoreApplication.translate("HistoryTexts", "Waiting for the guest"),
        "no_reply_needed": QCoreApplication.translate("HistoryTexts", "No reply needed"),
        "open": QCoreApplication.translate("HistoryTexts", "Open"),
        "answered": QCoreApplication.translate("HistoryTexts", "Answered"),
        "closed": QCoreApplication.translate("HistoryTexts", "Closed"),
    }


def entry_labels() -> dict[str, str]:
    return {
        "guest": QCoreApplication.translate("HistoryTexts", "Guest"),
        "property": QCoreApplication.translate("HistoryTexts", "Property"),
        "booking": "Booking.com",
        "note": QCoreApplication.translate("HistoryTexts", "Internal note"),
        "call": QCoreApplication.translate("HistoryTexts", "Call"),
        "case": QCoreApplication.translate("HistoryTexts", "Support case"),
    }


def csv_column_labels() -> dict[str, str]:
    """Column headers of the history CSV (keys: ``desktop.history.export.CSV_COLUMNS``)."""
    return {
        "channel": QCoreApplication.translate("HistoryTexts", "Channel"),
        "reference": QCoreApplication.translate("HistoryTexts", "Reference"),
        "property": QCoreApplication.translate("HistoryTexts", "Property"),
        "title": QCoreApplication.translate("HistoryTexts", "Guest or subject"),
        "reservation": QCoreApplication.translate("HistoryTexts", "Reservation"),
        "theme": QCoreApplication.translate("HistoryTexts", "Theme"),
        "status": QCoreApplication.translate("HistoryTexts", "Status"),
        "time": QCoreApplication.translate("HistoryTexts", "Time"),
        "entry": QCoreApplication.translate("HistoryTexts", "Entry"),
        "author": QCoreApplication.translate("HistoryTexts", "Author"),
        "staff": QCoreApplication.translate("HistoryTexts", "Staff"),
        "text": QCoreApplication.translate("HistoryTexts", "Text"),
        "attachments": QCoreApplication.translate("HistoryTexts", "Attachments"),
    }


def csv_labels() -> dict[str, str]:
    """Everything the history CSV translates: columns, channels, statuses, entries."""
    labels = {**status_labels(), **channel_labels(), **entry_labels(), **csv_column_labels()}
    labels["guest"] = channel_labels()["guest"]
    return labels


def report_column_labels() -> dict[str, str]:
    """Column headers of the report tables (``desktop.history.reports``)."""
    return {
        "group": QCoreApplication.translate("HistoryTexts", "Group"),
        "asked": QCoreApplication.translate("HistoryTexts", "Questions"),
        "answered": QCoreApplication.translate("HistoryTexts", "Answered"),
        "within_target": QCoreApplication.translate("HistoryTexts", "Within 12 h"),
        "share_within_target_percent": QCoreApplication.translate(
            "HistoryTexts", "Within 12 h (%)"
        ),
        "median_hours": QCoreApplication.translate("HistoryTexts", "Median (h)"),
        "p90_hours": QCoreApplication.translate("HistoryTexts", "90th percentile (h)"),
        "pending": QCoreApplication.translate("HistoryTexts", "Still within 12 h"),
        "theme": QCoreApplication.translate("HistoryTexts", "Theme"),
        "cases": QCoreApplication.translate("HistoryTexts", "Cases"),
        "within_aim": QCoreApplication.translate("HistoryTexts", "Within 24 h"),
        "share_within_aim_percent": QCoreApplication.translate("HistoryTexts", "Within 24 h (%)"),
        "open_overdue": QCoreApplication.translate("HistoryTexts", "Open, overdue"),
        "open_within_aim": QCoreApplication.translate("HistoryTexts", "Open, within 24 h"),
        "hour": QCoreApplication.translate("HistoryTexts", "Hour"),
        "weekday": QCoreApplication.translate("HistoryTexts", "Weekday"),
        "guest_messages": QCoreApplication.translate("HistoryTexts", "Guest messages"),
        "property_messages": QCoreApplication.translate("HistoryTexts", "Property messages"),
        "deflections": QCoreApplication.translate("HistoryTexts", "Answered by an article"),
        "messages": QCoreApplication.translate("HistoryTexts", "Messages"),
        "calls": QCoreApplication.translate("HistoryTexts", "Calls"),
        "deflection_rate_percent": QCoreApplication.translate(
            "HistoryTexts", "Deflection rate (%)"
        ),
    }


def weekday_names() -> list[str]:
    return [
        QCoreApplication.translate("HistoryTexts", "Mon"),
        QCoreApplication.translate("HistoryTexts", "Tue"),
        QCoreApplication.translate("HistoryTexts", "Wed"),
        QCoreApplication.translate("HistoryTexts", "Thu"),
        QCoreApplication.translate("HistoryTexts", "Fri"),
        QCoreApplication.translate("HistoryTexts", "Sat"),
        QCoreApplication.translate("HistoryTexts", "Sun"),
    ]


def unattributed() -> str:
    """The staff group of replies sent from elsewhere, and of unanswered questions."""
    return QCoreApplication.translate("HistoryTexts", "Not from Frontdesk / unanswered")


def action_label(action: AuditAction) -> str:
    labels = {
        AuditAction.MESSAGE_READ: QCoreApplication.translate("HistoryTexts", "Read"),
        AuditAction.MESSAGE_UNREAD: QCoreApplication.translate("HistoryTexts", "Marked unread"),
        AuditAction.DRAFT_SAVED: QCoreApplication.translate("HistoryTexts", "Draft saved"),
        AuditAction.MESSAGE_QUEUED: QCoreApplication.translate("HistoryTexts", "Message queued"),
        AuditAction.MESSAGE_SENT: QCoreApplication.translate("HistoryTexts", "Message sent"),
        AuditAction.MESSAGE_FAILED: QCoreApplication.translate("HistoryTexts", "Message failed"),
        AuditAction.TAG_CHANGED: QCoreApplication.translate("HistoryTexts", "Tag changed"),
        AuditAction.NOTE_ADDED: QCoreApplication.translate("HistoryTexts", "Note added"),
        AuditAction.SUPPORT_CASE: QCoreApplication.translate("HistoryTexts", "Support case"),
        AuditAction.CALL_LOGGED: QCoreApplication.translate("HistoryTexts", "Call logged"),
        AuditAction.EXPORT: QCoreApplication.translate("HistoryTexts", "Export"),
        AuditAction.SETTINGS_CHANGED: QCoreApplication.translate(
            "HistoryTexts", "Settings changed"
        ),
        AuditAction.CREDENTIALS_CHANGED: QCoreApplication.translate(
            "HistoryTexts", "Sign-in or credentials"
        ),
        AuditAction.STAFF_SIGNED_IN: QCoreApplication.translate("HistoryTexts", "Staff signed in"),
        AuditAction.PIN_REFUSED: QCoreApplication.translate("HistoryTexts", "PIN refused"),
        AuditAction.SYNC: QCoreApplication.translate("HistoryTexts", "Sync"),
        AuditAction.HANDOVER_ACKNOWLEDGED: QCoreApplication.translate(
            "HistoryTexts", "Handover acknowledged"
        ),
        AuditAction.GUEST_DATA_ERASED: QCoreApplication.translate(
            "HistoryTexts", "Guest data erased"
        ),
        AuditAction.HISTORY_PRUNED: QCoreApplication.translate("HistoryTexts", "History pruned"),
        AuditAction.ARTICLE_FEEDBACK: QCoreApplication.translate(
            "HistoryTexts", "Article feedback"
        ),
        AuditAction.ARTICLE_NOTE: QCoreApplication.translate("HistoryTexts", "Article note"),
    }
    return labels.get(action, action.value)


def duration(value: timedelta | None) -> str:
    """``3 h 05`` / ``-1 h 30`` / ``—``."""
    if value is None:
        return "—"
    minutes = round(value.total_seconds() / 60)
    sign = "-" if minutes < 0 else ""
    hours, rest = divmod(abs(minutes), 60)
    return QCoreApplication.translate("HistoryTexts", "{sign}{hours} h {minutes}").format(
        sign=sign, hours=hours, minutes=f"{rest:02d}"
    )


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.0f} %"


def local_time(at: datetime, zone: str | None = None) -> str:
    """``2025-06-02 10:00`` in ``zone`` (the computer's zone when None)."""
    try:
        local = at.astimezone(ZoneInfo(zone)) if zone else at.astimezone()
    except (ValueError, KeyError):
        local = at.astimezone()
    return local.strftime("%Y-%m-%d %H:%M")
