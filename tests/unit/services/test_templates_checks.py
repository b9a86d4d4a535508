"""Template lint, link allow-list, attachment checks and match highlighting (no store)."""

from __future__ import annotations

from datetime import date

from desktop.services import checks, highlight, templates
from desktop.services.model import Problem
from desktop.store.model import HIGHLIGHT_END as E
from desktop.store.model import HIGHLIGHT_START as S


def test_lint_reports_unknown_and_unfilled_variables() -> None:
    lint = templates.lint_text("Hi {guest_name}, {{GuestName}} {foo} {foo} {checkin}")
    assert lint.unknown == ("GuestName", "foo")
    assert lint.unfilled == ("guest_name", "checkin")
    assert templates.lint_text("Hi Ann, see you {soon").ok


def test_render_fills_only_known_variables_with_a_value() -> None:
    out = templates.render("{guest_name} {checkin} {x}", {"guest_name": "Ann", "checkin": ""})
    assert out.text == "Ann {checkin} {x}"
    assert out.lint.unfilled == ("checkin",)
    assert out.lint.unknown == ("x",)


def test_dates_in_the_guests_language() -> None:
    assert templates.format_date(date(2025, 8, 3), "fr-FR") == "3 août 2025"
    assert templates.format_date(date(2025, 8, 3), "en") == "3 August 2025"
    assert templates.format_date(date(2025, 8, 3), "de") == "2025-08-03"


def test_templates_fall_back_to_ui_language_then_any() -> None:
    both = {"fr": {"A": "a"}, "en": {"B": "b"}}
    assert [t.name for t in templates.choose_templates(both, "fr_BE", "en")] == ["A"]
    assert [t.name for t in templates.choose_templates(both, "nl", "en")] == ["B"]
    assert [t.name for t in templates.choose_templates({"fr": {"A": "a"}}, "nl", "en")] == ["A"]
    assert templates.choose_templates({}, "fr", "en") == []


def test_links_and_allow_list() -> None:
    text = "See https://Maps.Google.com/x, www.hotel-du-lac.fr. and booking.com or Mr.Smith"
    assert checks.find_links(text) == [
        "https://Maps.Google.com/x",
        "www.hotel-du-lac.fr",
        "booking.com",
    ]
    issues = checks.link_issues(text, ["hotel-du-lac.fr", "*.booking.com"])
    assert [(i.problem, i.detail) for i in issues] == [
        (Problem.LINK_NOT_ALLOWED, "maps.google.com")
    ]
    assert not checks.host_allowed("evilbooking.com", ["*.booking.com"])


def test_highlight_marks_whole_words_accent_insensitively() -> None:
    terms = highlight.search_terms('Réserv "late arrival"')
    assert terms == ("arrival", "reserv", "late")
    marked = highlight.mark("Votre réservation, réservée; LATE arrivals", terms)
    assert marked == f"Votre {S}réservation{E}, {S}réservée{E}; {S}LATE{E} {S}arrivals{E}"
    assert highlight.split_marks(f"a {S}b{E} c") == [("a ", False), ("b", True), (" c", False)]
    assert highlight.strip_marks(marked) == "Votre réservation, réservée; LATE arrivals"
    assert highlight.match_spans("Straße", ("strasse",)) == []
