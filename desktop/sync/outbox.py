"""Sending the outbox without ever sending a message twice.

Booking.com's send endpoint has no idempotency key, so every attempt is committed as
``sending`` *before* the request leaves, and its outcome decides the next state:

- accepted -> ``sent`` (with Booking.com's message id);
- refused with a reason (400, 403, 404) -> ``failed``, the reason kept;
- 401 after one token refresh -> ``needs_sign_in`` (sent again after sign-in);
- provably never sent (no connection could be made) -> ``queued`` again;
- anything that may have reached Booking.com (timeout, dropped connection, 5xx,
  unreadable answer), or an entry found ``sending`` after a crash -> ``in_doubt``.

An ``in_doubt`` entry is reconciled by reading the conversation back: a message sent by
the property at or after the attempt, not claimed by another entry, whose text equals
ours once links (which Booking.com may strip) and spacing are set aside, makes it
``sent``. Anything unclear stays ``in_doubt`` for a person to decide (send again or
discard), so nothing is silently dropped.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from desktop.booking import BookingClient, BookingError, Unauthorized
from desktop.domain import (
    SYSTEM,
    Access,
    Actor,
    Message,
    OutboxEntry,
    OutboxState,
    SenderKind,
)
from desktop.store import Store
from desktop.store import conversations as conv_store
from desktop.store import messages as msg_store
from desktop.store import outbox as out_store

log = logging.getLogger(__name__)

#: How far before the recorded attempt a matching message may be dated (clock skew).
CLOCK_SKEW = timedelta(minutes=2)
#: How many messages of a conversation are read back to reconcile an entry.
READ_BACK_LIMIT = 100

_LINK = re.compile(r"(?i)\b(?:https?://|www\.)\S+")
_SPACE = re.compile(r"\s+")


def comparable(text: str) -> str:
    """Text with links and spacing set aside, as compared during reconciliation."""
    return _SPACE.sub(" ", _LINK.sub(" ", text)).strip().casefold()


@dataclass
class OutboxReport:
    sent: int = 0
    failed: int = 0
    in_doubt: int = 0
    requeued: int = 0
    needs_sign_in: int = 0
    conversations: set[str] = field(default_factory=set)


class OutboxSender:
    """Sends queued entries and reconciles in-doubt ones, for one client and store."""

    def __init__(self, store: Store, client: BookingClient, actor: Actor = SYSTEM) -> None:
        self._store = store
        self._client = client
        self._actor = actor

    def recover(self) -> int:
        """At start-up: entries left ``sending`` by a crash become ``in_doubt``."""
        change = out_store.recover_interrupted(self._store, self._actor)
        return len(change.conversations)

    def flush(self, report: OutboxReport | None = None) -> OutboxReport:
        """Reconcile in-doubt entries, then send every queued entry once."""
        report = report or OutboxReport()
        self.reconcile(report)
        for entry in out_store.list_entries(self._store, states=[OutboxState.QUEUED]):
            self._send(entry, report)
            if report.needs_sign_in:
                break  # the credentials are refused: stop until the user signs in
        return report

    def _send(self, entry: OutboxEntry, report: OutboxReport) -> None:
        report.conversations.add(entry.conversation_id)
        conversation = conv_store.get_conversation(self._store, entry.conversation_id)
        started = out_store.start_sending(self._store, entry.entry_id, self._actor).value
        if conversation is None or conversation.access is Access.READ_ONLY:
            reason = "The conversation is closed (read-only); nothing was sent."
            out_store.mark_failed(self._store, entry.entry_id, reason, self._actor)
            report.failed += 1
            return
        try:
            attachment_ids = self._upload(entry)
        except (OSError, BookingError) as error:
            self._upload_failed(started, error, report)
            return
        try:
            sent = self._client.send_message(
                entry.property_id, entry.conversation_id, entry.content, attachment_ids
            )
        except Unauthorized as error:
            out_store.mark_needs_sign_in(self._store, entry.entry_id, error.code, self._actor)
            report.needs_sign_in += 1
        except BookingError as error:
            self._after_error(started, error, report)
        else:
            out_store.mark_sent(self._store, entry.entry_id, sent.message_id, self._actor)
            report.sent += 1
            self._ingest_back(entry)

    def _upload_failed(
        self, entry: OutboxEntry, error: OSError | BookingError, report: OutboxReport
    ) -> None:
        """Nothing was sent yet: a refused or unreadable file fails, the rest retries."""
        if isinstance(error, Unauthorized):
            out_store.mark_needs_sign_in(self._store, entry.entry_id, error.code, self._actor)
            report.needs_sign_in += 1
        elif isinstance(error, BookingError) and (error.status is None or error.status >= 429):
            out_store.requeue(self._store, entry.entry_id, self._actor)
            report.requeued += 1
        else:
            reason = error.one_line() if isinstance(error, BookingError) else str(error)
            out_store.mark_failed(self._store, entry.entry_id, reason, self._actor)
            report.failed += 1

    def _upload(self, entry: OutboxEntry) -> list[str]:
        """Upload the attachments (uploading twice is harmless; sending twice is not)."""
        ids = []
        for path in entry.attachment_paths:
            data = Path(path).read_bytes()
            ids.append(
                self._client.upload_attachment(
                    entry.property_id, entry.conversation_id, data, Path(path).name
                )
            )
        return ids

    def _after_error(self, entry: OutboxEntry, error: BookingError, report: OutboxReport) -> None:
        log.warning(
            "send of outbox entry %s failed: %s (ruid %s, unknown=%s)",
            entry.entry_id,
            error.code,
            error.ruid,
            error.outcome_unknown,
        )
        summary = error.one_line()
        if error.outcome_unknown:
            out_store.mark_in_doubt(self._store, entry.entry_id, summary, self._actor)
            report.in_doubt += 1
            self._reconcile_entry(out_store.get_entry(self._store, entry.entry_id), report)
        elif error.status is None or error.status >= 500 or error.status == 429:
            out_store.requeue(self._store, entry.entry_id, self._actor)
            report.requeued += 1
        else:
            out_store.mark_failed(self._store, entry.entry_id, summary, self._actor)
            report.failed += 1

    def reconcile(self, report: OutboxReport | None = None) -> OutboxReport:
        """Decide what can be decided about in-doubt entries by reading threads back."""
        report = report or OutboxReport()
        for entry in out_store.list_entries(self._store, states=[OutboxState.IN_DOUBT]):
            self._reconcile_entry(entry, report)
        return report

    def _reconcile_entry(self, entry: OutboxEntry | None, report: OutboxReport) -> None:
        if entry is None or entry.state is not OutboxState.IN_DOUBT:
            return
        try:
            thread = self._read_back(entry)
        except BookingError as error:
            log.info("outbox entry %s stays in doubt: %s", entry.entry_id, error.code)
            return
        match = find_match(entry, thread, self._claimed_ids(entry.conversation_id))
        if match is None:
            log.info("outbox entry %s stays in doubt: no matching message", entry.entry_id)
            return
        out_store.mark_sent(self._store, entry.entry_id, match.message_id, self._actor)
        report.sent += 1
        report.in_doubt = max(0, report.in_doubt - 1)
        report.conversations.add(entry.conversation_id)
        self._ingest(thread)

    def _read_back(self, entry: OutboxEntry) -> list[Message]:
        thread: list[Message] = []
        for message in self._client.iter_messages(entry.property_id, entry.conversation_id):
            thread.append(message)
            started = entry.attempt_started_at
            if len(thread) >= READ_BACK_LIMIT or (
                started is not None and message.created_at < started - CLOCK_SKEW
            ):
                break
        return thread

    def _claimed_ids(self, conversation_id: str) -> set[str]:
        """Message ids already matched to a sent entry of this conversation."""
        entries = out_store.list_entries(
            self._store, states=[OutboxState.SENT], conversation_id=conversation_id
        )
        return {e.sent_message_id for e in entries if e.sent_message_id}

    def _ingest_back(self, entry: OutboxEntry) -> None:
        """Bring the sent message (as Booking.com stored it) into the thread."""
        try:
            page = self._client.get_conversation(entry.property_id, entry.conversation_id)
        except BookingError as error:
            log.info("could not read back conversation after send: %s", error.code)
            return
        self._ingest(page.messages)

    def _ingest(self, messages: Iterable[Message]) -> None:
        msg_store.ingest_messages(self._store, messages, self._actor)


def find_match(entry: OutboxEntry, thread: Iterable[Message], claimed: set[str]) -> Message | None:
    """The oldest unclaimed property message at/after the attempt with the same text."""
    wanted = comparable(entry.content)
    since = (entry.attempt_started_at or entry.created_at) - CLOCK_SKEW
    candidates = [
        m
        for m in thread
        if m.sender is SenderKind.PROPERTY
        and m.message_id not in claimed
        and m.created_at >= since
        and comparable(m.content) == wanted
    ]
    return min(candidates, key=lambda m: m.created_at) if candidates else None
