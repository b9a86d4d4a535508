"""The pre-send checks, over the store: what refuses a message and what needs a "yes".

Refused (nothing is queued): a Booking.com support case, a read-only conversation, a
closed messaging window, an empty message, attachments in a request to book, and
files Booking.com would refuse. Confirmed first: links Booking.com would strip,
template variables left in the text, and anything written in the thread (by the
guest or a colleague) since the draft began.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from desktop.domain import (
    Access,
    Actor,
    Conversation,
    ConversationKind,
    ConversationType,
    Message,
    OutboxEntry,
    OutboxState,
    Reservation,
    SenderKind,
    messaging_window_closes_at,
)
from desktop.services import checks, templates
from desktop.services.model import Issue, Problem, SendCheck
from desktop.store import Store
from desktop.store import conversations as conv_store
from desktop.store import messages as msg_store
from desktop.store import outbox as out_store
from desktop.store import properties as prop_store


def window_closes_at(
    reservation: Reservation | None, messages: Sequence[Message]
) -> datetime | None:
    """When the property can no longer write (7 days after the stay, 14 after the guest)."""
    guest = [m.created_at for m in messages if m.sender is SenderKind.GUEST]
    return messaging_window_closes_at(reservation, max(guest) if guest else None)


class SendChecker:
    """Runs the checks for one store, link allow-list, actor and clock."""

    def __init__(
        self,
        store: Store,
        allow: Sequence[str],
        actor: Callable[[], Actor],
        clock: Callable[[], datetime],
    ) -> None:
        self._store = store
        self._allow = tuple(allow)
        self._actor = actor
        self._clock = clock

    def check(self, conversation_id: str, text: str, attachments: Sequence[str]) -> SendCheck:
        """Everything to refuse or confirm before ``text`` goes to the outbox.

        Raises:
            LookupError: No such conversation.
        """
        conversation = conv_store.get_conversation(self._store, conversation_id)
        if conversation is None:
            raise LookupError(f"no conversation {conversation_id}")
        number = conversation.reservation_number
        reservation = prop_store.get_reservation(self._store, number) if number else None
        messages = msg_store.get_thread(self._store, conversation_id)
        closes_at = window_closes_at(reservation, messages)
        issues = self._refusals(conversation, text, attachments, closes_at)
        issues += checks.link_issues(text, self._allow)
        lint = templates.lint_text(text)
        if not lint.ok:
            names = ", ".join("{" + n + "}" for n in (*lint.unknown, *lint.unfilled))
            issues.append(Issue(Problem.TEMPLATE_VARIABLES, names))
        written, queued = self._written_since(conversation_id, messages)
        return SendCheck(tuple(issues), written, queued, closes_at)

    def _refusals(
        self,
        conversation: Conversation,
        text: str,
        attachments: Sequence[str],
        closes_at: datetime | None,
    ) -> list[Issue]:
        issues: list[Issue] = []
        if conversation.kind is ConversationKind.SUPPORT:
            issues.append(Issue(Problem.SUPPORT_CASE))
        if conversation.access is Access.READ_ONLY:
            issues.append(Issue(Problem.READ_ONLY))
        if closes_at is not None and closes_at <= self._clock():
            issues.append(Issue(Problem.WINDOW_CLOSED, closes_at.isoformat()))
        if not text.strip() and not attachments:
            issues.append(Issue(Problem.EMPTY))
        if attachments and conversation.conversation_type is ConversationType.REQUEST_TO_BOOK:
            issues.append(Issue(Problem.ATTACHMENTS_NOT_ALLOWED))
        issues += checks.attachment_issues(attachments)
        return issues

    def _written_since(
        self, conversation_id: str, messages: Sequence[Message]
    ) -> tuple[tuple[Message, ...], tuple[OutboxEntry, ...]]:
        """Messages and other people's outbox entries newer than the draft's start.

        Our own earlier replies that sync brings back (dated when Booking.com received
        them, so possibly after the draft began) are not news: they are skipped.
        """
        draft = out_store.get_draft(self._store, conversation_id)
        if draft is None:
            return (), ()
        since = draft.started_at
        entries = out_store.list_entries(self._store, conversation_id=conversation_id)
        known = {e.sent_message_id for e in entries if e.created_at <= since and e.sent_message_id}
        written = tuple(m for m in messages if m.created_at > since and m.message_id not in known)
        me = self._actor()
        queued = tuple(
            e
            for e in entries
            if e.created_at > since and e.actor != me and e.state is not OutboxState.FAILED
        )
        return written, queued
