""" "Contact Booking.com": the action in the inbox that opens the contact wizard.

From the toolbar or the Conversation menu (Ctrl+Shift+B). With a guest conversation
open, the wizard starts on the Reservations theme with its reservation number filled.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from desktop.domain import ConversationKind
from desktop.errors import KnownError
from desktop.helpcenter import HelpCenter
from desktop.services.inbox import InboxService
from desktop.session import Session
from desktop.support.cases import Recorded, SupportDesk
from desktop.support.catalogue import Catalogue
from ui.crash import show_known_error
from ui.inbox.window import InboxWindow
from ui.tasks import TaskRunnerProtocol
from ui.wizard import ContactWizard, open_contact_wizard
from ui.wizard.prompts import WizardPrompts


class ContactLauncher(QObject):
    """Owns the action and the open wizard (one at a time)."""

    def __init__(
        self,
        window: InboxWindow,
        service: InboxService,
        desk: SupportDesk,
        catalogue: Catalogue,
        help_center: HelpCenter,
        tasks: TaskRunnerProtocol,
        session: Session,
        language: str,
    ) -> None:
        super().__init__(window)
        self._window, self._service, self._desk = window, service, desk
        self._catalogue, self._center, self._tasks = catalogue, help_center, tasks
        self._session, self._language = session, language
        self.wizard: ContactWizard | None = None
        self.action = QAction(window)
        self.action.setObjectName("contactBooking")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.action.triggered.connect(lambda: self.open())
        window.toolbar.addAction(self.action)
        menu = window.menuBar().findChild(QMenu, "conversationMenu")
        (menu or window.help_menu).addAction(self.action)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        text = QCoreApplication.translate("ContactLauncher", "Contact Booking.com")
        self.action.setText(text)
        self.action.setToolTip(
            QCoreApplication.translate(
                "ContactLauncher", "Ask Booking.com partner support (message, call, Pulse app)"
            )
        )

    def prefill(self) -> tuple[str | None, str | None, int | None]:
        """Reservation number, theme and property of the open guest conversation."""
        cid = self._window.current_conversation_id
        rows = self._service.rows([cid]) if cid else []
        if not rows or rows[0].conversation.kind is not ConversationKind.GUEST:
            return None, None, None
        conversation = rows[0].conversation
        number = conversation.reservation_number
        return number, ("reservations" if number else None), conversation.property_id

    def open(self, prompts: WizardPrompts | None = None) -> None:
        if self.wizard is not None and self.wizard.isVisible():
            self.wizard.raise_()
            self.wizard.activateWindow()
            return
        number, theme, property_id = self.prefill()
        self.wizard = open_contact_wizard(
            self._desk,
            self._catalogue,
            self._center,
            self._tasks,
            language=self._language,
            profile=self._session.profile,
            recovery_dir=self._session.paths.recovery,
            reservation_number=number,
            theme=theme,
            property_id=property_id,
            prompts=prompts,
            parent=self._window,
        )
        self.wizard.recorded.connect(self._recorded)
        self.wizard.delivery_failed.connect(self._failed)

    def _recorded(self, recorded: Recorded) -> None:
        self._window.on_change(recorded.change)

    def _failed(self, error: KnownError) -> None:
        show_known_error(error, self._window)
