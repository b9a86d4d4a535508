"""Page 6a: the message — reservation number, subject, description, images.

The reservation number is checked as it is typed (digits only, 9 to 12) and matched
against this desk's reservations: the guest's name and dates show, and staff confirm
it is the right one. It is required where the catalogue says so. Images are checked
when added (JPG or PNG by their content, at most 10 MB each), not when sending.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import BadInputError
from desktop.support.cases import ReservationMatch
from desktop.support.catalogue import Requirement
from desktop.support.transport.message import MAX_IMAGES, check_image
from ui.wizard import texts
from ui.wizard.base import ContactPage, PageId, WizardContext

CHECK_DELAY_MS = 300
MAX_SUBJECT = 200


class ReservationField(QWidget):
    """A reservation number with its live check, match and confirmation (pages 6a, 6b)."""

    def __init__(self, page: ContactPage) -> None:
        super().__init__(page)
        self.page = page
        self.edit = QLineEdit()
        self.edit.setObjectName("reservationNumber")
        self.edit.setMaxLength(40)
        self.match_label = QLabel()
        self.match_label.setObjectName("reservationMatch")
        self.match_label.setWordWrap(True)
        self.confirm = QCheckBox()
        self.confirm.setObjectName("reservationConfirm")
        self.confirm.hide()
        self.match: ReservationMatch | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.match_label)
        layout.addWidget(self.confirm)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check)
        self.edit.textChanged.connect(self._edited)
        self.confirm.toggled.connect(self._confirmed)

    def load(self) -> None:
        self.edit.setText(self.page.draft.reservation_number)
        self.check()
        self.confirm.setChecked(self.page.draft.reservation_confirmed)

    def _edited(self, text: str) -> None:
        if text == self.page.draft.reservation_number:
            return  # loaded from the draft, not typed
        self.page.draft.reservation_number = text
        self.page.draft.reservation_confirmed = False
        self.page.changed()
        self._timer.start()

    def _confirmed(self, checked: bool) -> None:
        if self.page.draft.reservation_confirmed != checked:
            self.page.draft.reservation_confirmed = checked
            self.page.changed()

    def check(self) -> str | None:
        """Check the number now; the problem to show (None when fine or empty).

        The match is a small indexed read, done here on the GUI thread.
        """
        self._timer.stop()
        text = self.edit.text()
        self.match = None
        self.confirm.blockSignals(True)
        self.confirm.setChecked(False)
        self.confirm.blockSignals(False)
        self.confirm.hide()
        if not text.strip():
            self.match_label.clear()
            return None
        try:
            self.match = self.page.context.desk.lookup_reservation(text)
        except BadInputError as error:
            problem = texts.reservation_problem(error)
            self.match_label.setText(problem)
            return problem
        self._show_match(self.match)
        return None

    def _show_match(self, match: ReservationMatch) -> None:
        if not match.known:
            self.match_label.setText(
                self.tr("Reservation {number} is not among this desk's reservations.").format(
                    number=match.number
                )
            )
            return
        facts = " · ".join(
            f for f in (match.guest_name, texts.stay(match.checkin, match.checkout)) if f
        )
        self.match_label.setText(
            self.tr("Reservation {number}: {facts}").format(number=match.number, facts=facts)
        )
        self.confirm.setChecked(self.page.draft.reservation_confirmed)
        self.confirm.show()

    def refusal(self, requirement: Requirement) -> str | None:
        """Why the page cannot go on because of the number, or None."""
        if self.edit.text().strip():
            problem = self.check()
            if problem:
                return problem
            if self.match is not None and self.match.known and not self.confirm.isChecked():
                return self.tr("Confirm that this is the right reservation (guest and dates).")
            return None
        if requirement is Requirement.REQUIRED:
            return self.tr("This sub-theme needs the reservation number.")
        return None

    @property
    def number(self) -> str | None:
        return self.match.number if self.match is not None else None

    def retranslate_ui(self) -> None:
        self.edit.setPlaceholderText(self.tr("10 digits, as in the extranet"))
        self.edit.setAccessibleName(self.tr("Reservation number"))
        self.match_label.setAccessibleName(self.tr("Reservation found"))
        self.confirm.setText(self.tr("&Yes, this is the reservation"))
        self.confirm.setAccessibleName(self.tr("Confirm the reservation"))


class MessagePage(ContactPage):
    PAGE_ID = PageId.MESSAGE

    def __init__(self, context: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.reservation = ReservationField(self)
        self.requirement = QLabel()
        self.requirement.setObjectName("messageRequirement")
        self.subject = QLineEdit()
        self.subject.setObjectName("messageSubject")
        self.subject.setMaxLength(MAX_SUBJECT)
        self.description = QPlainTextEdit()
        self.description.setObjectName("messageDescription")
        self.description.setTabChangesFocus(True)
        self.images = QListWidget()
        self.images.setObjectName("messageImages")
        self.images.setMaximumHeight(90)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addImages")
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeImage")
        self.labels = [QLabel() for _ in range(4)]
        self._build()
        self.subject.textChanged.connect(self._subject_edited)
        self.description.textChanged.connect(self._description_edited)
        self.add_button.clicked.connect(self.choose_images)
        self.remove_button.clicked.connect(self.remove_selected)
        self.retranslate_ui()

    def _build(self) -> None:
        form = QFormLayout()
        widgets = (self.reservation, self.subject, self.description, self.images)
        for label, widget in zip(self.labels, widgets, strict=True):
            label.setBuddy(widget.edit if isinstance(widget, ReservationField) else widget)
            form.addRow(label, widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        form.addRow("", buttons)
        layout = self.main_layout()
        layout.addWidget(self.requirement)
        layout.addLayout(form)
        self.add_error_line(layout)

    def _requirement(self) -> Requirement:
        catalogue, draft = self.context.catalogue, self.draft
        return catalogue.subtheme(draft.theme or "", draft.subtheme or "").reservation_number

    def initializePage(self) -> None:
        self.reservation.load()
        self.subject.setText(self.draft.subject)
        self.description.setPlainText(self.draft.description)
        self.images.clear()
        for path in self.draft.images:
            self._add_item(path)
        needed = {
            Requirement.REQUIRED: self.tr("The reservation number is required."),
            Requirement.OPTIONAL: self.tr("The reservation number is optional."),
            Requirement.NONE: self.tr("No reservation number is needed."),
        }[self._requirement()]
        self.requirement.setText(needed)
        self.clear_error()

    def _subject_edited(self, text: str) -> None:
        if text != self.draft.subject:
            self.draft.subject = text
            self.changed()

    def _description_edited(self) -> None:
        text = self.description.toPlainText()
        if text != self.draft.description:
            self.draft.description = text
            self.changed()

    def choose_images(self) -> None:
        self.add_images(self.context.prompts.choose_images())

    def add_images(self, paths: list[str]) -> None:
        """Add images, each checked at once; the first refusal is shown."""
        self.clear_error()
        for path in paths:
            if len(self.draft.images) >= MAX_IMAGES:
                error = BadInputError(details={"problem": "too_many"})
                self.refuse(texts.image_problem(error), self.add_button)
                break
            try:
                image = check_image(path)
            except BadInputError as error:
                self.refuse(texts.image_problem(error), self.add_button)
                continue
            if image.path not in self.draft.images:
                self.draft.images.append(image.path)
                self._add_item(image.path)
        self.changed()

    def _add_item(self, path: str) -> None:
        item = QListWidgetItem(Path(path).name)
        item.setData(Qt.ItemDataRole.UserRole, path)
        item.setToolTip(path)
        self.images.addItem(item)

    def remove_selected(self) -> None:
        for item in self.images.selectedItems():
            path = str(item.data(Qt.ItemDataRole.UserRole))
            if path in self.draft.images:
                self.draft.images.remove(path)
            self.images.takeItem(self.images.row(item))
        self.changed()

    def validatePage(self) -> bool:
        problem = self.reservation.refusal(self._requirement())
        if problem:
            return self.refuse(problem, self.reservation.edit)
        if not self.subject.text().strip():
            return self.refuse(self.tr("Write a subject."), self.subject)
        if not self.description.toPlainText().strip():
            return self.refuse(self.tr("Describe your question."), self.description)
        self.clear_error()
        return True

    def nextId(self) -> int:
        return int(PageId.SUMMARY)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Your message to partner support"))
        self.setSubTitle(self.tr("Write it as you would in the extranet."))
        for label, text in zip(
            self.labels,
            (
                self.tr("&Reservation number:"),
                self.tr("&Subject:"),
                self.tr("&Description:"),
                self.tr("&Images (JPG, PNG):"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.reservation.retranslate_ui()
        self.subject.setAccessibleName(self.tr("Subject"))
        self.description.setAccessibleName(self.tr("Description"))
        self.images.setAccessibleName(self.tr("Images"))
        self.add_button.setText(self.tr("Add &images…"))
        self.add_button.setAccessibleName(self.tr("Add images"))
        self.remove_button.setText(self.tr("Re&move"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected image"))
        self.requirement.setAccessibleName(self.tr("Reservation number requirement"))
