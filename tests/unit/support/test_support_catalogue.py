"""The shipped contact catalogue: themes, sub-themes, articles, rules and texts."""

from __future__ import annotations

import pytest
import yaml

import resources
from desktop.domain import SupportChannel
from desktop.settings.profile import THEMES
from desktop.support.catalogue import (
    Catalogue,
    ContactOption,
    Requirement,
    _Themes,
    load_catalogue,
)

SUBTHEMES = {
    "rates_availability": ["rates", "availability_calendar", "restrictions", "rate_plans", "other"],
    "promotions": ["create_promotion", "deals_campaigns", "mobile_rates", "genius", "other"],
    "reservations": ["cancellation", "modification", "no_show", "payment_issue", "other"],
    "opportunities": ["programmes", "visibility", "other"],
    "guest_reviews": ["respond_review", "inappropriate_review", "review_score", "other"],
    "invoices_commission": ["invoice", "commission_amount", "pay_invoice", "vat", "other"],
    "getting_paid": ["payments_by_booking", "payouts", "virtual_cards", "bank_details", "other"],
    "analytics": ["performance_dashboard", "ranking", "market_insights", "other"],
    "property_information": [
        "facilities_photos",
        "policies",
        "rooms",
        "location_address",
        "star_rating",
        "other",
    ],
    "account": [
        "password_signin",
        "contact_details",
        "channel_manager",
        "devices",
        "end_of_contract",
        "other",
    ],
}

GUEST_LANGUAGES = ("fr", "en", "de", "es", "it", "nl")


def article_front_matter(language: str) -> dict[str, dict[str, object]]:
    """Front matter of the shipped help articles in one language, by translation slug."""
    found: dict[str, dict[str, object]] = {}
    for node in resources.path("articles", language).iterdir():
        if node.name.endswith(".md"):
            head = node.read_text(encoding="utf-8").split("---")[1]
            meta = yaml.safe_load(head)
            found[str(meta["translation"])] = meta
    return found


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


def test_the_schema_has_one_field_per_theme_in_booking_order() -> None:
    assert tuple(_Themes.model_fields) == THEMES


def test_ten_themes_in_booking_order_with_their_subthemes(catalogue: Catalogue) -> None:
    assert tuple(theme.id for theme in catalogue.themes()) == THEMES
    for theme in catalogue.themes():
        assert [sub.id for sub in theme.subthemes] == SUBTHEMES[theme.id]
        assert all(sub.theme_id == theme.id for sub in theme.subthemes)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_text_exists_in_both_languages(catalogue: Catalogue, language: str) -> None:
    for theme in catalogue.themes():
        assert theme.title(language).strip()
        assert len(theme.description(language)) > 40
        for sub in theme.subthemes:
            assert sub.title(language).strip()
            # Shipped guidance is written in both languages or in neither.
            assert bool(sub.guidances.fr) == bool(sub.guidances.en), (theme.id, sub.id)
    for option in ContactOption:
        assert len(catalogue.steps_for(option, language)) >= 5
    assert "Help" in catalogue.guest_redirect_explanation("en")
    assert "Centre d'aide" in catalogue.guest_redirect_explanation("fr")


def test_french_and_english_really_differ(catalogue: Catalogue) -> None:
    reservations = catalogue.theme("reservations")
    assert reservations.title("fr") == "Réservations"
    assert reservations.title("en") == "Reservations"
    assert catalogue.theme("getting_paid").title("fr") == "Recevoir mes paiements"
    assert catalogue.message_steps("fr")[0] != catalogue.message_steps("en")[0]


def test_language_codes_are_read_loosely(catalogue: Catalogue) -> None:
    theme = catalogue.theme("account")
    assert theme.title("fr_CA") == theme.title("FR-fr") == "Compte"
    assert theme.title("de") == theme.title("en") == "Account"


def test_every_article_named_exists_in_english_and_french(catalogue: Catalogue) -> None:
    for language in ("en", "fr"):
        known = set(article_front_matter(language))
        assert catalogue.unknown_articles(known) == ()
        catalogue.validate_articles(known)
    assert all(sub.articles for theme in catalogue.themes() for sub in theme.subthemes)


def test_specific_articles_belong_to_their_theme(catalogue: Catalogue) -> None:
    """An article filed under a theme and sub-theme is offered for that sub-theme."""
    for slug, meta in article_front_matter("en").items():
        if meta["theme"] in THEMES:
            sub = catalogue.subtheme(str(meta["theme"]), str(meta["subtheme"]))
            assert slug in sub.articles, (slug, sub.theme_id, sub.id)


