"""Staff profiles: create, rename, change role, deactivate, set PINs.

Only administrators manage staff (:data:`Permission.MANAGE_STAFF`), with one exception:
the very first profile, which anyone at a new desk may create and which is always an
administrator. The last active administrator can be neither demoted nor deactivated,
so a desk always has someone who can manage it. Every change is recorded in the audit
trail by the store (``settings_changed``, ``credentials_changed`` for PINs).
"""

from __future__ import annotations

from desktop.domain import Change, StaffMember, StaffRole
from desktop.errors import BadInputError
from desktop.staff import pins
from desktop.staff.permissions import Permission
from desktop.staff.session import DESK, StaffSession
from desktop.store import Store
from desktop.store import staff as staff_store


class StaffDirectory:
    """Staff management for the desk's current person (``session.current``)."""

    def __init__(self, store: Store, session: StaffSession) -> None:
        self._store = store
        self._session = session

    def list_staff(self, *, active_only: bool = True) -> list[StaffMember]:
        """Staff by name (the switch dialog shows them to anyone)."""
        return staff_store.list_staff(self._store, active_only=active_only)

    def create(self, name: str, role: StaffRole, pin: str) -> StaffMember:
        """Add a profile with its PIN; the first profile is an administrator, signed in.

        Raises:
            PermissionDeniedError: Profiles exist and the current person is no admin.
            BadInputError: Empty or taken name, or a PIN that is not 4 to 8 digits.
        """
        pin_hash = pins.hash_pin(pin)
        first = not staff_store.list_staff(self._store, active_only=False)
        if first:
            member = staff_store.add_staff(
                self._store, name, StaffRole.ADMIN, DESK, pin_hash=pin_hash
            ).value
            self._session.refresh()
            self._session.switch(member.staff_id, pin)
            return member
        admin = self._session.require(Permission.MANAGE_STAFF)
        outcome = staff_store.add_staff(self._store, name, role, admin.actor, pin_hash=pin_hash)
        self._session.refresh()
        return outcome.value

    def rename(self, staff_id: int, name: str) -> Change:
        admin = self._session.require(Permission.MANAGE_STAFF)
        change = staff_store.update_staff(self._store, staff_id, admin.actor, name=name)
        self._session.refresh()
        return change

    def set_role(self, staff_id: int, role: StaffRole) -> Change:
        """Change a role (refused for the last active administrator)."""
        admin = self._session.require(Permission.MANAGE_STAFF)
        if role is not StaffRole.ADMIN:
            self._keep_an_admin(staff_id)
        change = staff_store.update_staff(self._store, staff_id, admin.actor, role=role)
        self._session.refresh()
        return change

    def set_active(self, staff_id: int, active: bool) -> Change:
        """Deactivate (history keeps the name) or reactivate a profile."""
        admin = self._session.require(Permission.MANAGE_STAFF)
        if not active:
            self._keep_an_admin(staff_id)
        change = staff_store.update_staff(self._store, staff_id, admin.actor, active=active)
        self._session.refresh()
        return change

    def reset_pin(self, staff_id: int, pin: str) -> Change:
        """An administrator sets someone's PIN (a forgotten PIN)."""
        admin = self._session.require(Permission.MANAGE_STAFF)
        return staff_store.set_pin_hash(self._store, staff_id, pins.hash_pin(pin), admin.actor)

    def change_own_pin(self, old_pin: str, new_pin: str) -> Change:
        """The signed-in person changes their own PIN (any role).

        Raises:
            BadInputError: Nobody signed in, the old PIN is wrong, or the new one invalid.
        """
        member = self._session.current
        if member is None:
            raise BadInputError("Choose who you are first.", details={"key": "staff"})
        new_hash = pins.hash_pin(new_pin)
        stored = staff_store.get_pin_hash(self._store, member.staff_id)
        if not pins.verify_pin(old_pin, stored):
            raise BadInputError("The current PIN is not right.", details={"key": "old_pin"})
        return staff_store.set_pin_hash(self._store, member.staff_id, new_hash, member.actor)

    def _keep_an_admin(self, staff_id: int) -> None:
        admins = [
            m
            for m in staff_store.list_staff(self._store)
            if m.role is StaffRole.ADMIN and m.staff_id != staff_id
        ]
        target = staff_store.get_staff(self._store, staff_id)
        if target is not None and target.role is StaffRole.ADMIN and target.active and not admins:
            raise BadInputError(
                "The desk needs at least one active administrator.",
                next_step="Make someone else an administrator first.",
                details={"key": "role"},
            )
