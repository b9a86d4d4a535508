"""Each page of the contact wizard: loading, refusals, keyboard, back and forth."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
)
from pytestqt.qtbot import QtBot

import resources
from desktop.domain import AuditAction, SupportCaseStatus, SupportChannel, WizardOutcome
from desktop.store import audit as audit_store
from desktop.store import support as support_store
from desktop.support.catalogue import Catalogue
from desktop.support.transport.message import MAX_IMAGE_BYTES
from tests.helpers.keys import type_text
from tests.ui.wizard.conftest import LAC, MER, NUMBER, FakePrompts, WizardFactory
from tests.ui.wizard.helpers import choose, fill_message, walk
from ui.wizard.base import PageId
from ui.wizard.page_articles import ArticlesPage
from ui.wizard.page_call import CallPage
from ui.wizard.page_message import MessagePage
from ui.wizard.page_options import OptionsPage, PulsePage
from ui.wizard.page_summary import SummaryPage
from ui.wizard.page_theme import SubthemePage, ThemePage
from ui.wizard.page_who import GuestPage, WhoPage

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def outcomes(wizard_store: object) -> list[str]:
    events = audit_store.list_events(wizard_store, actions=[AuditAction.SUPPORT_CASE])  # type: ignore[arg-type]
    return [str(e.details["outcome"]) for e in events if "outcome" in e.details]


def test_who_page_loads_and_chooses_the_path(make_wizard: WizardFactory) -> None:
    wizard = make_wizard()
    page = wizard.page_of(PageId.WHO)
    assert isinstance(page, WhoPage)
    assert wizard.objectName() == "ContactWizard"
    assert page.property_radio.isChecked()
    assert page.property_combo.isVisibleTo(page)  # two properties in the profile
    assert wizard.draft.property_id == LAC
    page.property_combo.setCurrentIndex(page.property_combo.findData(MER))
    assert wizard.draft.property_id == MER
    page.guest_radio.setChecked(True)
    assert page.nextId() == PageId.GUEST
    wizard.next()
    assert wizard.currentId() == PageId.GUEST
    wizard.back()
    page.property_radio.setChecked(True)
    wizard.next()
    assert wizard.currentId() == PageId.THEME


def test_guest_page_gives_the_text_in_the_guests_language(
    make_wizard: WizardFactory, catalogue: Catalogue
) -> None:
    wizard = make_wizard(reservation_number=NUMBER)  # the guest wrote in French
    wizard.page_of(PageId.WHO).guest_radio.setChecked(True)  # type: ignore[attr-defined]
    wizard.next()
    page = wizard.page_of(PageId.GUEST)
    assert isinstance(page, GuestPage)
    assert page.isFinalPage()
    assert page.explanation.text() == catalogue.guest_redirect_explanation("en")
    assert page.text.toPlainText() == catalogue.guest_redirect_text("fr")
    codes = [page.language_combo.itemData(i) for i in range(page.language_combo.count())]
    assert codes == ["fr", "en", "de", "es", "it", "nl"]
    page.language_combo.setCurrentIndex(codes.index("de"))
    assert page.text.toPlainText() == catalogue.guest_redirect_text("de")
    page.copy_button.click()
    assert QGuiApplication.clipboard().text() == catalogue.guest_redirect_text("de")


def test_guest_path_records_a_redirection_and_no_case(make_wizard: WizardFactory) -> None:
    wizard = make_wizard()
    wizard.page_of(PageId.WHO).guest_radio.setChecked(True)  # type: ignore[attr-defined]
    wizard.next()
    wizard.button(wizard.WizardButton.FinishButton).click()
    assert not wizard.isVisible()
    store = wizard.desk.store
    assert support_store.list_cases(store) == []
    assert outcomes(store) == ["guest_redirected"]


def test_theme_page_refuses_without_a_choice_and_works_with_the_keyboard(
    make_wizard: WizardFactory, qtbot: QtBot, catalogue: Catalogue
) -> None:
    wizard = make_wizard()
    wizard.next()
    page = wizard.page_of(PageId.THEME)
    assert isinstance(page, ThemePage)
    assert page.list.count() == 10
    wizard.next()
    assert wizard.currentId() == PageId.THEME
    assert page.error_label.isVisible()
    assert page.error_label.text() == "Choose the theme of your question."
    qtbot.keyClick(page.list, Qt.Key.Key_Down)
    first = catalogue.themes()[0]
    assert wizard.draft.theme == first.id
    assert page.description.text() == first.description("en")
    assert not page.error_label.isVisible()
    qtbot.keyClick(page.list, Qt.Key.Key_Return)
    assert wizard.currentId() == PageId.SUBTHEME
    subthemes = wizard.page_of(PageId.SUBTHEME)
    assert isinstance(subthemes, SubthemePage)
    qtbot.keyClick(subthemes.list, Qt.Key.Key_Down)
    qtbot.keyClick(subthemes.list, Qt.Key.Key_Return)
    assert wizard.currentId() == PageId.ARTICLES  # one page on, not two
    articles = wizard.page_of(PageId.ARTICLES)
    assert isinstance(articles, ArticlesPage)
    articles.results.setFocus()
    qtbot.keyClick(articles.results, Qt.Key.Key_Down)
    qtbot.keyClick(articles.results, Qt.Key.Key_Return)
    assert wizard.currentId() == PageId.ARTICLES  # Enter opened the article
    assert articles.viewer is not None
    assert articles.viewer.isVisible()


def test_subtheme_page_shows_guidance_and_what_is_needed(
    make_wizard: WizardFactory, catalogue: Catalogue
) -> None:
    wizard = make_wizard()
    walk(wizard, PageId.THEME)
    wizard.next()
    page = wizard.page_of(PageId.SUBTHEME)
    assert isinstance(page, SubthemePage)
    assert page.title() == catalogue.theme("reservations").title("en")
    wizard.next()
    assert page.error_label.text() == "Choose the sub-theme."
    choose(page.list, "no_show")
    assert page.guidance.text() == catalogue.subtheme("reservations", "no_show").guidance("en")
    assert "needed" in page.requirement.text()
    wizard.back()
    choose(wizard.page_of(PageId.THEME).list, "account")  # type: ignore[attr-defined]
    assert wizard.draft.subtheme is None  # a new theme: choose its sub-theme again
    wizard.next()
    ids = [page.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.list.count())]
    assert ids == [s.id for s in catalogue.theme("account").subthemes]


def test_articles_page_suggests_searches_and_opens(
    make_wizard: WizardFactory, qtbot: QtBot, catalogue: Catalogue
) -> None:
    wizard = make_wizard()
    walk(wizard, PageId.ARTICLES, subtheme="no_show")
    page = wizard.page_of(PageId.ARTICLES)
    assert isinstance(page, ArticlesPage)
    ids = [page.results.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.results.count())]
    suggested = catalogue.subtheme("reservations", "no_show").articles
    assert ids[0] == f"{suggested[0]}-en"
    assert not page.answered_button.isEnabled()
    page.words.setFocus()
    type_text(page.words, "commission")
    qtbot.waitUntil(lambda: page.status.text() != "" and wizard.draft.words == "commission")
    qtbot.waitUntil(
        lambda: any("ommission" in page.results.item(i).text() for i in range(page.results.count()))
    )
    page.results.setCurrentRow(0)
    page.open_button.click()
    assert page.viewer is not None
    qtbot.waitUntil(lambda: page.viewer is not None and page.viewer.pane.page is not None)
    assert page.viewer.objectName() == "ArticleViewer"
    assert page.viewer.pane.page.article.article_id == page.selected_article()  # type: ignore[union-attr]


def test_this_answered_my_question_ends_as_a_counted_deflection(
    make_wizard: WizardFactory,
) -> None:
    wizard = make_wizard()
    walk(wizard, PageId.ARTICLES, subtheme="no_show")
    page = wizard.page_of(PageId.ARTICLES)
    assert isinstance(page, ArticlesPage)
    page.results.setCurrentRow(0)
    chosen = page.selected_article()
    page.answered_button.click()
    assert not wizard.isVisible()
    store = wizard.desk.store
    cases = support_store.list_cases(store)
    assert [(c.channel, c.status, c.article_id) for c in cases] == [
        (SupportChannel.DEFLECTION, SupportCaseStatus.CLOSED, chosen)
    ]
    assert wizard.desk.outcome_counts()[WizardOutcome.DEFLECTED] == 1


def test_options_page_offers_only_the_catalogues_options(make_wizard: WizardFactory) -> None:
    wizard = make_wizard()
    walk(wizard, PageId.ARTICLES, theme="property_information", subtheme="star_rating")
    wizard.next()
    page = wizard.page_of(PageId.OPTIONS)
    assert isinstance(page, OptionsPage)
    visible = [value for value, radio in page.radios.items() if radio.isVisible()]
    assert visible == ["message"]
    wizard.next()
    assert wizard.currentId() == PageId.OPTIONS
    assert page.error_label.text() == "Choose how to contact partner support."
    page.radios["message"].setChecked(True)
    wizard.next()
    assert wizard.currentId() == PageId.MESSAGE


def test_pulse_path_shows_the_steps_and_ends(
    make_wizard: WizardFactory, catalogue: Catalogue
) -> None:
    wizard = make_wizard(language="fr")
    walk(wizard, PageId.PULSE, theme="account", subtheme="devices", option="pulse")
    page = wizard.page_of(PageId.PULSE)
    assert isinstance(page, PulsePage)
    for step in catalogue.pulse_steps("fr"):
        assert step.replace("'", "&#x27;") in page.steps.text()
    assert catalogue.theme("account").title("fr") in page.theme_label.text()
    wizard.button(wizard.WizardButton.FinishButton).click()
    cases = support_store.list_cases(wizard.desk.store)
    assert [c.channel for c in cases] == [SupportChannel.PULSE]


def test_message_page_refusals(make_wizard: WizardFactory) -> None:
    wizard = make_wizard()
    walk(wizard, PageId.MESSAGE)
    page = wizard.page_of(PageId.MESSAGE)
    assert isinstance(page, MessagePage)
    assert page.requirement.text() == "The reservation number is required."

    def refused() -> str:
        wizard.next()
        assert wizard.currentId() == PageId.MESSAGE
        return page.error_label.text()

    assert refused() == "This sub-theme needs the reservation number."
    page.reservation.edit.setText("40I2345678")
    assert refused() == "A reservation number has only digits; “I” is not one."
    page.reservation.edit.setText("4012")
    assert refused().startswith("A reservation number has 9 to 12 digits")
    page.reservation.edit.setText("4012 345 678")
    assert refused() == "Confirm that this is the right reservation (guest and dates)."
    assert "Élodie Martin" in page.reservation.match_label.text()
    assert "2026" in page.reservation.match_label.text()
    page.reservation.confirm.setChecked(True)
    assert refused() == "Write a subject."
    page.subject.setText("Annulation")
    assert refused() == "Describe your question."
    page.description.setPlainText("Merci d'annuler sans frais.")
    wizard.next()
    assert wizard.currentId() == PageId.SUMMARY


def test_an_unknown_reservation_is_said_but_allowed(make_wizard: WizardFactory) -> None:
    wizard = make_wizard()
    walk(wizard, PageId.MESSAGE)
    page = fill_message(wizard, number="999 999 999")
    assert "is not among this desk's reservations" in page.reservation.match_label.text()
    wizard.next()
    assert wizard.currentId() == PageId.SUMMARY


def test_images_are_checked_when_added(
    make_wizard: WizardFactory, prompts: FakePrompts, tmp_path: Path
) -> None:
    good = tmp_path / "door.png"
    good.write_bytes(PNG)
    text = tmp_path / "notes.png"
    text.write_text("not an image")
    big = tmp_path / "big.png"
    with big.open("wb") as handle:
        handle.write(PNG)
        handle.truncate(MAX_IMAGE_BYTES + 1)
    wizard = make_wizard()
    walk(wizard, PageId.MESSAGE)
    page = wizard.page_of(PageId.MESSAGE)
    assert isinstance(page, MessagePage)
    prompts.images = [str(good), str(text)]
    page.add_button.click()
    assert page.images.count() == 1
    assert (
        page.error_label.text()
        == "notes.png is not a JPG or PNG image; Booking.com accepts only those."
    )
    page.add_images([str(big)])
    assert page.error_label.text() == "big.png is larger than 10 MB; make it smaller first."
    assert wizard.draft.images == [str(good)]
    page.images.setCurrentRow(0)
    page.remove_button.click()
    assert wizard.draft.images == []


def test_call_page_number_link_and_notes(make_wizard: WizardFactory, opened: list[str]) -> None:
    wizard = make_wizard()
    walk(wizard, PageId.CALL, option="call")
    page = wizard.page_of(PageId.CALL)
    assert isinstance(page, CallPage)
    assert 'href="tel:+33157320000"' in page.number_label.text()
    assert "+33 1 57 32 00 00" in page.number_label.text()
    assert str(LAC) in page.ready.text()
    page.call_button.click()
    assert opened == ["tel:+33157320000"]
    assert wizard.draft.call_started_at is not None
    wizard.next()
    assert page.error_label.text() == "Say how the call ended."
    page.outcomes[next(iter(page.outcomes))].setChecked(True)
    page.notes.setPlainText("Frais annulés par l'agent.")
    wizard.next()
    summary = wizard.page_of(PageId.SUMMARY)
    assert isinstance(summary, SummaryPage)
    assert "Frais annulés" in summary.text.toPlainText()
    assert "+33 1 57 32 00 00" in summary.how.text()
    assert wizard.button(wizard.WizardButton.FinishButton).text() == "&Save the call notes"
    wizard.button(wizard.WizardButton.FinishButton).click()
    store = wizard.desk.store
    cases = support_store.list_cases(store)
    assert [(c.channel, c.status) for c in cases] == [
        (SupportChannel.CALL, SupportCaseStatus.CLOSED)
    ]
    calls = support_store.list_calls(store)
    assert [(c.number_called, c.outcome, c.notes) for c in calls] == [
        ("+33 1 57 32 00 00", "resolved", "Frais annulés par l'agent.")
    ]


def test_call_page_without_a_number_shows_the_extranet_steps(
    make_wizard: WizardFactory, catalogue: Catalogue
) -> None:
    wizard = make_wizard()
    walk(wizard, PageId.CALL, theme="promotions", subtheme="create_promotion", option="call")
    page = wizard.page_of(PageId.CALL)
    assert isinstance(page, CallPage)
    assert not page.call_button.isEnabled()
    assert "No number is set for this theme" in page.number_label.text()
    assert "<ol>" in page.number_label.text()
    assert len(catalogue.call_steps("en")) == page.number_label.text().count("<li>")


def test_summary_shows_what_will_be_sent_and_when(make_wizard: WizardFactory) -> None:
    wizard = make_wizard()
    walk(wizard, PageId.MESSAGE)
    fill_message(wizard)
    wizard.next()
    page = wizard.page_of(PageId.SUMMARY)
    assert isinstance(page, SummaryPage)
    text = page.text.toPlainText()
    assert text.startswith("Subject: Annulation sans frais\nTheme: ")
    assert "Reservation number: 4012345678" in text
    assert text.endswith("La cliente est malade.")
    assert "within 24 hours" in page.when.text()
    assert "extranet" in page.how.text()
    assert wizard.button(wizard.WizardButton.FinishButton).text() == "&Prepare"
    assert support_store.list_cases(wizard.desk.store) == []  # nothing before Finish


def test_back_and_forth_keeps_what_was_typed(make_wizard: WizardFactory) -> None:
    wizard = make_wizard()
    walk(wizard, PageId.MESSAGE)
    fill_message(wizard, subject="Sujet", description="Texte")
    for _ in range(4):
        wizard.back()
    assert wizard.currentId() == PageId.THEME
    for _ in range(4):
        wizard.next()
    page = wizard.page_of(PageId.MESSAGE)
    assert isinstance(page, MessagePage)
    assert wizard.currentId() == PageId.MESSAGE
    assert (page.subject.text(), page.description.toPlainText()) == ("Sujet", "Texte")
    assert page.reservation.confirm.isChecked()


def test_pre_filled_from_a_guest_conversation(make_wizard: WizardFactory) -> None:
    wizard = make_wizard(reservation_number=NUMBER, theme="reservations", property_id=None)
    assert not wizard.has_content()  # pre-filled is not typed
    wizard.next()
    page = wizard.page_of(PageId.THEME)
    assert isinstance(page, ThemePage)
    assert page.list.selectedItems()[0].data(Qt.ItemDataRole.UserRole) == "reservations"
    wizard.back()
    walk(wizard, PageId.MESSAGE)
    message = wizard.page_of(PageId.MESSAGE)
    assert isinstance(message, MessagePage)
    assert message.reservation.edit.text() == NUMBER


def test_french_catalogue_texts(make_wizard: WizardFactory, catalogue: Catalogue) -> None:
    wizard = make_wizard(language="fr")
    wizard.next()
    page = wizard.page_of(PageId.THEME)
    assert isinstance(page, ThemePage)
    titles = [page.list.item(i).text() for i in range(page.list.count())]
    assert titles == [theme.title("fr") for theme in catalogue.themes()]


def test_every_control_has_an_accessible_name(make_wizard: WizardFactory) -> None:
    wizard = make_wizard()
    kinds = (QAbstractButton, QLineEdit, QPlainTextEdit, QListWidget, QComboBox)
    nameless = []
    for page_id, page in wizard.pages.items():
        for kind in kinds:
            for widget in page.findChildren(kind):
                if isinstance(widget.parent(), QComboBox | QLineEdit):
                    continue  # a combo box's line edit, a line edit's clear button
                if not widget.accessibleName():
                    nameless.append(
                        f"{page_id.name}: {type(widget).__name__} {widget.objectName()}"
                    )
    assert nameless == []


def test_switching_to_french_retranslates_the_pages(
    make_wizard: WizardFactory, qapp: QCoreApplication
) -> None:
    wizard = make_wizard()
    walk(wizard, PageId.MESSAGE)
    page = wizard.page_of(PageId.MESSAGE)
    assert isinstance(page, MessagePage)
    assert page.title() == "Your message to partner support"
    translator = QTranslator()
    qm = Path(resources.__file__).parent / "translations" / "frontdesk_fr.qm"
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    qapp.processEvents()
    try:
        assert page.title() == "Votre message à l'assistance partenaires"
        assert wizard.windowTitle() == "Contacter Booking.com"
        assert page.reservation.edit.accessibleName() == "Numéro de réservation"
        who = wizard.page_of(PageId.WHO)
        assert who.title() == "Qui a besoin d'aide ?"
    finally:
        qapp.removeTranslator(translator)
        qapp.processEvents()
    assert page.title() == "Your message to partner support"
