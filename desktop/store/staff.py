"""Staff members: who works the desk, their role, and the hash of their PIN.

The store keeps only what it is given: hashing and checking PINs belongs to the caller
(never a plain PIN here). Staff are deactivated, never deleted, so history keeps its
names.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain import Actor, AuditAction, Change, StaffMember, StaffRole, utcnow
from desktop.errors import BadInputError
from desktop.store import audit
from desktop.store.engine import Store
from desktop.store.model import Outcome
from desktop.store.tables import StaffRow
from desktop.store.util import assign


def staff_target(staff_id: int) -> str:
    """The audit target naming a staff member."""
    return f"staff:{staff_id}"


def add_staff(
    store: Store, name: str, role: StaffRole, actor: Actor, *, pin_hash: str | None = None
) -> Outcome[StaffMember]:
    """Add a staff member.

    Raises:
        BadInputError: The name is empty or already taken.
    """
    name = name.strip()
    with store.write() as session:
        _check_name(session, name, None)
        row = StaffRow(name=name, role=role, pin_hash=pin_hash, active=True, created_at=utcnow())
        session.add(row)
        session.flush()
        details = {"added": name, "role": role.value}
        audit.record(session, actor, AuditAction.SETTINGS_CHANGED, staff_target(row.id), details)
        member = to_member(row)
    return Outcome(member, Change(settings=True))


def _check_name(session: Session, name: str, staff_id: int | None) -> None:
    if not name:
        raise BadInputError("A staff member needs a name.", details={"key": "name"})
    clash = session.scalars(select(StaffRow.id).where(StaffRow.name == name)).first()
    if clash is not None and clash != staff_id:
        raise BadInputError(
            "This name is already used by another staff member.",
            next_step="Choose another name (add an initial).",
            details={"key": "name"},
        )


def update_staff(
    store: Store,
    staff_id: int,
    actor: Actor,
    *,
    name: str | None = None,
    role: StaffRole | None = None,
    active: bool | None = None,
) -> Change:
    """Rename, change the role of, deactivate or reactivate a staff member."""
    values: dict[str, object] = {"name": name.strip() if name else None, "role": role}
    values["active"] = active
    values = {k: v for k, v in values.items() if v is not None}
    with store.write() as session:
        row = _row(session, staff_id)
        if "name" in values:
            _check_name(session, str(values["name"]), staff_id)
        changed = assign(row, values)
        if not changed:
            return Change()
        details = {"changed": changed}
        audit.record(session, actor, AuditAction.SETTINGS_CHANGED, staff_target(staff_id), details)
    return Change(settings=True)


def set_pin_hash(store: Store, staff_id: int, pin_hash: str | None, actor: Actor) -> Change:
    """Store a new PIN hash (None removes the PIN)."""
    with store.write() as session:
        row = _row(session, staff_id)
        row.pin_hash = pin_hash
        details = {"pin": "set" if pin_hash else "removed"}
        target = staff_target(staff_id)
        audit.record(session, actor, AuditAction.CREDENTIALS_CHANGED, target, details)
    return Change(settings=True)


def _row(session: Session, staff_id: int) -> StaffRow:
    row = session.get(StaffRow, staff_id)
    if row is None:
        raise LookupError(f"no staff member {staff_id}")
    return row


def to_member(row: StaffRow) -> StaffMember:
    return StaffMember(staff_id=row.id, name=row.name, role=row.role, active=row.active)


def get_staff(store: Store, staff_id: int) -> StaffMember | None:
    with store.read() as session:
        row = session.get(StaffRow, staff_id)
        return to_member(row) if row else None


def list_staff(store: Store, *, active_only: bool = True) -> list[StaffMember]:
    """Staff members by name."""
    stmt = select(StaffRow).order_by(StaffRow.name)
    if active_only:
        stmt = stmt.where(StaffRow.active.is_(True))
    with store.read() as session:
        return [to_member(row) for row in session.scalars(stmt)]


def get_pin_hash(store: Store, staff_id: int) -> str | None:
    """The stored PIN hash, for the caller to verify a PIN against."""
    with store.read() as session:
        row = session.get(StaffRow, staff_id)
        return row.pin_hash if row else None
