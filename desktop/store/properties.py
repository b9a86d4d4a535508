"""Properties and reservations, as sync learns them."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain import Actor, AuditAction, Change, Property, Reservation
from desktop.store import audit
from desktop.store.engine import Store
from desktop.store.tables import ConversationRow, PropertyRow, ReservationRow
from desktop.store.util import assign


def upsert_properties(store: Store, properties: Iterable[Property], actor: Actor) -> Change:
    """Insert or update properties; one audit event if anything changed."""
    changed: list[int] = []
    with store.write() as session:
        for prop in properties:
            if _upsert_property(session, prop):
                changed.append(prop.property_id)
        if changed:
            audit.record(session, actor, AuditAction.SYNC, "properties", {"changed": changed})
    return Change(settings=bool(changed))


def _upsert_property(session: Session, prop: Property) -> bool:
    values = {"name": prop.name, "timezone": prop.timezone, "has_access": prop.has_access}
    row = session.get(PropertyRow, prop.property_id)
    if row is None:
        session.add(PropertyRow(property_id=prop.property_id, **values))
        return True
    return bool(assign(row, values))


def ensure_property(session: Session, property_id: int) -> None:
    """Create a placeholder row for a property not declared yet (sync may meet it first)."""
    if session.get(PropertyRow, property_id) is None:
        session.add(PropertyRow(property_id=property_id, name=str(property_id)))
        session.flush()


def list_properties(store: Store) -> list[Property]:
    """Every known property, by id."""
    with store.read() as session:
        rows = session.scalars(select(PropertyRow).order_by(PropertyRow.property_id))
        return [_property(row) for row in rows]


def get_property(store: Store, property_id: int) -> Property | None:
    with store.read() as session:
        row = session.get(PropertyRow, property_id)
        return _property(row) if row else None


def _property(row: PropertyRow) -> Property:
    return Property(
        property_id=row.property_id,
        name=row.name,
        timezone=row.timezone,
        has_access=row.has_access,
    )


def upsert_reservations(store: Store, reservations: Iterable[Reservation], actor: Actor) -> Change:
    """Insert or update reservations; one audit event if anything changed.

    The change names the conversations of the changed reservations.
    """
    changed: list[str] = []
    with store.write() as session:
        for reservation in reservations:
            ensure_property(session, reservation.property_id)
            if _upsert_reservation(session, reservation):
                changed.append(reservation.number)
        if not changed:
            return Change()
        details = {"reservations": len(changed)}
        audit.record(session, actor, AuditAction.SYNC, "reservations", details)
        affected = session.scalars(
            select(ConversationRow.conversation_id).where(
                ConversationRow.reservation_number.in_(changed)
            )
        )
        return Change(conversations=frozenset(affected))


def _upsert_reservation(session: Session, reservation: Reservation) -> bool:
    values = {
        "property_id": reservation.property_id,
        "guest_name": reservation.guest_name,
        "checkin": reservation.checkin,
        "checkout": reservation.checkout,
        "cancelled_at": reservation.cancelled_at,
        "language": reservation.language,
    }
    row = session.get(ReservationRow, reservation.number)
    if row is None:
        session.add(ReservationRow(number=reservation.number, **values))
        return True
    return bool(assign(row, values))


def get_reservation(store: Store, number: str) -> Reservation | None:
    with store.read() as session:
        row = session.get(ReservationRow, number)
        if row is None:
            return None
        return Reservation(
            number=row.number,
            property_id=row.property_id,
            guest_name=row.guest_name,
            checkin=row.checkin,
            checkout=row.checkout,
            cancelled_at=row.cancelled_at,
            language=row.language,
        )
