"""Page 4: help articles that may already answer, before contacting anyone.

The list starts with the articles the catalogue names for the sub-theme, then what a
search of the help library finds in the theme (the sub-theme's title, plus any words
typed in the field; debounced like the viewer's search). An article opens in an
:class:`~ui.help.ArticleViewer` window. "This answered my question" ends the wizard:
nothing is sent, and the deflection is counted.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from desktop.domain import Article
from desktop.helpcenter import HelpCenter, SearchResults, plain
from ui.help import ArticleViewer
from ui.wizard.base import ContactPage, PageId, WizardContext

_ID = Qt.ItemDataRole.UserRole
SEARCH_DELAY_MS = 250
MAX_RESULTS = 12


class ArticlesPage(ContactPage):
    PAGE_ID = PageId.ARTICLES

    def __init__(self, context: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.viewer: ArticleViewer | None = None
        self._generation = 0
        self.words = QLineEdit()
        self.words.setObjectName("articleWords")
        self.words.setClearButtonEnabled(True)
        self.words_label = QLabel()
        self.words_label.setBuddy(self.words)
        self.results = QListWidget()
        self.results.setObjectName("articleList")
        self.open_button = QPushButton()
        self.open_button.setObjectName("openArticle")
        self.answered_button = QPushButton()
        self.answered_button.setObjectName("answeredButton")
        self.status = QLabel()
        self.status.setObjectName("articleStatus")
        layout = self.main_layout()
        row = QHBoxLayout()
        row.addWidget(self.words_label)
        row.addWidget(self.words, 1)
        layout.addLayout(row)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.answered_button)
        layout.addLayout(buttons)
        self.add_error_line(layout)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.words.textChanged.connect(self._words_edited)
        self.results.itemSelectionChanged.connect(self._update_buttons)
        self.results.installEventFilter(self)  # Enter opens the article (and stays here)
        self.results.doubleClicked.connect(lambda _index: self.open_selected())
        self.open_button.clicked.connect(self.open_selected)
        self.answered_button.clicked.connect(self.answered)
        self.retranslate_ui()

    def initializePage(self) -> None:
        self.words.setText(self.draft.words)
        self.clear_error()
        self.search()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        enter = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if (
            watched is self.results
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in enter
            and self.selected_article() is not None
        ):
            self.open_selected()
            return True
        return super().eventFilter(watched, event)

    def _words_edited(self, text: str) -> None:
        if text == self.draft.words:
            return
        self.draft.words = text
        self.changed()
        self._timer.start()

    def search(self) -> None:
        """Fill the list for the current words (a newer search supersedes this one)."""
        self._timer.stop()
        self._generation += 1
        sub = self.context.catalogue.subtheme(self.draft.theme or "", self.draft.subtheme or "")
        query = self.words.text().strip() or sub.title(self.language)
        work = partial(
            _lookup, self.context.help_center, sub.theme_id, sub.articles, query, self.language
        )
        self.context.tasks.run_db(work, on_done=partial(self._show, self._generation))

    def _show(self, generation: int, found: tuple[list[Article], SearchResults | None]) -> None:
        if generation != self._generation:
            return
        suggested, results = found
        self.results.clear()
        seen: set[str] = set()
        for article in suggested:
            self._add(article.article_id, article.title, seen)
        for hit in results.hits if results else ():
            self._add(hit.article_id, plain(hit.title), seen)
        count = self.results.count()
        if count == 1:
            status = self.tr("One article may answer your question.")
        elif count:
            status = self.tr("{count} articles may answer your question.").format(count=count)
        else:
            status = self.tr("No article found; try other words.")
        self.status.setText(status)
        _select(self.results, self.draft.article_id)
        self._update_buttons()

    def _add(self, article_id: str, title: str, seen: set[str]) -> None:
        if article_id in seen:
            return
        seen.add(article_id)
        item = QListWidgetItem(title)
        item.setData(_ID, article_id)
        self.results.addItem(item)

    def selected_article(self) -> str | None:
        items = self.results.selectedItems()
        return str(items[0].data(_ID)) if items else None

    def _update_buttons(self) -> None:
        chosen = self.selected_article()
        self.open_button.setEnabled(chosen is not None)
        self.answered_button.setEnabled(chosen is not None)

    def open_selected(self) -> None:
        article_id = self.selected_article()
        if article_id is None:
            return
        self.draft.article_id = article_id
        self.changed()
        if self.viewer is None:
            ctx = self.context
            self.viewer = ArticleViewer(
                ctx.help_center, ctx.tasks, language=self.language, open_url=ctx.open_url
            )
            self.viewer.setParent(self, Qt.WindowType.Window)
            self.viewer.resize(900, 640)
        self.viewer.open_article(article_id)
        self.viewer.show()
        self.viewer.raise_()

    def answered(self) -> None:
        """The article answered the question: end the wizard as a deflection."""
        article_id = self.selected_article()
        if article_id is not None:
            if self.viewer is not None:
                self.viewer.close()
            self.context.deflect(article_id)

    def nextId(self) -> int:
        return int(PageId.OPTIONS)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("These articles may already answer"))
        self.setSubTitle(
            self.tr("Many questions are answered in minutes here. Otherwise, click Next.")
        )
        self.words_label.setText(self.tr("&Words:"))
        self.words.setPlaceholderText(self.tr("Search the help articles"))
        self.words.setAccessibleName(self.tr("Search words"))
        self.results.setAccessibleName(self.tr("Help articles"))
        self.open_button.setText(self.tr("&Open the article"))
        self.open_button.setAccessibleName(self.tr("Open the selected article"))
        self.answered_button.setText(self.tr("This &answered my question"))
        self.answered_button.setAccessibleName(self.tr("This article answered my question"))
        self.status.setAccessibleName(self.tr("Search result"))


def _lookup(
    center: HelpCenter, theme: str, slugs: tuple[str, ...], query: str, language: str
) -> tuple[list[Article], SearchResults | None]:
    """On the database worker: the catalogue's articles, then a search in the theme."""
    found = (center.by_slug(slug, language) for slug in slugs)
    suggested = [article for article in found if article is not None]
    return suggested, center.search(query, language=language, theme=theme, limit=MAX_RESULTS)


def _select(view: QListWidget, wanted: str | None) -> None:
    for row in range(view.count()):
        if view.item(row).data(_ID) == wanted:
            view.setCurrentRow(row)
            return
