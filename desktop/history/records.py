"""The history's queries over the store's tables: filtered rows, one row by key.

The store's query modules answer the inbox's questions (a page of a folder, a thread);
the history asks wider ones (every conversation a person touched in a month), so it
reads the tables itself, read-only, and still returns only value types. Full-text
search goes through :func:`desktop.store.search.search_conversations`, whose index
folds accents. Portable SQL only: the same queries run on PostgreSQL.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import datetime

from sqlalchemy import ColumnElement, String, and_, cast, exists, func, literal, or_, select
from sqlalchemy.orm import QueryableAttribute, Session

from desktop.domain import CallLog, ConversationKind, SenderKind, SupportChannel
from desktop.history.model import (
    GUEST_STATUSES,
    SUPPORT_STATUSES,
    Channel,
    HistoryFilter,
    HistoryRow,
    Status,
)
from desktop.store import Store
from desktop.store import support as support_store
from desktop.store.fts import fold, words
from desktop.store.search import search_conversations
from desktop.store.tables import (
    AuditRow,
    CallLogRow,
    ConversationRow,
    MessageRow,
    PropertyRow,
    SupportCaseRow,
)
from desktop.store.util import chunks

#: Full-text search looks at most at this many matching conversations.
TEXT_CANDIDATES = 5000
_CASE_CHANNELS = {
    SupportChannel.MESSAGE: Channel.SUPPORT_MESSAGE,
    SupportChannel.CALL: Channel.SUPPORT_CALL,
}


class _Text:
    """What the searched words match: conversations (FTS) and case or call fields."""

    def __init__(self, store: Store, f: HistoryFilter) -> None:
        self.words = words(f.text)
        self.conversations: set[str] = set()
        if self.words:
            found = search_conversations(
                store, f.text, property_id=f.property_id, limit=TEXT_CANDIDATES
            )
            self.conversations = {c.conversation_id for c in found}

    @property
    def active(self) -> bool:
        return bool(self.words)

    def matches(self, conversation_id: str | None, *fields: str | None) -> bool:
        if not self.words or (conversation_id and conversation_id in self.conversations):
            return True
        haystack = fold(" ".join(f for f in fields if f))
        return all(word in haystack for word in self.words)


def find_rows(store: Store, f: HistoryFilter, limit: int | None = None) -> list[HistoryRow]:
    """The rows the filter selects, most recent activity first."""
    text = _Text(store, f)
    with store.read() as session:
        names = dict(session.execute(select(PropertyRow.property_id, PropertyRow.name)).all())
        rows: list[HistoryRow] = []
        guest_status = f.status is None or f.status in GUEST_STATUSES
        support_status = f.status is None or f.status in SUPPORT_STATUSES
        if f.channel in (None, Channel.GUEST) and not f.theme and guest_status:
            rows += _conversation_rows(session, f, text, names)
        if f.channel is not Channel.GUEST and support_status:
            rows += _case_rows(session, f, text, names)
        if f.channel in (None, Channel.SUPPORT_CALL) and support_status:
            rows += _call_rows(session, f, text, names)
        rows.sort(key=lambda r: (r.at, r.key), reverse=True)
        rows = rows[:limit] if limit is not None else rows
        return _with_staff(session, rows)


def find_row(store: Store, key: str) -> HistoryRow | None:
    """The row of one key (``conv:``, ``case:`` or ``call:``), whatever the filter."""
    kind, _, ident = key.partition(":")
    text = _Text(store, HistoryFilter())
    with store.read() as session:
        names = dict(session.execute(select(PropertyRow.property_id, PropertyRow.name)).all())
        if kind == "conv":
            rows = _conversation_rows(session, HistoryFilter(), text, names, only=ident)
        elif kind == "case" and ident.isdigit():
            rows = _case_rows(session, HistoryFilter(), text, names, only=int(ident))
        elif kind == "call" and ident.isdigit():
            rows = _call_rows(session, HistoryFilter(), text, names, only=int(ident))
        else:
            rows = []
        return _with_staff(session, rows)[0] if rows else None


# --------------------------------------------------------------------------- conversations


def _conversation_rows(
    session: Session,
    f: HistoryFilter,
    text: _Text,
    names: dict[int, str],
    only: str | None = None,
) -> list[HistoryRow]:
    stmt = select(ConversationRow).where(*_conversation_conditions(f))
    if only is not None:
        stmt = stmt.where(ConversationRow.conversation_id == only)
    if text.active:
        stmt = stmt.where(ConversationRow.conversation_id.in_(sorted(text.conversations)))
    found = list(session.scalars(stmt))
    counts = _message_counts(session, [r.conversation_id for r in found])
    rows = []
    for r in found:
        count, first = counts.get(r.conversation_id, (0, None))
        rows.append(
            HistoryRow(
                key=f"conv:{r.conversation_id}",
                channel=Channel.GUEST if r.kind is ConversationKind.GUEST else _SUPPORT,
                property_id=r.property_id,
                property_name=names.get(r.property_id, str(r.property_id)),
                at=r.activity_at,
                started_at=first or r.created_at,
                title=r.guest_name,
                status=_conversation_status(r),
                reservation_number=r.reservation_number,
                messages=count,
                conversation_id=r.conversation_id,
            )
        )
    return rows


_SUPPORT = Channel.SUPPORT_MESSAGE


def _conversation_status(row: ConversationRow) -> Status:
    if row.kind is ConversationKind.SUPPORT:
        return Status.ANSWERED if row.last_sender is SenderKind.BOOKING else Status.OPEN
    return Status(row.folder.value)


def _conversation_conditions(f: HistoryFilter) -> list[ColumnElement[bool]]:
    has_case = exists().where(SupportCaseRow.conversation_id == ConversationRow.conversation_id)
    kinds: list[ColumnElement[bool]] = []
    if f.channel in (None, Channel.GUEST):
        kinds.append(ConversationRow.kind == ConversationKind.GUEST)
    if f.channel in (None, Channel.SUPPORT_MESSAGE):
        kinds.append(and_(ConversationRow.kind == ConversationKind.SUPPORT, ~has_case))
    conditions: list[ColumnElement[bool]] = [or_(*kinds)]
    if f.property_id is not None:
        conditions.append(ConversationRow.property_id == f.property_id)
    if f.status is not None:
        conditions.append(ConversationRow.folder == f.status.value)
    if f.since is not None or f.until is not None:
        conditions.append(_messages_in_range(f.since, f.until))
    if f.staff_id is not None:
        conditions.append(_touched_by(ConversationRow.conversation_id, f.staff_id))
    return conditions


def _messages_in_range(since: datetime | None, until: datetime | None) -> ColumnElement[bool]:
    in_range: list[ColumnElement[bool]] = [
        MessageRow.conversation_id == ConversationRow.conversation_id
    ]
    empty: list[ColumnElement[bool]] = [ConversationRow.last_message_at.is_(None)]
    if since is not None:
        in_range.append(MessageRow.created_at >= since)
        empty.append(ConversationRow.created_at >= since)
    if until is not None:
        in_range.append(MessageRow.created_at < until)
        empty.append(ConversationRow.created_at < until)
    return or_(exists().where(*in_range), and_(*empty))


def _touched_by(
    target: ColumnElement[str] | QueryableAttribute[str], staff_id: int
) -> ColumnElement[bool]:
    return exists().where(AuditRow.target == target, AuditRow.actor_staff_id == staff_id)


def _message_counts(
    session: Session, conversation_ids: Sequence[str]
) -> dict[str, tuple[int, datetime | None]]:
    counts: dict[str, tuple[int, datetime | None]] = {}
    for chunk in chunks(conversation_ids):
        stmt = (
            select(MessageRow.conversation_id, func.count(), func.min(MessageRow.created_at))
            .where(MessageRow.conversation_id.in_(chunk))
            .group_by(MessageRow.conversation_id)
        )
        for cid, count, first in session.execute(stmt):
            counts[cid] = (int(count), first)
    return counts


# --------------------------------------------------------------------------- cases and calls


def _case_rows(
    session: Session,
    f: HistoryFilter,
    text: _Text,
    names: dict[int, str],
    only: int | None = None,
) -> list[HistoryRow]:
    channels = [c for c, ch in _CASE_CHANNELS.items() if f.channel in (None, ch)]
    stmt = select(SupportCaseRow).where(SupportCaseRow.channel.in_(channels))
    stmt = stmt.where(*_common(SupportCaseRow, SupportCaseRow.created_at, f))
    if f.staff_id is not None:
        target = literal("case:").concat(cast(SupportCaseRow.id, String))
        by_case = _touched_by(target, f.staff_id)
        stmt = stmt.where(or_(SupportCaseRow.actor_staff_id == f.staff_id, by_case))
    if f.status is not None:
        stmt = stmt.where(SupportCaseRow.status == f.status.value)
    if only is not None:
        stmt = stmt.where(SupportCaseRow.id == only)
    found = [
        r
        for r in session.scalars(stmt)
        if text.matches(
            r.conversation_id, r.subject, r.description, r.theme, r.subtheme, r.reservation_number
        )
    ]
    counts = _message_counts(session, [r.conversation_id for r in found if r.conversation_id])
    return [_case_row(r, names, counts) for r in found]


def _case_row(
    r: SupportCaseRow, names: dict[int, str], counts: dict[str, tuple[int, datetime | None]]
) -> HistoryRow:
    return HistoryRow(
        key=f"case:{r.id}",
        channel=_CASE_CHANNELS[r.channel],
        property_id=r.property_id,
        property_name=names.get(r.property_id, str(r.property_id)),
        at=r.updated_at,
        started_at=r.created_at,
        title=r.subject or r.theme,
        status=Status(r.status.value),
        reservation_number=r.reservation_number,
        theme=r.theme,
        subtheme=r.subtheme,
        staff=(r.actor_name,),
        messages=counts.get(r.conversation_id or "", (0, None))[0],
        conversation_id=r.conversation_id,
    )


def _call_rows(
    session: Session,
    f: HistoryFilter,
    text: _Text,
    names: dict[int, str],
    only: int | None = None,
) -> list[HistoryRow]:
    stmt = select(CallLogRow).where(CallLogRow.case_id.is_(None))
    stmt = stmt.where(*_common(CallLogRow, CallLogRow.started_at, f))
    if f.staff_id is not None:
        stmt = stmt.where(CallLogRow.actor_staff_id == f.staff_id)
    if only is not None:
        stmt = stmt.where(CallLogRow.id == only)
    rows = []
    for r in session.scalars(stmt):
        status = Status.CLOSED if r.outcome == "resolved" else Status.OPEN
        if f.status not in (None, status):
            continue
        if not text.matches(None, r.notes, r.number_called, r.theme, r.reservation_number):
            continue
        rows.append(
            HistoryRow(
                key=f"call:{r.id}",
                channel=Channel.SUPPORT_CALL,
                property_id=r.property_id,
                property_name=names.get(r.property_id, str(r.property_id)),
                at=r.started_at,
                started_at=r.started_at,
                title=r.number_called,
                status=status,
                reservation_number=r.reservation_number,
                theme=r.theme,
                staff=(r.actor_name,),
            )
        )
    return rows


def _common(
    table: type[SupportCaseRow] | type[CallLogRow],
    at: QueryableAttribute[datetime],
    f: HistoryFilter,
) -> list[ColumnElement[bool]]:
    """Conditions on property, theme and time shared by cases and calls."""
    conditions: list[ColumnElement[bool]] = []
    if f.property_id is not None:
        conditions.append(table.property_id == f.property_id)
    if f.theme:
        conditions.append(table.theme == f.theme)
    if f.since is not None:
        conditions.append(at >= f.since)
    if f.until is not None:
        conditions.append(at < f.until)
    return conditions


# --------------------------------------------------------------------------- staff names


def _with_staff(session: Session, rows: list[HistoryRow]) -> list[HistoryRow]:
    """Each row with the names of the staff who acted on it, in order of first action."""
    targets = {_target(r): r for r in rows}
    names: dict[str, list[str]] = defaultdict(list)
    for chunk in chunks(sorted(targets)):
        stmt = (
            select(AuditRow.target, AuditRow.actor_name)
            .where(AuditRow.target.in_(chunk), AuditRow.actor_staff_id.is_not(None))
            .order_by(AuditRow.at, AuditRow.id)
        )
        for target, name in session.execute(stmt):
            if name not in names[target]:
                names[target].append(name)
    return [_merge(r, names.get(_target(r), ())) for r in rows]


def _target(row: HistoryRow) -> str:
    return row.key[len("conv:") :] if row.key.startswith("conv:") else row.key


def _merge(row: HistoryRow, extra: Iterable[str]) -> HistoryRow:
    staff = list(row.staff)
    staff += [n for n in extra if n not in staff]
    return row if tuple(staff) == row.staff else replace(row, staff=tuple(staff))


def get_call(store: Store, call_id: int) -> CallLog | None:
    """One call log by id."""
    with store.read() as session:
        row = session.get(CallLogRow, call_id)
        return support_store.to_call(row) if row else None


def property_timezones(store: Store) -> dict[int, str]:
    """Each known property's IANA time zone."""
    with store.read() as session:
        return dict(session.execute(select(PropertyRow.property_id, PropertyRow.timezone)).all())


def themes(store: Store) -> list[str]:
    """Every theme a support case or a call was recorded under, sorted."""
    with store.read() as session:
        found = set(session.scalars(select(SupportCaseRow.theme).distinct()))
        found |= set(session.scalars(select(CallLogRow.theme).distinct()))
    return sorted(t for t in found if t)
