"""Broken catalogue copies and property-profile overrides give ConfigErrors naming the key."""

from __future__ import annotations

from pathlib import Path

import pytest

import resources
from desktop.errors import ConfigError
from desktop.settings import PropertyProfile, parse_profile
from desktop.support.catalogue import (
    ContactOption,
    Requirement,
    load_catalogue,
    parse_catalogue,
)

SHIPPED = resources.path("support", "catalogue.toml").read_text(encoding="utf-8")
CANCELLATION = "[themes.reservations.subthemes.cancellation]"
ALL_OPTIONS = 'options = ["message", "call", "pulse"]'

PROFILE = """
[profile]
id = "hotel-du-lac"
name = "Hôtel du Lac"

[[properties]]
id = 1234567
name = "Hôtel du Lac"
"""


def edit(header: str, old: str, new: str, text: str = SHIPPED) -> str:
    """Replace the first ``old`` after the table ``header`` (one sub-theme, not all)."""
    start = text.index(header)
    at = text.index(old, start)
    return text[:at] + new + text[at + len(old) :]


def without_theme(theme_id: str) -> str:
    start = SHIPPED.index(f"[themes.{theme_id}]")
    end = SHIPPED.find("\n# ---", start)
    return SHIPPED[:start] + (SHIPPED[end:] if end != -1 else "")


def error_of(text: str) -> ConfigError:
    with pytest.raises(ConfigError) as caught:
        parse_catalogue(text)
    return caught.value


def profile_with(catalogue_toml: str) -> PropertyProfile:
    return parse_profile(PROFILE + catalogue_toml, source="lac.toml")


def override_error(catalogue_toml: str) -> ConfigError:
    with pytest.raises(ConfigError) as caught:
        load_catalogue(profile_with(catalogue_toml), profile_source="lac.toml")
    assert caught.value.details["file"] == "lac.toml"
    assert caught.value.message.startswith(f"lac.toml: {caught.value.details['key']}: ")
    return caught.value


# --- broken copies of the file -------------------------------------------------------------


def test_unknown_option_names_the_list_item() -> None:
    error = error_of(edit(CANCELLATION, ALL_OPTIONS, 'options = ["message", "fax", "pulse"]'))
    assert error.message == (
        "catalogue.toml: themes.reservations.subthemes.cancellation.options[1]: "
        "'fax' is not one of message, call, pulse."
    )
    assert error.details["key"] == "themes.reservations.subthemes.cancellation.options[1]"
    assert error.details["file"] == "catalogue.toml"


@pytest.mark.parametrize(
    ("broken", "key", "reason"),
    [
        (
            edit(CANCELLATION, 'title_en = "Cancellation"\n', ""),
            "themes.reservations.subthemes.cancellation.title_en",
            "missing",
        ),
        (
            edit("[themes.analytics]", 'description_fr = "', 'description_de = "'),
            "themes.analytics.description_fr",
            "missing",
        ),
        (
            edit(CANCELLATION, 'title_fr = "Annulation"', 'title_fr = "  "'),
            "themes.reservations.subthemes.cancellation.title_fr",
            "must not be empty",
        ),
        (
            edit(CANCELLATION, 'reservation_number = "required"', 'reservation_number = "maybe"'),
            "themes.reservations.subthemes.cancellation.reservation_number",
            "'maybe' is not one of required, optional, none",
        ),
        (
            edit(CANCELLATION, ALL_OPTIONS, 'options = ["message", "call", "message"]'),
            "themes.reservations.subthemes.cancellation.options",
            "'message' is listed twice",
        ),
        (
            edit(CANCELLATION, ALL_OPTIONS, "options = []"),
            "themes.reservations.subthemes.cancellation.options",
            "must not be empty",
        ),
        (
            edit(
                CANCELLATION, "articles = [", 'articles = ["reservations-cancel-free-of-charge", '
            ),
            "themes.reservations.subthemes.cancellation.articles",
            "'reservations-cancel-free-of-charge' is listed twice",
        ),
        (
            edit(CANCELLATION, "articles = [", 'articles = ["Not A Slug", '),
            "themes.reservations.subthemes.cancellation.articles[0]",
            "'Not A Slug' is not an article slug",
        ),
        (
            edit(CANCELLATION, ALL_OPTIONS, ALL_OPTIONS + '\ncolour = "red"'),
            "themes.reservations.subthemes.cancellation.colour",
            "unknown key",
        ),
        (
            edit(CANCELLATION, "subthemes.cancellation]", "subthemes.Cancel-lation]"),
            "themes.reservations.subthemes.Cancel-lation",
            "'Cancel-lation' is not an id",
        ),
        (
            SHIPPED + '\n[themes.fax_machines]\ntitle_fr = "Fax"\n',
            "themes.fax_machines",
            "unknown theme; the themes are rates_availability, promotions,",
        ),
        (without_theme("analytics"), "themes.analytics", "missing"),
        (
            SHIPPED.replace("reply_within_hours = 24", 'reply_within_hours = "24"'),
            "reply_within_hours",
            "must be a whole number",
        ),
        (
            edit("[pulse]", '  "Appuyez sur Aide.",\n', ""),
            "pulse",
            "fr has 4 steps and en has 5",
        ),
        (
            edit("[guest_redirect.guest_text]", "en = ", "pt = "),
            "guest_redirect.guest_text",
            "the 'en' text is missing",
        ),
    ],
)
def test_broken_copy_names_the_key(broken: str, key: str, reason: str) -> None:
    error = error_of(broken)
    assert error.details["key"] == key
    assert error.message.startswith(f"catalogue.toml: {key}: {reason}")
    assert error.details["errors"] >= 1


