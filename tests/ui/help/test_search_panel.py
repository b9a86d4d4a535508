"""Searching in the viewer: typing (accents included), results, keyboard, misses."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.helpcenter import HelpCenter
from desktop.store.articles import list_search_misses
from tests.helpers.keys import type_text
from ui.help import ArticleViewer
from ui.help.results_model import ArticleResultsModel, marked_html
from ui.help.search_panel import SearchPanel
from ui.tasks import TaskRunner

from .conftest import DeferredRunner


def wait_for_results(qtbot: QtBot, viewer: ArticleViewer) -> None:
    panel = viewer.search_panel
    qtbot.waitUntil(lambda: panel.last_results is not None and not panel._debounce.isActive())


def test_typing_an_accented_query_shows_highlighted_results(
    qtbot: QtBot, viewer: ArticleViewer
) -> None:
    panel = viewer.search_panel
    panel.language_combo.setCurrentIndex(panel.language_combo.findData("fr"))
    panel.field.setFocus()
    type_text(panel.field, "carte de crédit invalide")
    assert panel.field.text() == "carte de crédit invalide"
    wait_for_results(qtbot, viewer)
    model = panel.model
    assert model.rowCount() > 0
    first = model.index(0, 0)
    assert first.data(ArticleResultsModel.ArticleIdRole) == "reservations-invalid-credit-card-fr"
    assert "\x02" in first.data(ArticleResultsModel.MarkedSnippetRole)
    assert "\x02" not in first.data(Qt.ItemDataRole.DisplayRole)
    assert not panel.did_you_mean.isVisible()


def test_a_typo_shows_did_you_mean(qtbot: QtBot, viewer: ArticleViewer) -> None:
    panel = viewer.search_panel
    type_text(panel.field, "comission")
    wait_for_results(qtbot, viewer)
    assert panel.did_you_mean.isVisible()
    assert panel.did_you_mean.text() == "Showing results for: commission"
    hit = panel.model.hit(0)
    assert hit is not None
    assert hit.translation_id == "invoices-commission-explained"


def test_keyboard_only_down_into_results_enter_opens(qtbot: QtBot, viewer: ArticleViewer) -> None:
    panel = viewer.search_panel
    panel.field.setFocus()
    type_text(panel.field, "virtual card")
    wait_for_results(qtbot, viewer)
    qtbot.keyClick(panel.field, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is panel.results_view
    assert panel.results_view.currentIndex().row() == 0
    qtbot.keyClick(panel.results_view, Qt.Key.Key_Down)
    second = panel.model.hit(1)
    assert second is not None
    qtbot.keyClick(panel.results_view, Qt.Key.Key_Return)
    assert viewer.pane.page is not None
    assert viewer.pane.page.article.article_id == second.article_id
    qtbot.keyClick(panel.results_view, Qt.Key.Key_Up)
    qtbot.keyClick(panel.results_view, Qt.Key.Key_Up)
    assert QApplication.focusWidget() is panel.field


def test_enter_in_the_field_opens_the_best_result(qtbot: QtBot, viewer: ArticleViewer) -> None:
    panel = viewer.search_panel
    panel.field.setFocus()
    type_text(panel.field, "overboking")
    qtbot.keyClick(panel.field, Qt.Key.Key_Return)  # before the debounce fired
    assert viewer.pane.page is not None
    assert viewer.pane.page.article.article_id == "reservations-overbooking-relocation-en"


def test_clicking_a_result_opens_it(qtbot: QtBot, viewer: ArticleViewer) -> None:
    panel = viewer.search_panel
    type_text(panel.field, "star rating")
    wait_for_results(qtbot, viewer)
    rect = panel.results_view.visualRect(panel.model.index(0, 0))
    qtbot.mouseClick(panel.results_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert viewer.pane.page is not None
    assert viewer.pane.page.article.translation_id == "property-star-rating-change"


def test_theme_filter(qtbot: QtBot, viewer: ArticleViewer) -> None:
    panel = viewer.search_panel
    assert panel.theme_combo.count() == 12  # all themes + 11
    panel.theme_combo.setCurrentIndex(panel.theme_combo.findData("invoices_commission"))
    type_text(panel.field, "commission")
    wait_for_results(qtbot, viewer)
    model = panel.model
    themes = {model.index(row, 0).data(model.ThemeRole) for row in range(model.rowCount())}
    assert themes == {"invoices_commission"}


def test_a_miss_is_logged_once_on_enter_or_after_a_pause(
    qtbot: QtBot, viewer: ArticleViewer, center: HelpCenter
) -> None:
    panel = viewer.search_panel
    panel.field.setFocus()
    type_text(panel.field, "qqzzxx")
    wait_for_results(qtbot, viewer)
    assert panel.status.isVisible()
    assert panel.status.text().startswith("No article found")
    assert list_search_misses(center.store) == []  # not for every keystroke
    qtbot.keyClick(panel.field, Qt.Key.Key_Return)
    qtbot.keyClick(panel.field, Qt.Key.Key_Return)
    assert [m.query for m in list_search_misses(center.store)] == ["qqzzxx"]
    panel.field.clear()
    type_text(panel.field, "wwvvkk")
    wait_for_results(qtbot, viewer)
    qtbot.waitUntil(lambda: len(list_search_misses(center.store)) == 2, timeout=4000)


def test_a_newer_query_supersedes_an_older_one(qtbot: QtBot, center: HelpCenter) -> None:
    runner = DeferredRunner()
    panel = SearchPanel(center, runner, "en")
    qtbot.addWidget(panel)
    runner.deliver_all()  # the theme list
    panel.field.setText("commission")
    panel.run_search()
    panel.field.setText("password")
    panel.run_search()
    runner.deliver(1)  # the newer query answers first ...
    runner.deliver(0)  # ... the older one arrives late and is dropped
    hit = panel.model.hit(0)
    assert hit is not None
    assert hit.translation_id == "account-reset-password"


def test_results_model_passes_the_model_tester(
    qtmodeltester: ModelTester, center: HelpCenter
) -> None:
    model = ArticleResultsModel()
    qtmodeltester.check(model)
    model.set_hits(center.search("reservation", language="en").hits)
    assert model.rowCount() == 20
    qtmodeltester.check(model)
    assert model.roleNames()[ArticleResultsModel.MarkedSnippetRole].data() == b"markedSnippet"
    assert model.data(model.index(99, 0)) is None


def test_marks_become_highlight_spans_and_text_is_escaped() -> None:
    assert marked_html("<b>\x02fee\x03</b>") == (
        '&lt;b&gt;<span style="background-color: #ffe58a; color: #000; font-weight: 600;">'
        "fee</span>&lt;/b&gt;"
    )


def test_search_through_the_real_task_runner(qtbot: QtBot, center: HelpCenter) -> None:
    errors: list[object] = []
    runner = TaskRunner(on_known_error=errors.append, on_bug=errors.append)
    try:
        viewer = ArticleViewer(center, runner, language="fr")
        qtbot.addWidget(viewer)
        type_text(viewer.search_panel.field, "facure")
        qtbot.waitUntil(lambda: viewer.search_panel.model.rowCount() > 0, timeout=5000)
        hit = viewer.search_panel.model.hit(0)
        assert hit is not None
        assert hit.translation_id == "invoices-find-download-invoice"
        viewer.open_article(hit.article_id)
        qtbot.waitUntil(lambda: viewer.pane.page is not None, timeout=5000)
    finally:
        runner.shutdown()
    assert errors == []
