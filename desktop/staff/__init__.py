"""Staff on a shared desk: profiles, PINs, quick switch, idle lock, roles.

=================  ============================================================
module             what it holds
=================  ============================================================
``pins``           PIN rules, scrypt hashing, constant-time verification
``permissions``    :class:`Permission`, the role table, :func:`require`
``session``        :class:`StaffSession`: who is at the desk, switch, idle lock
``directory``      :class:`StaffDirectory`: create and manage profiles
``preferences``    :class:`DeskSettings`: audited changes of declared settings
=================  ============================================================

Qt-free; the UI (``ui/staff``) calls these through its task runner.
"""

from desktop.staff.directory import StaffDirectory
from desktop.staff.permissions import (
    ROLE_PERMISSIONS,
    CurrentStaff,
    FixedStaff,
    Permission,
    allows,
    may,
    require,
)
from desktop.staff.pins import hash_pin, validate_pin, verify_pin
from desktop.staff.preferences import DeskSettings
from desktop.staff.session import DESK, AttemptPolicy, StaffSession

__all__ = [
    "DESK",
    "ROLE_PERMISSIONS",
    "AttemptPolicy",
    "CurrentStaff",
    "DeskSettings",
    "FixedStaff",
    "Permission",
    "StaffDirectory",
    "StaffSession",
    "allows",
    "hash_pin",
    "may",
    "require",
    "validate_pin",
    "verify_pin",
]