def test_a_missing_language_is_named_exactly() -> None:
    error = error_of(edit(CANCELLATION, 'title_en = "Cancellation"\n', ""))
    assert error.message == (
        "catalogue.toml: themes.reservations.subthemes.cancellation.title_en: missing."
    )
    error = error_of(without_theme("analytics"))
    assert error.message == "catalogue.toml: themes.analytics: missing; all ten themes are needed."


def test_every_problem_is_listed() -> None:
    broken = edit(CANCELLATION, ALL_OPTIONS, 'options = ["fax"]')
    broken = edit("[themes.reservations.subthemes.no_show]", 'title_fr = "', 'titre = "', broken)
    error = error_of(broken)
    assert error.details["errors"] == 3
    assert any("no_show.title_fr: missing" in problem for problem in error.details["problems"])
    assert any("no_show.titre: unknown key" in problem for problem in error.details["problems"])


def test_duplicate_sub_theme_id_names_it() -> None:
    duplicate = SHIPPED + f'\n{CANCELLATION}\ntitle_fr = "Encore"\n'
    error = error_of(duplicate)
    assert error.details["key"] == "themes.reservations.subthemes.cancellation"
    assert "declared twice" in error.message


def test_not_toml() -> None:
    error = error_of(edit(CANCELLATION, 'title_fr = "Annulation"', 'title_fr = "Annulation'))
    assert error.message.startswith("catalogue.toml: not valid TOML (")
    assert "line" in error.message
    assert error.details["key"] == ""


def test_an_edited_copy_is_read_from_its_path(tmp_path: Path) -> None:
    copy = tmp_path / "catalogue.toml"
    copy.write_text(SHIPPED.replace("reply_within_hours = 24", "reply_within_hours = 48"))
    assert load_catalogue(path=copy).reply_within_hours == 48
    copy.write_text(edit(CANCELLATION, ALL_OPTIONS, 'options = ["fax"]'), encoding="utf-8")
    with pytest.raises(ConfigError, match=r"options\[0\]: 'fax'") as caught:
        load_catalogue(path=copy)
    assert caught.value.details["file"] == str(copy)
    with pytest.raises(ConfigError, match="cannot be read"):
        load_catalogue(path=tmp_path / "absent.toml")
    copy.write_bytes(b"reply_within_hours = 24\n# \xff\n")
    with pytest.raises(ConfigError, match="not UTF-8"):
        load_catalogue(path=copy)


def test_unknown_articles_are_listed_with_their_key() -> None:
    catalogue = parse_catalogue(SHIPPED)
    known = {ref.slug for ref in catalogue.article_refs} - {"reservations-no-show-report"}
    assert catalogue.unknown_articles(known) == ("reservations-no-show-report",)
    with pytest.raises(ConfigError) as caught:
        catalogue.validate_articles(known)
    assert caught.value.details["key"] == "themes.reservations.subthemes.no_show.articles[0]"
    assert caught.value.details["unknown"] == ("reservations-no-show-report",)
    with pytest.raises(ConfigError, match="no help article"):
        load_catalogue(known_articles=known)


# --- overrides from a property profile ------------------------------------------------------


