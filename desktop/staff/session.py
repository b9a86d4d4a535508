"""Who works the desk now: quick switch with a PIN, idle lock, limited attempts.

One :class:`StaffSession` per running Frontdesk. The UI calls :meth:`StaffSession.touch`
on user activity and :meth:`StaffSession.is_locked` on a timer; a locked desk shows the
lock screen, which calls :meth:`StaffSession.switch` (someone else) or
:meth:`StaffSession.unlock` (the same person) with a PIN.

Wrong PINs: after :attr:`AttemptPolicy.free_attempts` wrong PINs in a row for one
staff member, each further attempt must wait (30 s, then doubling, at most 5 min) and
is refused without checking the PIN until then. The count lives in memory: it
protects the desk against someone trying PINs, not a stolen database (scrypt does).

A desk with no staff profile at all is open (never locked, actor "desk") until the
first profile, an administrator, is created. Every switch is written to the audit
trail as ``staff_signed_in``, every refused PIN as ``pin_refused``. Before those actions
existed both were written as ``credentials_changed`` with ``details['event']`` naming
them (``staff_switch``, ``pin_refused``); such events are kept as they are.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from desktop.domain import Actor, AuditAction, StaffMember, utcnow
from desktop.errors import BadInputError
from desktop.staff import pins
from desktop.staff.permissions import Permission, require
from desktop.store import Store
from desktop.store import audit as audit_store
from desktop.store import staff as staff_store

#: The actor of a desk where nobody is signed in.
DESK = Actor.system("desk")


@dataclass(frozen=True, slots=True)
class AttemptPolicy:
    """How many wrong PINs are free, and how long to wait after them."""

    free_attempts: int = 3
    first_delay: timedelta = timedelta(seconds=30)
    max_delay: timedelta = timedelta(minutes=5)

    def delay(self, failures: int) -> timedelta:
        """The wait after ``failures`` wrong PINs in a row (zero while free)."""
        extra = failures - self.free_attempts
        if extra < 0:
            return timedelta(0)
        delay: timedelta = self.first_delay * (2 ** min(extra, 16))
        return min(delay, self.max_delay)


@dataclass(slots=True)
class _Failures:
    count: int = 0
    blocked_until: datetime | None = None


class StaffSession:
    """The person at the desk. Thread-safe: the UI may call it from any thread.

    Args:
        store: Where staff profiles and the audit trail live.
        idle_lock_minutes: Lock after this many minutes without activity (0: never);
            the declared setting ``staff.idle_lock_minutes``.
        clock: The current time (tests pass a fake).
        policy: The limits on wrong PINs.
    """

    def __init__(
        self,
        store: Store,
        *,
        idle_lock_minutes: int = 10,
        clock: Callable[[], datetime] = utcnow,
        policy: AttemptPolicy | None = None,
    ) -> None:
        self._store = store
        self._clock = clock
        self._policy = policy or AttemptPolicy()
        self._lock = threading.RLock()
        self._current: StaffMember | None = None
        self._locked = False
        self._last_activity = clock()
        self._failures: dict[int, _Failures] = {}
        self.idle_lock_minutes = idle_lock_minutes
        self._has_staff = bool(staff_store.list_staff(store))

    # ------------------------------------------------------------------ who

    @property
    def current(self) -> StaffMember | None:
        return self._current

    @property
    def actor(self) -> Actor:
        """Who acts now: the signed-in member, or the desk itself."""
        member = self._current
        return member.actor if member is not None else DESK

    @property
    def has_staff(self) -> bool:
        """False until the first staff profile exists (the desk is open)."""
        return self._has_staff

    def require(self, permission: Permission) -> StaffMember:
        """The signed-in member if they may do this (see :func:`permissions.require`)."""
        return require(self._current, permission)

    def refresh(self) -> None:
        """Reload the signed-in member (a role changed, a profile was deactivated)."""
        with self._lock:
            self._has_staff = bool(staff_store.list_staff(self._store))
            if self._current is None:
                return
            member = staff_store.get_staff(self._store, self._current.staff_id)
            self._current = member if member is not None and member.active else None

    # ------------------------------------------------------------------ switching

    def switch(self, staff_id: int, pin: str) -> StaffMember:
        """Sign ``staff_id`` in with their PIN (it also unlocks the desk).

        Raises:
            BadInputError: Wrong PIN (``details['key'] == 'pin'``), too many wrong PINs
                (``details['retry_after']`` in seconds), or no such active member.
        """
        with self._lock:
            member = self._check(staff_id, pin)
            previous = self._current
            self._current, self._locked = member, False
            self._last_activity = self._clock()
        if previous is None or previous.staff_id != member.staff_id:
            details = {
                "event": "staff_switch",
                "from_staff_id": previous.staff_id if previous else None,
            }
            target = staff_store.staff_target(member.staff_id)
            audit_store.append_event(
                self._store, member.actor, AuditAction.STAFF_SIGNED_IN, target, details
            )
        return member

    def unlock(self, pin: str) -> StaffMember:
        """Unlock the desk for the person already signed in.

        Raises:
            BadInputError: Nobody is signed in, or the PIN is refused (as :meth:`switch`).
        """
        current = self._current
        if current is None:
            raise BadInputError("Choose who you are first.", details={"key": "staff"})
        return self.switch(current.staff_id, pin)

    def sign_out(self) -> None:
        """Nobody at the desk any more: it is locked until someone signs in."""
        with self._lock:
            self._current, self._locked = None, True

    def _check(self, staff_id: int, pin: str) -> StaffMember:
        now = self._clock()
        failures = self._failures.setdefault(staff_id, _Failures())
        if failures.blocked_until is not None and now < failures.blocked_until:
            raise _wait(failures.blocked_until - now)
        member = staff_store.get_staff(self._store, staff_id)
        if member is None or not member.active:
            raise BadInputError("This staff profile is not active.", details={"key": "staff"})
        if not pins.verify_pin(pin, staff_store.get_pin_hash(self._store, staff_id)):
            self._refused(member, failures, now)
        self._failures.pop(staff_id, None)
        return member

    def _refused(self, member: StaffMember, failures: _Failures, now: datetime) -> None:
        failures.count += 1
        delay = self._policy.delay(failures.count)
        failures.blocked_until = now + delay if delay else None
        details = {"event": "pin_refused", "attempts": failures.count}
        target = staff_store.staff_target(member.staff_id)
        audit_store.append_event(self._store, DESK, AuditAction.PIN_REFUSED, target, details)
        if delay:
            raise _wait(delay)
        raise BadInputError(
            "This PIN is not right.",
            next_step="Type your PIN again.",
            details={"key": "pin", "attempts_left": self._policy.free_attempts - failures.count},
        )

    def retry_after(self, staff_id: int) -> timedelta | None:
        """How long wrong PINs keep ``staff_id`` from trying again, if at all."""
        failures = self._failures.get(staff_id)
        if failures is None or failures.blocked_until is None:
            return None
        left = failures.blocked_until - self._clock()
        return left if left > timedelta(0) else None

    # ------------------------------------------------------------------ idle lock

    def touch(self, now: datetime | None = None) -> None:
        """The user did something: the idle timer starts again (not while locked)."""
        with self._lock:
            if not self.is_locked(now):
                self._last_activity = now or self._clock()

    def lock(self) -> None:
        """Lock now (the user pressed "Lock"); the same person unlocks with the PIN."""
        with self._lock:
            if self._has_staff:
                self._locked = True

    def is_locked(self, now: datetime | None = None) -> bool:
        """True if the desk must show the lock screen."""
        with self._lock:
            if not self._has_staff:
                return False
            if self._locked or self._current is None:
                return True
            idle = self.idle_lock_minutes
            now = now or self._clock()
            if idle > 0 and now - self._last_activity >= timedelta(minutes=idle):
                self._locked = True
            return self._locked

    def idle_deadline(self) -> datetime | None:
        """When the desk locks if nothing happens (None: it never locks by itself)."""
        if self.idle_lock_minutes <= 0 or not self._has_staff:
            return None
        return self._last_activity + timedelta(minutes=self.idle_lock_minutes)


def _wait(left: timedelta) -> BadInputError:
    seconds = max(1, int(left.total_seconds() + 0.999))
    return BadInputError(
        f"Too many wrong PINs. Try again in {seconds} s.",
        next_step="Wait, then type the PIN again, or ask an administrator to reset it.",
        details={"key": "pin", "retry_after": seconds},
    )
