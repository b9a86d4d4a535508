"""The HelpCenter service: pages, feedback, property notes, saved articles."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop.domain import SYSTEM, FeedbackReason
from desktop.errors import BadInputError
from desktop.helpcenter import HelpCenter
from desktop.store.articles import list_articles, list_feedback, replace_articles

from .conftest import STAFF


def test_page_gathers_what_the_viewer_shows(center: HelpCenter) -> None:
    page = center.page("reservations-cancel-free-of-charge-fr")
    assert page is not None
    assert page.article.title == "Annuler une réservation sans frais pour le client"
    assert [a.article_id for a in page.related] == [
        "reservations-no-show-report-fr",
        "reservations-guest-change-request-fr",
        "contact-send-message-fr",
    ]
    assert [a.article_id for a in page.translations] == ["reservations-cancel-free-of-charge-en"]
    assert 'href="article:reservations-no-show-report"' in page.html
    assert page.notes == ()
    assert page.saved is False
    assert center.page("no-such-article-en") is None
    assert center.by_slug("reservations-cancel-free-of-charge", "en") is not None


def test_feedback_is_stored_with_reason_and_comment(center: HelpCenter) -> None:
    article = center.article("invoices-vat-on-commission-en")
    assert article is not None
    assert center.give_feedback(article, True, reason=FeedbackReason.INACCURATE)
    center.give_feedback(
        article, False, reason=FeedbackReason.BROKEN_LINK, comment="  The VAT link is dead. "
    )
    stored = list_feedback(center.store, translation_id="invoices-vat-on-commission")
    assert [(f.helpful, f.reason, f.comment) for f in stored] == [
        (False, FeedbackReason.BROKEN_LINK, "The VAT link is dead."),
        (True, None, ""),  # a reason only goes with "no"
    ]
    assert stored[0].actor == STAFF


def test_notes_pin_edit_delete(center: HelpCenter) -> None:
    article = center.article("contact-call-booking-en")
    assert article is not None
    note = center.add_note(article, "  Our account manager: Julie, ext. 204. ")
    assert note.content == "Our account manager: Julie, ext. 204."
    assert note.actor == STAFF
    center.update_note(note.note_id, "Account manager: Julie (ext. 204)")
    assert [n.content for n in center.notes(article)] == ["Account manager: Julie (ext. 204)"]
    french = center.article("contact-call-booking-fr")
    assert french is not None
    assert center.notes(french) == []  # a note belongs to one language's article
    center.delete_note(note.note_id)
    assert center.notes(article) == []
    with pytest.raises(BadInputError, match="empty"):
        center.add_note(article, "   ")
    with pytest.raises(BadInputError, match="longer than"):
        center.add_note(article, "x" * 2001)


def test_saved_articles_per_person_and_changed_since_saved(center: HelpCenter) -> None:
    first = center.article("rates-close-out-dates-en")
    second = center.article("promotions-genius-programme-fr")
    assert first is not None
    assert second is not None
    center.set_saved(first, True)
    center.set_saved(second, True)
    saved = center.saved_articles()
    assert [s.entry.translation_id for s in saved] == [
        "promotions-genius-programme",
        "rates-close-out-dates",
    ]
    assert not any(s.changed_since_saved for s in saved)
    page = center.page(first.article_id)
    assert page is not None
    assert page.saved
    # another person has their own list
    other = HelpCenter(center.store, center.paths, actor=SYSTEM)
    assert other.saved_articles() == []
    # the library changes the article: the saved entry says so
    articles = list_articles(center.store)
    newer = replace(first, updated=first.updated.replace(year=first.updated.year + 1))
    replace_articles(
        center.store, [newer if a.article_id == first.article_id else a for a in articles], SYSTEM
    )
    changed = {s.entry.translation_id: s.changed_since_saved for s in center.saved_articles()}
    assert changed == {"rates-close-out-dates": True, "promotions-genius-programme": False}
    center.set_saved(first, False)
    assert [s.entry.translation_id for s in center.saved_articles()] == [
        "promotions-genius-programme"
    ]
    assert not center.set_saved(first, False)  # nothing to change


def test_saved_articles_survive_a_damaged_setting(center: HelpCenter) -> None:
    from desktop.helpcenter.service import setting_key
    from desktop.store.state import set_setting

    set_setting(center.store, setting_key(STAFF), "{not json", SYSTEM)
    assert center.saved_articles() == []
    set_setting(center.store, setting_key(STAFF), '[{"translation": 1}, "x"]', SYSTEM)
    assert center.saved_articles() == []
