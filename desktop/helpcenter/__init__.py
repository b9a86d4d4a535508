"""The help-article library: load, validate, index, search, render, feedback, notes.

Qt-free. The viewer (``ui/help``) and the CLI (``frontdesk articles ...``) use the
:class:`HelpCenter` service; the rest are its parts.

=================  ==============================================================
module             what it holds
=================  ==============================================================
``service``        :class:`HelpCenter`, :class:`ArticlePage`, saved articles
``articlefile``    one ``.md`` file (YAML front matter) -> a validated Article
``library``        shipped + imported folders, whole-library checks, fingerprint
``importer``       all-or-nothing import, start-up re-index (:func:`sync_library`)
``spelling``       typo correction against the index vocabulary (rapidfuzz)
``search``         correct -> match all (else any) -> re-rank -> cap; vocabulary
``markup``         Markdown -> sanitised HTML (nh3), reading time, age; ``.html`` files
``cli``            ``frontdesk articles search|import``
=================  ==============================================================
"""

from desktop.helpcenter.articlefile import ArticleFileError, LibraryError
from desktop.helpcenter.importer import ImportReport, SyncReport
from desktop.helpcenter.markup import ARTICLE_SCHEME, allowed_link
from desktop.helpcenter.search import SearchResults, plain
from desktop.helpcenter.service import ArticlePage, HelpCenter, SavedArticle
from desktop.helpcenter.spelling import Correction
from desktop.store.fts import fold
from desktop.store.model import HIGHLIGHT_END, HIGHLIGHT_START, ArticleHit, ArticleNote

__all__ = [
    "ARTICLE_SCHEME",
    "HIGHLIGHT_END",
    "HIGHLIGHT_START",
    "ArticleFileError",
    "ArticleHit",
    "ArticleNote",
    "ArticlePage",
    "Correction",
    "HelpCenter",
    "ImportReport",
    "LibraryError",
    "SavedArticle",
    "SearchResults",
    "SyncReport",
    "allowed_link",
    "fold",
    "plain",
]
