"""What the client returns besides the shared domain objects.

Conversations and messages are :mod:`desktop.domain` objects; these small frozen
dataclasses wrap them with what only the API knows (page cursors, the conversation a
queued message belongs to, a search job's expiry).

Page cursors are ``None`` on the last page, whatever the endpoint's spelling of "no more
pages" (a missing field, ``null`` or the empty string of search results).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop.domain import Conversation, ConversationType, Message, Participant


@dataclass(frozen=True, slots=True)
class ConversationPage:
    """One conversation and one page of its messages, newest first as served."""

    conversation: Conversation
    messages: tuple[Message, ...]
    participants: tuple[Participant, ...]
    next_page_id: str | None = None


@dataclass(frozen=True, slots=True)
class ConversationListPage:
    """One page of a property's conversations (each with only its latest message)."""

    conversations: tuple[ConversationPage, ...]
    next_page_id: str | None = None


@dataclass(frozen=True, slots=True)
class FeedMessage:
    """A message from an account-wide feed (the queue or a search), with its conversation."""

    message: Message
    property_id: int
    conversation_reference: str | None
    conversation_type: ConversationType

    @property
    def conversation_id(self) -> str:
        return self.message.conversation_id


@dataclass(frozen=True, slots=True)
class QueueBatch:
    """What ``GET /messages/latest`` returned.

    ``messages`` is de-duplicated by ``message_id`` (the queue may re-deliver);
    ``delivered`` is the raw number received, the N to confirm with
    :meth:`BookingClient.confirm_messages`.
    """

    messages: tuple[FeedMessage, ...]
    delivered: int


@dataclass(frozen=True, slots=True)
class SearchJob:
    job_id: str
    expires_at: datetime | None


@dataclass(frozen=True, slots=True)
class SearchResultPage:
    messages: tuple[FeedMessage, ...]
    next_page_id: str | None = None


@dataclass(frozen=True, slots=True)
class SentMessage:
    message_id: str
    guest_has_account: bool | None = None


@dataclass(frozen=True, slots=True)
class TagState:
    """The answer to a tag PUT/DELETE: the tag's name as Booking.com spells it."""

    tag: str
    is_set: bool


@dataclass(frozen=True, slots=True)
class TagInfo:
    """One entry of a property's tag catalogue."""

    name: str
    description: str = ""
