"""PIN switch, lock screen and idle lock, staff management: roles enforced in the UI."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QMainWindow
from pytestqt.qtbot import QtBot

from desktop.domain import StaffMember, StaffRole
from desktop.staff import StaffDirectory, StaffSession
from tests.ui.staff.conftest import Clock
from ui.staff import IdleLock, LockScreen, PinSwitchDialog, StaffManagementDialog
from ui.tasks import SyncTaskRunner


def select(dialog: PinSwitchDialog, name: str) -> None:
    for row in range(dialog.people.count()):
        if dialog.people.item(row).text().startswith(name):
            dialog.people.setCurrentRow(row)


def test_switch_with_a_pin(
    qtbot: QtBot, session: StaffSession, staff: dict[str, StaffMember]
) -> None:
    dialog = PinSwitchDialog(session, list(staff.values()), SyncTaskRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert [dialog.people.item(i).text() for i in range(3)] == [
        "Ada — Administrator",
        "Alice — Manager",
        "Bob — Reception",
    ]
    select(dialog, "Bob")
    qtbot.keyClicks(dialog.pin, "0000")
    dialog.try_switch()
    assert dialog.message.text() == "This PIN is not right. Type it again."
    assert dialog.pin.text() == ""
    assert session.current is None
    qtbot.keyClicks(dialog.pin, "3333")
    with qtbot.waitSignal(dialog.switched):
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert session.current == staff["Bob"]
    assert dialog.result() == PinSwitchDialog.DialogCode.Accepted


def test_pin_field_takes_digits_only(
    qtbot: QtBot, session: StaffSession, staff: dict[str, StaffMember]
) -> None:
    dialog = PinSwitchDialog(session, list(staff.values()), SyncTaskRunner())
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.pin, "12ab34567890")
    assert dialog.pin.text() == "12345678"
    assert dialog.pin.echoMode() is QLineEdit.EchoMode.Password


def test_too_many_wrong_pins(
    qtbot: QtBot, session: StaffSession, staff: dict[str, StaffMember]
) -> None:
    dialog = PinSwitchDialog(session, list(staff.values()), SyncTaskRunner())
    qtbot.addWidget(dialog)
    select(dialog, "Alice")
    for _ in range(3):
        dialog.pin.setText("9999")
        dialog.try_switch()
    assert dialog.message.text() == "Too many wrong PINs. Try again in 30 s."


def locked_window(
    qtbot: QtBot,
    session: StaffSession,
    staff: dict[str, StaffMember],
    signed_in: StaffMember | None = None,
) -> tuple[QMainWindow, LockScreen, IdleLock, list[str]]:
    """A window with its lock; ``signed_in`` signed in before the lock starts watching."""
    if signed_in is not None:
        session.switch(signed_in.staff_id, {"Bob": "3333", "Alice": "2222"}[signed_in.name])
    window = QMainWindow()
    fired: list[str] = []
    shortcut = QAction(window)
    shortcut.setShortcut(QKeySequence("F9"))
    shortcut.triggered.connect(lambda: fired.append("export"))
    window.addAction(shortcut)
    window.setCentralWidget(QLineEdit())
    qtbot.addWidget(window)
    screen = LockScreen(session, SyncTaskRunner(), lambda: list(staff.values()), window)
    idle = IdleLock(session, screen, check_ms=60_000)
    window.resize(800, 600)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return window, screen, idle, fired


def test_idle_lock_and_unlock(
    qtbot: QtBot, session: StaffSession, staff: dict[str, StaffMember], clock: Clock
) -> None:
    window, screen, idle, fired = locked_window(qtbot, session, staff, staff["Bob"])
    assert not idle.check()
    assert not screen.isVisible()
    clock.advance(minutes=10)
    assert idle.check()
    assert screen.isVisible()
    assert screen.geometry() == window.rect()
    assert not window.centralWidget().isEnabled()
    assert screen.who.text() == "Bob"
    qtbot.keyClick(screen.pin, Qt.Key.Key_F9)
    assert fired == []  # no shortcut of the window fires under the lock
    qtbot.keyClicks(screen.pin, "1111")
    qtbot.keyClick(screen.pin, Qt.Key.Key_Return)
    assert screen.message.text() == "This PIN is not right. Type it again."
    assert screen.isVisible()
    qtbot.keyClicks(screen.pin, "3333")
    with qtbot.waitSignal(screen.unlocked):
        qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    assert not screen.isVisible()
    assert window.centralWidget().isEnabled()
    qtbot.keyClick(window.centralWidget(), Qt.Key.Key_F9)
    assert fired == ["export"]


def test_activity_keeps_the_desk_open(
    qtbot: QtBot, session: StaffSession, staff: dict[str, StaffMember], clock: Clock
) -> None:
    window, screen, idle, _fired = locked_window(qtbot, session, staff, staff["Bob"])
    assert idle.watching
    clock.advance(minutes=9)
    qtbot.keyClicks(window.centralWidget(), "a")
    clock.advance(minutes=9)
    assert not idle.check()
    assert not screen.isVisible()


def test_someone_else_signs_in_from_the_lock_screen(
    qtbot: QtBot, session: StaffSession, staff: dict[str, StaffMember]
) -> None:
    window, screen, idle, _fired = locked_window(qtbot, session, staff)
    assert screen.isVisible()  # nobody signed in: the desk opened locked
    assert screen.geometry() == window.rect()  # resized with the window before it showed
    assert idle.check()
    dialog = screen.choose_someone_else()
    select(dialog, "Alice")
    dialog.pin.setText("2222")
    with qtbot.waitSignal(screen.unlocked):
        dialog.try_switch()
    assert session.current == staff["Alice"]
    assert not screen.isVisible()


def manage(qtbot: QtBot, directory: StaffDirectory, session: StaffSession) -> StaffManagementDialog:
    dialog = StaffManagementDialog(directory, session, SyncTaskRunner())
    qtbot.addWidget(dialog)
    return dialog


def test_staff_management_is_for_admins(
    qtbot: QtBot,
    directory: StaffDirectory,
    session: StaffSession,
    staff: dict[str, StaffMember],
) -> None:
    session.switch(staff["Alice"].staff_id, "2222")
    dialog = manage(qtbot, directory, session)
    dialog.show()
    assert dialog.table.rowCount() == 3
    assert not dialog.add_box.isVisible()
    assert not dialog.selected_box.isVisible()
    assert dialog.notice.text() == "Only an administrator can change staff profiles."


def test_admin_adds_changes_and_deactivates(
    qtbot: QtBot,
    directory: StaffDirectory,
    session: StaffSession,
    staff: dict[str, StaffMember],
) -> None:
    session.switch(staff["Ada"].staff_id, "1111")
    dialog = manage(qtbot, directory, session)
    dialog.show()
    assert dialog.add_box.isVisible()
    dialog.new_name.setText("Chloé")
    dialog.new_role.setCurrentIndex(dialog.new_role.findData(StaffRole.MANAGER.value))
    dialog.new_pin.setText("4444")
    dialog.new_pin_again.setText("4445")
    dialog.add_button.click()
    assert dialog.message.text() == "The two PINs differ."
    dialog.new_name.setText("Chloé")
    dialog.new_pin.setText("4444")
    dialog.new_pin_again.setText("4444")
    dialog.add_button.click()
    assert dialog.message.text() == "Profile added."
    names = [m.name for m in dialog.members]
    assert names == ["Ada", "Alice", "Bob", "Chloé"]
    dialog.table.selectRow(2)  # Bob
    dialog.role_box.setCurrentIndex(dialog.role_box.findData(StaffRole.MANAGER.value))
    dialog.role_button.click()
    assert directory.list_staff()[2].role is StaffRole.MANAGER
    dialog.table.selectRow(0)  # Ada, the only admin
    dialog.active_button.click()
    assert dialog.message.text() == "The desk needs at least one active administrator."
    dialog.table.selectRow(3)
    dialog.active_button.click()
    assert [m.name for m in directory.list_staff()] == ["Ada", "Alice", "Bob"]


def test_first_profile_on_a_new_desk(qtbot: QtBot, tmp_path: object) -> None:
    from tests.unit.history.world import open_test_store

    store, _paths = open_test_store(tmp_path / "new")  # type: ignore[operator]
    try:
        session = StaffSession(store)
        dialog = manage(qtbot, StaffDirectory(store, session), session)
        dialog.show()
        assert not dialog.new_role.isEnabled()
        assert dialog.new_role.currentData() == StaffRole.ADMIN.value
        dialog.new_name.setText("Ada")
        dialog.new_pin.setText("1111")
        dialog.new_pin_again.setText("1111")
        dialog.add_button.click()
        assert session.current is not None
        assert session.current.role is StaffRole.ADMIN
        assert dialog.selected_box.isVisible()
    finally:
        store.close()


def test_a_desk_without_staff_profiles_watches_no_events(qtbot: QtBot, tmp_path: object) -> None:
    from tests.unit.history.world import open_test_store

    store, _paths = open_test_store(tmp_path / "open")  # type: ignore[operator]
    try:
        session = StaffSession(store)
        window = QMainWindow()
        qtbot.addWidget(window)
        screen = LockScreen(session, SyncTaskRunner(), list, window)
        idle = IdleLock(session, screen, check_ms=60_000)
        assert not idle.watching  # nothing can lock: no filter on every event
        assert not screen.locked
        StaffDirectory(store, session).create("Ada", StaffRole.ADMIN, "1111")
        assert not idle.check()  # the first profile is signed in: open, and now watched
        assert idle.watching
    finally:
        store.close()
