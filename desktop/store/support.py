"""Partner-support cases (created by the contact wizard) and call logs."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, select

from desktop.domain import (
    Actor,
    AuditAction,
    CallLog,
    Change,
    SupportCase,
    SupportCaseStatus,
    SupportChannel,
    SupportTransport,
    utcnow,
)
from desktop.store import audit
from desktop.store.engine import Store
from desktop.store.model import Outcome
from desktop.store.properties import ensure_property
from desktop.store.tables import CallLogRow, ConversationRow, SupportCaseRow
from desktop.store.util import assign


def case_target(case_id: int) -> str:
    """The audit target naming a support case."""
    return f"case:{case_id}"


def create_case(
    store: Store,
    *,
    property_id: int,
    theme: str,
    subtheme: str | None,
    channel: SupportChannel,
    transport: SupportTransport,
    actor: Actor,
    reservation_number: str | None = None,
    subject: str = "",
    description: str = "",
    conversation_id: str | None = None,
    article_id: str | None = None,
    status: SupportCaseStatus = SupportCaseStatus.OPEN,
) -> Outcome[SupportCase]:
    """Record a support case (a message, a call, or a question an article answered)."""
    now = utcnow()
    with store.write() as session:
        ensure_property(session, property_id)
        row = SupportCaseRow(
            property_id=property_id,
            theme=theme,
            subtheme=subtheme,
            channel=channel,
            transport=transport,
            status=status,
            created_at=now,
            updated_at=now,
            reservation_number=reservation_number,
            subject=subject,
            description=description,
            conversation_id=conversation_id,
            article_id=article_id,
            **audit.actor_columns(actor),
        )
        session.add(row)
        session.flush()
        details = {"theme": theme, "subtheme": subtheme, "channel": channel.value}
        audit.record(session, actor, AuditAction.SUPPORT_CASE, case_target(row.id), details)
        case = to_case(row)
    return Outcome(case, _change(conversation_id))


def update_case(
    store: Store,
    case_id: int,
    actor: Actor,
    *,
    status: SupportCaseStatus | None = None,
    external_id: str | None = None,
    conversation_id: str | None = None,
) -> Change:
    """Change a case's status, or attach the id/conversation its transport gave it.

    Raises:
        LookupError: No such case.
    """
    values: dict[str, object] = {
        "status": status,
        "external_id": external_id,
        "conversation_id": conversation_id,
    }
    values = {k: v for k, v in values.items() if v is not None}
    with store.write() as session:
        row = session.get(SupportCaseRow, case_id)
        if row is None:
            raise LookupError(f"no support case {case_id}")
        changed = assign(row, values)
        if not changed:
            return Change()
        row.updated_at = utcnow()
        details = {"changed": changed, "status": row.status.value}
        audit.record(session, actor, AuditAction.SUPPORT_CASE, case_target(case_id), details)
        return _change(row.conversation_id)


def _change(conversation_id: str | None) -> Change:
    conversations = frozenset({conversation_id}) if conversation_id else frozenset()
    return Change(conversations=conversations, support_cases=True)


def to_case(row: SupportCaseRow) -> SupportCase:
    return SupportCase(
        case_id=row.id,
        property_id=row.property_id,
        theme=row.theme,
        subtheme=row.subtheme,
        channel=row.channel,
        transport=row.transport,
        status=row.status,
        created_at=row.created_at,
        actor=audit.actor_of(row),
        reservation_number=row.reservation_number,
        subject=row.subject,
        description=row.description,
        conversation_id=row.conversation_id,
        external_id=row.external_id,
        article_id=row.article_id,
    )


def get_case(store: Store, case_id: int) -> SupportCase | None:
    with store.read() as session:
        row = session.get(SupportCaseRow, case_id)
        return to_case(row) if row else None


def cases_by_conversation(store: Store, conversation_ids: Sequence[str]) -> dict[str, SupportCase]:
    """The newest case of each of these support conversations."""
    if not conversation_ids:
        return {}
    stmt = (
        select(SupportCaseRow)
        .where(SupportCaseRow.conversation_id.in_(list(conversation_ids)))
        .order_by(SupportCaseRow.created_at, SupportCaseRow.id)
    )
    with store.read() as session:
        return {
            row.conversation_id: to_case(row)
            for row in session.scalars(stmt)
            if row.conversation_id
        }


def list_cases(
    store: Store,
    *,
    property_id: int | None = None,
    status: SupportCaseStatus | None = None,
    since: datetime | None = None,
    limit: int = 200,
) -> list[SupportCase]:
    """Support cases, newest first."""
    stmt = select(SupportCaseRow).order_by(
        SupportCaseRow.created_at.desc(), SupportCaseRow.id.desc()
    )
    if property_id is not None:
        stmt = stmt.where(SupportCaseRow.property_id == property_id)
    if status is not None:
        stmt = stmt.where(SupportCaseRow.status == status)
    if since is not None:
        stmt = stmt.where(SupportCaseRow.created_at >= since)
    with store.read() as session:
        return [to_case(row) for row in session.scalars(stmt.limit(limit))]


def count_case_conversations(
    store: Store, property_id: int | None = None
) -> dict[SupportCaseStatus, int]:
    """Per case status, how many stored conversations have a case in it (one query)."""
    stmt = (
        select(SupportCaseRow.status, func.count(func.distinct(SupportCaseRow.conversation_id)))
        .join(ConversationRow, ConversationRow.conversation_id == SupportCaseRow.conversation_id)
        .group_by(SupportCaseRow.status)
    )
    if property_id is not None:
        stmt = stmt.where(
            SupportCaseRow.property_id == property_id, ConversationRow.property_id == property_id
        )
    with store.read() as session:
        found = {status: int(count) for status, count in session.execute(stmt)}
    return {status: found.get(status, 0) for status in SupportCaseStatus}


def log_call(
    store: Store,
    *,
    property_id: int,
    theme: str,
    number_called: str,
    outcome: str,
    notes: str,
    started_at: datetime,
    actor: Actor,
    case_id: int | None = None,
    reservation_number: str | None = None,
) -> Outcome[CallLog]:
    """Record a call to partner support and its notes."""
    with store.write() as session:
        ensure_property(session, property_id)
        row = CallLogRow(
            property_id=property_id,
            theme=theme,
            number_called=number_called,
            outcome=outcome,
            notes=notes,
            started_at=started_at,
            case_id=case_id,
            reservation_number=reservation_number,
            **audit.actor_columns(actor),
        )
        session.add(row)
        session.flush()
        details = {"call_id": row.id, "theme": theme, "outcome": outcome}
        target = case_target(case_id) if case_id is not None else f"call:{row.id}"
        audit.record(session, actor, AuditAction.CALL_LOGGED, target, details)
        call = to_call(row)
    return Outcome(call, Change(support_cases=True))


def to_call(row: CallLogRow) -> CallLog:
    return CallLog(
        call_id=row.id,
        property_id=row.property_id,
        theme=row.theme,
        number_called=row.number_called,
        outcome=row.outcome,
        notes=row.notes,
        started_at=row.started_at,
        actor=audit.actor_of(row),
        case_id=row.case_id,
        reservation_number=row.reservation_number,
    )


def list_calls(
    store: Store,
    *,
    property_id: int | None = None,
    case_id: int | None = None,
    limit: int = 200,
) -> list[CallLog]:
    """Call logs, newest first."""
    stmt = select(CallLogRow).order_by(CallLogRow.started_at.desc(), CallLogRow.id.desc())
    if property_id is not None:
        stmt = stmt.where(CallLogRow.property_id == property_id)
    if case_id is not None:
        stmt = stmt.where(CallLogRow.case_id == case_id)
    with store.read() as session:
        return [to_call(row) for row in session.scalars(stmt.limit(limit))]
