"""Staff on a shared desk: PIN switch, lock screen and idle lock, staff management."""

from ui.staff.lock import IdleLock, LockScreen
from ui.staff.manage import StaffManagementDialog
from ui.staff.pin_dialog import PinSwitchDialog

__all__ = ["IdleLock", "LockScreen", "PinSwitchDialog", "StaffManagementDialog"]
