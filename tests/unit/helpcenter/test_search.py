"""Library search: typos, accents, prefixes, phrases, filters, snippets, misses."""

from __future__ import annotations

import pytest

from desktop.helpcenter import HIGHLIGHT_END, HIGHLIGHT_START, HelpCenter, plain
from desktop.helpcenter.search import clean_snippet, rank
from desktop.helpcenter.spelling import Speller, correct_query, tokenize
from desktop.store.articles import list_search_misses
from desktop.store.model import ArticleHit


def ids(center: HelpCenter, text: str, *, language: str) -> list[str]:
    return [hit.translation_id for hit in center.search(text, language=language).hits]


@pytest.mark.parametrize(
    ("typed", "language", "corrected", "expected"),
    [
        ("anulation", "fr", "annulation", "reservations-cancel-free-of-charge"),
        ("reservaton", "en", "reservation", None),
        ("comission", "en", "commission", "invoices-commission-explained"),
        ("comission", "fr", "commission", "invoices-commission-explained"),
        ("réinitaliser mot de passe", "fr", "réinitialiser mot de passe", "account-reset-password"),
        ("reinitaliser", "fr", "réinitialiser", "account-reset-password"),
    ],
)
def test_typos_are_corrected_against_the_index(
    center: HelpCenter, typed: str, language: str, corrected: str, expected: str | None
) -> None:
    results = center.search(typed, language=language)
    assert results.did_you_mean == corrected
    assert results.hits
    if expected is not None:
        assert expected in [hit.translation_id for hit in results.hits[:3]]


def test_known_words_and_word_beginnings_are_not_corrected(center: HelpCenter) -> None:
    for typed in ("cancellation", "screensh", "restrict", "VAT number", "ab"):
        results = center.search(typed, language="en")
        assert results.corrections == (), typed
        assert results.did_you_mean is None


def test_a_word_being_typed_is_corrected_as_a_beginning(center: HelpCenter) -> None:
    results = center.search("centre oport", language="fr")
    assert results.did_you_mean == "centre opport"
    assert results.hits[0].translation_id == "opportunities-opportunity-centre"


def test_a_last_letter_being_typed_does_not_empty_the_results(center: HelpCenter) -> None:
    results = center.search("tableau de b", language="fr")
    assert not results.broadened
    assert results.hits[0].translation_id == "analytics-performance-dashboard"


def test_accents_are_optional_both_ways(center: HelpCenter) -> None:
    assert ids(center, "coordonnees bancaires", language="fr")[0] == (
        "getting-paid-change-bank-details"
    )
    assert ids(center, "CRÉER un plan tarifaire", language="fr")[0] == "rates-set-up-rate-plan"
    assert ids(center, "créche", language="en") == ids(center, "creche", language="en")


def test_prefix_and_phrase_queries(center: HelpCenter) -> None:
    assert ids(center, "relocat", language="en")[0] == "reservations-overbooking-relocation"
    phrase = center.search('"virtual card"', language="en")
    assert phrase.hits[0].translation_id == "getting-paid-charge-virtual-card"
    # a phrase is narrower than its words
    words = {hit.article_id for hit in center.search("virtual card", language="en").hits}
    assert {hit.article_id for hit in phrase.hits} < words
    assert center.search('"review card"', language="en").hits == ()


def test_all_words_first_then_any_word(center: HelpCenter) -> None:
    strict = center.search("invoice payout", language="en")
    assert not strict.broadened
    broad = center.search("invoice zzzqqq", language="en")
    assert broad.broadened
    assert broad.hits


def test_language_and_theme_filters(center: HelpCenter) -> None:
    french = center.search("commission", language="fr")
    assert {hit.language for hit in french.hits} == {"fr"}
    themed = center.search("commission", language="en", theme="invoices_commission")
    assert themed.hits
    assert {hit.theme for hit in themed.hits} == {"invoices_commission"}
    both = center.search("commission")
    assert {hit.language for hit in both.hits} == {"en", "fr"}
    assert center.themes("en")[:3] == ["account", "analytics", "contact"]


def test_results_are_capped(center: HelpCenter) -> None:
    assert len(center.search("the", language="en", limit=5).hits) == 5
    assert len(center.search("the", language="en", limit=500).hits) <= 50


def test_snippets_and_titles_mark_the_matches(center: HelpCenter) -> None:
    hit = center.search("no-show fee", language="en").hits[0]
    assert f"{HIGHLIGHT_START}" in hit.snippet
    assert HIGHLIGHT_END in hit.snippet
    assert HIGHLIGHT_START in hit.title
    assert "\n" not in hit.snippet
    assert "**" not in hit.snippet
    assert "](article:" not in hit.snippet
    assert plain(hit.title) == "Mark a reservation as a no-show"


def test_clean_snippet_keeps_marks() -> None:
    raw = "…fees.\n\n## \x02Change\x03 the price\n\n1. Open **Reservations** [see](article:x)…"
    assert clean_snippet(raw) == "…fees. \x02Change\x03 the price Open Reservations see…"


def test_rank_favours_the_query_as_a_title_phrase() -> None:
    def hit(title: str, score: float) -> ArticleHit:
        return ArticleHit(title, title, "en", "t", None, title, "", score)

    hits = [hit("Manager of the channel", -3.0), hit("Connect a channel manager", -2.5)]
    assert rank(hits, "channel manager")[0].title == "Connect a channel manager"
    assert rank(hits, "channel")[0].title == "Manager of the channel"


def test_no_words_no_results(center: HelpCenter) -> None:
    for typed in ("", "   ", '"', "*", "-"):
        assert center.search(typed, language="en").hits == ()


def test_misses_are_logged_on_request(center: HelpCenter) -> None:
    results = center.search("qqqzzzxx", language="fr")
    assert results.empty
    center.record_miss("qqqzzzxx ", "fr")
    center.record_miss("   ", "fr")
    misses = list_search_misses(center.store)
    assert [(m.query, m.language) for m in misses] == [("qqqzzzxx", "fr")]


def test_speller_unit() -> None:
    speller = Speller(
        {"annulation": 5, "annuler": 3, "commission": 9, "reserve": 1}, {"reserve": "réservé"}
    )
    assert speller.correct("anulation") == "annulation"
    assert speller.correct("xyzxyzxyz") is None
    assert speller.completes("annu")
    assert not speller.completes("anu")
    assert speller.correct("anul", partial=True) == "annul"
    assert speller.display("reserve") == "réservé"
    assert speller.display("reser") == "réser"
    text, corrections = correct_query('Anulation "comission" ab', speller)
    assert text == 'annulation "commission" ab'
    assert [(c.typed, c.corrected) for c in corrections] == [
        ("anulation", "annulation"),
        ("comission", "commission"),
    ]
    assert [(t.word, t.in_phrase) for t in tokenize('é "b c" d')] == [
        ("e", False),
        ("b", True),
        ("c", True),
        ("d", False),
    ]


def test_an_open_quote_is_not_a_phrase_yet(center: HelpCenter) -> None:
    typing = center.search('"channel m', language="en")
    assert typing.hits[0].translation_id == "account-channel-manager-connect"
    assert typing.did_you_mean is None
    french = center.search('"demande de rése', language="fr")
    assert french.did_you_mean is None  # "rése" is being typed: not corrected
    assert french.hits
    closed = center.search('"demande de rése"', language="fr")
    assert closed.did_you_mean is not None  # a finished phrase needs whole words
