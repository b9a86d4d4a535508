"""The :class:`HelpCenter` service: everything the viewer and the CLI ask of the library.

Saved articles (bookmarks) are kept as JSON in a shared setting, one list per person
(``helpcenter.saved.<staff id>``, or ``.desk`` for the system actor). Each entry
remembers the translation, the language and the article's ``updated`` date when it was
saved, so the list can say "changed since you saved it"; entries name the translation
slug, not a database row, so they survive library updates.

One object per open store, passed to whoever needs it (no globals). Its methods are
plain synchronous calls that read or write the store: the UI runs them through its
task runner (``run_db``), the CLI calls them directly. Writes return a
:class:`~desktop.domain.Change` (``articles=True`` for notes and feedback,
``settings=True`` for saved articles).
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from desktop.domain import SYSTEM, Actor, Article, Change, FeedbackReason
from desktop.errors import BadInputError
from desktop.helpcenter.importer import ImportReport, SyncReport, import_articles, sync_library
from desktop.helpcenter.markup import render_article
from desktop.helpcenter.search import SearchResults, build_speller, run_search
from desktop.helpcenter.spelling import Speller
from desktop.paths import DataPaths
from desktop.store import Store
from desktop.store import articles as store_articles
from desktop.store.model import ArticleNote
from desktop.store.state import get_setting, set_setting

log = logging.getLogger(__name__)

#: A pinned note is short: a property's own detail, not a second article.
MAX_NOTE_LENGTH = 2000


@dataclass(frozen=True, slots=True)
class ArticlePage:
    """Everything the viewer shows for one article, read in one go."""

    article: Article
    html: str
    reading_minutes: int
    days_since_update: int
    related: tuple[Article, ...]
    translations: tuple[Article, ...]
    notes: tuple[ArticleNote, ...]
    saved: bool


class HelpCenter:
    """The help-article library of one data folder.

    Args:
        store: The open store.
        paths: The data folder (imported articles live in ``<data>/articles``).
        actor: Who acts (notes, feedback, saved articles); the application sets
            :attr:`actor` again when staff switch.
        today: Today's date (a parameter for tests).
    """

    def __init__(
        self,
        store: Store,
        paths: DataPaths,
        *,
        actor: Actor = SYSTEM,
        today: Callable[[], date] = date.today,
    ) -> None:
        self.store = store
        self.paths = paths
        self.actor = actor
        self._today = today
        self._spellers: dict[str | None, Speller] = {}
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ library

    def sync(self, *, force: bool = False) -> SyncReport:
        """Re-index the articles if their files changed since the last start."""
        report = sync_library(self.store, self.paths, SYSTEM, force=force)
        if report.changed or force:
            self.forget_vocabulary()
        return report

    def import_directory(self, directory: Path) -> ImportReport:
        """Import the ``.md`` / ``.html`` files of a folder: all or nothing."""
        report = import_articles(self.store, self.paths, directory, self.actor)
        self.forget_vocabulary()
        return report

    def forget_vocabulary(self) -> None:
        """Drop the cached spelling vocabularies (after the library changed)."""
        with self._lock:
            self._spellers.clear()

    def speller(self, language: str | None) -> Speller:
        """The spelling vocabulary of a language (built once, then cached)."""
        with self._lock:
            found = self._spellers.get(language)
        if found is None:
            found = build_speller(self.store, language)
            with self._lock:
                self._spellers[language] = found
        return found

    # ------------------------------------------------------------------ search

    def search(
        self, text: str, *, language: str | None = None, theme: str | None = None, limit: int = 20
    ) -> SearchResults:
        """Typo-tolerant, accent-insensitive search (see :mod:`desktop.helpcenter.search`)."""
        speller = self.speller(language)
        return run_search(self.store, speller, text, language=language, theme=theme, limit=limit)

    def record_miss(self, text: str, language: str) -> Change:
        """Log a search that found nothing, for the library's editors."""
        if not text.strip():
            return Change()
        return store_articles.record_search_miss(self.store, text.strip(), language, self.actor)

    def themes(self, language: str | None = None) -> list[str]:
        """The themes that have articles, sorted."""
        articles = store_articles.list_articles(self.store, language=language)
        return sorted({article.theme for article in articles})

    # ------------------------------------------------------------------ articles

    def article(self, article_id: str) -> Article | None:
        return store_articles.get_article(self.store, article_id)

    def by_slug(self, translation_id: str, language: str) -> Article | None:
        """The article ``translation_id`` in ``language`` (``article:`` links name slugs)."""
        return store_articles.get_translation(self.store, translation_id, language)

    def translations(self, article: Article) -> list[Article]:
        """The same article in the library's other languages."""
        others = (
            store_articles.get_translation(self.store, article.translation_id, language)
            for language in ("en", "fr")
            if language != article.language
        )
        return [other for other in others if other is not None]

    def related(self, article: Article) -> list[Article]:
        """The related articles that exist, in the article's language, in its order."""
        found = (self.by_slug(slug, article.language) for slug in article.related)
        return [other for other in found if other is not None]

    def page(self, article_id: str) -> ArticlePage | None:
        """Everything the viewer shows for an article, or None if it is not in the library."""
        article = self.article(article_id)
        if article is None:
            return None
        rendered = render_article(article, self._today())
        return ArticlePage(
            article=article,
            html=rendered.html,
            reading_minutes=rendered.reading_minutes,
            days_since_update=rendered.days_since_update,
            related=tuple(self.related(article)),
            translations=tuple(self.translations(article)),
            notes=tuple(self.notes(article)),
            saved=is_saved(self.store, self.actor, article),
        )

    # ------------------------------------------------------------------ feedback, notes

    def give_feedback(
        self,
        article: Article,
        helpful: bool,
        *,
        reason: FeedbackReason | None = None,
        comment: str = "",
    ) -> Change:
        """ "Was this article helpful?" A reason is kept only with a "no"."""
        return store_articles.add_feedback(
            self.store,
            article.translation_id,
            article.language,
            helpful,
            self.actor,
            reason=None if helpful else reason,
            comment=comment.strip()[:MAX_NOTE_LENGTH],
        )

    def notes(self, article: Article) -> list[ArticleNote]:
        return store_articles.list_notes(self.store, article.translation_id, article.language)

    def add_note(self, article: Article, content: str) -> ArticleNote:
        """Pin a note to the article (kept across library updates)."""
        outcome = store_articles.add_note(
            self.store,
            article.translation_id,
            article.language,
            _note_text(content),
            self.actor,
        )
        return outcome.value

    def update_note(self, note_id: int, content: str) -> Change:
        return store_articles.update_note(self.store, note_id, _note_text(content), self.actor)

    def delete_note(self, note_id: int) -> Change:
        return store_articles.delete_note(self.store, note_id, self.actor)

    # ------------------------------------------------------------------ saved articles

    def saved_articles(self) -> list[SavedArticle]:
        """The current person's saved articles, most recently saved first."""
        return [
            SavedArticle(entry, self.by_slug(entry.translation_id, entry.language))
            for entry in read_saved(self.store, self.actor)
        ]

    def set_saved(self, article: Article, wanted: bool) -> Change:
        """Save or un-save an article for the current person."""
        if wanted:
            return save_article(self.store, self.actor, article)
        return unsave_article(self.store, self.actor, article)


