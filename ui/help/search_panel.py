"""The left side of the viewer: search field, filters, results, recent and saved lists.

Search as you type, the Zeal way: each key restarts a 150 ms timer; when it fires the
query goes to the database worker (``run_db``) tagged with a generation number, and a
result that comes back after a newer query started is dropped. Results are capped by
the search (20). A query that found nothing is logged for the library's editors once
it has settled (2 s without typing) or when Enter is pressed, not on every keystroke.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.helpcenter import HelpCenter, SavedArticle, SearchResults
from ui.help.results_model import ArticleResultsModel, HighlightDelegate
from ui.tasks import TaskRunnerProtocol
from ui.widgets import named

DEBOUNCE_MS = 150
MISS_SETTLE_MS = 2000
RESULT_LIMIT = 20
ID_ROLE = Qt.ItemDataRole.UserRole


def _labels() -> dict[str, str]:
    # QCoreApplication.translate is spelled out at each call so that lupdate finds it.
    return {
        "account": QCoreApplication.translate("ArticleThemes", "Account"),
        "analytics": QCoreApplication.translate("ArticleThemes", "Analytics"),
        "contact": QCoreApplication.translate("ArticleThemes", "Contacting Booking.com"),
        "getting_paid": QCoreApplication.translate("ArticleThemes", "Getting paid"),
        "guest_reviews": QCoreApplication.translate("ArticleThemes", "Guest reviews"),
        "invoices_commission": QCoreApplication.translate(
            "ArticleThemes", "Invoices and commission"
        ),
        "opportunities": QCoreApplication.translate("ArticleThemes", "Opportunities"),
        "promotions": QCoreApplication.translate("ArticleThemes", "Promotions"),
        "property_information": QCoreApplication.translate("ArticleThemes", "Property information"),
        "rates_availability": QCoreApplication.translate("ArticleThemes", "Rates and availability"),
        "reservations": QCoreApplication.translate("ArticleThemes", "Reservations"),
    }


def theme_label(theme: str) -> str:
    """The theme's name in the interface language (an unknown theme reads as its id)."""
    return _labels().get(theme) or theme.replace("_", " ").capitalize()


