"""Value types of the inbox service: folders, list rows, counts, threads, send checks.

Frozen dataclasses, like the domain: the UI reads them and never gets a live row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from types import MappingProxyType

from desktop.domain import (
    Access,
    Attachment,
    Conversation,
    ConversationKind,
    Draft,
    InternalNote,
    Message,
    OutboxEntry,
    Reservation,
    StrEnum,
    SupportCase,
    SupportCaseStatus,
    utcnow,
)
from desktop.errors import BadInputError


class InboxFolder(StrEnum):
    """The folders of the inbox's folder pane."""

    NEEDS_REPLY = "needs_reply"
    WAITING_FOR_GUEST = "waiting_for_guest"
    NO_REPLY_NEEDED = "no_reply_needed"
    ALL = "all"
    SUPPORT_OPEN = "support_open"
    SUPPORT_ANSWERED = "support_answered"
    SUPPORT_CLOSED = "support_closed"
    OUTBOX = "outbox"
    DRAFTS = "drafts"

    @property
    def is_guest(self) -> bool:
        """A folder of guest conversations, listed from the store's keyset pages."""
        return self in _GUEST_FOLDERS


_GUEST_FOLDERS = frozenset(
    {
        InboxFolder.NEEDS_REPLY,
        InboxFolder.WAITING_FOR_GUEST,
        InboxFolder.NO_REPLY_NEEDED,
        InboxFolder.ALL,
    }
)


class SortOrder(StrEnum):
    NEWEST_FIRST = "newest_first"
    OLDEST_FIRST = "oldest_first"
    GUEST_NAME = "guest_name"
    GUEST_NAME_DESC = "guest_name_desc"


@dataclass(frozen=True, slots=True)
class ListQuery:
    """What the conversation list shows.

    Attributes:
        folder: The folder (ignored while ``search`` is set).
        property_id: Only this property, or every property when None.
        unread_only: Only conversations with unread guest messages.
        sort: The order of the rows.
        search: Text typed in the search field; empty means no search.
    """

    folder: InboxFolder = InboxFolder.NEEDS_REPLY
    property_id: int | None = None
    unread_only: bool = False
    sort: SortOrder = SortOrder.NEWEST_FIRST
    search: str = ""

    @property
    def is_keyset(self) -> bool:
        """Listed page by page from the store (no search, a guest folder, by time)."""
        return (
            not self.search.strip()
            and self.folder.is_guest
            and self.sort in (SortOrder.NEWEST_FIRST, SortOrder.OLDEST_FIRST)
        )


@dataclass(frozen=True, slots=True)
class IdList:
    """A complete list of conversation ids, in order (search results, sorted lists).

    ``snippets`` maps a conversation id to a matching message snippet whose matches are
    marked with ``\\x02`` ... ``\\x03``; ``terms`` are the folded search words.
    """

    conversation_ids: tuple[str, ...]
    snippets: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    terms: tuple[str, ...] = ()
    capped: bool = False


class RowStatus(StrEnum):
    NEEDS_REPLY = "needs_reply"
    WAITING_FOR_GUEST = "waiting_for_guest"
    NO_REPLY_NEEDED = "no_reply_needed"
    SUPPORT = "support"


@dataclass(frozen=True, slots=True)
class InboxRow:
    """One line of the conversation list."""

    conversation: Conversation
    checkin: date | None = None
    checkout: date | None = None
    timezone: str = "UTC"
    case: SupportCase | None = None  # for Booking.com support conversations

    @property
    def conversation_id(self) -> str:
        return self.conversation.conversation_id

    @property
    def status(self) -> RowStatus:
        c = self.conversation
        if c.kind is ConversationKind.SUPPORT:
            return RowStatus.SUPPORT
        if c.no_reply_needed:
            return RowStatus.NO_REPLY_NEEDED
        if c.needs_reply:
            return RowStatus.NEEDS_REPLY
        return RowStatus.WAITING_FOR_GUEST

    @property
    def read_only(self) -> bool:
        return self.conversation.access is Access.READ_ONLY

    def reply_due(self) -> datetime | None:
        """When Booking.com's reply is expected (24 h aim), for an open support case."""
        case = self.case
        if case is None or case.status is not SupportCaseStatus.OPEN:
            return None
        return case.expected_reply_by


def inbox_rows(
    conversations: Iterable[Conversation],
    stays: Mapping[str, tuple[date | None, date | None]],
    timezone: Callable[[int], str],
    cases: Mapping[str, SupportCase] = MappingProxyType({}),
) -> list[InboxRow]:
    """The list rows of ``conversations``: stay dates by reservation number, the time
    zone of each property, and the case of a support conversation."""
    rows = []
    for c in conversations:
        checkin, checkout = stays.get(c.reservation_number or "", (None, None))
        case = cases.get(c.conversation_id)
        rows.append(InboxRow(c, checkin, checkout, timezone(c.property_id), case))
    return rows


