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

Each list page is stored in one transaction (:func:`desktop.store.messages.ingest_page`),
so a conversation's latest message is never stored without everything before it. The
work is pipelined and bounded: while the calling thread writes page N, one thread reads
list page N+1 and at most ``fetchers`` threads read the threads of pages N and N+1.

A conversation erased on request (:mod:`desktop.store.erased`) is skipped: its thread
is never read, and nothing it holds is stored. Each run takes the set of erased
conversations once; ingest checks again in each page's transaction.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from desktop.booking import (
    BookingClient,
    ConversationListPage,
    ConversationPage,
    NoAccessToProperty,
)
from desktop.domain import (
    SYSTEM,
    Actor,
    Change,
    Conversation,
    Message,
    Property,
    Reservation,
    utcnow,
)
from desktop.store import Store
from desktop.store import conversations as conv_store
from desktop.store import erased as erased_store
from desktop.store import messages as msg_store
from desktop.store import properties as prop_store
from desktop.store import state as state_store
from desktop.sync.outbox import OutboxReport, OutboxSender

log = logging.getLogger(__name__)

Progress = Callable[[int, int | None], None]
"""Called with (conversations done, total if known)."""

FULL_PASS_EVERY = timedelta(minutes=15)
PAGE = 50  # messages per page of a conversation, as the API serves them
#: Conversation threads fetched at once while the previous list page is written.
FETCHERS = 4


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


@dataclass
class _Page:
    """One list page, planned: what to store, and the threads being fetched for it."""

    items: Sequence[ConversationPage]
    reached_known: bool = False
    threads: list[Future[list[Message]]] = field(default_factory=list)
    latest: list[Message] = field(default_factory=list)
    pulled: int = 0

    def cancel(self) -> None:
        for future in self.threads:
            future.cancel()


@dataclass(frozen=True)
class _Pools:
    """The threads of one sync: conversation fetchers, and one reader of list pages."""

    threads: ThreadPoolExecutor
    lists: ThreadPoolExecutor