class SearchPanel(QWidget):
    """Emits :attr:`article_requested` with an article id to open."""

    article_requested = Signal(str)

    def __init__(
        self,
        center: HelpCenter,
        tasks: TaskRunnerProtocol,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._center = center
        self._tasks = tasks
        self.generation = 0
        self.last_results: SearchResults | None = None
        self._logged: set[tuple[str, str]] = set()
        self._build(language)
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.run_search)
        self._miss_timer = QTimer(self, singleShot=True, interval=MISS_SETTLE_MS)
        self._miss_timer.timeout.connect(self.log_miss)
        self.field.textChanged.connect(self._schedule)
        self.language_combo.currentIndexChanged.connect(self._filters_changed)
        self.theme_combo.currentIndexChanged.connect(self._filters_changed)
        for view in (self.results_view, self.recent_list, self.saved_list):
            view.installEventFilter(self)
            view.clicked.connect(partial(self._clicked, view))
        self.field.installEventFilter(self)
        self.retranslate_ui()
        self._tasks.run_db(center.themes, on_done=self._set_themes)

    def _build(self, language: str) -> None:
        self.field = named(QLineEdit(), "articleSearch")
        self.field.setClearButtonEnabled(True)
        self.language_combo = named(QComboBox(), "articleLanguage")
        self.language_combo.addItem("English", "en")
        self.language_combo.addItem("Français", "fr")
        self.language_combo.setCurrentIndex(1 if language == "fr" else 0)
        self.theme_combo = named(QComboBox(), "articleTheme")
        self.theme_combo.addItem("", None)
        self.did_you_mean = named(QLabel(), "articleDidYouMean")
        self.status = named(QLabel(), "articleSearchStatus")
        self.status.setWordWrap(True)
        self.model = ArticleResultsModel(self)
        self.results_view = named(QListView(), "articleResults")
        self.results_view.setModel(self.model)
        self.results_view.setItemDelegate(HighlightDelegate(self.results_view))
        self.results_view.setWordWrap(True)
        self.results_view.setUniformItemSizes(False)
        self.results_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.recent_list = named(QListWidget(), "recentList")
        self.saved_list = named(QListWidget(), "savedList")
        self.tabs = named(QTabWidget(), "articleLists")
        for view in (self.results_view, self.recent_list, self.saved_list):
            self.tabs.addTab(view, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        filters = QHBoxLayout()
        filters.addWidget(self.language_combo)
        filters.addWidget(self.theme_combo, 1)
        layout.addLayout(filters)
        layout.addWidget(self.did_you_mean)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        self.did_you_mean.hide()
        self.status.hide()

    # ------------------------------------------------------------------ searching

    @property
    def language(self) -> str:
        return str(self.language_combo.currentData())

    @property
    def theme(self) -> str | None:
        data = self.theme_combo.currentData()
        return str(data) if data else None

    def _schedule(self) -> None:
        self.generation += 1  # anything in flight is now stale
        self._miss_timer.stop()
        self._debounce.start()

    def _filters_changed(self) -> None:
        if self.field.text().strip():
            self._schedule()

    def run_search(self) -> None:
        """Search now for the field's text (the debounce timer calls this)."""
        self._debounce.stop()
        self.generation += 1
        generation, text = self.generation, self.field.text()
        if not text.strip():
            self._show_results(generation, None)
            return
        language, theme = self.language, self.theme
        self._tasks.run_db(
            lambda: self._center.search(text, language=language, theme=theme, limit=RESULT_LIMIT),
            on_done=partial(self._show_results, generation),
        )

    def _show_results(self, generation: int, results: SearchResults | None) -> None:
        if generation != self.generation:
            return  # superseded by a newer query
        self.last_results = results
        self.model.set_hits(results.hits if results else ())
        self.tabs.setCurrentWidget(self.results_view)
        if self.model.rowCount():
            self.results_view.setCurrentIndex(self.model.index(0, 0))
        self._show_status(results)
        if results is not None and results.empty:
            self._miss_timer.start()

    def _show_status(self, results: SearchResults | None) -> None:
        suggestion = results.did_you_mean if results else None
        self.did_you_mean.setVisible(bool(suggestion))
        if suggestion:
            self.did_you_mean.setText(
                self.tr("Showing results for: {query}").format(query=suggestion)
            )
        message = ""
        if results is not None and results.empty:
            message = self.tr("No article found. Try other words, or fewer.")
        elif results is not None and results.broadened:
            message = self.tr("No article has every word: showing articles with some of them.")
        self.status.setText(message)
        self.status.setVisible(bool(message))

    def log_miss(self) -> None:
        """Log the current query if it found nothing (once per query and language)."""
        self._miss_timer.stop()
        results = self.last_results
        if results is None or not results.empty or not results.query.strip():
            return
        key = (results.query.strip(), self.language)
        if key not in self._logged:
            self._logged.add(key)
            self._tasks.run_db(partial(self._center.record_miss, *key))

    # ------------------------------------------------------------------ lists

    def _set_themes(self, themes: list[str]) -> None:
        current = self.theme
        self.theme_combo.blockSignals(True)
        while self.theme_combo.count() > 1:
            self.theme_combo.removeItem(1)
        for theme in themes:
            self.theme_combo.addItem(theme_label(theme), theme)
        index = self.theme_combo.findData(current) if current else 0
        self.theme_combo.setCurrentIndex(max(index, 0))
        self.theme_combo.blockSignals(False)

    def set_recent(self, rows: list[tuple[str, str]]) -> None:
        """Recently viewed articles: ``(article id, title)``, most recent first."""
        self._fill(self.recent_list, rows)

    def set_saved(self, saved: list[SavedArticle]) -> None:
        rows = []
        for entry in saved:
            if entry.article is None:
                continue
            title = entry.article.title
            if entry.changed_since_saved:
                title += " — " + self.tr("changed since you saved it")
            rows.append((entry.article.article_id, title))
        self._fill(self.saved_list, rows)

    def _fill(self, widget: QListWidget, rows: list[tuple[str, str]]) -> None:
        widget.clear()
        for article_id, title in rows:
            item = QListWidgetItem(title)
            item.setData(ID_ROLE, article_id)
            widget.addItem(item)

    # ------------------------------------------------------------------ keyboard

    def _clicked(self, view: QAbstractItemView, _index: object) -> None:
        self._open_current(view)

    def _open_current(self, view: QAbstractItemView) -> bool:
        index = view.currentIndex()
        if not index.isValid() and view.model() is not None and view.model().rowCount():
            index = view.model().index(0, 0)
        role = ArticleResultsModel.ArticleIdRole if view is self.results_view else ID_ROLE
        article_id = index.data(role) if index.isValid() else None
        if article_id:
            self.article_requested.emit(str(article_id))
            return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        assert isinstance(event, QKeyEvent)
        key = event.key()
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if watched is self.field:
            if key == Qt.Key.Key_Down:
                return self._enter_list()
            if enter:
                if self._debounce.isActive():
                    self.run_search()
                if not self._open_current(self.results_view):
                    self.log_miss()
                return True
        elif isinstance(watched, QAbstractItemView):
            if enter:
                return self._open_current(watched)
            if key == Qt.Key.Key_Up and watched.currentIndex().row() <= 0:
                self.field.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return super().eventFilter(watched, event)

    def _enter_list(self) -> bool:
        view = self.tabs.currentWidget()
        if not isinstance(view, QAbstractItemView) or view.model() is None:
            return False
        if view.model().rowCount() == 0:
            return False
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        view.setCurrentIndex(view.model().index(0, 0))
        return True

    # ------------------------------------------------------------------ texts

    def retranslate_ui(self) -> None:
        self.field.setPlaceholderText(self.tr("Search the help articles"))
        self.theme_combo.setItemText(0, self.tr("All themes"))
        for row in range(1, self.theme_combo.count()):
            self.theme_combo.setItemText(row, theme_label(str(self.theme_combo.itemData(row))))
        self.tabs.setTabText(0, self.tr("Results"))
        self.tabs.setTabText(1, self.tr("Recent"))
        self.tabs.setTabText(2, self.tr("Saved"))
        names = {
            self.field: self.tr("Search the help articles"),
            self.language_combo: self.tr("Article language"),
            self.theme_combo: self.tr("Theme"),
            self.results_view: self.tr("Search results"),
            self.recent_list: self.tr("Recently viewed articles"),
            self.saved_list: self.tr("Saved articles"),
            self.tabs: self.tr("Article lists"),
        }
        for widget, name in names.items():
            widget.setAccessibleName(name)
        self._show_status(self.last_results)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
