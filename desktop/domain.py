"""Frozen dataclasses and enums shared by every layer of Frontdesk.

Nothing here touches the network, the database or Qt. Store queries return these
objects (never ORM rows); the UI renders them; the Booking.com client produces them.
All datetimes are timezone-aware and in UTC; dates of stay are plain ``date`` objects.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from types import MappingProxyType
from typing import Any

#: Booking.com lets a property write until this many days after check-out or cancellation.
PROPERTY_WINDOW_AFTER_CHECKOUT = timedelta(days=7)
#: ... and for this many days after any guest message.
PROPERTY_WINDOW_AFTER_GUEST_MESSAGE = timedelta(days=14)
#: Booking.com's reply score looks at replies within 12 hours.
GUEST_REPLY_TARGET = timedelta(hours=12)
#: Partner support aims to reply within about 24 hours.
SUPPORT_REPLY_AIM = timedelta(hours=24)

_EMPTY: Mapping[str, Any] = MappingProxyType({})


def _empty_mapping() -> Mapping[str, Any]:
    return _EMPTY


class StrEnum(enum.StrEnum):
    """String enum whose values are the stable spellings stored in the database."""


class ConversationKind(StrEnum):
    GUEST = "guest"
    SUPPORT = "support"


class ConversationType(StrEnum):
    RESERVATION = "reservation"
    REQUEST_TO_BOOK = "request_to_book"
    SUPPORT_CASE = "support_case"


class Access(StrEnum):
    READ_ONLY = "read_only"
    READ_WRITE = "read_write"


class SenderKind(StrEnum):
    """Who wrote a message, normalised from the API's three vocabularies."""

    GUEST = "guest"
    PROPERTY = "property"
    BOOKING = "booking"  # Booking.com partner support, in support cases


class MessageType(StrEnum):
    FREE_TEXT = "free_text"
    EMAIL = "email"
    AUTOMATICALLY_SENT_TEMPLATE = "automatically_sent_template"
    SELF_SERVICE_EVENT = "self_service_event"
    REQUEST_TO_BOOK_EVENT = "request_to_book_event"
    UNKNOWN = "unknown"

    @classmethod
    def parse(cls, value: object) -> MessageType:
        try:
            return cls(str(value).strip().lower())
        except ValueError:
            return cls.UNKNOWN


class SelfServiceTopic(StrEnum):
    CHECKIN = "checkin"
    CHECKOUT = "checkout"
    CHANGE_DATES_NR = "change_dates_nr"
    CANCEL_BOOKING = "cancel_booking"
    BOOKING_BASIC_WAIVE_FEE = "booking_basic_waive_fee"
    PARKING = "parking"
    FREE_TEXT_PARKING = "free_text_parking"
    BED_TYPE = "bed_type"
    EXTRA_CRIB = "extra_crib"
    EXTRA_BED = "extra_bed"

    @property
    def extranet_only(self) -> bool:
        """Date changes and cancel-for-less requests can only be answered in the extranet."""
        return self in _EXTRANET_ONLY_TOPICS


_EXTRANET_ONLY_TOPICS = frozenset(
    {
        SelfServiceTopic.CHANGE_DATES_NR,
        SelfServiceTopic.CANCEL_BOOKING,
        SelfServiceTopic.BOOKING_BASIC_WAIVE_FEE,
    }
)


class OutboxState(StrEnum):
    DRAFT = "draft"
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    IN_DOUBT = "in_doubt"
    NEEDS_SIGN_IN = "needs_sign_in"

    @property
    def is_final(self) -> bool:
        return self in (OutboxState.SENT, OutboxState.FAILED)


class SupportCaseStatus(StrEnum):
    OPEN = "open"
    ANSWERED = "answered"
    CLOSED = "closed"


class SupportChannel(StrEnum):
    MESSAGE = "message"
    CALL = "call"
    PULSE = "pulse"
    DEFLECTION = "deflection"  # an article answered the question; nothing was sent


class SupportTransport(StrEnum):
    EXTRANET = "extranet"
    GATEWAY = "gateway"


class WizardOutcome(StrEnum):
    MESSAGE = "message"
    CALL = "call"
    PULSE = "pulse"
    DEFLECTED = "deflected"
    GUEST_REDIRECTED = "guest_redirected"
    ABANDONED = "abandoned"


