"""A history row opened read-only: its thread (messages, notes, calls) and audit trail.

Property messages sent from Frontdesk are attributed to the staff member who queued
them (the outbox keeps who, and the id Booking.com gave the message); messages written
in the extranet or another tool carry no staff name.
"""

from __future__ import annotations

from collections.abc import Iterable

from desktop.domain import AuditEvent, CallLog, Message, SenderKind, SupportCase
from desktop.history import records
from desktop.history.model import EntryKind, HistoryDetail, HistoryRow, ThreadEntry
from desktop.store import Store
from desktop.store import audit as audit_store
from desktop.store import messages as msg_store
from desktop.store import notes as note_store
from desktop.store import outbox as out_store
from desktop.store import support as support_store

#: The audit trail shown for one row is cut at this many events per target.
AUDIT_LIMIT = 1000
_KINDS = {
    SenderKind.GUEST: EntryKind.GUEST,
    SenderKind.PROPERTY: EntryKind.PROPERTY,
    SenderKind.BOOKING: EntryKind.BOOKING,
}


def open_detail(store: Store, key: str) -> HistoryDetail | None:
    """The row of ``key`` with its thread, oldest first, and its audit trail."""
    row = records.find_row(store, key)
    if row is None:
        return None
    return detail_of(store, row)


def detail_of(store: Store, row: HistoryRow) -> HistoryDetail:
    """:func:`open_detail` for a row already found (exports open many)."""
    entries: list[ThreadEntry] = []
    targets: list[str] = []
    case: SupportCase | None = None
    calls: tuple[CallLog, ...] = ()
    if row.conversation_id:
        entries += thread_entries(store, row.conversation_id)
        targets.append(row.conversation_id)
    kind, _, ident = row.key.partition(":")
    if kind == "case":
        case = support_store.get_case(store, int(ident))
        calls = tuple(support_store.list_calls(store, case_id=int(ident)))
        if case is not None and not row.conversation_id:
            entries.append(case_entry(case))
        targets.append(row.key)
    elif kind == "call":
        call = records.get_call(store, int(ident))
        calls = (call,) if call else ()
        targets.append(row.key)
    entries += [call_entry(c) for c in calls]
    entries.sort(key=lambda e: e.at)
    return HistoryDetail(row, tuple(entries), _audit(store, targets), case, calls)


def thread_entries(store: Store, conversation_id: str) -> list[ThreadEntry]:
    """The messages and internal notes of a conversation, oldest first."""
    senders = {
        e.sent_message_id: e.actor.name
        for e in out_store.list_entries(store, conversation_id=conversation_id)
        if e.sent_message_id
    }
    messages = msg_store.get_thread(store, conversation_id)
    names = _attachment_names(store, messages)
    entries = [
        ThreadEntry(
            at=m.created_at,
            kind=_KINDS[m.sender],
            author=m.sender_name,
            text=m.content,
            staff=senders.get(m.message_id, ""),
            attachments=tuple(names.get(a, a) for a in m.attachment_ids),
        )
        for m in messages
    ]
    entries += [
        ThreadEntry(n.created_at, EntryKind.NOTE, n.actor.name, n.content, staff=n.actor.name)
        for n in note_store.list_notes(store, conversation_id)
    ]
    entries.sort(key=lambda e: e.at)
    return entries


def _attachment_names(store: Store, messages: Iterable[Message]) -> dict[str, str]:
    ids = [a for m in messages for a in m.attachment_ids]
    return {a.attachment_id: a.file_name for a in msg_store.get_attachments(store, ids)}


def case_entry(case: SupportCase) -> ThreadEntry:
    """A case without a thread (a call, a deflection) as one line."""
    text = "\n".join(part for part in (case.subject, case.description) if part)
    return ThreadEntry(case.created_at, EntryKind.CASE, case.actor.name, text, case.actor.name)


def call_entry(call: CallLog) -> ThreadEntry:
    """A call: the number, how it ended, the notes."""
    text = f"{call.number_called} — {call.outcome}"
    if call.notes:
        text += f"\n{call.notes}"
    return ThreadEntry(call.started_at, EntryKind.CALL, call.actor.name, text, call.actor.name)


def _audit(store: Store, targets: Iterable[str]) -> tuple[AuditEvent, ...]:
    events: dict[int, AuditEvent] = {}
    for target in targets:
        for event in audit_store.list_events(store, target=target, limit=AUDIT_LIMIT):
            events[event.event_id] = event
    return tuple(sorted(events.values(), key=lambda e: (e.at, e.event_id)))
