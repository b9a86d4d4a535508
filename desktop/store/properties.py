"""Properties and reservations, as sync learns them."""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Iterable
from typing import Any, cast

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.orm import Session

from desktop.domain import Actor, AuditAction, Change, Property, Reservation
from desktop.store import audit, bulk
from desktop.store.engine import Store
from desktop.store.tables import ConversationRow, PropertyRow, ReservationRow
from desktop.store.util import assign, chunks

_PROPERTIES = cast(Table, PropertyRow.__table__)
_RESERVATIONS = cast(Table, ReservationRow.__table__)


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
    ensure_properties(session, [property_id])


def ensure_properties(session: Session, property_ids: Iterable[int]) -> None:
    """:func:`ensure_property` for several properties: one query, one insert.

    A property ensured once in a transaction is not looked up again in it (a sync page
    ensures its property for its conversations and again for its reservations):
    properties are never deleted.
    """
    wanted = sorted(set(property_ids).difference(_ensured(session)))
    if not wanted:
        return
    session.flush()
    found = set(session.scalars(_FIND_PROPERTIES, {"ids": wanted}))
    missing = [{"property_id": p, "name": str(p)} for p in wanted if p not in found]
    if missing:
        session.execute(insert(_PROPERTIES), missing)
    _ensured(session).update(wanted)


def _ensured(session: Session) -> set[int]:
    """The property ids ensured in the session's current transaction."""
    transaction = session.get_transaction()
    known: tuple[object, set[int]] | None = session.info.get(_ENSURED)
    if known is None or known[0] is not transaction:  # a new transaction: nothing known
        known = (transaction, set())
        session.info[_ENSURED] = known
    return known[1]


#: ``Session.info`` key: (the transaction, the property ids ensured in it).
_ENSURED = "frontdesk.ensured_properties"
_FIND_PROPERTIES = select(_PROPERTIES.c.property_id).where(
    _PROPERTIES.c.property_id.in_(bindparam("ids", expanding=True))
)


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
    with store.write() as session:
        changed = save_reservations(session, reservations)
        if not changed:
            return Change()
        details = {"reservations": len(changed)}
        audit.record(session, actor, AuditAction.SYNC, "reservations", details)
        affected: set[str] = set()
        for chunk in chunks(changed):
            affected.update(
                session.scalars(
                    select(ConversationRow.conversation_id).where(
                        ConversationRow.reservation_number.in_(chunk)
                    )
                )
            )
        return Change(conversations=frozenset(affected))


def save_reservations(session: Session, reservations: Iterable[Reservation]) -> list[str]:
    """Insert or update reservations in the caller's transaction; the changed numbers.

    One query per chunk loads the stored ones; new rows are inserted and changed rows
    updated with one ``executemany`` each. The caller records the audit event.
    """
    by_number = {r.number: r for r in reservations}  # the last one of a number wins
    if not by_number:
        return []
    ensure_properties(session, {r.property_id for r in by_number.values()})
    table = _RESERVATIONS
    stored: dict[str, Any] = {}
    for chunk in chunks(sorted(by_number)):
        rows = session.execute(_STORED_RESERVATIONS, {"numbers": chunk}).mappings()
        stored.update((row["number"], row) for row in rows)
    new: list[dict[str, Any]] = []
    updated: list[dict[str, Any]] = []
    for number, reservation in by_number.items():
        values = _reservation_values(reservation)
        before = stored.get(number)
        if before is None:
            new.append({"number": number, **values})
        elif any(before[k] != v for k, v in values.items()):
            updated.append({"b_number": number, **values})
    if new:
        bulk.insert_rows(session, table, list(new[0]), [list(row.values()) for row in new])
    if updated:
        session.execute(update(table).where(table.c.number == bindparam("b_number")), updated)
    return [row["number"] for row in new] + [row["b_number"] for row in updated]


#: The stored reservations among the expanding parameter ``numbers``.
_STORED_RESERVATIONS = select(_RESERVATIONS).where(
    _RESERVATIONS.c.number.in_(bindparam("numbers", expanding=True))
)


def _reservation_values(reservation: Reservation) -> dict[str, Any]:
    return {
        "property_id": reservation.property_id,
        "guest_name": reservation.guest_name,
        "checkin": reservation.checkin,
        "checkout": reservation.checkout,
        "cancelled_at": reservation.cancelled_at,
        "language": reservation.language,
    }


#: The domain object's fields, each a column of ``reservations`` of the same name.
_RESERVATION_COLUMNS = tuple(_RESERVATIONS.c[f.name] for f in dataclasses.fields(Reservation))


def get_reservation(store: Store, number: str) -> Reservation | None:
    return get_reservations(store, [number]).get(number)


def get_reservations(store: Store, numbers: Collection[str]) -> dict[str, Reservation]:
    """The known reservations among ``numbers``, by number (one ``IN`` query per chunk)."""
    wanted = sorted(set(numbers))
    found: dict[str, Reservation] = {}
    if not wanted:
        return found
    with store.read() as session:
        for chunk in chunks(wanted):
            stmt = select(*_RESERVATION_COLUMNS).where(ReservationRow.number.in_(chunk))
            for row in session.execute(stmt):  # plain rows: no ORM entities per batch
                found[row.number] = Reservation(**row._mapping)
    return found
