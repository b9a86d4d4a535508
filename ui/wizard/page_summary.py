"""Page 7: what will be sent (or what was called), how, and when an answer is expected.

Nothing has left Frontdesk yet: the Finish button (Send / Prepare for the extranet /
Save the call notes) is what records the case and hands it to the transport.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from desktop.domain import SupportTransport, utcnow
from desktop.errors import BadInputError
from desktop.support.catalogue import ContactOption
from desktop.support.transport.message import (
    CaseMessage,
    ImageFile,
    check_images,
    message_text,
    theme_path,
)
from ui.wizard import texts
from ui.wizard.base import ContactPage, PageId, WizardContext


class SummaryPage(ContactPage):
    PAGE_ID = PageId.SUMMARY

    def __init__(self, context: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.how = QLabel()
        self.how.setObjectName("summaryHow")
        self.how.setWordWrap(True)
        self.how.setTextFormat(Qt.TextFormat.PlainText)
        self.text = QPlainTextEdit()
        self.text.setObjectName("summaryText")
        self.text.setReadOnly(True)
        self.text.setTabChangesFocus(True)
        self.when = QLabel()
        self.when.setObjectName("summaryWhen")
        self.when.setWordWrap(True)
        layout = self.main_layout()
        layout.addWidget(self.how)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.when)
        self.add_error_line(layout)
        self.setFinalPage(True)
        self.retranslate_ui()

    @property
    def is_call(self) -> bool:
        return self.draft.option == ContactOption.CALL.value

    def initializePage(self) -> None:
        self.clear_error()
        if self.is_call:
            self._show_call()
        else:
            self._show_message()

    def _images(self) -> tuple[ImageFile, ...]:
        try:
            return check_images(self.draft.images)
        except BadInputError as error:
            self.refuse(texts.image_problem(error))
            return ()

    def preview(self) -> str:
        """The exact text that will be sent (as the transport will write it)."""
        draft = self.draft
        message = CaseMessage(
            case_id=0,
            property_id=draft.property_id or 0,
            theme=draft.theme or "",
            subtheme=draft.subtheme,
            subject=draft.subject.strip(),
            description=draft.description.strip(),
            language=self.language,
            reservation_number=self._number(),
            images=self._images(),
        )
        return message_text(message, self.context.catalogue, self.language)

    def _number(self) -> str | None:
        text = self.draft.reservation_number.strip()
        if not text:
            return None
        try:
            return self.context.desk.lookup_reservation(text).number
        except BadInputError:
            return text

    def _show_message(self) -> None:
        gateway = self.context.desk.transport.kind is SupportTransport.GATEWAY
        if gateway:
            how = self.tr(
                "When you click Send, Frontdesk sends this message to Booking.com partner "
                "support through the support gateway. The answer arrives in Booking.com "
                "messages."
            )
            finish = self.tr("&Send")
        else:
            how = self.tr(
                "When you click Prepare, Frontdesk keeps this case, copies the text and opens "
                "the extranet, with the clicks to make there. You send it in the extranet."
            )
            finish = self.tr("&Prepare")
        self.how.setText(how)
        self.text.setPlainText(self.preview())
        due = utcnow() + self.context.catalogue.reply_within
        hours = int(self.context.catalogue.reply_within.total_seconds() // 3600)
        self.when.setText(
            self.tr("Booking.com aims to answer within {hours} hours: by {when}.").format(
                hours=hours, when=texts.local_time(due)
            )
        )
        self._finish_text(finish)

    def _show_call(self) -> None:
        draft = self.draft
        number = self.context.profile.support.phone_for(draft.theme or "") or "—"
        path = theme_path(self.context.catalogue, draft.theme or "", draft.subtheme, self.language)
        outcome = texts.call_outcome_title(draft.call_outcome or "")
        self.how.setText(
            self.tr("Call to {number} about {theme}. Outcome: {outcome}.").format(
                number=number, theme=path, outcome=outcome
            )
        )
        self.text.setPlainText(draft.call_notes.strip() or self.tr("(no notes)"))
        self.when.setText(self.tr("The call and its notes go into the history."))
        self._finish_text(self.tr("&Save the call notes"))

    def _finish_text(self, text: str) -> None:
        wizard = self.wizard()
        if wizard is not None:
            wizard.setButtonText(wizard.WizardButton.FinishButton, text)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Check and confirm"))
        self.setSubTitle(self.tr("Nothing has been sent yet."))
        self.how.setAccessibleName(self.tr("How it will be sent"))
        self.text.setAccessibleName(self.tr("What will be sent"))
        self.when.setAccessibleName(self.tr("When to expect an answer"))