class SyncEngine:
    """One account's sync: the GUI and ``frontdesk sync --once`` call the same code.

    Reading is pipelined: while one list page is written to the store (one transaction
    per page), the next list page is read and its conversations are fetched by at most
    ``fetchers`` threads.
    """

    def __init__(
        self,
        store: Store,
        client: BookingClient,
        properties: Sequence[Property],
        *,
        actor: Actor = SYSTEM,
        full_every: timedelta = FULL_PASS_EVERY,
        fetchers: int = FETCHERS,
    ) -> None:
        self._store = store
        self._client = client
        self._properties = list(properties)
        self._actor = actor
        self._full_every = full_every
        self._fetchers = max(1, fetchers)
        self.outbox = OutboxSender(store, client, actor)
        self._erased = erased_store.ErasedSnapshot(frozenset())
        prop_store.upsert_properties(store, self._properties, actor)

    def sync_once(self, progress: Progress | None = None, *, full: bool = False) -> SyncSummary:
        """Recover the outbox, pull every property, then send what is queued."""
        summary = SyncSummary()
        self.outbox.recover()
        self._erased = erased_store.snapshot(self._store)
        with self._pools() as pools:
            for prop in self._properties:
                try:
                    self._pull_property(prop.property_id, summary, progress, full, pools)
                except NoAccessToProperty:
                    log.warning("no access to property %s", prop.property_id)
                    summary.no_access.append(prop.property_id)
                summary.properties += 1
        self.outbox.flush(summary.outbox)
        summary.changed |= summary.outbox.conversations
        return summary

    @contextmanager
    def _pools(self) -> Iterator[_Pools]:
        pools = _Pools(
            ThreadPoolExecutor(self._fetchers, thread_name_prefix="sync-fetch"),
            ThreadPoolExecutor(1, thread_name_prefix="sync-list"),
        )
        try:
            yield pools
        finally:
            pools.lists.shutdown(wait=True, cancel_futures=True)
            pools.threads.shutdown(wait=True, cancel_futures=True)

    def _pull_property(
        self,
        property_id: int,
        summary: SyncSummary,
        progress: Progress | None,
        force_full: bool,
        pools: _Pools,
    ) -> None:
        state = state_store.get_sync_state(self._store, property_id)
        first = state.last_full_sync_at is None
        full = first or force_full or _due(state.last_full_sync_at, self._full_every)
        summary.full_pass |= full
        pages = self._client.iter_conversation_pages(property_id)
        listing: Future[ConversationListPage | None] | None = pools.lists.submit(next, pages, None)
        ahead: _Page | None = None
        try:
            while listing is not None:
                page = listing.result()
                if page is None:
                    break
                planned = self._plan(page.conversations, pools.threads, read_all=first)
                listing = None
                if full or not planned.reached_known:  # else later pages hold older activity
                    listing = pools.lists.submit(next, pages, None)
                if ahead is not None:
                    self._write(ahead, summary, progress)
                ahead = planned
            if ahead is not None:
                self._write(ahead, summary, progress)
                ahead = None
        finally:
            if ahead is not None:
                ahead.cancel()
        now = utcnow()
        state_store.save_sync_state(
            self._store,
            replace(
                state, last_poll_at=now, last_full_sync_at=now if full else state.last_full_sync_at
            ),
        )

    def _plan(
        self, items: Sequence[ConversationPage], pool: ThreadPoolExecutor, read_all: bool
    ) -> _Page:
        """Decide what a list page needs and start fetching its threads.

        A conversation whose latest message is stored is up to date (and so is every
        conversation after it, unless this is a full pass); the others are read in full.
        An erased conversation is left out of the page: neither read nor stored, and it
        says nothing about where known activity starts.
        """
        if self._erased.digests:
            items = [c for c in items if not self._erased.has(c.conversation.conversation_id)]
        page = _Page(items)
        known: set[str] = set()
        stored: set[str] = set()
        if not read_all:  # reading everything: what is stored changes nothing
            latest_ids = [c.messages[0].message_id for c in items if c.messages]
            known = msg_store.known_message_ids(self._store, latest_ids)
            stored = conv_store.known_conversation_ids(
                self._store, [c.conversation.conversation_id for c in items]
            )
        for item in items:
            cid = item.conversation.conversation_id
            up_to_date = item.messages[0].message_id in known if item.messages else cid in stored
            page.reached_known |= up_to_date
            if not up_to_date or read_all:
                page.pulled += 1
                if item.messages:  # an empty conversation has nothing more to read
                    page.threads.append(pool.submit(self._fetch_thread, item.conversation))
            else:
                page.latest.extend(item.messages)  # read marks changed elsewhere
        return page

    def _fetch_thread(self, conversation: Conversation) -> list[Message]:
        """A conversation's messages, newest first, down to a page already stored."""
        batch: list[Message] = []
        for message in self._client.iter_messages(
            conversation.property_id, conversation.conversation_id
        ):
            batch.append(message)
            if len(batch) % PAGE == 0:
                block = [m.message_id for m in batch[-PAGE:]]
                if msg_store.known_message_ids(self._store, block) == set(block):
                    break  # a whole page already stored: everything older is stored too
        return batch

    def _write(self, page: _Page, summary: SyncSummary, progress: Progress | None) -> None:
        """Store a planned page in one transaction, once its threads are fetched.

        A conversation's messages are stored all together or not at all, so "latest
        message known" always means "complete".
        """
        messages = list(page.latest)
        for future in page.threads:
            messages.extend(future.result())
        items = page.items
        outcome = msg_store.ingest_page(
            self._store,
            [c.conversation for c in items],
            {c.conversation.conversation_id: c.participants for c in items},
            messages,
            self._actor,
            _reservations(items),
        )
        summary.new_messages += outcome.value
        summary.changed |= outcome.change.conversations
        summary.conversations += page.pulled
        if progress is not None:
            progress(summary.conversations, None)

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
        self._erased = erased_store.snapshot(self._store)
        with self._pools() as pools:
            while True:
                batch = self._client.fetch_latest()
                if batch.delivered == 0:
                    return summary
                kept = [m for m in batch.messages if not self._erased.has(m.conversation_id)]
                missing = {
                    (m.property_id, m.conversation_id)
                    for m in kept
                    if conv_store.get_conversation(self._store, m.conversation_id) is None
                }
                pages = [self._client.get_conversation(p, c) for p, c in sorted(missing)]
                if pages:
                    self._write(self._plan(pages, pools.threads, read_all=True), summary, None)
                outcome = msg_store.ingest_messages(
                    self._store, [m.message for m in kept], self._actor
                )
                summary.new_messages += outcome.value
                summary.changed |= outcome.change.conversations
                self._client.confirm_messages(batch.delivered)  # only after the commits above


def _reservations(items: Sequence[ConversationPage]) -> list[Reservation]:
    """The reservations a list page names (number, property, guest name, language)."""
    return [
        Reservation(
            number=c.conversation.reservation_number,
            property_id=c.conversation.property_id,
            guest_name=c.conversation.guest_name,
            language=c.conversation.language,
        )
        for c in items
        if c.conversation.reservation_number
    ]


def _due(last: datetime | None, every: timedelta) -> bool:
    return last is None or utcnow() - last >= every
