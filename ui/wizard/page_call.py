"""Page 6b: call partner support, then note how the call went.

The dedicated number for the theme comes from the property profile (an administrator
sets it: Booking.com shows it only in the extranet), with a ``tel:`` link. The page
lists what to have ready (the property id, the reservation number) and holds the
call-notes form: the outcome (resolved, follow-up needed, no answer) and notes, kept in
the history when the wizard is finished.
"""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from desktop.domain import utcnow
from desktop.support.cases import CallOutcome
from desktop.support.catalogue import Requirement
from ui.wizard import texts
from ui.wizard.base import ContactPage, PageId, WizardContext
from ui.wizard.page_message import ReservationField
from ui.wizard.page_options import numbered


def tel_url(number: str) -> QUrl:
    """``tel:+33157320000`` for ``+33 1 57 32 00 00`` (RFC 3966: digits and a leading +)."""
    digits = re.sub(r"[^0-9+]", "", number)
    return QUrl(f"tel:{digits}")


class CallPage(ContactPage):
    PAGE_ID = PageId.CALL

    def __init__(self, context: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.number_label = QLabel()
        self.number_label.setObjectName("phoneNumber")
        self.number_label.setWordWrap(True)
        self.number_label.linkActivated.connect(lambda _link: self.call())
        self.call_button = QPushButton()
        self.call_button.setObjectName("callButton")
        self.ready = QLabel()
        self.ready.setObjectName("haveReady")
        self.ready.setWordWrap(True)
        self.reservation = ReservationField(self)
        self.outcomes: dict[CallOutcome, QRadioButton] = {}
        self.group = QButtonGroup(self)
        for outcome in CallOutcome:
            radio = QRadioButton()
            radio.setObjectName(f"{outcome.value}Outcome")
            self.group.addButton(radio)
            self.outcomes[outcome] = radio
            radio.toggled.connect(self._outcome_chosen)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("callNotes")
        self.notes.setTabChangesFocus(True)
        self.labels = [QLabel() for _ in range(3)]
        self._build()
        self.call_button.clicked.connect(self.call)
        self.notes.textChanged.connect(self._notes_edited)
        self.retranslate_ui()

    def _build(self) -> None:
        layout = self.main_layout()
        row = QHBoxLayout()
        row.addWidget(self.number_label, 1)
        row.addWidget(self.call_button)
        layout.addLayout(row)
        layout.addWidget(self.ready)
        form = QFormLayout()
        self.labels[0].setBuddy(self.reservation.edit)
        form.addRow(self.labels[0], self.reservation)
        outcome_row = QHBoxLayout()
        for radio in self.outcomes.values():
            outcome_row.addWidget(radio)
        outcome_row.addStretch(1)
        form.addRow(self.labels[1], outcome_row)
        self.labels[2].setBuddy(self.notes)
        form.addRow(self.labels[2], self.notes)
        layout.addLayout(form)
        self.add_error_line(layout)

    @property
    def number(self) -> str | None:
        return self.context.profile.support.phone_for(self.draft.theme or "")

    def initializePage(self) -> None:
        number = self.number
        if number:
            link = f'<a href="{tel_url(number).toString()}">{escape(number)}</a>'
            self.number_label.setText(self.tr("Dedicated number: {number}").format(number=link))
        else:
            steps = numbered(self.context.catalogue.call_steps(self.language))
            intro = self.tr("No number is set for this theme. Find it in the extranet:")
            self.number_label.setText(f"{escape(intro)}{steps}")
        self.call_button.setEnabled(bool(number))
        self.reservation.load()
        for outcome, radio in self.outcomes.items():
            radio.setChecked(self.draft.call_outcome == outcome.value)
        self.notes.setPlainText(self.draft.call_notes)
        self._show_ready()
        self.clear_error()

    def _show_ready(self) -> None:
        property_id = self.draft.property_id
        items = [self.tr("the property ID: {id}").format(id=property_id)]
        items.append(self.tr("the reservation number, if the call is about one"))
        listed = "".join(f"<li>{escape(item)}</li>" for item in items)
        self.ready.setText(f"{escape(self.tr('Have ready:'))}<ul>{listed}</ul>")

    def call(self) -> None:
        """Open the ``tel:`` link (the system's phone or softphone app)."""
        number = self.number
        if not number:
            return
        if self.draft.call_started_at is None:
            self.draft.call_started_at = utcnow().isoformat()
            self.changed()
        self.context.open_url(tel_url(number))

    def _outcome_chosen(self) -> None:
        for outcome, radio in self.outcomes.items():
            if radio.isChecked() and self.draft.call_outcome != outcome.value:
                self.draft.call_outcome = outcome.value
                self.changed()
        self.clear_error()

    def _notes_edited(self) -> None:
        text = self.notes.toPlainText()
        if text != self.draft.call_notes:
            self.draft.call_notes = text
            self.changed()

    def validatePage(self) -> bool:
        problem = self.reservation.refusal(Requirement.OPTIONAL)
        if problem:
            return self.refuse(problem, self.reservation.edit)
        if self.draft.call_outcome is None:
            first = self.outcomes[CallOutcome.RESOLVED]
            return self.refuse(self.tr("Say how the call ended."), first)
        if self.draft.call_started_at is None:
            self.draft.call_started_at = utcnow().isoformat()
        return True

    def nextId(self) -> int:
        return int(PageId.SUMMARY)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Call partner support"))
        self.setSubTitle(self.tr("Then note how the call went: the notes go into the history."))
        self.number_label.setAccessibleName(self.tr("Phone number"))
        self.call_button.setText(self.tr("&Call"))
        self.call_button.setAccessibleName(self.tr("Call the dedicated number"))
        self.ready.setAccessibleName(self.tr("What to have ready"))
        self.reservation.retranslate_ui()
        for outcome, radio in self.outcomes.items():
            title = texts.call_outcome_title(outcome.value)
            radio.setText(title)
            radio.setAccessibleName(title)
        self.notes.setAccessibleName(self.tr("Call notes"))
        for label, text in zip(
            self.labels,
            (self.tr("&Reservation number:"), self.tr("How it ended:"), self.tr("&Notes:")),
            strict=True,
        ):
            label.setText(text)
