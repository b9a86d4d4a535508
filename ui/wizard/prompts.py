"""The wizard's questions (resume a draft? keep it? which images?) behind one object.

Tests hand in an object with the same methods instead of clicking through modal
dialogs, as the inbox does with its ``Prompts``.
"""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ui.wizard.texts import local_time


class DraftChoice(enum.Enum):
    KEEP = "keep"
    DISCARD = "discard"
    CANCEL = "cancel"  # go back to the wizard


class WizardPrompts(Protocol):
    def resume_draft(self, saved_at: datetime | None) -> bool: ...

    def keep_draft(self) -> DraftChoice: ...

    def choose_images(self) -> list[str]: ...


class DialogPrompts:
    """The real questions, as message boxes and a file dialog over ``parent``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def resume_draft(self, saved_at: datetime | None) -> bool:
        when = local_time(saved_at) if saved_at else ""
        text = QCoreApplication.translate(
            "ContactWizardPrompts", "You were writing to Booking.com when Frontdesk closed."
        )
        if when:
            text += " " + QCoreApplication.translate(
                "ContactWizardPrompts", "Saved: {when}."
            ).format(when=when)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("ContactWizardPrompts", "Resume your request?"),
            text,
            parent=self.parent,
        )
        box.setObjectName("resumeDraftBox")
        resume = box.addButton(
            QCoreApplication.translate("ContactWizardPrompts", "Resume"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(
            QCoreApplication.translate("ContactWizardPrompts", "Start again"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        box.setDefaultButton(resume)
        box.exec()
        return box.clickedButton() is resume

    def keep_draft(self) -> DraftChoice:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("ContactWizardPrompts", "Keep what you wrote?"),
            QCoreApplication.translate(
                "ContactWizardPrompts", "Keep this request to finish it later, or discard it?"
            ),
            parent=self.parent,
        )
        box.setObjectName("keepDraftBox")
        keep = box.addButton(
            QCoreApplication.translate("ContactWizardPrompts", "Keep for later"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        discard = box.addButton(
            QCoreApplication.translate("ContactWizardPrompts", "Discard"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        box.addButton(
            QCoreApplication.translate("ContactWizardPrompts", "Go back"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.setDefaultButton(keep)
        box.exec()
        clicked = box.clickedButton()
        if clicked is keep:
            return DraftChoice.KEEP
        return DraftChoice.DISCARD if clicked is discard else DraftChoice.CANCEL

    def choose_images(self) -> list[str]:
        files, _filter = QFileDialog.getOpenFileNames(
            self.parent,
            QCoreApplication.translate("ContactWizardPrompts", "Add images"),
            "",
            QCoreApplication.translate("ContactWizardPrompts", "Images (*.jpg *.jpeg *.png)"),
        )
        return list(files)


__all__ = ["DialogPrompts", "DraftChoice", "WizardPrompts"]
