"""Saving articles, feedback, property notes, accessibility and the French interface."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.domain import FeedbackReason
from desktop.errors import KnownError
from desktop.helpcenter import HelpCenter
from desktop.store.articles import list_feedback, list_notes
from tests.helpers.keys import type_text
from ui.help import ArticleViewer
from ui.i18n import install_translators
from ui.tasks import SyncTaskRunner

VAT_EN = "invoices-vat-on-commission-en"


def test_save_an_article(viewer: ArticleViewer, center: HelpCenter) -> None:
    viewer.open_article(VAT_EN)
    save = viewer.pane.save_button
    assert save.text() == "Save"
    save.click()
    assert save.isChecked()
    assert save.text() == "Saved"
    assert [s.entry.translation_id for s in center.saved_articles()] == [
        "invoices-vat-on-commission"
    ]
    saved_list = viewer.search_panel.saved_list
    assert saved_list.count() == 1
    assert saved_list.item(0).text() == "VAT on your commission invoice"
    viewer.open_article("rates-close-out-dates-en")
    assert not save.isChecked()
    viewer.open_article(VAT_EN)
    assert save.isChecked()  # read back from the store
    save.click()
    assert center.saved_articles() == []
    assert saved_list.count() == 0


def test_feedback_no_with_reason_and_comment(
    qtbot: QtBot, viewer: ArticleViewer, center: HelpCenter
) -> None:
    viewer.open_article(VAT_EN)
    panel = viewer.pane.feedback
    assert not panel.details.isVisible()
    panel.no_button.click()
    assert panel.details.isVisible()
    panel.reason.setCurrentIndex(panel.reason.findData(FeedbackReason.INACCURATE))
    panel.comment.setFocus()
    type_text(panel.comment, "Le taux a changé en été")
    panel.send_button.click()
    assert panel.thanks.isVisible()
    assert not panel.no_button.isVisible()
    [stored] = list_feedback(center.store, translation_id="invoices-vat-on-commission")
    assert (stored.helpful, stored.reason, stored.comment) == (
        False,
        FeedbackReason.INACCURATE,
        "Le taux a changé en été",
    )
    viewer.open_article("rates-close-out-dates-en")
    assert panel.yes_button.isVisible()  # asked again for the next article
    panel.yes_button.click()
    [yes] = list_feedback(center.store, translation_id="rates-close-out-dates")
    assert (yes.helpful, yes.reason) == (True, None)


def test_pin_edit_and_unpin_a_note(
    qtbot: QtBot, viewer: ArticleViewer, center: HelpCenter, known_errors: list[KnownError]
) -> None:
    viewer.open_article(VAT_EN)
    notes = viewer.pane.notes
    assert not notes.note_list.isVisible()
    notes.add_button.click()
    assert notes.editor.isVisible()
    type_text(notes.editor, "Our VAT number: FR 12 345 678 901 — ask Hélène")
    notes.save_button.click()
    assert notes.notes_shown() == ["Our VAT number: FR 12 345 678 901 — ask Hélène"]
    assert not notes.editor.isVisible()
    stored = list_notes(center.store, "invoices-vat-on-commission", "en")
    assert [n.content for n in stored] == ["Our VAT number: FR 12 345 678 901 — ask Hélène"]
    notes.edit_button.click()
    notes.editor.setPlainText("VAT number: FR 12 345 678 901")
    notes.save_button.click()
    assert notes.notes_shown() == ["VAT number: FR 12 345 678 901"]
    # the note is shown with the article when it is opened again
    viewer.open_article("rates-close-out-dates-en")
    assert notes.notes_shown() == []
    viewer.open_article(VAT_EN)
    assert notes.notes_shown() == ["VAT number: FR 12 345 678 901"]
    notes.delete_button.click()
    assert notes.notes_shown() == []
    assert list_notes(center.store, "invoices-vat-on-commission", "en") == []
    notes.add_button.click()
    notes.save_button.click()  # an empty note is not sent
    assert known_errors == []


INTERACTIVE: tuple[type[QWidget], ...] = (QAbstractButton, QLineEdit, QComboBox, QTextEdit)
INTERACTIVE += (QAbstractItemView, QPlainTextEdit, QTabWidget)


def test_every_interactive_widget_is_named_for_accessibility(viewer: ArticleViewer) -> None:
    viewer.open_article(VAT_EN)
    for name in ("articleSearch", "articleResults", "articleView"):
        assert viewer.findChild(QWidget, name) is not None, name
    unnamed = [
        f"{type(w).__name__} {w.objectName()}"
        for w in viewer.findChildren(QWidget)
        if isinstance(w, INTERACTIVE)
        and w.parent() is not None
        and not w.accessibleName()
        and not type(w).__name__.startswith("QTabBar")
        and w.objectName() not in ("qt_scrollarea_viewport", "")
    ]
    assert unnamed == []


def test_tab_order_starts_at_the_search(viewer: ArticleViewer) -> None:
    panel = viewer.search_panel
    assert panel.field.nextInFocusChain() is panel.results_view
    viewer.focus_search()
    assert QApplication.focusWidget() is panel.field


def test_french_interface(qtbot: QtBot, viewer: ArticleViewer) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, "fr")
    try:
        QApplication.processEvents()  # LanguageChange reaches every widget: retranslate_ui
        viewer.open_article("reservations-cancel-free-of-charge-fr")
        assert viewer.windowTitle() == "Articles d'aide"
        assert viewer.search_panel.field.placeholderText() == "Rechercher dans les articles d'aide"
        assert viewer.pane.feedback.question.text() == "Cet article vous a-t-il été utile ?"
        assert viewer.pane.meta.text() == "2 min de lecture · mis à jour il y a 3 mois"
        assert viewer.search_panel.theme_combo.itemText(0) == "Tous les thèmes"
        assert viewer.pane.find_bar.field.accessibleName() == "Rechercher dans l'article"
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English))
    QApplication.processEvents()
    assert viewer.windowTitle() == "Help articles"


def test_the_spelling_vocabulary_is_warmed_when_help_is_first_shown(
    qtbot: QtBot, center: HelpCenter, monkeypatch: pytest.MonkeyPatch
) -> None:
    warmed: list[str] = []
    speller = center.speller

    def warm(language: str) -> object:
        warmed.append(language)
        return speller(language)

    monkeypatch.setattr(center, "speller", warm)
    widget = ArticleViewer(center, SyncTaskRunner(), language="fr")
    qtbot.addWidget(widget)
    assert warmed == []  # not at start-up: the inbox's first rows go first
    widget.show()
    qtbot.waitExposed(widget)
    assert warmed == ["fr"]
    widget.hide()
    widget.show()
    assert warmed == ["fr"]  # once