class StaffRole(StrEnum):
    RECEPTION = "reception"
    MANAGER = "manager"
    ADMIN = "admin"


class FeedbackReason(StrEnum):
    MISSING_INFORMATION = "missing_information"
    INACCURATE = "inaccurate"
    HARD_TO_UNDERSTAND = "hard_to_understand"
    BROKEN_LINK = "broken_link"


class AuditAction(StrEnum):
    MESSAGE_READ = "message_read"
    MESSAGE_UNREAD = "message_unread"
    DRAFT_SAVED = "draft_saved"
    MESSAGE_QUEUED = "message_queued"
    MESSAGE_SENT = "message_sent"
    MESSAGE_FAILED = "message_failed"
    TAG_CHANGED = "tag_changed"
    NOTE_ADDED = "note_added"
    SUPPORT_CASE = "support_case"
    CALL_LOGGED = "call_logged"
    EXPORT = "export"
    SETTINGS_CHANGED = "settings_changed"
    #: A PIN set or changed. Sign-ins and refused PINs were recorded under this action
    #: too until they had their own (``details['event']`` tells them apart: ``staff_switch``,
    #: ``pin_refused``); those events stay as they were written.
    CREDENTIALS_CHANGED = "credentials_changed"
    #: A staff member signed in at the desk with their PIN (not the same person unlocking).
    STAFF_SIGNED_IN = "staff_signed_in"
    #: A wrong PIN typed at the desk (its target is the staff member it was tried for).
    PIN_REFUSED = "pin_refused"
    SYNC = "sync"
    HANDOVER_ACKNOWLEDGED = "handover_acknowledged"
    GUEST_DATA_ERASED = "guest_data_erased"
    HISTORY_PRUNED = "history_pruned"
    ARTICLE_FEEDBACK = "article_feedback"
    ARTICLE_NOTE = "article_note"


@dataclass(frozen=True, slots=True)
class Actor:
    """Who performed an operation: a staff member, or the system (sync, CLI)."""

    name: str
    staff_id: int | None = None

    @classmethod
    def system(cls, name: str = "system") -> Actor:
        return cls(name=name, staff_id=None)

    @property
    def is_system(self) -> bool:
        return self.staff_id is None


SYSTEM = Actor.system()


@dataclass(frozen=True, slots=True)
class Property:
    property_id: int
    name: str
    timezone: str = "UTC"
    has_access: bool = True


@dataclass(frozen=True, slots=True)
class Participant:
    participant_id: str
    kind: SenderKind
    name: str = ""


@dataclass(frozen=True, slots=True)
class Reservation:
    number: str
    property_id: int
    guest_name: str = ""
    checkin: date | None = None
    checkout: date | None = None
    cancelled_at: datetime | None = None
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Attachment:
    attachment_id: str
    file_name: str
    file_type: str
    file_size: int
    local_path: str | None = None


@dataclass(frozen=True, slots=True)
class Message:
    message_id: str
    conversation_id: str
    sender: SenderKind
    created_at: datetime
    content: str = ""
    message_type: MessageType = MessageType.FREE_TEXT
    sender_id: str = ""
    sender_name: str = ""
    attachment_ids: tuple[str, ...] = ()
    read_by: tuple[str, ...] = ()
    attributes: Mapping[str, Any] = field(default_factory=_empty_mapping)
    reply_to: str | None = None

    @property
    def template_name(self) -> str | None:
        name = self.attributes.get("template_name")
        return str(name) if name else None

    @property
    def self_service_topic(self) -> SelfServiceTopic | None:
        raw = self.attributes.get("self_service_topic")
        try:
            return SelfServiceTopic(str(raw)) if raw else None
        except ValueError:
            return None


@dataclass(frozen=True, slots=True)
class Conversation:
    conversation_id: str
    property_id: int
    kind: ConversationKind = ConversationKind.GUEST
    conversation_type: ConversationType = ConversationType.RESERVATION
    reservation_number: str | None = None
    access: Access = Access.READ_WRITE
    guest_name: str = ""
    guest_participant_id: str | None = None
    property_participant_id: str | None = None
    language: str | None = None
    no_reply_needed: bool = False
    last_message_at: datetime | None = None
    last_message_snippet: str = ""
    last_sender: SenderKind | None = None
    unread_count: int = 0

    @property
    def needs_reply(self) -> bool:
        """A guest wrote last and nobody marked the thread as needing no reply."""
        return self.last_sender is SenderKind.GUEST and not self.no_reply_needed


