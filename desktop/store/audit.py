"""The audit trail: who did what, when. Append-only.

Every operation of the store that changes data calls :func:`record` inside its own
write transaction, so the change and its audit event commit (or fail) together. An
operation that finds nothing to change writes no event and returns an empty
:class:`~desktop.domain.Change`. Details never hold message text or secrets: ids,
counts and the names of what changed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from types import MappingProxyType
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from desktop.domain import Actor, AuditAction, AuditEvent, Change, utcnow
from desktop.store.engine import Store
from desktop.store.tables import ActorColumns, AuditRow


def actor_of(row: ActorColumns) -> Actor:
    """The actor stored on a row."""
    return Actor(name=row.actor_name, staff_id=row.actor_staff_id)


def actor_columns(actor: Actor) -> dict[str, Any]:
    """The column values that store ``actor`` on a row."""
    return {"actor_name": actor.name, "actor_staff_id": actor.staff_id}


def record(
    session: Session,
    actor: Actor,
    action: AuditAction,
    target: str = "",
    details: Mapping[str, Any] | None = None,
    *,
    at: datetime | None = None,
) -> None:
    """Append an event in the caller's transaction (only store modules call this)."""
    session.add(
        AuditRow(
            at=at or utcnow(),
            action=action,
            target=target,
            details=dict(details or {}),
            **actor_columns(actor),
        )
    )


def append_event(
    store: Store,
    actor: Actor,
    action: AuditAction,
    target: str = "",
    details: Mapping[str, Any] | None = None,
) -> Change:
    """Record an action that changes no stored data (an export, a handover read...)."""
    with store.write() as session:
        record(session, actor, action, target, details)
    return Change()


def list_events(
    store: Store,
    *,
    actions: Iterable[AuditAction] | None = None,
    staff_id: int | None = None,
    actor_name: str | None = None,
    target: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    before_id: int | None = None,
    limit: int = 200,
) -> list[AuditEvent]:
    """Events matching every filter given, newest first.

    Args:
        actions: Only these actions.
        staff_id: Only events by this staff member.
        actor_name: Only events by this actor name (system actors have no staff id).
        target: Only events about this target (a conversation id, ``case:12``...).
        since: Events at or after this time.
        until: Events before this time.
        before_id: Paging: events older than this event id.
        limit: At most this many events.
    """
    conditions = _conditions(
        actions=actions,
        staff_id=staff_id,
        actor_name=actor_name,
        target=target,
        since=since,
        until=until,
        before_id=before_id,
    )
    stmt = select(AuditRow).where(*conditions)
    stmt = stmt.order_by(AuditRow.at.desc(), AuditRow.id.desc()).limit(limit)
    with store.read() as session:
        return [to_event(row) for row in session.scalars(stmt)]


def _conditions(
    *,
    actions: Iterable[AuditAction] | None,
    staff_id: int | None,
    actor_name: str | None,
    target: str | None,
    since: datetime | None,
    until: datetime | None,
    before_id: int | None,
) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if actions is not None:
        conditions.append(AuditRow.action.in_(list(actions)))
    if staff_id is not None:
        conditions.append(AuditRow.actor_staff_id == staff_id)
    if actor_name is not None:
        conditions.append(AuditRow.actor_name == actor_name)
    if target is not None:
        conditions.append(AuditRow.target == target)
    if since is not None:
        conditions.append(AuditRow.at >= since)
    if until is not None:
        conditions.append(AuditRow.at < until)
    if before_id is not None:
        conditions.append(AuditRow.id < before_id)
    return conditions


def to_event(row: AuditRow) -> AuditEvent:
    """The domain object of an audit row."""
    return AuditEvent(
        event_id=row.id,
        at=row.at,
        actor=actor_of(row),
        action=row.action,
        target=row.target,
        details=MappingProxyType(dict(row.details)),
    )
