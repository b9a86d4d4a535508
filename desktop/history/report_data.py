"""The reports' reads: message facts, support-case answers, contact-wizard outcomes.

Like :mod:`desktop.history.records`, read-only queries over the store's tables that
return plain values (:mod:`desktop.history.figures`), so the arithmetic is tested on
its own.

Contact-wizard outcomes: the wizard records a support case for each contact it ends
in, with the channel telling how (``message``, ``call``, ``pulse``, ``deflection``:
an article answered). Calls logged without a case (from the call-notes form alone)
are calls too. Abandoned runs and guests sent back to their own channel make no case
and so no contact.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import QueryableAttribute, Session

from desktop.domain import AuditAction, SenderKind, SupportChannel
from desktop.history.figures import CaseFact, DeflectionStats, MessageFact
from desktop.history.model import HistoryFilter
from desktop.store import Store
from desktop.store.tables import (
    AuditRow,
    CallLogRow,
    ConversationRow,
    MessageRow,
    OutboxRow,
    SupportCaseRow,
)
from desktop.store.util import chunks


def message_facts(store: Store, conversation_ids: Sequence[str]) -> list[MessageFact]:
    """Every message of these conversations, with who sent it from Frontdesk."""
    facts: list[MessageFact] = []
    with store.read() as session:
        for chunk in chunks(sorted(set(conversation_ids))):
            senders = _senders(session, chunk)
            stmt = (
                select(
                    MessageRow.message_id,
                    MessageRow.conversation_id,
                    ConversationRow.property_id,
                    MessageRow.sender,
                    MessageRow.created_at,
                    MessageRow.message_type,
                )
                .join(
                    ConversationRow,
                    ConversationRow.conversation_id == MessageRow.conversation_id,
                )
                .where(MessageRow.conversation_id.in_(chunk))
            )
            facts += [
                MessageFact(cid, pid, sender, at, kind, senders.get(mid, ""))
                for mid, cid, pid, sender, at, kind in session.execute(stmt)
            ]
    return facts


def _senders(session: Session, conversation_ids: Sequence[str]) -> dict[str, str]:
    stmt = select(OutboxRow.sent_message_id, OutboxRow.actor_name).where(
        OutboxRow.conversation_id.in_(conversation_ids), OutboxRow.sent_message_id.is_not(None)
    )
    return {str(mid): name for mid, name in session.execute(stmt)}


def case_facts(store: Store, case_ids: Sequence[int]) -> list[CaseFact]:
    """Message cases with the time partner support first answered, if it did.

    The answer is the first message from Booking.com in the case's thread, or else the
    first time staff marked the case answered (an answer read in the extranet).
    """
    facts: list[CaseFact] = []
    with store.read() as session:
        for chunk in chunks(sorted(set(case_ids))):
            stmt = select(SupportCaseRow).where(SupportCaseRow.id.in_(chunk))
            facts += _case_facts(session, list(session.scalars(stmt)))
    return facts


def _case_facts(session: Session, cases: list[SupportCaseRow]) -> list[CaseFact]:
    threads = [c.conversation_id for c in cases if c.conversation_id]
    replies = _first_replies(session, threads)
    marked = _marked_answered(session, [c.id for c in cases])
    facts = []
    for case in cases:
        answers = [replies.get(case.conversation_id or ""), marked.get(case.id)]
        known = [a for a in answers if a is not None]
        facts.append(CaseFact(case.theme, case.created_at, min(known) if known else None))
    return facts


def _first_replies(session: Session, conversation_ids: Sequence[str]) -> dict[str, datetime]:
    stmt = select(MessageRow.conversation_id, MessageRow.created_at).where(
        MessageRow.conversation_id.in_(conversation_ids), MessageRow.sender == SenderKind.BOOKING
    )
    first: dict[str, datetime] = {}
    for cid, at in session.execute(stmt):
        if cid not in first or at < first[cid]:
            first[cid] = at
    return first


def _marked_answered(session: Session, case_ids: Sequence[int]) -> dict[int, datetime]:
    targets = {f"case:{i}": i for i in case_ids}
    stmt = (
        select(AuditRow.target, AuditRow.at, AuditRow.details)
        .where(AuditRow.action == AuditAction.SUPPORT_CASE, AuditRow.target.in_(list(targets)))
        .order_by(AuditRow.at, AuditRow.id)
    )
    first: dict[int, datetime] = {}
    for target, at, details in session.execute(stmt):
        if details.get("status") == "answered":
            first.setdefault(targets[target], at)
    return first


def deflections(store: Store, f: HistoryFilter) -> list[DeflectionStats]:
    """Deflections, messages and calls per theme within the filter's time, property,
    staff member and theme."""
    counts: Counter[tuple[str, SupportChannel]] = Counter()
    with store.read() as session:
        stmt = select(SupportCaseRow.theme, SupportCaseRow.channel).where(
            *_scope(SupportCaseRow, SupportCaseRow.created_at, f)
        )
        counts.update((theme, channel) for theme, channel in session.execute(stmt))
        calls = select(CallLogRow.theme).where(
            CallLogRow.case_id.is_(None), *_scope(CallLogRow, CallLogRow.started_at, f)
        )
        counts.update((theme, SupportChannel.CALL) for theme in session.scalars(calls))
    themes = sorted({theme for theme, _ in counts})
    return [
        DeflectionStats(
            theme,
            counts[(theme, SupportChannel.DEFLECTION)],
            counts[(theme, SupportChannel.MESSAGE)],
            counts[(theme, SupportChannel.CALL)],
        )
        for theme in themes
    ]


def _scope(
    table: type[SupportCaseRow] | type[CallLogRow],
    at: QueryableAttribute[datetime],
    f: HistoryFilter,
) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if f.since is not None:
        conditions.append(at >= f.since)
    if f.until is not None:
        conditions.append(at < f.until)
    if f.property_id is not None:
        conditions.append(table.property_id == f.property_id)
    if f.staff_id is not None:
        conditions.append(table.actor_staff_id == f.staff_id)
    if f.theme:
        conditions.append(table.theme == f.theme)
    return conditions
