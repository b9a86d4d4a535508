"""The help-article viewer (objectName ``ArticleViewer``).

A plain QWidget: the inbox window docks it (F1), and it works as a window of its own.
Its collaborators come in through the constructor: the core
:class:`~desktop.helpcenter.HelpCenter` and the task runner (every store call goes
through ``run_db``; tests pass a ``SyncTaskRunner``).

Keyboard: type in the search field, Down moves into the results, Enter opens; Up on
the first result goes back to the field. Ctrl+F finds in the article (Esc closes the
bar), Alt+Left / Alt+Right go back and forward.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from desktop.domain import FeedbackReason
from desktop.helpcenter import ArticlePage, HelpCenter
from ui.help.article_pane import ArticlePane
from ui.help.search_panel import SearchPanel
from ui.tasks import TaskRunnerProtocol

# Below this width the viewer stacks the search above the article (e.g. in a dock).
NARROW_WIDTH = 720


# How many recently viewed articles are kept.
MAX_RECENT = 20


class History:
    """A browser-like history of article ids, plus the recently viewed (most recent first)."""

    def __init__(self) -> None:
        self._back: list[str] = []
        self._forward: list[str] = []
        self._current: str | None = None
        self._recent: list[str] = []

    @property
    def current(self) -> str | None:
        return self._current

    @property
    def can_go_back(self) -> bool:
        return bool(self._back)

    @property
    def can_go_forward(self) -> bool:
        return bool(self._forward)

    @property
    def recent(self) -> list[str]:
        return list(self._recent)

    def visit(self, article_id: str) -> None:
        """A new article was opened (by search, link or list): forward history ends."""
        if article_id == self._current:
            return
        if self._current is not None:
            self._back.append(self._current)
        self._current = article_id
        self._forward.clear()
        self._remember(article_id)

    def replace_current(self, article_id: str) -> None:
        """The current entry now shows ``article_id`` (its other language)."""
        self._current = article_id
        self._remember(article_id)

    def back(self) -> str | None:
        """Step back; the article to show, or None at the start."""
        if not self._back or self._current is None:
            return None
        self._forward.append(self._current)
        self._current = self._back.pop()
        self._remember(self._current)
        return self._current

    def forward(self) -> str | None:
        """Step forward; the article to show, or None at the end."""
        if not self._forward or self._current is None:
            return None
        self._back.append(self._current)
        self._current = self._forward.pop()
        self._remember(self._current)
        return self._current

    def forget(self, article_id: str) -> None:
        """Drop an article the library no longer has."""
        self._back = [a for a in self._back if a != article_id]
        self._forward = [a for a in self._forward if a != article_id]
        self._recent = [a for a in self._recent if a != article_id]
        if self._current == article_id:
            self._current = self._back.pop() if self._back else None

    def _remember(self, article_id: str) -> None:
        self._recent = [article_id, *(a for a in self._recent if a != article_id)][:MAX_RECENT]


def _page_for_slug(center: HelpCenter, slug: str, language: str) -> ArticlePage | None:
    article = center.by_slug(slug, language)
    return center.page(article.article_id) if article is not None else None


class ArticleViewer(QWidget):
    """Search, read, find, navigate, save, give feedback, pin notes, print."""

    # The article id shown (after it loaded).
    article_shown = Signal(str)

    def __init__(
        self,
        center: HelpCenter,
        tasks: TaskRunnerProtocol,
        *,
        language: str = "en",
        open_url: Callable[[QUrl], Any] = QDesktopServices.openUrl,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ArticleViewer")
        self._center = center
        self._tasks = tasks
        self.history = History()
        self._titles: dict[str, str] = {}
        self._load_generation = 0
        self.search_panel = SearchPanel(center, tasks, language)
        self.pane = ArticlePane(open_url)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("articleSplitter")
        self.splitter.addWidget(self.search_panel)
        self.splitter.addWidget(self.pane)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)
        self._build_actions()
        self._connect()
        self._set_tab_order()
        self.retranslate_ui()
        self._update_navigation()
        self.refresh_saved()
        self._warm_language: str | None = language

    def showEvent(self, event: QShowEvent) -> None:
        """Warm the spelling vocabulary when help is first opened, not at start-up.

        Building it takes ~270 ms of Python on the database worker with 1,000 articles:
        at start-up that delayed the list's first rows and made the GUI thread wait for
        the GIL while it painted; by the time a word is typed in help, it is ready.
        """
        if self._warm_language is not None:
            self._tasks.run_db(partial(self._center.speller, self._warm_language))
            self._warm_language = None
        super().showEvent(event)

    def _build_actions(self) -> None:
        def action(keys: QKeySequence, slot: Callable[[], None]) -> QAction:
            created = QAction(self)
            created.setShortcut(keys)
            created.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            created.triggered.connect(slot)
            self.addAction(created)
            return created

        self.find_action = action(QKeySequence(QKeySequence.StandardKey.Find), self.open_find)
        alt = Qt.KeyboardModifier.AltModifier
        self.back_action = action(QKeySequence(alt | Qt.Key.Key_Left), self.go_back)
        self.forward_action = action(QKeySequence(alt | Qt.Key.Key_Right), self.go_forward)

    def _connect(self) -> None:
        self.search_panel.article_requested.connect(self.open_article)
        pane = self.pane
        pane.back_requested.connect(self.go_back)
        pane.forward_requested.connect(self.go_forward)
        pane.translation_requested.connect(self.switch_language)
        pane.browser.article_link.connect(self.follow_link)
        pane.saved_toggled.connect(self._set_saved)
        pane.feedback.submitted.connect(self._give_feedback)
        pane.notes.add_requested.connect(self._add_note)
        pane.notes.update_requested.connect(self._update_note)
        pane.notes.delete_requested.connect(self._delete_note)

    def _set_tab_order(self) -> None:
        panel, pane = self.search_panel, self.pane
        chain: list[QWidget] = [
            panel.field,
            panel.results_view,
            panel.language_combo,
            panel.theme_combo,
            panel.tabs,
            pane.back_button,
            pane.forward_button,
            pane.language_button,
            pane.save_button,
            pane.find_button,
            pane.print_button,
            pane.pdf_button,
            pane.notes.add_button,
            pane.browser,
            pane.feedback.yes_button,
            pane.feedback.no_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # ------------------------------------------------------------------ navigation

    def focus_search(self) -> None:
        """Put the cursor in the search field, its text selected (e.g. after F1)."""
        self.search_panel.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_panel.field.selectAll()

    def search(self, text: str) -> None:
        """Fill the search field (the search runs after the usual debounce)."""
        self.search_panel.field.setText(text)

    def open_article(self, article_id: str) -> None:
        """Open an article; it becomes the newest history entry."""
        self._load(partial(self._center.page, article_id), "visit")

    def follow_link(self, slug: str) -> None:
        """An ``article:<slug>`` link: the linked article in the current language."""
        page = self.pane.page
        language = page.article.language if page else self.search_panel.language
        self._load(partial(_page_for_slug, self._center, slug, language), "visit")

    def switch_language(self, article_id: str) -> None:
        """Show the other language's version in place of the current entry."""
        self._load(partial(self._center.page, article_id), "replace")

    def go_back(self) -> None:
        article_id = self.history.back()
        if article_id is not None:
            self._load(partial(self._center.page, article_id), "moved")

    def go_forward(self) -> None:
        article_id = self.history.forward()
        if article_id is not None:
            self._load(partial(self._center.page, article_id), "moved")

    def _load(self, read: Callable[[], ArticlePage | None], mode: str) -> None:
        self._load_generation += 1
        done = partial(self._show, self._load_generation, mode)
        self._tasks.run_db(read, on_done=done)

    def _show(self, generation: int, mode: str, page: ArticlePage | None) -> None:
        if generation != self._load_generation:
            return  # a newer navigation superseded this one
        if page is None:
            if mode == "moved" and self.history.current is not None:
                self.history.forget(self.history.current)
            self._update_navigation()
            return
        article_id = page.article.article_id
        if mode == "visit":
            self.history.visit(article_id)
        elif mode == "replace":
            self.history.replace_current(article_id)
        self._titles[article_id] = page.article.title
        self.pane.show_page(page)
        self._update_navigation()
        self.article_shown.emit(article_id)

    def _update_navigation(self) -> None:
        history = self.history
        self.pane.set_navigation(history.can_go_back, history.can_go_forward)
        self.back_action.setEnabled(history.can_go_back)
        self.forward_action.setEnabled(history.can_go_forward)
        recent = [(a, self._titles[a]) for a in history.recent if a in self._titles]
        self.search_panel.set_recent(recent)

    def open_find(self) -> None:
        if self.pane.page is not None:
            self.pane.find_bar.open_bar()

    def print_to_pdf(self, path: str) -> None:
        """Save the article shown as a PDF file (what the PDF button does after its dialog)."""
        self.pane.print_to_pdf(path)

    # ------------------------------------------------------------------ writes

    def refresh_saved(self) -> None:
        self._tasks.run_db(self._center.saved_articles, on_done=self.search_panel.set_saved)

    def _set_saved(self, wanted: bool) -> None:
        page = self.pane.page
        if page is not None:
            work = partial(self._center.set_saved, page.article, wanted)
            self._tasks.run_db(work, on_done=lambda _change: self.refresh_saved())

    def _give_feedback(self, helpful: bool, reason: FeedbackReason | None, comment: str) -> None:
        page = self.pane.page
        if page is not None:
            article = page.article
            self._tasks.run_db(
                lambda: self._center.give_feedback(article, helpful, reason=reason, comment=comment)
            )

    def _reload_notes(self, _result: object = None) -> None:
        page = self.pane.page
        if page is not None:
            self._tasks.run_db(
                partial(self._center.notes, page.article), on_done=self.pane.notes.set_notes
            )

    def _add_note(self, text: str) -> None:
        page = self.pane.page
        if page is not None:
            work = partial(self._center.add_note, page.article, text)
            self._tasks.run_db(work, on_done=self._reload_notes)

    def _update_note(self, note_id: int, text: str) -> None:
        self._tasks.run_db(
            partial(self._center.update_note, note_id, text), on_done=self._reload_notes
        )

    def _delete_note(self, note_id: int) -> None:
        self._tasks.run_db(partial(self._center.delete_note, note_id), on_done=self._reload_notes)

    # ------------------------------------------------------------------ Qt

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Help articles"))
        self.setAccessibleName(self.tr("Help articles"))
        self.find_action.setText(self.tr("Find in article"))
        self.back_action.setText(self.tr("Back"))
        self.forward_action.setText(self.tr("Forward"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        narrow = event.size().width() < NARROW_WIDTH
        wanted = Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
        if self.splitter.orientation() != wanted:
            self.splitter.setOrientation(wanted)
        super().resizeEvent(event)
