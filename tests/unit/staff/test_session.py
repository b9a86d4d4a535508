"""Quick switch with a PIN, limited attempts, idle lock, and the audit of each switch."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop.domain import AuditAction, StaffMember, StaffRole
from desktop.errors import BadInputError
from desktop.staff import DESK, Permission, StaffSession, hash_pin
from desktop.store import Store
from desktop.store import audit as audit_store
from desktop.store import staff as staff_store

T0 = datetime(2025, 6, 1, 8, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def add(store: Store, name: str, role: StaffRole, pin: str) -> StaffMember:
    return staff_store.add_staff(store, name, role, DESK, pin_hash=hash_pin(pin)).value


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def desk(store: Store, clock: Clock) -> tuple[StaffSession, StaffMember, StaffMember]:
    ada = add(store, "Ada", StaffRole.ADMIN, "1111")
    bob = add(store, "Bob", StaffRole.RECEPTION, "2222")
    return StaffSession(store, idle_lock_minutes=10, clock=clock), ada, bob


#: The actions of the desk's sign-ins and refused PINs.
SIGN_IN_ACTIONS = [AuditAction.STAFF_SIGNED_IN, AuditAction.PIN_REFUSED]


def switch_events(store: Store) -> list[tuple[str, AuditAction, str, object]]:
    events = reversed(audit_store.list_events(store, actions=SIGN_IN_ACTIONS))
    return [(e.actor.name, e.action, str(e.details.get("event")), e.target) for e in events]


def test_switch_with_the_right_pin(desk: tuple[StaffSession, StaffMember, StaffMember]) -> None:
    session, ada, bob = desk
    assert session.current is None
    assert session.is_locked()
    assert session.switch(bob.staff_id, "2222") == bob
    assert session.current == bob
    assert session.actor == bob.actor
    assert not session.is_locked()
    assert session.require(Permission.ANSWER_GUESTS) == bob
    session.switch(ada.staff_id, "1111")
    assert session.current == ada


def test_switches_are_audited(
    store: Store, desk: tuple[StaffSession, StaffMember, StaffMember]
) -> None:
    session, ada, bob = desk
    session.switch(bob.staff_id, "2222")
    session.switch(ada.staff_id, "1111")
    with pytest.raises(BadInputError):
        session.switch(bob.staff_id, "0000")
    session.lock()
    session.unlock("1111")  # the same person: no switch
    signed_in, refused = AuditAction.STAFF_SIGNED_IN, AuditAction.PIN_REFUSED
    assert switch_events(store) == [
        ("Bob", signed_in, "staff_switch", f"staff:{bob.staff_id}"),
        ("Ada", signed_in, "staff_switch", f"staff:{ada.staff_id}"),
        ("desk", refused, "pin_refused", f"staff:{bob.staff_id}"),
    ]
    last = audit_store.list_events(store, actions=SIGN_IN_ACTIONS)[1]
    assert last.details["from_staff_id"] == bob.staff_id
    assert "0000" not in str([e.details for e in audit_store.list_events(store)])


def test_sign_ins_and_refused_pins_are_not_credential_changes(
    store: Store, desk: tuple[StaffSession, StaffMember, StaffMember]
) -> None:
    session, ada, bob = desk
    session.switch(ada.staff_id, "1111")
    staff_store.set_pin_hash(store, bob.staff_id, hash_pin("3333"), ada.actor)
    with pytest.raises(BadInputError):
        session.switch(bob.staff_id, "2222")  # the old PIN
    session.switch(bob.staff_id, "3333")
    events = reversed(audit_store.list_events(store, target=f"staff:{bob.staff_id}"))
    actions = [(e.action, e.details.get("event")) for e in events]
    assert actions[-3:] == [
        (AuditAction.CREDENTIALS_CHANGED, None),  # the PIN set
        (AuditAction.PIN_REFUSED, "pin_refused"),
        (AuditAction.STAFF_SIGNED_IN, "staff_switch"),
    ]
    credentials = audit_store.list_events(store, actions=[AuditAction.CREDENTIALS_CHANGED])
    assert [dict(e.details) for e in credentials] == [{"pin": "set"}]


def test_wrong_pins_then_a_growing_wait(
    desk: tuple[StaffSession, StaffMember, StaffMember], clock: Clock
) -> None:
    session, _ada, bob = desk
    for left in (2, 1):
        with pytest.raises(BadInputError) as caught:
            session.switch(bob.staff_id, "0000")
        assert caught.value.details["attempts_left"] == left
    with pytest.raises(BadInputError) as caught:
        session.switch(bob.staff_id, "0000")  # third wrong PIN: wait 30 s
    assert caught.value.details["retry_after"] == 30
    with pytest.raises(BadInputError) as caught:
        session.switch(bob.staff_id, "2222")  # even the right PIN waits
    assert caught.value.details["retry_after"] == 30
    assert session.retry_after(bob.staff_id) == timedelta(seconds=30)
    clock.advance(seconds=31)
    with pytest.raises(BadInputError) as caught:
        session.switch(bob.staff_id, "9999")
    assert caught.value.details["retry_after"] == 60  # doubled
    clock.advance(seconds=61)
    assert session.switch(bob.staff_id, "2222") == bob
    assert session.retry_after(bob.staff_id) is None


def test_wait_is_capped(store: Store, clock: Clock) -> None:
    bob = add(store, "Bob", StaffRole.RECEPTION, "2222")
    session = StaffSession(store, clock=clock)
    for _ in range(12):
        with pytest.raises(BadInputError):
            session.switch(bob.staff_id, "0000")
        clock.advance(minutes=6)
    with pytest.raises(BadInputError) as caught:
        session.switch(bob.staff_id, "0000")
    assert caught.value.details["retry_after"] == 300


def test_idle_lock(desk: tuple[StaffSession, StaffMember, StaffMember], clock: Clock) -> None:
    session, _ada, bob = desk
    session.switch(bob.staff_id, "2222")
    clock.advance(minutes=9)
    session.touch()
    clock.advance(minutes=9)
    assert not session.is_locked()
    assert session.idle_deadline() == clock.now + timedelta(minutes=1)
    clock.advance(minutes=1)
    assert session.is_locked()
    session.touch()  # activity behind the lock screen does not unlock
    assert session.is_locked()
    with pytest.raises(BadInputError):
        session.unlock("1111")
    assert session.unlock("2222") == bob
    assert not session.is_locked()


def test_idle_lock_can_be_off(
    desk: tuple[StaffSession, StaffMember, StaffMember], clock: Clock
) -> None:
    session, ada, _bob = desk
    session.idle_lock_minutes = 0
    session.switch(ada.staff_id, "1111")
    clock.advance(hours=12)
    assert not session.is_locked()
    assert session.idle_deadline() is None
    session.lock()
    assert session.is_locked()


def test_sign_out_and_inactive_profiles(
    store: Store, desk: tuple[StaffSession, StaffMember, StaffMember]
) -> None:
    session, ada, bob = desk
    session.switch(bob.staff_id, "2222")
    session.sign_out()
    assert session.current is None
    assert session.is_locked()
    with pytest.raises(BadInputError):
        session.unlock("2222")
    staff_store.update_staff(store, bob.staff_id, ada.actor, active=False)
    with pytest.raises(BadInputError):
        session.switch(bob.staff_id, "2222")


def test_a_desk_without_staff_is_open(store: Store) -> None:
    session = StaffSession(store)
    assert not session.has_staff
    assert not session.is_locked()
    assert session.actor == DESK
    session.lock()
    assert not session.is_locked()
