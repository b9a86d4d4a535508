"""What every page of the contact wizard shares: the context, the page ids, the base page.

Each page is a ``QWizardPage`` of its own module. A page loads its widgets from the
shared :class:`~ui.wizard.draft.WizardDraft` in ``initializePage``, writes the draft as
the user types (then calls :meth:`ContactPage.changed`, which schedules the crash-safe
copy), and refuses to go on in ``validatePage`` with a message shown on the page itself
(never a modal box). Nothing is stored or sent before the wizard's ``accept()``.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtWidgets import QLabel, QLayout, QVBoxLayout, QWidget, QWizardPage

from desktop.helpcenter import HelpCenter
from desktop.settings.profile import PropertyProfile
from desktop.support.cases import SupportDesk
from desktop.support.catalogue import Catalogue
from ui.tasks import TaskRunnerProtocol
from ui.wizard.draft import WizardDraft
from ui.wizard.prompts import WizardPrompts


class PageId(enum.IntEnum):
    WHO = 0
    GUEST = 1
    THEME = 2
    SUBTHEME = 3
    ARTICLES = 4
    OPTIONS = 5
    PULSE = 6
    MESSAGE = 7
    CALL = 8
    SUMMARY = 9


@dataclass
class WizardContext:
    """The collaborators and state every page uses (passed in, never global)."""

    desk: SupportDesk
    catalogue: Catalogue
    help_center: HelpCenter
    tasks: TaskRunnerProtocol
    profile: PropertyProfile
    language: str
    draft: WizardDraft
    prompts: WizardPrompts
    open_url: Callable[[QUrl], Any]
    on_change: Callable[[], None]
    deflect: Callable[[str], None]


class ContactPage(QWizardPage):
    """A page with an inline error line; subclasses fill ``build`` and ``retranslate_ui``."""

    PAGE_ID: PageId

    def __init__(self, context: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName(f"{self.PAGE_ID.name.lower()}Page")
        self.error_label = QLabel()
        self.error_label.setObjectName("pageError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error_label.hide()

    @property
    def draft(self) -> WizardDraft:
        return self.context.draft

    @property
    def language(self) -> str:
        return self.context.language

    def main_layout(self) -> QVBoxLayout:
        return QVBoxLayout(self)

    def add_error_line(self, layout: QLayout) -> None:
        layout.addWidget(self.error_label)

    def refuse(self, text: str, focus: QWidget | None = None) -> bool:
        """Show why the page cannot go on; always False (for ``validatePage``)."""
        self.error_label.setText(text)
        self.error_label.setAccessibleName(text)
        self.error_label.show()
        if focus is not None:
            focus.setFocus()
        return False

    def clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()

    def changed(self) -> None:
        """The draft changed: schedule the crash-safe copy."""
        self.context.on_change()

    def nextId(self) -> int:
        return -1

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


__all__ = ["ContactPage", "PageId", "WizardContext"]