def test_technical_problems_go_to_account_other(catalogue: Catalogue) -> None:
    other = catalogue.subtheme("account", "other")
    assert "account-extranet-not-loading" in other.articles
    assert "extranet" in other.guidance("en")
    assert "extranet" in other.guidance("fr")


@pytest.mark.parametrize(
    ("theme_id", "subtheme_id", "rule"),
    [
        *[
            ("reservations", sub, Requirement.REQUIRED)
            for sub in ("cancellation", "modification", "no_show", "payment_issue")
        ],
        *[("guest_reviews", sub, Requirement.OPTIONAL) for sub in SUBTHEMES["guest_reviews"]],
        ("invoices_commission", "commission_amount", Requirement.OPTIONAL),
        ("getting_paid", "virtual_cards", Requirement.OPTIONAL),
        *[("account", sub, Requirement.NONE) for sub in SUBTHEMES["account"]],
        *[("analytics", sub, Requirement.NONE) for sub in SUBTHEMES["analytics"]],
    ],
)
def test_reservation_number_rules(
    catalogue: Catalogue, theme_id: str, subtheme_id: str, rule: Requirement
) -> None:
    assert catalogue.subtheme(theme_id, subtheme_id).reservation_number is rule


def test_only_reservations_require_a_reservation_number(catalogue: Catalogue) -> None:
    required = {
        (theme.id, sub.id)
        for theme in catalogue.themes()
        for sub in theme.subthemes
        if sub.reservation_number is Requirement.REQUIRED
    }
    assert required == {
        ("reservations", sub)
        for sub in ("cancellation", "modification", "no_show", "payment_issue")
    }


def test_contact_options(catalogue: Catalogue) -> None:
    subthemes = [sub for theme in catalogue.themes() for sub in theme.subthemes]
    everything = frozenset(ContactOption)
    assert all(sub.options and ContactOption.MESSAGE in sub.options for sub in subthemes)
    assert sum(sub.options == everything for sub in subthemes) > len(subthemes) / 2
    for sub in catalogue.theme("reservations").subthemes:
        assert sub.options == everything
    assert ContactOption.CALL not in catalogue.subtheme("analytics", "ranking").options
    cancellation = catalogue.subtheme("reservations", "cancellation")
    assert cancellation.ordered_options == (
        ContactOption.MESSAGE,
        ContactOption.CALL,
        ContactOption.PULSE,
    )
    assert ContactOption.PULSE.channel is SupportChannel.PULSE


def test_guest_redirect_texts(catalogue: Catalogue) -> None:
    assert set(GUEST_LANGUAGES) <= set(catalogue.guest_redirect.languages)
    texts = {language: catalogue.guest_redirect_text(language) for language in GUEST_LANGUAGES}
    assert len(set(texts.values())) == len(GUEST_LANGUAGES)
    for text in texts.values():
        assert "Booking.com" in text
        assert len(text) < 400
    assert catalogue.guest_redirect_text("de-AT") == texts["de"]
    assert catalogue.guest_redirect_text("pt-BR") == texts["en"]
    assert catalogue.guest_redirect_text("") == texts["en"]
    explanation = catalogue.guest_redirect_explanation("en")
    for fact in ("language", "Genius level 3", "high season", "Never give guests"):
        assert fact in explanation


def test_steps_follow_the_extranet_and_pulse(catalogue: Catalogue) -> None:
    message = catalogue.message_steps("en")
    assert "Inbox" in message[0]
    assert "Booking.com messages" in message[1]
    assert "See contact options" in message[2]
    assert "See all contact options" in message[3]
    assert "Send a message" in message[4]
    assert "Call" in catalogue.call_steps("en")[-1]
    pulse = catalogue.pulse_steps("en")
    assert "More" in pulse[0]
    assert "Help" in pulse[1]
    assert "envelope" in pulse[2]
    assert "Boîte de réception" in catalogue.message_steps("fr")[0]
    assert catalogue.reply_within_hours == 24
    assert catalogue.reply_within.total_seconds() == 24 * 3600


def test_lookups_by_id(catalogue: Catalogue) -> None:
    assert catalogue.theme("reservations").subtheme("no_show").title("en") == "No-show"
    with pytest.raises(KeyError, match="fax"):
        catalogue.theme("fax")
    with pytest.raises(KeyError, match="'reservations' has no sub-theme 'fax'"):
        catalogue.subtheme("reservations", "fax")


def test_domain_objects_are_frozen_and_hashable(catalogue: Catalogue) -> None:
    theme = catalogue.theme("reservations")
    with pytest.raises(AttributeError):
        theme.id = "other"  # type: ignore[misc]
    assert len({theme, *theme.subthemes}) == 1 + len(theme.subthemes)
