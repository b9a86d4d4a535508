"""Page 5, the contact options the catalogue offers for the sub-theme, and the Pulse path.

Message (an answer in about 24 hours), call (for urgent matters: a dedicated number per
theme), or the Pulse app, whose page shows the taps to make and ends the wizard.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QButtonGroup, QLabel, QRadioButton, QWidget

from desktop.domain import SupportTransport
from desktop.support.catalogue import ContactOption
from ui.wizard import texts
from ui.wizard.base import ContactPage, PageId, WizardContext

_NEXT = {
    ContactOption.MESSAGE.value: PageId.MESSAGE,
    ContactOption.CALL.value: PageId.CALL,
    ContactOption.PULSE.value: PageId.PULSE,
}


def numbered(steps: tuple[str, ...]) -> str:
    """Steps as an HTML ordered list (escaped)."""
    items = "".join(f"<li>{escape(step)}</li>" for step in steps)
    return f"<ol>{items}</ol>"


class OptionsPage(ContactPage):
    PAGE_ID = PageId.OPTIONS

    def __init__(self, context: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        self.notes: dict[str, QLabel] = {}
        self.offered: set[str] = set()
        layout = self.main_layout()
        for option in ContactOption:
            radio = QRadioButton()
            radio.setObjectName(f"{option.value}Option")
            note = QLabel()
            note.setWordWrap(True)
            note.setIndent(24)
            self.group.addButton(radio)
            self.radios[option.value] = radio
            self.notes[option.value] = note
            layout.addWidget(radio)
            layout.addWidget(note)
            radio.toggled.connect(self._chosen)
        layout.addStretch(1)
        self.add_error_line(layout)
        self.retranslate_ui()

    def initializePage(self) -> None:
        sub = self.context.catalogue.subtheme(self.draft.theme or "", self.draft.subtheme or "")
        offered = self.offered = {option.value for option in sub.options}
        self.group.setExclusive(False)
        for value, radio in self.radios.items():
            radio.setChecked(value == self.draft.option and value in offered)
            radio.setVisible(value in offered)
            self.notes[value].setVisible(value in offered)
        self.group.setExclusive(True)
        self.clear_error()

    def _chosen(self) -> None:
        for value, radio in self.radios.items():
            if radio.isChecked() and self.draft.option != value:
                self.draft.option = value
                self.changed()
        self.completeChanged.emit()
        self.clear_error()

    def validatePage(self) -> bool:
        if self.draft.option not in self.offered:
            first = next((r for v, r in self.radios.items() if v in self.offered), None)
            return self.refuse(self.tr("Choose how to contact partner support."), first)
        return True

    def nextId(self) -> int:
        return int(_NEXT.get(self.draft.option or "", PageId.MESSAGE))

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("How do you want to contact partner support?"))
        self.setSubTitle(self.tr("The options Booking.com offers for this sub-theme."))
        extranet = self.context.desk.transport.kind is SupportTransport.EXTRANET
        notes = {
            "message": self.tr(
                "Booking.com aims to answer within 24 hours. Frontdesk prepares the message; "
                "you send it in the extranet."
            )
            if extranet
            else self.tr("Booking.com aims to answer within 24 hours; the answer arrives here."),
            "call": self.tr("For urgent matters: the dedicated number for this theme."),
            "pulse": self.tr("From your phone, in the Booking.com Pulse app."),
        }
        for value, radio in self.radios.items():
            title = texts.option_title(value)
            radio.setText(title)
            radio.setAccessibleName(title)
            self.notes[value].setText(notes[value])


class PulsePage(ContactPage):
    PAGE_ID = PageId.PULSE

    def __init__(self, context: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.steps = QLabel(numbered(context.catalogue.pulse_steps(self.language)))
        self.steps.setObjectName("pulseSteps")
        self.steps.setWordWrap(True)
        self.theme_label = QLabel()
        self.theme_label.setObjectName("pulseTheme")
        self.theme_label.setWordWrap(True)
        layout = self.main_layout()
        layout.addWidget(self.theme_label)
        layout.addWidget(self.steps)
        layout.addStretch(1)
        self.add_error_line(layout)
        self.setFinalPage(True)
        self.retranslate_ui()

    def initializePage(self) -> None:
        catalogue, draft = self.context.catalogue, self.draft
        theme = catalogue.theme(draft.theme or "")
        sub = theme.subtheme(draft.subtheme or "")
        self.theme_label.setText(
            self.tr("In the app, choose: {theme} › {subtheme}").format(
                theme=theme.title(self.language), subtheme=sub.title(self.language)
            )
        )
        self.wizard().setButtonText(self.wizard().WizardButton.FinishButton, self.tr("Done"))

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Report it in the Pulse app"))
        self.setSubTitle(self.tr("Follow these steps on your phone."))
        self.steps.setAccessibleName(self.tr("Steps in the Pulse app"))
        self.theme_label.setAccessibleName(self.tr("Theme to choose in the app"))
