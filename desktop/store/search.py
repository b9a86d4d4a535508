"""Full-text search over messages, conversations and help articles.

What the user typed goes through :func:`desktop.store.fts.build_match` (safe, accents
folded, words as prefixes, quoted phrases kept); the ``MATCH`` queries themselves live in
:mod:`desktop.store.sqlite`. Snippets and highlighted titles mark each match between
:data:`~desktop.store.model.HIGHLIGHT_START` and
:data:`~desktop.store.model.HIGHLIGHT_END` (``\\x02`` ... ``\\x03``).

Results are capped (``limit``); message search is newest first, which costs almost
nothing on a large mailbox, and article search is ranked by bm25 with title and
keywords weighted above the body.
"""

from __future__ import annotations

from sqlalchemy import select

from desktop.domain import Conversation
from desktop.store import sqlite
from desktop.store.conversations import get_conversations
from desktop.store.engine import Store
from desktop.store.fts import build_match
from desktop.store.model import ArticleHit, SearchHit
from desktop.store.tables import ArticleRow

#: Conversation search looks at most at this many of the newest matching messages.
MESSAGE_CANDIDATES = 2000


def search_messages(
    store: Store, text: str, *, property_id: int | None = None, limit: int = 50
) -> list[SearchHit]:
    """Messages matching ``text``, newest first (by arrival in the store)."""
    match = build_match(text)
    if match is None:
        return []
    with store.read() as session:
        return sqlite.match_messages(session, match, property_id=property_id, limit=limit)


def search_conversations(
    store: Store, text: str, *, property_id: int | None = None, limit: int = 50
) -> list[Conversation]:
    """Conversations whose guest name, reservation number or messages match ``text``.

    Most recent activity first. Every word must match within one field group: the
    guest name and reservation number together, or one message.
    """
    match = build_match(text)
    if match is None:
        return []
    with store.read() as session:
        ids = sqlite.match_conversations(
            session,
            match,
            property_id=property_id,
            limit=limit,
            message_cap=MESSAGE_CANDIDATES,
        )
    return get_conversations(store, ids)


def search_articles(
    store: Store,
    text: str,
    *,
    language: str | None = None,
    theme: str | None = None,
    limit: int = 20,
    any_term: bool = False,
) -> list[ArticleHit]:
    """Articles matching ``text``, best first (bm25: title x10, keywords x5, body x1).

    ``any_term`` matches articles holding any of the words instead of all of them
    (a broader fallback when the strict search finds nothing).
    """
    match = build_match(text, any_term=any_term)
    if match is None:
        return []
    with store.read() as session:
        found = sqlite.match_articles(session, match, language=language, theme=theme, limit=limit)
        ids = [row_id for row_id, *_ in found]
        rows = {
            row.id: row for row in session.scalars(select(ArticleRow).where(ArticleRow.id.in_(ids)))
        }
    return [
        ArticleHit(
            article_id=rows[row_id].article_id,
            translation_id=rows[row_id].translation_id,
            language=rows[row_id].language,
            theme=rows[row_id].theme,
            subtheme=rows[row_id].subtheme,
            title=title,
            snippet=snippet,
            score=score,
        )
        for row_id, score, title, snippet in found
        if row_id in rows
    ]


def article_vocabulary(store: Store, language: str | None = None) -> dict[str, int]:
    """The indexed words of the articles (lower case, accents folded) and document counts.

    For spelling correction: match what the user typed (folded with
    :func:`desktop.store.fts.fold`) against these words, e.g. with rapidfuzz.
    """
    with store.read() as session:
        return sqlite.article_vocabulary(session, language)
