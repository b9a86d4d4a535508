"""Page 1, who needs help (the property or a guest), and the guest's path.

Guests must use Booking.com's guest Help Centre: partner support cannot help them, and
sending them to it keeps everyone's waiting time down, especially in the high season.
The guest page explains that to staff and offers the ready text in the guest's
language, with a copy button. It ends the wizard (recorded as GUEST_REDIRECTED).
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from ui.wizard import texts
from ui.wizard.base import ContactPage, PageId, WizardContext


class WhoPage(ContactPage):
    PAGE_ID = PageId.WHO

    def __init__(self, context: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.property_radio = QRadioButton()
        self.property_radio.setObjectName("propertyRadio")
        self.guest_radio = QRadioButton()
        self.guest_radio.setObjectName("guestRadio")
        self.group = QButtonGroup(self)
        self.group.addButton(self.property_radio)
        self.group.addButton(self.guest_radio)
        self.property_combo = QComboBox()
        self.property_combo.setObjectName("propertyCombo")
        for entry in context.profile.properties:
            self.property_combo.addItem(f"{entry.name} ({entry.id})", entry.id)
        self.property_label = QLabel()
        self.property_label.setBuddy(self.property_combo)
        several = len(context.profile.properties) > 1
        self.property_combo.setVisible(several)
        self.property_label.setVisible(several)
        layout = self.main_layout()
        layout.addWidget(self.property_radio)
        layout.addWidget(self.guest_radio)
        form = QFormLayout()
        form.addRow(self.property_label, self.property_combo)
        layout.addLayout(form)
        layout.addStretch(1)
        self.add_error_line(layout)
        self.property_radio.toggled.connect(self._who_changed)
        self.property_combo.currentIndexChanged.connect(self._property_changed)
        self.retranslate_ui()

    def initializePage(self) -> None:
        guest = self.draft.who == "guest"
        (self.guest_radio if guest else self.property_radio).setChecked(True)
        index = self.property_combo.findData(self.draft.property_id)
        if index >= 0:
            self.property_combo.setCurrentIndex(index)
        self.clear_error()

    def _who_changed(self) -> None:
        self.draft.who = "property" if self.property_radio.isChecked() else "guest"
        self.completeChanged.emit()  # the next page (and the Finish button) changes
        self.changed()

    def _property_changed(self) -> None:
        data = self.property_combo.currentData()
        if isinstance(data, int):
            self.draft.property_id = data
            self.changed()

    def nextId(self) -> int:
        return int(PageId.GUEST if self.draft.who == "guest" else PageId.THEME)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Who needs help?"))
        self.setSubTitle(
            self.tr("Partner support helps the property. Guests have their own Help Centre.")
        )
        self.property_radio.setText(self.tr("&The property (reception, management)"))
        self.property_radio.setAccessibleName(self.tr("The property needs help"))
        self.guest_radio.setText(self.tr("A &guest wants to contact Booking.com"))
        self.guest_radio.setAccessibleName(self.tr("A guest needs help"))
        self.property_label.setText(self.tr("&Property:"))
        self.property_combo.setAccessibleName(self.tr("Property"))


class GuestPage(ContactPage):
    PAGE_ID = PageId.GUEST

    def __init__(self, context: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.explanation = QLabel(context.catalogue.guest_redirect_explanation(self.language))
        self.explanation.setObjectName("guestExplanation")
        self.explanation.setWordWrap(True)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("guestLanguage")
        for code in texts.GUEST_LANGUAGES:
            self.language_combo.addItem("", code)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language_combo)
        self.text = QPlainTextEdit()
        self.text.setObjectName("guestText")
        self.text.setReadOnly(True)
        self.text.setTabChangesFocus(True)
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("copyGuestText")
        self.copied_label = QLabel()
        self.copied_label.setObjectName("copiedLabel")
        layout = self.main_layout()
        layout.addWidget(self.explanation)
        row = QHBoxLayout()
        row.addWidget(self.language_label)
        row.addWidget(self.language_combo, 1)
        layout.addLayout(row)
        layout.addWidget(self.text, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.copied_label, 1)
        layout.addLayout(buttons)
        self.add_error_line(layout)
        self.language_combo.currentIndexChanged.connect(self._language_changed)
        self.copy_button.clicked.connect(self.copy_text)
        self.setFinalPage(True)
        self.retranslate_ui()

    def initializePage(self) -> None:
        index = self.language_combo.findData(self.draft.guest_language)
        self.language_combo.setCurrentIndex(max(index, 0))
        self._show_text()
        self.wizard().setButtonText(self.wizard().WizardButton.FinishButton, self.tr("Done"))

    def _language_changed(self) -> None:
        self.draft.guest_language = str(self.language_combo.currentData())
        self.copied_label.clear()
        self._show_text()
        self.changed()

    def _show_text(self) -> None:
        code = str(self.language_combo.currentData() or "en")
        self.text.setPlainText(self.context.catalogue.guest_redirect_text(code))

    def copy_text(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())
        self.copied_label.setText(self.tr("Copied: paste it in your reply to the guest."))

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Send the guest to the guest Help Centre"))
        self.setSubTitle(self.tr("Partner support cannot help guests directly."))
        self.explanation.setAccessibleName(self.tr("Why guests use the Help Centre"))
        for index in range(self.language_combo.count()):
            code = str(self.language_combo.itemData(index))
            self.language_combo.setItemText(index, texts.language_name(code))
        self.language_label.setText(self.tr("Guest's &language:"))
        self.language_combo.setAccessibleName(self.tr("Guest's language"))
        self.text.setAccessibleName(self.tr("Text for the guest"))
        self.copy_button.setText(self.tr("&Copy the text"))
        self.copy_button.setAccessibleName(self.tr("Copy the text for the guest"))
