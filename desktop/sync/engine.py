"""Pull -> ingest -> outbox -> reconcile, between the Booking.com client and the store.

Default mode polls each property's conversations (non-destructive: safe with several
desks). Conversations come newest activity first, each with its latest message, so:

- the first sync pages through everything and reads every conversation in full;
- later syncs stop at the first conversation whose latest message is already stored:
  everything after it is older activity;
- a slower reconciling pass (every ``full_every``) reads every page again to pick up
  tags and read marks changed elsewhere, which do not move a conversation.

Queue mode (``/messages/latest``) is for a single consumer; it confirms a batch only
after the store has committed it. Ingest is idempotent by ``message_id`` everywhere.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from desktop.booking import BookingClient, ConversationPage, NoAccessToProperty
from desktop.domain import SYSTEM, Actor, Change, Message, Property, Reservation, utcnow
from desktop.store import Store
from desktop.store import conversations as conv_store
from desktop.store import messages as msg_store
from desktop.store import properties as prop_store
from desktop.store import state as state_store
from desktop.sync.outbox import OutboxReport, OutboxSender

log = logging.getLogger(__name__)

Progress = Callable[[int, int | None], None]
"""Called with (conversations done, total if known)."""

FULL_PASS_EVERY = timedelta(minutes=15)
PAGE = 50  # messages per page of a conversation, as the API serves them


@dataclass
class SyncSummary:
    """What one sync did, for the status bar and ``frontdesk sync --once``."""

    conversations: int = 0
    new_messages: int = 0
    properties: int = 0
    no_access: list[int] = field(default_factory=list)
    full_pass: bool = False
    outbox: OutboxReport = field(default_factory=OutboxReport)
    changed: set[str] = field(default_factory=set)

    def change(self) -> Change:
        return Change(conversations=frozenset(self.changed), outbox=bool(self.outbox.sent))

    def line(self) -> str:
        parts = [
            f"{self.properties} properties",
            f"{self.conversations} conversations updated",
            f"{self.new_messages} new messages",
            f"outbox: {self.outbox.sent} sent, {self.outbox.in_doubt} in doubt, "
            f"{self.outbox.failed} failed",
        ]
        if self.no_access:
            parts.append("no access to " + ", ".join(map(str, self.no_access)))
        return "; ".join(parts)


class SyncEngine:
    """One account's sync: the GUI and ``frontdesk sync --once`` call the same code."""

    def __init__(
        self,
        store: Store,
        client: BookingClient,
        properties: Sequence[Property],
        *,
        actor: Actor = SYSTEM,
        full_every: timedelta = FULL_PASS_EVERY,
    ) -> None:
        self._store = store
        self._client = client
        self._properties = list(properties)
        self._actor = actor
        self._full_every = full_every
        self.outbox = OutboxSender(store, client, actor)
        prop_store.upsert_properties(store, self._properties, actor)

    def sync_once(self, progress: Progress | None = None, *, full: bool = False) -> SyncSummary:
        """Recover the outbox, pull every property, then send what is queued."""
        summary = SyncSummary()
        self.outbox.recover()
        for prop in self._properties:
            try:
                self._pull_property(prop.property_id, summary, progress, force_full=full)
            except NoAccessToProperty:
                log.warning("no access to property %s", prop.property_id)
                summary.no_access.append(prop.property_id)
            summary.properties += 1
        self.outbox.flush(summary.outbox)
        summary.changed |= summary.outbox.conversations
        return summary

    def _pull_property(
        self, property_id: int, summary: SyncSummary, progress: Progress | None, force_full: bool
    ) -> None:
        state = state_store.get_sync_state(self._store, property_id)
        first = state.last_full_sync_at is None
        full = first or force_full or _due(state.last_full_sync_at, self._full_every)
        summary.full_pass |= full
        for page in self._client.iter_conversation_pages(property_id):
            reached_known = self._ingest_page(page.conversations, summary, read_all=first)
            if progress is not None:
                progress(summary.conversations, None)
            if reached_known and not full:
                break
        now = utcnow()
        state_store.save_sync_state(
            self._store,
            replace(
                state, last_poll_at=now, last_full_sync_at=now if full else state.last_full_sync_at
            ),
        )

    def _ingest_page(
        self, page: Sequence[ConversationPage], summary: SyncSummary, read_all: bool
    ) -> bool:
        """Store one list page; return True once a conversation was already up to date."""
        latest_ids = [c.messages[0].message_id for c in page if c.messages]
        known = msg_store.known_message_ids(self._store, latest_ids)
        stored = {
            c.conversation_id
            for c in conv_store.get_conversations(
                self._store, [c.conversation.conversation_id for c in page]
            )
        }
        change = conv_store.upsert_conversations(
            self._store,
            [c.conversation for c in page],
            self._actor,
            {c.conversation.conversation_id: c.participants for c in page},
        )
        summary.changed |= change.conversations
        self._record_reservations(page)
        reached_known = False
        for item in page:
            cid = item.conversation.conversation_id
            up_to_date = item.messages[0].message_id in known if item.messages else cid in stored
            reached_known |= up_to_date
            if not up_to_date or read_all:
                # One atomic batch per conversation: its latest message is stored only
                # together with everything before it, so "latest known" means complete.
                self._pull_conversation(item, summary)
            elif item.messages:
                self._ingest(item.messages, summary)  # read marks changed elsewhere
        return reached_known

    def _pull_conversation(self, item: ConversationPage, summary: SyncSummary) -> None:
        conversation = item.conversation
        batch: list[Message] = []
        for message in self._client.iter_messages(
            conversation.property_id, conversation.conversation_id
        ):
            batch.append(message)
            block = [m.message_id for m in batch[-PAGE:]]
            if len(batch) % PAGE == 0 and msg_store.known_message_ids(self._store, block) == set(
                block
            ):
                break  # a whole page already stored: everything older is stored too
        self._ingest(batch, summary)
        summary.conversations += 1

    def _ingest(self, messages: Iterable[Message], summary: SyncSummary) -> None:
        outcome = msg_store.ingest_messages(self._store, messages, self._actor)
        summary.new_messages += outcome.value
        summary.changed |= outcome.change.conversations

    def _record_reservations(self, page: Sequence[ConversationPage]) -> None:
        reservations = [
            Reservation(
                number=c.conversation.reservation_number,
                property_id=c.conversation.property_id,
                guest_name=c.conversation.guest_name,
                language=c.conversation.language,
            )
            for c in page
            if c.conversation.reservation_number
        ]
        if reservations:
            prop_store.upsert_reservations(self._store, reservations, self._actor)

    # -- local changes to Booking.com ---------------------------------------------------

    def push_no_reply_needed(self, conversation_id: str, value: bool) -> None:
        """Send a no-reply-needed change made in the app (idempotent, retried on reads)."""
        conversation = conv_store.get_conversation(self._store, conversation_id)
        if conversation is None:
            raise LookupError(conversation_id)
        self._client.set_no_reply_needed(conversation.property_id, conversation_id, value)

    def push_read(
        self, conversation_id: str, message_ids: Sequence[str], read: bool = True
    ) -> None:
        """Set (or clear) the property's read mark on guest messages at Booking.com."""
        conversation = conv_store.get_conversation(self._store, conversation_id)
        if conversation is None or not message_ids:
            return
        participant = conversation.property_participant_id
        if participant is None:
            log.info("no property participant known for %s: read mark stays local", conversation_id)
            return
        self._client.set_read(
            conversation.property_id, conversation_id, message_ids, participant, read=read
        )

    # -- queue mode ----------------------------------------------------------------------

    def drain_queue(self, summary: SyncSummary | None = None) -> SyncSummary:
        """Single-consumer mode: read the queue, commit, and only then confirm."""
        summary = summary or SyncSummary()
        while True:
            batch = self._client.fetch_latest()
            if batch.delivered == 0:
                return summary
            missing = {
                (m.property_id, m.conversation_id)
                for m in batch.messages
                if conv_store.get_conversation(self._store, m.conversation_id) is None
            }
            for property_id, conversation_id in sorted(missing):
                page = self._client.get_conversation(property_id, conversation_id)
                self._ingest_page([page], summary, read_all=True)
            self._ingest([m.message for m in batch.messages], summary)
            self._client.confirm_messages(batch.delivered)  # only after the commit above


def _due(last: datetime | None, every: timedelta) -> bool:
    return last is None or utcnow() - last >= every
