"""The shift handover digest: what the next person must know, and its acknowledgement.

The digest lists:

- guest conversations waiting for a reply, with the time left against the 12-hour
  target, counted from the first guest message not answered yet (overdue: negative);
- open support cases, with the countdown to partner support's 24-hour aim for
  messages (calls waiting for a follow-up have none);
- outbox messages that need a person: in doubt (maybe sent, maybe not), failed since
  the last handover, or waiting for a sign-in;
- internal notes written for the next shift since the last handover.

"Since the last handover" is the last acknowledgement in the audit trail (or the last
24 hours if there was none). The acknowledgement is an audit event holding the
digest's counts, never its text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from desktop.domain import (
    GUEST_REPLY_TARGET,
    AuditAction,
    Change,
    Conversation,
    InternalNote,
    OutboxEntry,
    OutboxState,
    StaffMember,
    SupportCase,
    SupportCaseStatus,
    utcnow,
)
from desktop.history import report_data
from desktop.history.figures import reply_times
from desktop.store import Store
from desktop.store import audit as audit_store
from desktop.store import conversations as conv_store
from desktop.store import notes as note_store
from desktop.store import outbox as out_store
from desktop.store import support as support_store
from desktop.store.model import ConversationQuery, Folder

#: Without an earlier acknowledgement, the digest looks this far back.
DEFAULT_LOOKBACK = timedelta(hours=24)
#: The audit target of acknowledgements.
HANDOVER_TARGET = "handover"
_LIMIT = 1000


@dataclass(frozen=True, slots=True)
class WaitingGuest:
    """A guest conversation that needs a reply."""

    conversation: Conversation
    asked_at: datetime
    time_left: timedelta

    @property
    def overdue(self) -> bool:
        return self.time_left < timedelta(0)


@dataclass(frozen=True, slots=True)
class OpenCase:
    """An open support case; ``time_left`` to the 24-hour aim for message cases."""

    case: SupportCase
    time_left: timedelta | None


@dataclass(frozen=True, slots=True)
class StuckMessage:
    """An outbox message a person must look at, with its conversation's guest."""

    entry: OutboxEntry
    guest_name: str


@dataclass(frozen=True, slots=True)
class HandoverNote:
    note: InternalNote
    guest_name: str


@dataclass(frozen=True, slots=True)
class HandoverDigest:
    generated_at: datetime
    since: datetime
    property_id: int | None
    waiting_guests: tuple[WaitingGuest, ...]
    open_cases: tuple[OpenCase, ...]
    stuck_messages: tuple[StuckMessage, ...]
    notes: tuple[HandoverNote, ...]

    def counts(self) -> dict[str, int]:
        return {
            "waiting_guests": len(self.waiting_guests),
            "overdue_guests": sum(w.overdue for w in self.waiting_guests),
            "open_cases": len(self.open_cases),
            "stuck_messages": len(self.stuck_messages),
            "notes": len(self.notes),
        }

    @property
    def empty(self) -> bool:
        return not any(self.counts().values())


def last_acknowledgement(store: Store) -> datetime | None:
    """When the handover was last acknowledged, if ever."""
    events = audit_store.list_events(store, actions=[AuditAction.HANDOVER_ACKNOWLEDGED], limit=1)
    return events[0].at if events else None


def build_digest(
    store: Store,
    *,
    now: datetime | None = None,
    since: datetime | None = None,
    property_id: int | None = None,
) -> HandoverDigest:
    """The digest at ``now`` (``since``: the last acknowledgement by default)."""
    now = now or utcnow()
    since = since or last_acknowledgement(store) or now - DEFAULT_LOOKBACK
    stuck = _stuck(store, since, property_id)
    notes = note_store.handover_notes(store, since=since, property_id=property_id)
    guests = _guest_names(
        store, [s.conversation_id for s in stuck] + [n.conversation_id for n in notes]
    )
    return HandoverDigest(
        generated_at=now,
        since=since,
        property_id=property_id,
        waiting_guests=_waiting(store, now, property_id),
        open_cases=_open_cases(store, now, property_id),
        stuck_messages=tuple(StuckMessage(e, guests.get(e.conversation_id, "")) for e in stuck),
        notes=tuple(HandoverNote(n, guests.get(n.conversation_id, "")) for n in notes),
    )


def _waiting(store: Store, now: datetime, property_id: int | None) -> tuple[WaitingGuest, ...]:
    query = ConversationQuery(folder=Folder.NEEDS_REPLY, property_id=property_id)
    ids = conv_store.page_conversation_ids(store, query, limit=_LIMIT).conversation_ids
    conversations = {c.conversation_id: c for c in conv_store.get_conversations(store, ids)}
    asked: dict[str, datetime] = {}
    for time in reply_times(report_data.message_facts(store, list(ids))):
        if time.replied_at is None:
            asked[time.conversation_id] = time.asked_at
    waiting = [
        WaitingGuest(conv, asked[cid], asked[cid] + GUEST_REPLY_TARGET - now)
        for cid, conv in conversations.items()
        if cid in asked
    ]
    return tuple(sorted(waiting, key=lambda w: w.time_left))


def _open_cases(store: Store, now: datetime, property_id: int | None) -> tuple[OpenCase, ...]:
    cases = support_store.list_cases(
        store, property_id=property_id, status=SupportCaseStatus.OPEN, limit=_LIMIT
    )
    found = [OpenCase(c, c.expected_reply_by - now if c.expected_reply_by else None) for c in cases]
    never = timedelta.max
    return tuple(sorted(found, key=lambda o: o.time_left if o.time_left is not None else never))


def _stuck(store: Store, since: datetime, property_id: int | None) -> list[OutboxEntry]:
    states = [OutboxState.IN_DOUBT, OutboxState.NEEDS_SIGN_IN, OutboxState.FAILED]
    return [
        e
        for e in out_store.list_entries(store, states=states)
        if (property_id is None or e.property_id == property_id)
        and (e.state is not OutboxState.FAILED or e.updated_at >= since)
    ]


def _guest_names(store: Store, conversation_ids: Sequence[str]) -> dict[str, str]:
    found = conv_store.get_conversations(store, sorted(set(conversation_ids)))
    return {c.conversation_id: c.guest_name for c in found}


def acknowledge(store: Store, digest: HandoverDigest, member: StaffMember) -> Change:
    """Record that ``member`` read the digest (counts only, no text)."""
    details: dict[str, object] = dict(digest.counts())
    details.update(
        generated_at=digest.generated_at.isoformat(),
        since=digest.since.isoformat(),
        property_id=digest.property_id,
    )
    return audit_store.append_event(
        store, member.actor, AuditAction.HANDOVER_ACKNOWLEDGED, HANDOVER_TARGET, details
    )