def test_profile_overrides_apply() -> None:
    profile = profile_with(
        """
[catalogue.reservations]
description_fr = "Tout sur une réservation."

[catalogue.reservations.no_show]
options = ["message"]
reservation_number = "optional"
guidance_fr = "Prévenez la direction avant d'écrire."

[catalogue.analytics.ranking]
guidance_fr = "Voyez d'abord avec le service commercial."
"""
    )
    catalogue = load_catalogue(profile)
    shipped = load_catalogue()
    no_show = catalogue.subtheme("reservations", "no_show")
    assert no_show.options == frozenset({ContactOption.MESSAGE})
    assert no_show.reservation_number is Requirement.OPTIONAL
    assert no_show.guidance("fr") == "Prévenez la direction avant d'écrire."
    assert no_show.guidance("en") == shipped.subtheme("reservations", "no_show").guidance("en")
    assert no_show.articles == shipped.subtheme("reservations", "no_show").articles
    assert catalogue.theme("reservations").description("fr") == "Tout sur une réservation."
    assert catalogue.theme("reservations").description("en") == (
        shipped.theme("reservations").description("en")
    )
    # Guidance written in one language only is shown in the other too.
    assert catalogue.subtheme("analytics", "ranking").guidance("en").startswith("Voyez")
    assert catalogue.subtheme("reservations", "cancellation") == (
        shipped.subtheme("reservations", "cancellation")
    )


def test_profile_without_overrides_gives_the_shipped_catalogue() -> None:
    assert load_catalogue(profile_with("")).themes() == load_catalogue().themes()


@pytest.mark.parametrize(
    ("overrides", "key", "reason"),
    [
        ("[catalogue.fax]\ntitle_fr = 'Fax'", "catalogue.fax", "unknown theme"),
        (
            "[catalogue.reservations.fax]\noptions = ['call']",
            "catalogue.reservations.fax",
            "reservations has no sub-theme 'fax'; its sub-themes are cancellation,",
        ),
        (
            "[catalogue.reservations.no_show]\ncolour = 'red'",
            "catalogue.reservations.no_show.colour",
            "unknown key; a sub-theme takes title_fr,",
        ),
        (
            "[catalogue.reservations]\ncolour = 'red'",
            "catalogue.reservations.colour",
            "unknown key; a theme takes title_fr,",
        ),
        (
            "[catalogue.reservations]\nno_show = 'message'",
            "catalogue.reservations.no_show",
            "must be a table",
        ),
        (
            "[catalogue.reservations.no_show]\noptions = ['message', 'fax']",
            "catalogue.reservations.no_show.options[1]",
            "'fax' is not one of message, call, pulse",
        ),
        (
            "[catalogue.reservations.no_show]\noptions = []",
            "catalogue.reservations.no_show.options",
            "must not be empty",
        ),
        (
            "[catalogue.reservations.no_show]\nreservation_number = 'sometimes'",
            "catalogue.reservations.no_show.reservation_number",
            "'sometimes' is not one of required, optional, none",
        ),
        (
            "[catalogue.reservations.no_show]\nguidance_fr = 3",
            "catalogue.reservations.no_show.guidance_fr",
            "must be text",
        ),
        (
            "[catalogue.reservations]\ntitle_en = ''",
            "catalogue.reservations.title_en",
            "must not be empty",
        ),
    ],
)
def test_bad_profile_override_names_the_profile_key(overrides: str, key: str, reason: str) -> None:
    error = override_error(overrides)
    assert error.details["key"] == key
    assert error.message.startswith(f"lac.toml: {key}: {reason}")


def test_profile_errors_name_the_profile_by_default() -> None:
    with pytest.raises(ConfigError) as caught:
        load_catalogue(profile_with("[catalogue.fax]\ntitle_fr = 'Fax'"))
    assert caught.value.message.startswith("property profile 'hotel-du-lac': catalogue.fax: ")


def test_articles_from_a_profile_are_checked_against_the_profile_key() -> None:
    profile = profile_with("[catalogue.reservations.no_show]\narticles = ['our-own-procedure']")
    catalogue = load_catalogue(profile)
    assert catalogue.subtheme("reservations", "no_show").articles == ("our-own-procedure",)
    known = {ref.slug for ref in load_catalogue().article_refs}
    with pytest.raises(ConfigError) as caught:
        load_catalogue(profile, profile_source="lac.toml", known_articles=known)
    assert caught.value.message == (
        "lac.toml: catalogue.reservations.no_show.articles[0]: no help article 'our-own-procedure'."
    )
