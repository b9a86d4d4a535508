"""Where a search matched, for highlighting: accent-insensitive, word-prefix matching.

The full-text index folds accents and matches each word as a prefix
(:mod:`desktop.store.fts`); these helpers mark the same words in a guest name or a
message, so what is highlighted is what was found: "reserve" marks "réservé".
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from desktop.store.fts import fold, parse
from desktop.store.model import HIGHLIGHT_END, HIGHLIGHT_START


def search_terms(text: str) -> tuple[str, ...]:
    """The folded words of a search (phrases split into their words), longest first."""
    words = {word for term in parse(text) for word in term.words}
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


def _is_word_char(ch: str) -> bool:
    category = unicodedata.category(ch)
    return category[0] in "LN" or category == "Co"


def _folded_with_positions(text: str) -> tuple[str, list[int]]:
    """``text`` folded character by character, and each folded character's source index."""
    chars: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        for folded in fold(ch):
            chars.append(folded)
            origin.append(index)
    return "".join(chars), origin


def match_spans(text: str, terms: Sequence[str]) -> list[tuple[int, int]]:
    """``(start, end)`` in ``text`` of each word that starts with one of ``terms``.

    Terms are folded words (:func:`search_terms`); the comparison ignores case and
    accents. Spans are sorted and never overlap.
    """
    if not terms or not text:
        return []
    folded, origin = _folded_with_positions(text)
    spans: list[tuple[int, int]] = []
    start = None
    for i in range(len(folded) + 1):
        inside = i < len(folded) and _is_word_char(folded[i])
        if inside and start is None:
            start = i
        elif not inside and start is not None:
            word = folded[start:i]
            if any(word.startswith(term) for term in terms):
                spans.append((origin[start], origin[i - 1] + 1))
            start = None
    return spans


def mark(text: str, terms: Sequence[str]) -> str:
    """``text`` with each match between ``\\x02`` and ``\\x03`` (as store snippets are)."""
    out: list[str] = []
    last = 0
    for start, end in match_spans(text, terms):
        out += [text[last:start], HIGHLIGHT_START, text[start:end], HIGHLIGHT_END]
        last = end
    out.append(text[last:])
    return "".join(out)


def split_marks(marked: str) -> list[tuple[str, bool]]:
    """``[(text, is_match), ...]`` from a text with ``\\x02`` ... ``\\x03`` marks."""
    parts: list[tuple[str, bool]] = []
    rest = marked
    while rest:
        start = rest.find(HIGHLIGHT_START)
        if start < 0:
            parts.append((rest, False))
            break
        if start:
            parts.append((rest[:start], False))
        end = rest.find(HIGHLIGHT_END, start + 1)
        if end < 0:
            end = len(rest)
        if end > start + 1:
            parts.append((rest[start + 1 : end], True))
        rest = rest[end + 1 :]
    return parts


def strip_marks(marked: str) -> str:
    """The plain text of a marked snippet."""
    return marked.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "")
