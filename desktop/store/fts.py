"""Turn what a user typed into a safe FTS5 query.

Rules:

- Accents are folded and text is lower-cased (``"Réservé"`` -> ``"reserve"``). The
  index folds accents too (``remove_diacritics 2``), so both spellings match each other.
- Text is cut into words at every character that is not a letter, a digit or a
  private-use character, as SQLite's ``unicode61`` tokenizer does. FTS5 syntax
  (``" * : ^ ( ) - + AND OR NOT NEAR``) therefore never reaches the query as syntax.
- Each word becomes a quoted prefix term, ``"word"*``; words shorter than
  ``min_prefix`` are matched whole (a one-letter prefix matches half the index).
- Text in double quotes stays a phrase, matched exactly: ``"late arrival"``, ``"fee"``
  (no prefix). An unclosed quote runs to the end of the text.
- Terms are joined with AND (every term must match) or, on request, OR.

Nothing here touches the database: the result is a plain string to bind as the
``MATCH`` parameter.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

#: At most this many terms are kept; the rest of a very long input is ignored.
MAX_TERMS = 32
#: Words shorter than this are matched whole rather than as a prefix.
MIN_PREFIX = 2


@dataclass(frozen=True, slots=True)
class Term:
    """One term of a query: a word (``phrase=False``) or a quoted phrase."""

    words: tuple[str, ...]
    phrase: bool = False


def fold(text: str) -> str:
    """Lower case with accents removed: ``"Hôtel Élève"`` -> ``"hotel eleve"``."""
    decomposed = unicodedata.normalize("NFD", text)
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", kept).lower()


def _is_token_char(ch: str) -> bool:
    category = unicodedata.category(ch)
    return category[0] in "LN" or category == "Co"


def words(text: str) -> list[str]:
    """The folded words of ``text``, split like the ``unicode61`` tokenizer splits."""
    found: list[str] = []
    current: list[str] = []
    for ch in fold(text):
        if _is_token_char(ch):
            current.append(ch)
        elif current:
            found.append("".join(current))
            current = []
    if current:
        found.append("".join(current))
    return found


def parse(text: str, *, max_terms: int = MAX_TERMS) -> list[Term]:
    """The terms of a user's query: quoted parts are phrases, the rest single words."""
    terms: list[Term] = []
    for index, part in enumerate(text.split('"')):
        if index % 2 == 1:  # inside quotes (an unclosed quote runs to the end)
            phrase = tuple(words(part))
            if phrase:
                terms.append(Term(phrase, phrase=True))
        else:
            terms.extend(Term((word,)) for word in words(part))
    return terms[:max_terms]


def _render(term: Term, min_prefix: int) -> str:
    quoted = '"' + " ".join(term.words).replace('"', '""') + '"'
    if term.phrase or len(term.words[0]) < min_prefix:
        return quoted
    return quoted + "*"


def build_match(
    text: str,
    *,
    any_term: bool = False,
    min_prefix: int = MIN_PREFIX,
    max_terms: int = MAX_TERMS,
) -> str | None:
    """The FTS5 ``MATCH`` expression for ``text``, or None when it holds no word.

    Args:
        text: What the user typed, untrusted.
        any_term: Join terms with OR (rank by bm25 then) instead of AND.
        min_prefix: Shorter words are matched whole.
        max_terms: Longer input is cut to this many terms.

    Examples:
        >>> build_match('Réservé "late arrival" AND')
        '"reserve"* AND "late arrival" AND "and"*'
    """
    terms = parse(text, max_terms=max_terms)
    if not terms:
        return None
    joiner = " OR " if any_term else " AND "
    return joiner.join(_render(term, min_prefix) for term in terms)