def _note_text(content: str) -> str:
    text = content.strip()
    if not text:
        raise BadInputError("The note is empty.", next_step="Type the note, then save it.")
    if len(text) > MAX_NOTE_LENGTH:
        raise BadInputError(
            f"The note is longer than {MAX_NOTE_LENGTH} characters.",
            next_step="Shorten the note: it is pinned above the article.",
        )
    return text


# --------------------------------------------------------------------------- saved articles

SETTING_PREFIX = "helpcenter.saved."
MAX_SAVED = 200


@dataclass(frozen=True, slots=True)
class SavedEntry:
    translation_id: str
    language: str
    updated: date


@dataclass(frozen=True, slots=True)
class SavedArticle:
    """A saved article as it is now; ``article`` is None if the library lost it."""

    entry: SavedEntry
    article: Article | None

    @property
    def changed_since_saved(self) -> bool:
        return self.article is not None and self.article.updated > self.entry.updated


def setting_key(actor: Actor) -> str:
    """One list per staff member; the system actor (no staff switching) has the desk's."""
    return SETTING_PREFIX + (str(actor.staff_id) if actor.staff_id is not None else "desk")


def _entry(raw: Any) -> SavedEntry | None:
    try:
        return SavedEntry(
            translation_id=str(raw["translation"]),
            language=str(raw["language"]),
            updated=date.fromisoformat(str(raw["updated"])),
        )
    except (KeyError, TypeError, ValueError):
        return None


def read_saved(store: Store, actor: Actor) -> list[SavedEntry]:
    """The saved entries, most recently saved first (a damaged value reads as empty)."""
    raw = get_setting(store, setting_key(actor))
    if not raw:
        return []
    try:
        values = json.loads(raw)
    except json.JSONDecodeError:
        log.warning("the saved-articles setting is not JSON; starting a new list")
        return []
    entries = [_entry(value) for value in values] if isinstance(values, list) else []
    return [entry for entry in entries if entry is not None]


def write_saved(store: Store, actor: Actor, entries: list[SavedEntry]) -> Change:
    value = json.dumps(
        [
            {"translation": e.translation_id, "language": e.language, "updated": str(e.updated)}
            for e in entries[:MAX_SAVED]
        ],
        ensure_ascii=False,
    )
    return set_setting(store, setting_key(actor), value, actor)


def _same(entry: SavedEntry, article: Article) -> bool:
    return (entry.translation_id, entry.language) == (article.translation_id, article.language)


def save_article(store: Store, actor: Actor, article: Article) -> Change:
    """Save (or re-save, refreshing its date) an article, first in the list."""
    entries = [e for e in read_saved(store, actor) if not _same(e, article)]
    entry = SavedEntry(article.translation_id, article.language, article.updated)
    return write_saved(store, actor, [entry, *entries])


def unsave_article(store: Store, actor: Actor, article: Article) -> Change:
    entries = read_saved(store, actor)
    kept = [e for e in entries if not _same(e, article)]
    return write_saved(store, actor, kept) if len(kept) != len(entries) else Change()


def is_saved(store: Store, actor: Actor, article: Article) -> bool:
    return any(_same(e, article) for e in read_saved(store, actor))
