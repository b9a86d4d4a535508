"""The sandbox's behaviour: the rules of the world, the queue, guests replying.

One :class:`SandboxState` holds the world and everything that changes while the server
runs. Its methods are the rules the routes apply; they raise
:class:`~desktop.sandbox.responses.Refusal` where Booking.com would answer 4xx:

- a property not on the machine account -> 403;
- a send outside the messaging window -> 400 ``messaging_window_closed`` (the
  conversation also reads ``access: read_only``; **inferred**, undocumented);
- attachments in a request-to-book conversation -> 400 ``attachments_not_allowed``;
- links whose host is not on the property's allow-list are removed from sent text.

The queue holds every new message of the account (guest replies, the property's sends)
until confirmed; ``GET /messages/latest`` re-delivers what was not confirmed.
State changes happen under one lock, so admin calls from a test thread are safe.
"""

from __future__ import annotations

import collections
import re
import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from desktop.domain import ConversationType, SenderKind, utcnow
from desktop.sandbox.faults import FaultPlan
from desktop.sandbox.responses import Refusal
from desktop.sandbox.search import SearchJobs
from desktop.sandbox.storyteller import Storyteller
from desktop.sandbox.tokens import TokenIssuer
from desktop.sandbox.uploads import ChunkedUploads
from desktop.sandbox.world import Hotel, MessageRef, World, WorldConversation, WorldMessage

QUEUE_BATCH = 100
#: Messages younger than this are in the queue when the server starts.
QUEUED_AT_START = timedelta(days=2)
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"']+", re.IGNORECASE)
_TRAILING = ".,;:!?)]}"


def strip_links(content: str, allowed_hosts: tuple[str, ...]) -> str:
    """Remove URLs whose host is not allowed (a host or a ``*.`` suffix pattern)."""

    def keep_or_drop(match: re.Match[str]) -> str:
        url = match.group(0)
        core = url.rstrip(_TRAILING)
        host = urlsplit(core if "://" in core else f"http://{core}").hostname or ""
        if _allowed(host.lower(), allowed_hosts):
            return url
        return url[len(core) :]

    return _URL.sub(keep_or_drop, content)


def _allowed(host: str, allowed_hosts: tuple[str, ...]) -> bool:
    for pattern in allowed_hosts:
        bare = pattern.removeprefix("*.")
        if host == bare or host.endswith("." + bare):
            return True
    return False


