"""Reading in the viewer: find in page, back / forward, links, language switch, PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.helpers.keys import type_text
from ui.help import ArticleViewer
from ui.help.browser import folded_positions

CANCEL_FR = "reservations-cancel-free-of-charge-fr"
NO_SHOW_FR = "reservations-no-show-report-fr"


def shown(viewer: ArticleViewer) -> str | None:
    page = viewer.pane.page
    return page.article.article_id if page else None


def test_opening_an_article_shows_its_facts(viewer: ArticleViewer) -> None:
    viewer.open_article(CANCEL_FR)
    assert shown(viewer) == CANCEL_FR
    text = viewer.pane.browser.toPlainText()
    assert text.startswith("Annuler une réservation sans frais pour le client")
    assert "Related articles" in text
    assert viewer.pane.meta.text() == "2 min read · updated 3 months ago"
    assert viewer.pane.language_button.isVisible()
    assert viewer.pane.language_button.text() == "English"


def test_find_in_page_highlights_every_match(qtbot: QtBot, viewer: ArticleViewer) -> None:
    viewer.open_article(CANCEL_FR)
    browser, bar = viewer.pane.browser, viewer.pane.find_bar
    browser.setFocus()
    qtbot.keyClick(browser, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert bar.isVisible()
    assert QApplication.focusWidget() is bar.field
    type_text(bar.field, "reservation")  # no accent: finds "réservation" too
    matches = bar.matches
    assert len(matches) >= 5
    assert len(browser.extraSelections()) == len(matches)
    assert bar.count.text() == f"1 of {len(matches)}"
    first = browser.extraSelections()[0]
    assert first.cursor.selectedText().lower() == "réservation"
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.current == 1
    assert browser.textCursor().position() == matches[1][0]
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.current == 0
    bar.previous_button.click()
    assert bar.current == len(matches) - 1  # wraps around
    bar.next_button.click()
    assert bar.count.text() == f"1 of {len(matches)}"
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert browser.extraSelections() == []


def test_find_with_no_match(qtbot: QtBot, viewer: ArticleViewer) -> None:
    viewer.open_article(CANCEL_FR)
    viewer.open_find()
    type_text(viewer.pane.find_bar.field, "zzzz")
    assert viewer.pane.find_bar.count.text() == "No match"
    assert viewer.pane.browser.extraSelections() == []


def test_folded_positions() -> None:
    assert folded_positions("Élève ELEVE élevé", "eleve") == [0, 6, 12]
    assert folded_positions("abc", "") == []


def test_internal_links_navigate_back_and_forward(qtbot: QtBot, viewer: ArticleViewer) -> None:
    viewer.open_article(CANCEL_FR)
    assert not viewer.pane.back_button.isEnabled()
    viewer.pane.browser.anchorClicked.emit(QUrl("article:reservations-no-show-report"))
    assert shown(viewer) == NO_SHOW_FR  # the linked article, in the same language
    assert viewer.pane.back_button.isEnabled()
    assert not viewer.pane.forward_button.isEnabled()
    viewer.pane.browser.setFocus()
    qtbot.keyClick(viewer.pane.browser, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert shown(viewer) == CANCEL_FR
    assert viewer.pane.forward_button.isEnabled()
    qtbot.keyClick(viewer.pane.browser, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert shown(viewer) == NO_SHOW_FR
    viewer.pane.back_button.click()
    assert shown(viewer) == CANCEL_FR
    viewer.pane.forward_button.click()
    assert shown(viewer) == NO_SHOW_FR
    recent = viewer.search_panel.recent_list
    assert [recent.item(i).text() for i in range(recent.count())] == [
        "Déclarer une non-présentation (no-show)",
        "Annuler une réservation sans frais pour le client",
    ]


def test_clicking_a_link_in_the_view(qtbot: QtBot, viewer: ArticleViewer) -> None:
    viewer.open_article(CANCEL_FR)
    browser = viewer.pane.browser
    document = browser.document()
    cursor = document.find("comment déclarer une non-présentation")
    assert not cursor.isNull()
    browser.setTextCursor(cursor)
    browser.ensureCursorVisible()
    point = browser.cursorRect(browser.textCursor()).center()
    point.setX(max(point.x() - 20, 1))
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert shown(viewer) == NO_SHOW_FR


def test_web_links_open_outside_only_on_click_and_nothing_loads(
    viewer: ArticleViewer, opened_urls: list[QUrl]
) -> None:
    viewer.open_article(CANCEL_FR)
    browser = viewer.pane.browser
    browser.anchorClicked.emit(QUrl("https://partner.booking.com/fr/aide"))
    assert [u.toString() for u in opened_urls] == ["https://partner.booking.com/fr/aide"]
    for bad in ("javascript:alert(1)", "file:///etc/passwd", "ftp://x.example/a"):
        browser.anchorClicked.emit(QUrl(bad))
    assert len(opened_urls) == 1
    assert shown(viewer) == CANCEL_FR
    resource = QTextDocument.ResourceType.ImageResource.value
    assert browser.loadResource(resource, QUrl("https://tracker.example/p.png")) is None
    assert browser.loadResource(resource, QUrl("file:///etc/hosts")) is None


def test_language_switch(viewer: ArticleViewer) -> None:
    viewer.open_article("rates-close-out-dates-en")
    viewer.open_article(CANCEL_FR)
    viewer.pane.language_button.click()
    assert shown(viewer) == "reservations-cancel-free-of-charge-en"
    assert viewer.pane.language_button.text() == "Français"
    assert viewer.pane.browser.toPlainText().startswith("Cancel a reservation")
    viewer.go_back()  # the switch replaced the entry: back goes to the article before
    assert shown(viewer) == "rates-close-out-dates-en"


def test_print_to_pdf(viewer: ArticleViewer, tmp_path: Path) -> None:
    viewer.open_article(CANCEL_FR)
    target = tmp_path / "article.pdf"
    viewer.print_to_pdf(str(target))
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(data) > 2000


def test_a_missing_article_leaves_the_view_alone(viewer: ArticleViewer) -> None:
    viewer.open_article(CANCEL_FR)
    viewer.open_article("no-such-article-fr")
    assert shown(viewer) == CANCEL_FR
    viewer.follow_link("no-such-slug")
    assert shown(viewer) == CANCEL_FR