@dataclass(frozen=True, slots=True)
class OutboxEntry:
    entry_id: int
    conversation_id: str
    property_id: int
    content: str
    state: OutboxState
    created_at: datetime
    updated_at: datetime
    actor: Actor
    attachment_paths: tuple[str, ...] = ()
    attempt_started_at: datetime | None = None
    sent_message_id: str | None = None
    error: str | None = None


@dataclass(frozen=True, slots=True)
class Draft:
    conversation_id: str
    content: str
    started_at: datetime
    updated_at: datetime
    attachment_paths: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class InternalNote:
    note_id: int
    conversation_id: str
    content: str
    created_at: datetime
    actor: Actor
    for_next_shift: bool = False


@dataclass(frozen=True, slots=True)
class SupportCase:
    case_id: int
    property_id: int
    theme: str
    subtheme: str | None
    channel: SupportChannel
    transport: SupportTransport
    status: SupportCaseStatus
    created_at: datetime
    actor: Actor
    reservation_number: str | None = None
    subject: str = ""
    description: str = ""
    conversation_id: str | None = None
    external_id: str | None = None
    article_id: str | None = None

    @property
    def expected_reply_by(self) -> datetime | None:
        if self.channel is not SupportChannel.MESSAGE:
            return None
        return self.created_at + SUPPORT_REPLY_AIM


@dataclass(frozen=True, slots=True)
class CallLog:
    call_id: int
    property_id: int
    theme: str
    number_called: str
    outcome: str
    notes: str
    started_at: datetime
    actor: Actor
    case_id: int | None = None
    reservation_number: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    article_id: str
    translation_id: str
    language: str
    title: str
    theme: str
    body_markdown: str
    updated: date
    subtheme: str | None = None
    keywords: tuple[str, ...] = ()
    related: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ArticleFeedback:
    translation_id: str
    language: str
    helpful: bool
    created_at: datetime
    actor: Actor
    reason: FeedbackReason | None = None
    comment: str = ""


@dataclass(frozen=True, slots=True)
class StaffMember:
    staff_id: int
    name: str
    role: StaffRole
    active: bool = True

    @property
    def actor(self) -> Actor:
        return Actor(name=self.name, staff_id=self.staff_id)


@dataclass(frozen=True, slots=True)
class AuditEvent:
    event_id: int
    at: datetime
    actor: Actor
    action: AuditAction
    target: str = ""
    details: Mapping[str, Any] = field(default_factory=_empty_mapping)


@dataclass(frozen=True, slots=True)
class Change:
    """What an operation changed, so each view refreshes only that.

    ``origin`` identifies the view that asked for the change, so it can ignore it.
    """

    conversations: frozenset[str] = frozenset()
    outbox: bool = False
    support_cases: bool = False
    articles: bool = False
    settings: bool = False
    origin: object | None = None

    def __bool__(self) -> bool:
        return bool(self.conversations) or any(
            (self.outbox, self.support_cases, self.articles, self.settings)
        )


def utcnow() -> datetime:
    """The current time, timezone-aware, in UTC."""
    return datetime.now(UTC)


def messaging_window_closes_at(
    reservation: Reservation | None, last_guest_message_at: datetime | None
) -> datetime | None:
    """When the property can no longer write in a conversation, or None if unknown.

    Booking.com lets the property write until 7 days after check-out (or cancellation),
    and for 14 days after any guest message, whichever is later.
    """
    candidates: list[datetime] = []
    if reservation is not None:
        if reservation.cancelled_at is not None:
            candidates.append(reservation.cancelled_at + PROPERTY_WINDOW_AFTER_CHECKOUT)
        elif reservation.checkout is not None:
            end_of_stay = datetime.combine(reservation.checkout, datetime.min.time(), UTC)
            candidates.append(end_of_stay + timedelta(days=1) + PROPERTY_WINDOW_AFTER_CHECKOUT)
    if last_guest_message_at is not None:
        candidates.append(last_guest_message_at + PROPERTY_WINDOW_AFTER_GUEST_MESSAGE)
    return max(candidates) if candidates else None
