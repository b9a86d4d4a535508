"""The help-article library in the database: articles, feedback, notes, search misses.

Feedback and notes are keyed by ``(translation_id, language)``, not by article row, so
they survive library updates (:func:`replace_articles`). Searching is in
:mod:`desktop.store.search`.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain import (
    Actor,
    Article,
    ArticleFeedback,
    AuditAction,
    Change,
    FeedbackReason,
    utcnow,
)
from desktop.store import audit
from desktop.store.engine import Store
from desktop.store.model import ArticleNote, Outcome, SearchMiss
from desktop.store.tables import ArticleFeedbackRow, ArticleNoteRow, ArticleRow, SearchMissRow
from desktop.store.util import assign


def article_target(translation_id: str, language: str) -> str:
    """The audit target naming an article in one language."""
    return f"article:{translation_id}:{language}"


def replace_articles(store: Store, articles: Iterable[Article], actor: Actor) -> Change:
    """Make the stored library exactly ``articles``, in one transaction.

    Unchanged articles are left alone (their search index entries too); the others are
    inserted, updated or deleted.
    """
    wanted = {article.article_id: article for article in articles}
    with store.write() as session:
        rows = {row.article_id: row for row in session.scalars(select(ArticleRow))}
        removed = [rows[aid] for aid in rows.keys() - wanted.keys()]
        for row in removed:
            session.delete(row)
        session.flush()
        added = updated = 0
        for article_id, article in wanted.items():
            existing = rows.get(article_id)
            if existing is None:
                session.add(ArticleRow(article_id=article_id, **_values(article)))
                added += 1
            elif assign(existing, _values(article)):
                updated += 1
        if not (added or updated or removed):
            return Change()
        details = {"added": added, "updated": updated, "removed": len(removed)}
        audit.record(session, actor, AuditAction.SYNC, "articles", details)
    return Change(articles=True)


def _values(article: Article) -> dict[str, object]:
    return {
        "translation_id": article.translation_id,
        "language": article.language,
        "title": article.title,
        "theme": article.theme,
        "subtheme": article.subtheme,
        "keywords": "\n".join(article.keywords),
        "updated": article.updated,
        "related": list(article.related),
        "body": article.body_markdown,
    }


def to_article(row: ArticleRow) -> Article:
    return Article(
        article_id=row.article_id,
        translation_id=row.translation_id,
        language=row.language,
        title=row.title,
        theme=row.theme,
        body_markdown=row.body,
        updated=row.updated,
        subtheme=row.subtheme,
        keywords=tuple(k for k in row.keywords.split("\n") if k),
        related=tuple(row.related),
    )


def get_article(store: Store, article_id: str) -> Article | None:
    with store.read() as session:
        row = session.scalars(select(ArticleRow).where(ArticleRow.article_id == article_id))
        found = row.one_or_none()
        return to_article(found) if found else None


def get_translation(store: Store, translation_id: str, language: str) -> Article | None:
    """The article of ``translation_id`` in ``language``, if the library has it."""
    stmt = select(ArticleRow).where(
        ArticleRow.translation_id == translation_id, ArticleRow.language == language
    )
    with store.read() as session:
        found = session.scalars(stmt).one_or_none()
        return to_article(found) if found else None


def list_articles(
    store: Store, *, language: str | None = None, theme: str | None = None
) -> list[Article]:
    """Articles by theme, then title."""
    stmt = select(ArticleRow).order_by(ArticleRow.theme, ArticleRow.title)
    if language is not None:
        stmt = stmt.where(ArticleRow.language == language)
    if theme is not None:
        stmt = stmt.where(ArticleRow.theme == theme)
    with store.read() as session:
        return [to_article(row) for row in session.scalars(stmt)]


def add_feedback(
    store: Store,
    translation_id: str,
    language: str,
    helpful: bool,
    actor: Actor,
    *,
    reason: FeedbackReason | None = None,
    comment: str = "",
) -> Change:
    """Record whether an article helped (and why not)."""
    with store.write() as session:
        session.add(
            ArticleFeedbackRow(
                translation_id=translation_id,
                language=language,
                helpful=helpful,
                reason=reason,
                comment=comment,
                created_at=utcnow(),
                **audit.actor_columns(actor),
            )
        )
        details = {"helpful": helpful, "reason": reason.value if reason else None}
        target = article_target(translation_id, language)
        audit.record(session, actor, AuditAction.ARTICLE_FEEDBACK, target, details)
    return Change(articles=True)


def list_feedback(
    store: Store, *, translation_id: str | None = None, language: str | None = None
) -> list[ArticleFeedback]:
    """Feedback, newest first."""
    stmt = select(ArticleFeedbackRow).order_by(ArticleFeedbackRow.id.desc())
    if translation_id is not None:
        stmt = stmt.where(ArticleFeedbackRow.translation_id == translation_id)
    if language is not None:
        stmt = stmt.where(ArticleFeedbackRow.language == language)
    with store.read() as session:
        return [
            ArticleFeedback(
                translation_id=row.translation_id,
                language=row.language,
                helpful=row.helpful,
                created_at=row.created_at,
                actor=audit.actor_of(row),
                reason=row.reason,
                comment=row.comment,
            )
            for row in session.scalars(stmt)
        ]


def add_note(
    store: Store, translation_id: str, language: str, content: str, actor: Actor
) -> Outcome[ArticleNote]:
    """Pin a staff note to an article."""
    now = utcnow()
    with store.write() as session:
        row = ArticleNoteRow(
            translation_id=translation_id,
            language=language,
            content=content,
            created_at=now,
            updated_at=now,
            **audit.actor_columns(actor),
        )
        session.add(row)
        session.flush()
        _record_note(session, row, actor, "added")
        note = to_note(row)
    return Outcome(note, Change(articles=True))


def update_note(store: Store, note_id: int, content: str, actor: Actor) -> Change:
    """Change a note's text (the author shown stays the original one)."""
    with store.write() as session:
        row = _note_row(session, note_id)
        if row.content == content:
            return Change()
        row.content, row.updated_at = content, utcnow()
        _record_note(session, row, actor, "updated")
    return Change(articles=True)


