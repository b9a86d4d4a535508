"""After the wizard, for the extranet transport: send it there, then record the answer.

:class:`ExtranetSendDialog` shows the clicks to make in the extranet, the text (already
on the clipboard), and "I have sent it" (the case is marked sent).
:class:`ExtranetAnswerDialog` records partner support's answer later: the text pasted
from the extranet joins the case's thread, and the case is answered (or closed). The
inbox opens it for a support case of the extranet transport.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.support.cases import SupportDesk
from desktop.support.transport.extranet import ExtranetDelivery
from ui.tasks import TaskRunnerProtocol
from ui.wizard.page_options import numbered


class ExtranetSendDialog(QDialog):
    """The clicks to make in the extranet, the text to paste, and "I have sent it"."""

    def __init__(
        self,
        desk: SupportDesk,
        tasks: TaskRunnerProtocol,
        delivery: ExtranetDelivery,
        *,
        open_url: Callable[[QUrl], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ExtranetSendDialog")
        self.desk, self.tasks, self.delivery, self.open_url = desk, tasks, delivery, open_url
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.steps = QLabel(numbered(delivery.steps + delivery.hints))
        self.steps.setObjectName("extranetSteps")
        self.steps.setWordWrap(True)
        self.text = QPlainTextEdit(delivery.clipboard_text)
        self.text.setObjectName("extranetText")
        self.text.setReadOnly(True)
        self.text.setTabChangesFocus(True)
        self.copy_button = QPushButton()
        self.open_button = QPushButton()
        self.sent_button = QPushButton()
        self.sent_button.setObjectName("markSentButton")
        self.later_button = QPushButton()
        self.sent_button.setDefault(True)
        self._layout()
        self.copy_button.clicked.connect(self.copy_text)
        self.open_button.clicked.connect(lambda: self.open_url(QUrl(self.delivery.url)))
        self.sent_button.clicked.connect(self.mark_sent)
        self.later_button.clicked.connect(self.reject)
        self.resize(620, 560)
        self.retranslate_ui()

    def _layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.steps)
        layout.addWidget(self.text, 1)
        row = QHBoxLayout()
        for button in (self.copy_button, self.open_button):
            row.addWidget(button)
        row.addStretch(1)
        for button in (self.later_button, self.sent_button):
            row.addWidget(button)
        layout.addLayout(row)

    def copy_text(self) -> None:
        QGuiApplication.clipboard().setText(self.delivery.clipboard_text)

    def mark_sent(self) -> None:
        work = partial(self.desk.mark_sent, self.delivery.case_id)
        self.tasks.run_db(work, on_done=lambda _change: self.accept())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Send it in the extranet"))
        self.intro.setText(
            self.tr(
                "The text is copied. In the extranet, choose {theme}, then paste the text. "
                "Come back here when it is sent."
            ).format(theme=self.delivery.theme_path)
        )
        self.intro.setAccessibleName(self.tr("What to do"))
        self.steps.setAccessibleName(self.tr("Clicks to make in the extranet"))
        self.text.setAccessibleName(self.tr("Text to paste"))
        self.copy_button.setText(self.tr("&Copy the text again"))
        self.copy_button.setAccessibleName(self.tr("Copy the text again"))
        self.open_button.setText(self.tr("&Open the extranet"))
        self.open_button.setAccessibleName(self.tr("Open the extranet"))
        self.sent_button.setText(self.tr("I have &sent it"))
        self.sent_button.setAccessibleName(self.tr("I have sent it"))
        self.later_button.setText(self.tr("&Later"))
        self.later_button.setAccessibleName(self.tr("Close; send it later"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class ExtranetAnswerDialog(QDialog):
    """Partner support answered in the extranet: paste the answer (or just mark it)."""

    def __init__(
        self,
        desk: SupportDesk,
        tasks: TaskRunnerProtocol,
        case_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ExtranetAnswerDialog")
        self.desk, self.tasks, self.case_id = desk, tasks, case_id
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.answer = QPlainTextEdit()
        self.answer.setObjectName("answerText")
        self.answer.setTabChangesFocus(True)
        self.close_case = QCheckBox()
        self.close_case.setObjectName("closeCase")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.answer, 1)
        layout.addWidget(self.close_case)
        layout.addWidget(self.buttons)
        self.resize(560, 420)
        self.retranslate_ui()

    def save(self) -> None:
        work = partial(
            self.desk.record_answer,
            self.case_id,
            self.answer.toPlainText(),
            close=self.close_case.isChecked(),
        )
        self.tasks.run_db(work, on_done=lambda _change: self.accept())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Booking.com answered"))
        self.intro.setText(
            self.tr("Paste the answer from the extranet (optional), to keep it with the case.")
        )
        self.intro.setAccessibleName(self.tr("What to do"))
        self.answer.setAccessibleName(self.tr("Answer from Booking.com"))
        self.close_case.setText(self.tr("The question is settled: &close the case"))
        self.close_case.setAccessibleName(self.tr("Close the case"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Save"))
        ok.setAccessibleName(self.tr("Save the answer"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


__all__ = ["ExtranetAnswerDialog", "ExtranetSendDialog"]
