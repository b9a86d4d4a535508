"""Who may do what: one table of permissions per role, and :func:`require`.

The core refuses (``PermissionDeniedError``); the UI only hides what the core would
refuse anyway. Roles are cumulative:

==============  =============================================================
role            may
==============  =============================================================
reception       answer guests, contact partner support, read and acknowledge
                the shift handover
manager         also review history, export it, see reports, erase a guest's
                data on request
admin           also manage staff, change settings (retention included, so
                pruning history), edit the property profile
==============  =============================================================

A system actor (sync, the command line: ``staff_id is None``) holds no permission:
an action that needs one needs a person.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Protocol

from desktop.domain import Actor, StaffMember, StaffRole, StrEnum
from desktop.errors import PermissionDeniedError


class Permission(StrEnum):
    ANSWER_GUESTS = "answer_guests"
    CONTACT_SUPPORT = "contact_support"
    READ_HANDOVER = "read_handover"
    REVIEW_HISTORY = "review_history"
    EXPORT_HISTORY = "export_history"
    SEE_REPORTS = "see_reports"
    ERASE_GUEST_DATA = "erase_guest_data"
    MANAGE_STAFF = "manage_staff"
    CHANGE_SETTINGS = "change_settings"
    PRUNE_HISTORY = "prune_history"
    EDIT_PROPERTY_PROFILE = "edit_property_profile"


_RECEPTION = frozenset(
    {Permission.ANSWER_GUESTS, Permission.CONTACT_SUPPORT, Permission.READ_HANDOVER}
)
_MANAGER = _RECEPTION | {
    Permission.REVIEW_HISTORY,
    Permission.EXPORT_HISTORY,
    Permission.SEE_REPORTS,
    Permission.ERASE_GUEST_DATA,
}
_ADMIN = _MANAGER | {
    Permission.MANAGE_STAFF,
    Permission.CHANGE_SETTINGS,
    Permission.PRUNE_HISTORY,
    Permission.EDIT_PROPERTY_PROFILE,
}

#: Every permission of each role.
ROLE_PERMISSIONS: Mapping[StaffRole, frozenset[Permission]] = {
    StaffRole.RECEPTION: _RECEPTION,
    StaffRole.MANAGER: frozenset(_MANAGER),
    StaffRole.ADMIN: frozenset(_ADMIN),
}

#: Finds a staff member by id (``functools.partial(desktop.store.staff.get_staff, store)``).
StaffLookup = Callable[[int], StaffMember | None]


class CurrentStaff(Protocol):
    """Whoever works the desk now (:class:`~desktop.staff.session.StaffSession`)."""

    @property
    def current(self) -> StaffMember | None: ...


class FixedStaff:
    """Always the same person (the command line, tests)."""

    def __init__(self, member: StaffMember | None) -> None:
        self._member = member

    @property
    def current(self) -> StaffMember | None:
        return self._member


def permissions_of(role: StaffRole) -> frozenset[Permission]:
    return ROLE_PERMISSIONS[role]


def allows(role: StaffRole, permission: Permission) -> bool:
    """True if ``role`` holds ``permission``."""
    return permission in ROLE_PERMISSIONS[role]


def may(member: StaffMember | None, permission: Permission) -> bool:
    """True if ``member`` (active) holds ``permission``; False for nobody."""
    return member is not None and member.active and allows(member.role, permission)


def _denied(permission: Permission, who: str) -> PermissionDeniedError:
    return PermissionDeniedError(
        f"{who} may not do this ({permission.value}).",
        details={"permission": permission.value},
    )


def require(
    who: StaffMember | Actor | CurrentStaff | None,
    permission: Permission,
    *,
    lookup: StaffLookup | None = None,
) -> StaffMember:
    """The staff member who may do this, or raise.

    Args:
        who: A staff member, the session holding one, or an actor (then ``lookup``
            finds its member: roles are read from the store, never trusted from the
            caller).
        permission: What is about to happen.
        lookup: Finds a staff member by id; needed when ``who`` is an :class:`Actor`.

    Raises:
        PermissionDeniedError: Nobody, a system actor, an unknown or inactive member,
            or a role without ``permission``.
    """
    member = _member_of(who, lookup)
    if member is None:
        raise _denied(permission, "Nobody signed in")
    if not may(member, permission):
        raise _denied(permission, f"The {member.role.value} role")
    return member


def _member_of(
    who: StaffMember | Actor | CurrentStaff | None, lookup: StaffLookup | None
) -> StaffMember | None:
    if who is None or isinstance(who, StaffMember):
        return who
    if isinstance(who, Actor):
        if who.staff_id is None or lookup is None:
            return None
        return lookup(who.staff_id)
    return who.current