def delete_note(store: Store, note_id: int, actor: Actor) -> Change:
    with store.write() as session:
        row = _note_row(session, note_id)
        session.delete(row)
        _record_note(session, row, actor, "deleted")
    return Change(articles=True)


def _note_row(session: Session, note_id: int) -> ArticleNoteRow:
    row = session.get(ArticleNoteRow, note_id)
    if row is None:
        raise LookupError(f"no article note {note_id}")
    return row


def _record_note(session: Session, row: ArticleNoteRow, actor: Actor, what: str) -> None:
    target = article_target(row.translation_id, row.language)
    details = {"note_id": row.id, "change": what}
    audit.record(session, actor, AuditAction.ARTICLE_NOTE, target, details)


def to_note(row: ArticleNoteRow) -> ArticleNote:
    return ArticleNote(
        note_id=row.id,
        translation_id=row.translation_id,
        language=row.language,
        content=row.content,
        created_at=row.created_at,
        updated_at=row.updated_at,
        actor=audit.actor_of(row),
    )


def list_notes(store: Store, translation_id: str, language: str) -> list[ArticleNote]:
    """The notes pinned to an article, oldest first."""
    stmt = (
        select(ArticleNoteRow)
        .where(ArticleNoteRow.translation_id == translation_id)
        .where(ArticleNoteRow.language == language)
        .order_by(ArticleNoteRow.id)
    )
    with store.read() as session:
        return [to_note(row) for row in session.scalars(stmt)]


def record_search_miss(store: Store, query: str, language: str, actor: Actor) -> Change:
    """Remember a library search that found nothing (for the library's editors).

    Telemetry, not an operation: it writes no audit event (there is no audit action for
    it, and a trail of keystrokes would drown the actions managers review).
    """
    with store.write() as session:
        session.add(
            SearchMissRow(
                query=query[:400], language=language, at=utcnow(), **audit.actor_columns(actor)
            )
        )
    return Change()


def list_search_misses(
    store: Store, *, since: datetime | None = None, limit: int = 500
) -> list[SearchMiss]:
    """Searches that found nothing, newest first."""
    stmt = select(SearchMissRow).order_by(SearchMissRow.at.desc(), SearchMissRow.id.desc())
    if since is not None:
        stmt = stmt.where(SearchMissRow.at >= since)
    with store.read() as session:
        rows = session.scalars(stmt.limit(limit))
        return [SearchMiss(query=r.query, language=r.language, at=r.at) for r in rows]