class SandboxState:
    """The running world; every public method is safe to call from any thread."""

    def __init__(
        self,
        world: World,
        issuer: TokenIssuer,
        *,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.world = world
        self.issuer = issuer
        self.clock = clock
        self.lock = threading.RLock()
        self.requests: collections.Counter[str] = collections.Counter()
        self.sent = 0
        self.jobs = SearchJobs(clock)
        self.uploads = ChunkedUploads()
        #: Replaced by the app factory with a plan that knows the route names.
        self.faults = FaultPlan((), seed=world.seed)
        self._queue: collections.deque[MessageRef] = collections.deque()
        self._confirmed: list[MessageRef] = []
        recent = [
            ref
            for ref in self._account_messages()
            if ref[1].timestamp > world.now - QUEUED_AT_START
        ]
        self._queue.extend(sorted(recent, key=lambda ref: ref[1].timestamp))

    def _account_messages(self) -> list[MessageRef]:
        return [
            (conversation, message)
            for conversation, message in self.world.all_messages()
            if self.accessible(conversation.property_id)
        ]

    def accessible(self, property_id: int) -> bool:
        hotel = self.world.hotel(property_id)
        return hotel is not None and hotel.info.has_access

    # -- lookups ---------------------------------------------------------------------

    def hotel(self, property_id: int) -> Hotel:
        """The property, or 403 (unknown properties are "not on this account" too)."""
        hotel = self.world.hotel(property_id)
        if hotel is None or not hotel.info.has_access:
            raise Refusal(403, "no_access_to_property")
        return hotel

    def conversation(self, property_id: int, conversation_id: str) -> WorldConversation:
        self.hotel(property_id)
        found = self.world.conversations.get(conversation_id)
        if found is None or found.property_id != property_id:
            raise Refusal(404, "unknown_conversation", "Conversation not found")
        return found

    # -- the queue -------------------------------------------------------------------

    def latest(self) -> list[MessageRef]:
        """The first messages of the queue; they stay until confirmed."""
        with self.lock:
            return list(self._queue)[:QUEUE_BATCH]

    def confirm(self, count: int) -> int:
        with self.lock:
            removed = 0
            while self._queue and removed < count:
                self._confirmed.append(self._queue.popleft())
                removed += 1
            return removed

    def redeliver(self, count: int) -> None:
        """Put the ``count`` most recently confirmed messages back in front."""
        with self.lock:
            again = self._confirmed[-count:] if count else []
            del self._confirmed[len(self._confirmed) - len(again) :]
            self._queue.extendleft(reversed(again))

    def queue_length(self) -> int:
        with self.lock:
            return len(self._queue)

    # -- what guests and the property do ----------------------------------------------

    def send(
        self, property_id: int, conversation_id: str, content: str, attachment_ids: list[str]
    ) -> tuple[WorldMessage, bool]:
        """The property sends a message; returns it and ``guest_has_account``."""
        with self.lock:
            hotel = self.hotel(property_id)
            conversation = self.conversation(property_id, conversation_id)
            now = self.clock()
            self._check_window(conversation, now)
            self._check_attachments(conversation, attachment_ids)
            text = strip_links(content, hotel.allowed_hosts)
            if not text.strip() and not attachment_ids:
                raise Refusal(400, "empty_message", "A message needs content or an attachment.")
            message = WorldMessage(
                message_id=self.world.new_id(),
                sender=SenderKind.PROPERTY,
                timestamp=now.replace(microsecond=now.microsecond // 1000 * 1000),
                content=text,
                attachment_ids=list(attachment_ids),
            )
            conversation.messages.append(message)
            self._queue.append((conversation, message))
            self.sent += 1
            return message, conversation.guest_has_account

    def _check_window(self, conversation: WorldConversation, now: datetime) -> None:
        if conversation.property_can_write(now):
            return
        closed = conversation.property_can_write_until()
        raise Refusal(
            400,
            "messaging_window_closed",
            "The messaging window for this conversation is closed.",
            closed_at=closed.isoformat() if closed else None,
        )

    def _check_attachments(
        self, conversation: WorldConversation, attachment_ids: list[str]
    ) -> None:
        if not attachment_ids:
            return
        if conversation.conversation_type is ConversationType.REQUEST_TO_BOOK:
            raise Refusal(
                400,
                "attachments_not_allowed",
                "Request-to-book conversations do not accept attachments.",
            )
        for attachment_id in attachment_ids:
            attachment = self.world.attachments.get(attachment_id)
            if attachment is None or attachment.conversation_id != conversation.conversation_id:
                raise Refusal(400, "unknown_attachment", attachment_id=attachment_id)

    def tick(self, count: int = 1) -> list[MessageRef]:
        """``count`` guests write now, in conversations where they still may."""
        with self.lock:
            now = self.clock()
            candidates = [c for c in self.world.conversations.values() if self._lively(c, now)]
            written: list[MessageRef] = []
            for _ in range(max(0, count)):
                if not candidates:
                    break
                conversation = self.world.rng.choice(candidates)
                hotel = self.hotel(conversation.property_id)
                message = Storyteller(self.world, hotel, conversation).reply_now(now)
                self._queue.append((conversation, message))
                written.append((conversation, message))
            return written

    def _lively(self, conversation: WorldConversation, now: datetime) -> bool:
        if not self.accessible(conversation.property_id) or not conversation.guest_can_write(now):
            return False
        reservation = conversation.reservation
        if reservation is None or reservation.checkin is None:
            return True
        return -14 <= (reservation.checkin - now.date()).days <= 45

    def stats(self) -> dict[str, object]:
        with self.lock:
            messages = sum(len(c.messages) for c in self.world.conversations.values())
            return {
                "now": self.clock().isoformat(),
                "seed": self.world.seed,
                "queue_length": len(self._queue),
                "conversations": len(self.world.conversations),
                "messages": messages,
                "sent": self.sent,
                "requests": dict(self.requests),
                "faults": self.faults.describe(),
                **self.issuer.stats(),
            }