@dataclass(frozen=True, slots=True)
class InboxCounts:
    """How many conversations each folder lists, and how many guest ones are unread."""

    needs_reply: int = 0
    waiting_for_guest: int = 0
    no_reply_needed: int = 0
    unread: int = 0
    support_open: int = 0
    support_answered: int = 0
    support_closed: int = 0
    outbox: int = 0
    drafts: int = 0

    @property
    def all(self) -> int:
        return self.needs_reply + self.waiting_for_guest + self.no_reply_needed

    def of(self, folder: InboxFolder) -> int:
        """The count shown next to ``folder``."""
        if folder is InboxFolder.ALL:
            return self.all
        return int(getattr(self, folder.value))


@dataclass(frozen=True, slots=True)
class ThreadData:
    """Everything the thread view shows for one conversation.

    ``outbox`` holds the entries not yet visible as messages of the thread (a sent
    entry disappears once sync brings its message back).
    """

    conversation: Conversation
    reservation: Reservation | None
    messages: tuple[Message, ...]
    notes: tuple[InternalNote, ...]
    outbox: tuple[OutboxEntry, ...]
    attachments: Mapping[str, Attachment]
    draft: Draft | None
    window_closes_at: datetime | None
    timezone: str
    property_name: str
    extranet_url: str
    language: str | None

    @property
    def window_closed(self) -> bool:
        return self.window_closes_at is not None and self.window_closes_at <= utcnow()


class Problem(StrEnum):
    """Why a message cannot (or should not) be sent as it is."""

    EMPTY = "empty"
    READ_ONLY = "read_only"
    WINDOW_CLOSED = "window_closed"
    SUPPORT_CASE = "support_case"
    ATTACHMENTS_NOT_ALLOWED = "attachments_not_allowed"
    ATTACHMENT_MISSING = "attachment_missing"
    ATTACHMENT_NOT_IMAGE = "attachment_not_image"
    ATTACHMENT_TOO_LARGE = "attachment_too_large"
    LINK_NOT_ALLOWED = "link_not_allowed"
    TEMPLATE_VARIABLES = "template_variables"


#: Problems that refuse the send; the others only ask for a confirmation.
BLOCKING = frozenset(
    {
        Problem.EMPTY,
        Problem.READ_ONLY,
        Problem.WINDOW_CLOSED,
        Problem.SUPPORT_CASE,
        Problem.ATTACHMENTS_NOT_ALLOWED,
        Problem.ATTACHMENT_MISSING,
        Problem.ATTACHMENT_NOT_IMAGE,
        Problem.ATTACHMENT_TOO_LARGE,
    }
)


@dataclass(frozen=True, slots=True)
class Issue:
    """One problem found before sending; ``detail`` names the host, file or variables."""

    problem: Problem
    detail: str = ""

    @property
    def blocking(self) -> bool:
        return self.problem in BLOCKING


@dataclass(frozen=True, slots=True)
class SendCheck:
    """The outcome of the pre-send checks.

    Attributes:
        issues: Refusals (``blocking``) and warnings, in the order to show them.
        written_since: Messages written in the thread (by the guest or a colleague)
            since the draft began.
        queued_since: Outbox entries queued by someone else since the draft began.
        window_closes_at: When the messaging window closes, if known.
    """

    issues: tuple[Issue, ...] = ()
    written_since: tuple[Message, ...] = ()
    queued_since: tuple[OutboxEntry, ...] = ()
    window_closes_at: datetime | None = None

    @property
    def refusals(self) -> tuple[Issue, ...]:
        return tuple(i for i in self.issues if i.blocking)

    @property
    def warnings(self) -> tuple[Issue, ...]:
        return tuple(i for i in self.issues if not i.blocking)

    @property
    def refused(self) -> bool:
        return bool(self.refusals)

    @property
    def needs_confirmation(self) -> bool:
        return bool(self.warnings or self.written_since or self.queued_since)


class SendRefusedError(BadInputError):
    """The message cannot be sent as it is; ``issues`` says why (translated by the UI)."""

    default_message = "This message cannot be sent as it is."
    default_next_step = "Correct what is listed, then send again."

    def __init__(self, issues: Sequence[Issue]) -> None:
        reasons = ", ".join(
            f"{i.problem.value}:{i.detail}" if i.detail else i.problem for i in issues
        )
        super().__init__(details={"issues": reasons})
        self.issues = tuple(issues)
