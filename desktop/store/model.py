"""Value types of the store's public API that ``desktop.domain`` does not define.

Like the domain objects, they are frozen dataclasses: the store never hands out ORM rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Generic, TypeVar

from desktop.domain import Actor, Change, SenderKind, StrEnum

T = TypeVar("T")

#: Start of a highlighted match in search snippets (ASCII STX).
HIGHLIGHT_START = "\x02"
#: End of a highlighted match in search snippets (ASCII ETX).
HIGHLIGHT_END = "\x03"
#: What a snippet shows where text was cut.
ELLIPSIS = "…"


class Folder(StrEnum):
    """The inbox folders. Every conversation is stored in exactly one of the first four.

    ``ALL`` is a query-only folder: every guest conversation (not support cases).
    """

    NEEDS_REPLY = "needs_reply"
    WAITING_FOR_GUEST = "waiting_for_guest"
    NO_REPLY_NEEDED = "no_reply_needed"
    SUPPORT = "support"
    ALL = "all"


@dataclass(frozen=True, slots=True)
class Outcome(Generic[T]):
    """What an operation that creates something returns: the new value and the change."""

    value: T
    change: Change


@dataclass(frozen=True, slots=True)
class ConversationQuery:
    """Which conversations a list shows.

    Attributes:
        folder: The folder; ``Folder.ALL`` means every guest conversation.
        property_id: Only this property, or every property when None.
        unread_only: Only conversations with unread guest messages.
    """

    folder: Folder = Folder.ALL
    property_id: int | None = None
    unread_only: bool = False


@dataclass(frozen=True, slots=True)
class PageCursor:
    """Where the previous page ended (keyset paging on activity time, then id)."""

    activity_at: datetime
    row_id: int


@dataclass(frozen=True, slots=True)
class ConversationPage:
    """One page of conversation ids, in list order; ``next`` is None on the last page."""

    conversation_ids: tuple[str, ...]
    next: PageCursor | None


@dataclass(frozen=True, slots=True)
class FolderCounts:
    """How many conversations each folder holds (for one property or all)."""

    needs_reply: int = 0
    waiting_for_guest: int = 0
    no_reply_needed: int = 0
    support: int = 0
    unread: int = 0

    @property
    def all(self) -> int:
        """Every guest conversation (support cases have their own folder)."""
        return self.needs_reply + self.waiting_for_guest + self.no_reply_needed


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A message that matched a search; ``snippet`` marks matches with the HIGHLIGHT pair."""

    conversation_id: str
    message_id: str
    created_at: datetime
    sender: SenderKind
    snippet: str


@dataclass(frozen=True, slots=True)
class ArticleHit:
    """An article that matched a search, best first; lower ``score`` is better (bm25).

    ``title`` and ``snippet`` mark matches with the HIGHLIGHT pair.
    """

    article_id: str
    translation_id: str
    language: str
    theme: str
    subtheme: str | None
    title: str
    snippet: str
    score: float


@dataclass(frozen=True, slots=True)
class ArticleNote:
    """A note that staff pinned to an article (kept across library updates)."""

    note_id: int
    translation_id: str
    language: str
    content: str
    created_at: datetime
    updated_at: datetime
    actor: Actor


@dataclass(frozen=True, slots=True)
class SearchMiss:
    """A help-library search that found nothing."""

    query: str
    language: str
    at: datetime


@dataclass(frozen=True, slots=True)
class SyncState:
    """Where the last sync of one property stopped."""

    property_id: int
    cursor: str | None = None
    page_id: str | None = None
    last_full_sync_at: datetime | None = None
    last_poll_at: datetime | None = None
