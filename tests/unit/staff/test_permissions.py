"""The role table and require(): the core refuses, whoever asks."""

from __future__ import annotations

import pytest

from desktop.domain import Actor, StaffMember, StaffRole
from desktop.errors import PermissionDeniedError
from desktop.staff import ROLE_PERMISSIONS, FixedStaff, Permission, allows, require

RECEPTION = StaffMember(1, "Bob", StaffRole.RECEPTION)
MANAGER = StaffMember(2, "Alice", StaffRole.MANAGER)
ADMIN = StaffMember(3, "Ada", StaffRole.ADMIN)
P = Permission


def test_role_table() -> None:
    assert ROLE_PERMISSIONS[StaffRole.RECEPTION] == {
        P.ANSWER_GUESTS,
        P.CONTACT_SUPPORT,
        P.READ_HANDOVER,
    }
    assert ROLE_PERMISSIONS[StaffRole.MANAGER] - ROLE_PERMISSIONS[StaffRole.RECEPTION] == {
        P.REVIEW_HISTORY,
        P.EXPORT_HISTORY,
        P.SEE_REPORTS,
        P.ERASE_GUEST_DATA,
    }
    assert ROLE_PERMISSIONS[StaffRole.ADMIN] - ROLE_PERMISSIONS[StaffRole.MANAGER] == {
        P.MANAGE_STAFF,
        P.CHANGE_SETTINGS,
        P.PRUNE_HISTORY,
        P.EDIT_PROPERTY_PROFILE,
    }
    assert set(ROLE_PERMISSIONS[StaffRole.ADMIN]) == set(Permission)


@pytest.mark.parametrize(
    ("member", "permission", "allowed"),
    [
        (RECEPTION, P.ANSWER_GUESTS, True),
        (RECEPTION, P.CONTACT_SUPPORT, True),
        (RECEPTION, P.REVIEW_HISTORY, False),
        (RECEPTION, P.EXPORT_HISTORY, False),
        (MANAGER, P.SEE_REPORTS, True),
        (MANAGER, P.EXPORT_HISTORY, True),
        (MANAGER, P.MANAGE_STAFF, False),
        (MANAGER, P.CHANGE_SETTINGS, False),
        (ADMIN, P.MANAGE_STAFF, True),
        (ADMIN, P.EDIT_PROPERTY_PROFILE, True),
    ],
)
def test_require(member: StaffMember, permission: Permission, allowed: bool) -> None:
    assert allows(member.role, permission) is allowed
    if allowed:
        assert require(member, permission) == member
        assert require(FixedStaff(member), permission) == member
    else:
        with pytest.raises(PermissionDeniedError) as caught:
            require(member, permission)
        assert caught.value.details["permission"] == permission.value


def test_an_actor_is_looked_up_never_trusted() -> None:
    directory = {2: MANAGER}
    assert require(Actor("Alice", 2), P.SEE_REPORTS, lookup=directory.get) == MANAGER
    with pytest.raises(PermissionDeniedError):
        require(Actor("Alice", 2), P.SEE_REPORTS)  # no way to know the role
    with pytest.raises(PermissionDeniedError):
        require(Actor("Mallory", 9), P.SEE_REPORTS, lookup=directory.get)


def test_nobody_system_and_inactive_are_refused() -> None:
    for who in (None, Actor.system("sync"), FixedStaff(None)):
        with pytest.raises(PermissionDeniedError):
            require(who, P.ANSWER_GUESTS, lookup=lambda _id: ADMIN)
    retired = StaffMember(3, "Ada", StaffRole.ADMIN, active=False)
    with pytest.raises(PermissionDeniedError):
        require(retired, P.ANSWER_GUESTS)
