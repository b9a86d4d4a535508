"""The contact-options wizard ("Contact Booking.com").

Open it with :func:`open_contact_wizard` from the toolbar or the menu, or from a guest
conversation with its reservation number (the Reservations theme is then chosen):

    open_contact_wizard(desk, catalogue, help_center, tasks, language=language,
                        profile=profile, recovery_dir=paths.recovery,
                        reservation_number=conversation.reservation_number,
                        theme="reservations", parent=window)

It offers any draft a crash left behind, shows the wizard (non-modal), and for the
extranet transport, once the case is recorded and its text copied, shows the clicks to
make in the extranet (:class:`ExtranetSendDialog`). Connect ``wizard.recorded`` to
refresh the views (``recorded.change``) and ``wizard.delivery_failed`` to show a known
error (the case is kept; the next gateway sync sends it).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from desktop.helpcenter import HelpCenter
from desktop.settings.profile import PropertyProfile
from desktop.support.cases import SupportDesk
from desktop.support.catalogue import Catalogue
from desktop.support.transport.extranet import ExtranetDelivery
from ui.tasks import TaskRunnerProtocol
from ui.wizard.extranet import ExtranetAnswerDialog, ExtranetSendDialog
from ui.wizard.prompts import DialogPrompts, DraftChoice, WizardPrompts
from ui.wizard.wizard import ContactWizard


def open_contact_wizard(
    desk: SupportDesk,
    catalogue: Catalogue,
    help_center: HelpCenter,
    tasks: TaskRunnerProtocol,
    *,
    language: str,
    profile: PropertyProfile,
    recovery_dir: Path,
    reservation_number: str | None = None,
    theme: str | None = None,
    property_id: int | None = None,
    prompts: WizardPrompts | None = None,
    open_url: Callable[[QUrl], Any] = QDesktopServices.openUrl,
    parent: QWidget | None = None,
) -> ContactWizard:
    """Create, offer to resume, and show the wizard; returns it (keep a reference)."""
    wizard = ContactWizard(
        desk,
        catalogue,
        help_center,
        tasks,
        language=language,
        profile=profile,
        recovery_dir=recovery_dir,
        reservation_number=reservation_number,
        theme=theme,
        property_id=property_id,
        prompts=prompts,
        open_url=open_url,
        parent=parent,
    )

    def follow_up(delivery: object) -> None:
        if isinstance(delivery, ExtranetDelivery):
            dialog = ExtranetSendDialog(desk, tasks, delivery, open_url=open_url, parent=parent)
            wizard.follow_up = dialog
            dialog.show()

    wizard.delivered.connect(follow_up)
    wizard.show()
    wizard.offer_resume()
    return wizard


__all__ = [
    "ContactWizard",
    "DialogPrompts",
    "DraftChoice",
    "ExtranetAnswerDialog",
    "ExtranetSendDialog",
    "WizardPrompts",
    "open_contact_wizard",
]
