"""Library search: correct typos, match all words (else any), rank, cap.

Steps, for what the user typed:

1. Correct unknown words (:mod:`desktop.helpcenter.spelling`); the corrected query is
   returned as "did you mean" information.
2. Full-text match in the store (accents folded, every word a prefix, quoted phrases
   exact; :func:`desktop.store.search.search_articles`), in the chosen language and
   theme, keeping :data:`CANDIDATES` articles ranked by bm25 (title x10, keywords x5,
   body x1).
3. If no article holds every word, the articles holding any of them (``broadened``).
4. Re-rank the candidates (:func:`rank`) and keep ``limit``.

The spelling vocabulary comes from the index (``article_vocabulary``), with, for
"did you mean", the spelling most used in the articles of every word written with
accents (``réinitialiser``, not the index's folded ``reinitialiser``).

Nothing here writes: logging a search that found nothing is the caller's decision
(the viewer logs a settled query, not each keystroke).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from desktop.helpcenter.spelling import Correction, Speller, correct_query
from desktop.store import Store
from desktop.store.articles import list_articles
from desktop.store.fts import fold, parse, words
from desktop.store.model import HIGHLIGHT_END, HIGHLIGHT_START, ArticleHit
from desktop.store.search import article_vocabulary, search_articles

#: How many full-text matches are re-ranked.
CANDIDATES = 25
#: The most results a search returns.
MAX_RESULTS = 50
#: Score boost when the title holds the query as a phrase; see :func:`rank`.
TITLE_PHRASE = 0.5
_MARKS = re.compile(f"[{HIGHLIGHT_START}{HIGHLIGHT_END}]")
_SNIPPET_MARKUP = (
    (re.compile(r"\[([^\]]*)\]\([^)]*\)"), r"\1"),  # [text](target) -> text
    (re.compile(r"(?m)^\s*(?:#{1,6}|>|[-*+]|\d+[.)])\s+"), ""),  # block markers
    (re.compile(r"\*\*|__|`"), ""),  # emphasis and code marks
    (re.compile(r"\s\d+[.)]?(?=…$)"), ""),  # a list number cut by the snippet's end
    (re.compile(r"\s+"), " "),
)


@dataclass(frozen=True, slots=True)
class SearchResults:
    """What a search found.

    Attributes:
        query: What the user typed.
        searched: The query actually searched (``query`` with corrections).
        hits: Best first, at most the limit asked for.
        corrections: The words replaced; empty when the query was searched as typed.
        broadened: No article held every word; ``hits`` hold any of them.
    """

    query: str
    searched: str
    hits: tuple[ArticleHit, ...]
    corrections: tuple[Correction, ...] = ()
    broadened: bool = False

    @property
    def did_you_mean(self) -> str | None:
        """The corrected query to show ("Showing results for ..."), or None."""
        return self.searched if self.corrections else None

    @property
    def empty(self) -> bool:
        return not self.hits


def plain(marked: str) -> str:
    """Text without the highlight marks."""
    return _MARKS.sub("", marked)


def _contains(words_: Sequence[str], phrase: Sequence[str]) -> bool:
    size = len(phrase)
    return any(list(words_[i : i + size]) == list(phrase) for i in range(len(words_) - size + 1))


def clean_snippet(snippet: str) -> str:
    """A body snippet as one line of text: Markdown syntax gone, highlight marks kept."""
    for pattern, replacement in _SNIPPET_MARKUP:
        snippet = pattern.sub(replacement, snippet)
    return snippet.strip()


def rank(hits: Sequence[ArticleHit], searched: str) -> list[ArticleHit]:
    """Re-rank full-text hits: bm25, with a boost when the title holds the query as typed.

    bm25 already weighs titles (x10) and keywords (x5) above the body; it cannot see
    that the title holds every word typed, in order, as whole words ("channel manager"
    in "Connect or disconnect a channel manager"), the best sign of the right article.
    The boost scales the score by ``1 + TITLE_PHRASE`` (scores are negative), so it
    reorders close candidates and does not overturn a clearly better match.
    """
    flat = [word for term in parse(searched) for word in term.words]
    if len(flat) < 2:
        return list(hits)
    rescored = [
        replace(hit, score=hit.score * (1.0 + TITLE_PHRASE))
        if _contains(words(plain(hit.title)), flat)
        else hit
        for hit in hits
    ]
    return sorted(rescored, key=lambda hit: hit.score)


def while_typing(text: str) -> str:
    """What to match while the query is still being typed.

    A quote still open (``"channel m``) is not a phrase yet: its words are matched as
    words (prefixes) until the closing quote. A last single letter (``tableau de b``)
    is left out: the index matches one-letter words whole, so it would find nothing
    until the next key.
    """
    if text.count('"') % 2 == 1:
        head, _, tail = text.rpartition('"')
        text = f"{head} {tail}"
    words_ = text.split(" ")
    last = words_[-1]
    if len(words_) > 1 and len(last) == 1 and last.isalpha():
        return " ".join(words_[:-1])
    return text


def run_search(
    store: Store,
    speller: Speller,
    text: str,
    *,
    language: str | None = None,
    theme: str | None = None,
    limit: int = 20,
) -> SearchResults:
    """Search the library (see the module docstring)."""
    limit = max(1, min(limit, MAX_RESULTS))
    searched, corrections = correct_query(text, speller)
    if not fold(searched).strip():
        return SearchResults(query=text, searched=searched, hits=())
    matched = while_typing(searched)
    candidates = max(CANDIDATES, limit)
    found = search_articles(store, matched, language=language, theme=theme, limit=candidates)
    broadened = False
    if not found:
        found = search_articles(
            store, matched, language=language, theme=theme, limit=candidates, any_term=True
        )
        broadened = bool(found)
    hits = tuple(
        replace(hit, snippet=clean_snippet(hit.snippet)) for hit in rank(found, searched)[:limit]
    )
    return SearchResults(text, searched, hits, corrections, broadened)


# --------------------------------------------------------------------------- vocabulary

_NON_ASCII_WORD = re.compile(r"\w*[^\x00-\x7f]\w*")


def accented_spellings(texts: list[str]) -> dict[str, str]:
    """For each folded word written with accents in ``texts``, its most used spelling."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(word.lower() for word in _NON_ASCII_WORD.findall(text))
    best: dict[str, tuple[int, str]] = {}
    for spelling, count in counts.items():
        folded = fold(spelling)
        if folded != spelling and count > best.get(folded, (0, ""))[0]:
            best[folded] = (count, spelling)
    return {folded: spelling for folded, (_, spelling) in best.items()}


def build_speller(store: Store, language: str | None) -> Speller:
    """The vocabulary of ``language`` (all languages for None)."""
    counts = article_vocabulary(store, language)
    texts = [
        "\n".join((article.title, " ".join(article.keywords), article.body_markdown))
        for article in list_articles(store, language=language)
    ]
    return Speller(counts, accented_spellings(texts))
