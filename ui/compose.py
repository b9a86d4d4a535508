"""Puts the running application together from a core session.

One place builds the collaborators and passes them in (no globals): the task runner,
the sync controller, the inbox service and window, and the docked help viewer (F1).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDockWidget

from desktop.domain import SupportTransport
from desktop.helpcenter import HelpCenter
from desktop.history.service import HistoryService
from desktop.services.inbox import InboxService
from desktop.session import Session
from desktop.settings import Settings
from desktop.settings.declared import (
    IDLE_LOCK_MINUTES,
    NOTIFICATIONS,
    RETENTION_MONTHS,
    SYNC_INTERVAL,
)
from desktop.staff import StaffSession
from desktop.support.cases import CaseSync, SupportDesk
from desktop.support.catalogue import load_catalogue
from desktop.support.transport.factory import make_transport
from ui.about import AboutInfo
from ui.contact import ContactLauncher
from ui.crash import show_crash, show_known_error
from ui.help import ArticleViewer
from ui.inbox.window import InboxWindow
from ui.staff_menu import StaffMenu
from ui.sync_controller import SyncController
from ui.tasks import TaskRunner, TaskRunnerProtocol
from ui.widgets import named

log = logging.getLogger(__name__)


@dataclass
class RunningApp:
    """What ``ui.app.run`` keeps alive until the event loop ends."""

    session: Session
    runner: TaskRunnerProtocol
    controller: SyncController
    window: InboxWindow
    help_center: HelpCenter
    viewer: ArticleViewer
    help_dock: QDockWidget
    support: SupportDesk
    contact: ContactLauncher
    staff_menu: StaffMenu

    def close(self) -> None:
        """Stop syncing, finish background work, release the store and the sandbox."""
        self.controller.stop()
        self.runner.shutdown()
        self.session.close()


def build(
    session: Session,
    settings: Settings,
    about: AboutInfo,
    language: str,
    runner: TaskRunnerProtocol | None = None,
    window: InboxWindow | None = None,
) -> RunningApp:
    """Wire a session into a shown-ready inbox window (``window``: the one start-up
    already shows, which gets its service now)."""
    runner = runner or TaskRunner(on_known_error=show_known_error, on_bug=show_crash)
    controller = SyncController(session.engine, runner, settings.get(SYNC_INTERVAL))
    staff = StaffSession(session.store, idle_lock_minutes=settings.get(IDLE_LOCK_MINUTES))
    service = InboxService(session.store, session.profile, lambda: staff.actor, controller)
    if window is None:
        window = InboxWindow(
            about,
            sandbox=session.is_sandbox,
            service=service,
            runner=runner,
            notifications=settings.get(NOTIFICATIONS),
        )
    else:
        window.attach(service, runner, about)
    connect_sync(controller, window)
    center = HelpCenter(session.store, session.paths, actor=staff.actor)
    viewer = ArticleViewer(center, runner, language=language)
    dock = dock_help(window, viewer)
    runner.run_db(center.sync)
    catalogue = load_catalogue(session.profile)
    transport = make_transport(
        session.profile, catalogue, language=language, secrets=session.secrets
    )
    desk = SupportDesk(session.store, catalogue, transport, actor=staff.actor)
    contact = ContactLauncher(window, service, desk, catalogue, center, runner, session, language)
    sync_cases_after_each_sync(controller, desk, runner, window)
    history = HistoryService(
        session.store,
        session.paths,
        staff,
        retention_months=lambda: settings.get(RETENTION_MONTHS),
    )

    def acting_now() -> None:
        center.actor = desk.actor = staff.actor

    staff_menu = StaffMenu(window, staff, history, runner, on_switch=acting_now)
    return RunningApp(
        session, runner, controller, window, center, viewer, dock, desk, contact, staff_menu
    )


def sync_cases_after_each_sync(
    controller: SyncController, desk: SupportDesk, runner: TaskRunnerProtocol, window: InboxWindow
) -> None:
    """Partner-support replies come back by the gateway after every guest sync."""
    if desk.transport.kind is not SupportTransport.GATEWAY:
        return
    cases = CaseSync(desk)

    def after_sync(*_: object) -> None:
        runner.run_net(cases.run, lambda report: window.on_change(report.change))

    controller.finished.connect(after_sync)


def connect_sync(controller: SyncController, window: InboxWindow) -> None:
    controller.started.connect(window.on_sync_started)
    controller.progress.connect(window.on_sync_progress)
    controller.finished.connect(window.on_sync_finished)
    controller.failed.connect(window.on_sync_failed)
    controller.changed.connect(window.on_change)


def dock_help(window: InboxWindow, viewer: ArticleViewer) -> QDockWidget:
    """The help pane, docked on the right, toggled with F1 (which focuses its search)."""
    dock = named(QDockWidget(window), "helpDock")
    dock.setWidget(viewer)
    dock.setWindowTitle(QCoreApplication.translate("HelpDock", "Help articles"))
    dock.setAccessibleName(QCoreApplication.translate("HelpDock", "Help articles"))
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.hide()

    def toggle() -> None:
        if dock.isVisible() and viewer.isAncestorOf(window.focusWidget()):
            dock.hide()
            return
        dock.show()
        dock.raise_()
        viewer.focus_search()

    shortcut = QShortcut(QKeySequence(Qt.Key.Key_F1), window)
    shortcut.activated.connect(toggle)
    return dock
