"""The history's value types: the filter, a result row, a row opened with its thread.

Frozen dataclasses, like the domain's: the UI holds them, never database rows.
A row's ``key`` names what it shows: ``conv:<conversation id>`` (a guest conversation,
or a support thread no case points at), ``case:<id>`` (a support case: a message sent
to partner support, or a call with its notes) or ``call:<id>`` (a call logged without
a case).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from desktop.domain import AuditEvent, CallLog, StrEnum, SupportCase

#: The history list shows at most this many rows (exports and reports take them all).
ROW_LIMIT = 2000


class Channel(StrEnum):
    """How the property talked: with a guest, or with partner support by message or call."""

    GUEST = "guest"
    SUPPORT_MESSAGE = "support_message"
    SUPPORT_CALL = "support_call"


class Status(StrEnum):
    """A row's status: a guest conversation's folder, or a support case's state."""

    NEEDS_REPLY = "needs_reply"
    WAITING_FOR_GUEST = "waiting_for_guest"
    NO_REPLY_NEEDED = "no_reply_needed"
    OPEN = "open"
    ANSWERED = "answered"
    CLOSED = "closed"


GUEST_STATUSES = (Status.NEEDS_REPLY, Status.WAITING_FOR_GUEST, Status.NO_REPLY_NEEDED)
SUPPORT_STATUSES = (Status.OPEN, Status.ANSWERED, Status.CLOSED)


class EntryKind(StrEnum):
    """What one line of an opened thread is."""

    GUEST = "guest"
    PROPERTY = "property"
    BOOKING = "booking"
    NOTE = "note"
    CALL = "call"
    CASE = "case"


@dataclass(frozen=True, slots=True)
class HistoryFilter:
    """What the history shows. Every field left empty matches everything.

    Attributes:
        since: From this time (inclusive): a guest conversation matches when one of
            its messages falls in the range, a case by its creation, a call by its start.
        until: Up to this time (exclusive).
        property_id: Only this property.
        staff_id: Only what this staff member acted on (sent, read, noted, created...).
        channel: Only guest conversations, support messages or support calls.
        theme: Only support cases and calls of this theme (guest conversations have none).
        status: Only rows in this status.
        text: Words that must match (full-text search, accents folded).
    """

    since: datetime | None = None
    until: datetime | None = None
    property_id: int | None = None
    staff_id: int | None = None
    channel: Channel | None = None
    theme: str | None = None
    status: Status | None = None
    text: str = ""

    def describe(self) -> dict[str, Any]:
        """The filter for an audit entry or an export header (no searched text)."""
        return {
            "since": self.since.isoformat() if self.since else None,
            "until": self.until.isoformat() if self.until else None,
            "property_id": self.property_id,
            "staff_id": self.staff_id,
            "channel": self.channel.value if self.channel else None,
            "theme": self.theme,
            "status": self.status.value if self.status else None,
            "text_search": bool(self.text.strip()),
        }


@dataclass(frozen=True, slots=True)
class HistoryRow:
    """One conversation, support case or call in the results."""

    key: str
    channel: Channel
    property_id: int
    property_name: str
    at: datetime
    started_at: datetime
    title: str
    status: Status
    reservation_number: str | None = None
    theme: str | None = None
    subtheme: str | None = None
    staff: tuple[str, ...] = ()
    messages: int = 0
    conversation_id: str | None = None


@dataclass(frozen=True, slots=True)
class ThreadEntry:
    """One line of an opened row: a message, a note, a call, the case itself.

    ``staff`` names who sent a property message from Frontdesk (empty when it came
    from the extranet or another tool) or who wrote the note, made the call...
    """

    at: datetime
    kind: EntryKind
    author: str
    text: str
    staff: str = ""
    attachments: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class HistoryDetail:
    """A row opened read-only: its thread, oldest first, and its audit trail."""

    row: HistoryRow
    entries: tuple[ThreadEntry, ...]
    audit: tuple[AuditEvent, ...]
    case: SupportCase | None = None
    calls: tuple[CallLog, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class ExportResult:
    """What an export wrote; ``cancelled`` means nothing was left on disk."""

    path: str
    rows: int
    entries: int
    cancelled: bool = False


class CancelToken:
    """Set by the UI (from any thread) to stop a long job at its next step."""

    def __init__(self) -> None:
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True

    @property
    def cancelled(self) -> bool:
        return self._cancelled
