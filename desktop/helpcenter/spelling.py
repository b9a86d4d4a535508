"""Typo tolerance: correct each query word that the index does not know.

Full-text search matches words or prefixes exactly, so ``anulation``, ``reservaton`` or
``comission`` find nothing. Before searching, every word of three letters or more
that is neither an indexed word nor the beginning of one (``screensh`` is fine: it is
being typed) is replaced by the closest indexed word: rapidfuzz's ``fuzz.ratio`` over
the words of a similar length (two letters shorter to two longer), above
:data:`SCORE_CUTOFF`; ties go to a word with the same first letter, then to the word
found in more articles. Words inside a quoted phrase must be whole indexed words.

The vocabulary comes from the index (``article_vocabulary``); a :class:`Speller` holds
one language's words in memory (the service caches one per language).
"""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from desktop.store.fts import fold

#: The least ``fuzz.ratio`` (0-100) a correction must reach.
SCORE_CUTOFF = 80.0
#: Words shorter than this are never corrected (too many near neighbours).
MIN_LENGTH = 3
#: Candidates differ in length from the typed word by at most this much.
LENGTH_WINDOW = 2


@dataclass(frozen=True, slots=True)
class Token:
    """A word of the query: where it is in the (NFC) text, folded, inside quotes or not."""

    start: int
    end: int
    word: str
    in_phrase: bool


@dataclass(frozen=True, slots=True)
class Correction:
    """One word replaced: what was typed (folded) and the indexed word used instead."""

    typed: str
    corrected: str


def _is_word_char(ch: str) -> bool:
    category = unicodedata.category(ch)
    return category[0] in "LN" or category in ("Co", "Mn")


def tokenize(text: str) -> list[Token]:
    """The words of an NFC-normalised query, with positions (as the index splits words)."""
    tokens: list[Token] = []
    start: int | None = None
    in_phrase = False
    for index, ch in enumerate([*text, " "]):
        if _is_word_char(ch):
            if start is None:
                start = index
            continue
        if start is not None:
            tokens.append(Token(start, index, fold(text[start:index]), in_phrase))
            start = None
        if ch == '"':
            in_phrase = not in_phrase
    return tokens


class Speller:
    """One language's indexed words, for prefix checks and corrections."""

    def __init__(self, counts: Mapping[str, int], display: Mapping[str, str] | None = None):
        self._counts = dict(counts)
        self._sorted = sorted(self._counts)
        self._display = dict(display or {})
        self._by_length: dict[int, list[str]] = {}
        for word in self._sorted:
            self._by_length.setdefault(len(word), []).append(word)
        self._prefixes: dict[int, dict[str, str]] = {}
        self._rarest_first = sorted(self._counts, key=self._counts.__getitem__)

    def __len__(self) -> int:
        return len(self._counts)

    def known(self, word: str) -> bool:
        return word in self._counts

    def completes(self, word: str) -> bool:
        """True if some indexed word starts with ``word`` (or is it)."""
        index = bisect.bisect_left(self._sorted, word)
        return index < len(self._sorted) and self._sorted[index].startswith(word)

    def display(self, word: str) -> str:
        """How the word (or word beginning) is written in the articles, with its accents."""
        if word in self._display:
            return self._display[word]
        written = self._display.get(self._longest(word), word)[: len(word)]
        return written if fold(written) == word else word

    def prefixes(self, length: int) -> dict[str, str]:
        """The beginnings of that many letters of longer words, each with its commonest word."""
        found = self._prefixes.get(length)
        if found is None:
            found = {}
            for word in self._rarest_first:
                if len(word) > length:
                    found[word[:length]] = word
            self._prefixes[length] = found
        return found

    def correct(self, word: str, *, partial: bool = False) -> str | None:
        """The closest indexed word of a similar length, or None below the cutoff.

        With ``partial`` (the word is still being typed) the beginnings of longer words
        compete too (``oport`` -> ``opport``, the start of ``opportunite``).
        """
        size = len(word)
        candidates = [
            candidate
            for length in range(size - LENGTH_WINDOW, size + LENGTH_WINDOW + 1)
            for candidate in self._by_length.get(length, ())
        ]
        if partial:
            candidates += [*self.prefixes(size), *self.prefixes(size + 1)]
        found = process.extract(
            word, candidates, scorer=fuzz.ratio, score_cutoff=SCORE_CUTOFF, limit=8
        )
        if not found:
            return None
        best = max(found, key=lambda hit: self._preference(word, str(hit[0]), hit[1]))
        return str(best[0])

    def _preference(self, word: str, candidate: str, score: float) -> tuple[float, bool, int]:
        """Best score, then the same first letter, then the word in most articles."""
        full = candidate if candidate in self._counts else self._longest(candidate)
        return score, candidate[:1] == word[:1], self._counts.get(full, 0)

    def _longest(self, prefix: str) -> str:
        return self.prefixes(len(prefix)).get(prefix, prefix)

    def needs_correction(self, token: Token, *, typing: bool = False) -> bool:
        """Whether to correct a word: unknown, and (outside a finished phrase, or while
        it is being typed) not the beginning of a known word either."""
        word = token.word
        if len(word) < MIN_LENGTH or any(ch.isdigit() for ch in word):
            return False
        if token.in_phrase and not typing:
            return not self.known(word)
        return not self.completes(word)


def correct_query(text: str, speller: Speller) -> tuple[str, tuple[Correction, ...]]:
    """The query with unknown words replaced, and the corrections made.

    Only the corrected words change; quotes, other words and their accents are kept.
    """
    text = unicodedata.normalize("NFC", text)
    pieces: list[str] = []
    corrections: list[Correction] = []
    position = 0
    tokens = tokenize(text)
    open_phrase = text.count('"') % 2 == 1
    for token in tokens:
        typing = token is tokens[-1] and token.end == len(text)
        typing = typing and (open_phrase or not token.in_phrase)
        if not speller.needs_correction(token, typing=typing):
            continue
        corrected = speller.correct(token.word, partial=typing)
        if corrected is None or corrected == token.word:
            continue
        pieces += [text[position : token.start], speller.display(corrected)]
        position = token.end
        corrections.append(Correction(token.word, corrected))
    pieces.append(text[position:])
    return "".join(pieces), tuple(corrections)
