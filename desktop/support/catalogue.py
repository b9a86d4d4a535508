"""The contact catalogue: Booking.com's ten partner-support themes and how to reach support.

The catalogue is data, ``resources/support/catalogue.toml``: for each theme and sub-theme,
French and English titles, the help articles that may already answer, whether a
reservation number is needed, which contact options make sense (message, call, Pulse)
and short guidance. It also holds the extranet and Pulse steps, and the text that sends
guests to Booking.com's guest Help Centre. The contact wizard reads it through
:func:`load_catalogue`; every problem in the file is a ``ConfigError`` naming the file
and the key, e.g. ``catalogue.toml: themes.reservations.subthemes.cancellation.options[1]:
'fax' is not one of message, call, pulse.``

A property profile may adjust the shipped catalogue in its ``[catalogue]`` table::

    [catalogue.reservations]                  # a theme: its texts
    description_fr = "Toute question sur une réservation précise."

    [catalogue.reservations.no_show]          # one of its sub-themes
    options = ["message"]
    reservation_number = "optional"
    guidance_fr = "Prévenez la direction avant d'écrire."
    articles = ["reservations-no-show-report"]

A theme takes ``title_fr``, ``title_en``, ``description_fr`` and ``description_en``; a
sub-theme takes ``title_fr``, ``title_en``, ``articles``, ``reservation_number``,
``options``, ``guidance_fr`` and ``guidance_en``. Each value replaces the shipped one.
Themes and sub-themes mirror Booking.com's extranet and cannot be added or removed that
way; an admin who needs more points Frontdesk at an edited copy of the whole file.
"""

from __future__ import annotations

import ast
import copy
import json
import re
import tomllib
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from enum import Enum
from importlib.resources.abc import Traversable
from pathlib import Path
from types import MappingProxyType
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StrictInt,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_core import ErrorDetails

import resources
from desktop.domain import StrEnum, SupportChannel
from desktop.errors import ConfigError
from desktop.settings.profile import THEMES, PropertyProfile

CATALOGUE_FILE = "catalogue.toml"
#: The languages every text of the catalogue exists in; anything else reads English.
LANGUAGES = ("fr", "en")
FALLBACK_LANGUAGE = "en"


class Requirement(StrEnum):
    """Whether the contact wizard asks for a reservation number."""

    REQUIRED = "required"
    OPTIONAL = "optional"
    NONE = "none"


class ContactOption(StrEnum):
    """A way to reach Booking.com partner support, in display order."""

    MESSAGE = "message"
    CALL = "call"
    PULSE = "pulse"

    @property
    def channel(self) -> SupportChannel:
        """The channel a support case made this way is recorded under."""
        return SupportChannel(self.value)


def language_of(code: str) -> str:
    """The primary language of a locale name: ``fr_CA`` and ``fr-FR`` give ``fr``."""
    return code.strip().replace("_", "-").split("-", 1)[0].lower()


@dataclass(frozen=True, slots=True)
class Texts:
    """One text in French and English."""

    fr: str
    en: str

    def get(self, language: str) -> str:
        return self.fr if language_of(language) == "fr" else self.en


@dataclass(frozen=True, slots=True)
class Steps:
    """Numbered steps in French and English."""

    fr: tuple[str, ...]
    en: tuple[str, ...]

    def get(self, language: str) -> tuple[str, ...]:
        return self.fr if language_of(language) == "fr" else self.en


@dataclass(frozen=True, slots=True)
class SubTheme:
    id: str
    theme_id: str
    titles: Texts
    articles: tuple[str, ...]
    reservation_number: Requirement
    options: frozenset[ContactOption]
    guidances: Texts = Texts("", "")

    def title(self, language: str) -> str:
        return self.titles.get(language)

    def guidance(self, language: str) -> str:
        """Guidance in ``language``; a property may have written it in one language only."""
        return self.guidances.get(language) or self.guidances.fr or self.guidances.en

    @property
    def ordered_options(self) -> tuple[ContactOption, ...]:
        """The contact options in display order: message, call, Pulse."""
        return tuple(option for option in ContactOption if option in self.options)


@dataclass(frozen=True, slots=True)
class Theme:
    id: str
    titles: Texts
    descriptions: Texts
    subthemes: tuple[SubTheme, ...]

    def title(self, language: str) -> str:
        return self.titles.get(language)

    def description(self, language: str) -> str:
        return self.descriptions.get(language)

    def subtheme(self, subtheme_id: str) -> SubTheme:
        """The sub-theme with this id; KeyError if the theme has none."""
        for subtheme in self.subthemes:
            if subtheme.id == subtheme_id:
                return subtheme
        raise KeyError(f"theme {self.id!r} has no sub-theme {subtheme_id!r}")


@dataclass(frozen=True, slots=True)
class GuestRedirect:
    """Why guests go to the guest Help Centre (for staff), and what to tell them."""

    explanations: Texts
    texts: Mapping[str, str]

    def explanation(self, language: str) -> str:
        return self.explanations.get(language)

    def text(self, language: str) -> str:
        """The text for a guest in ``language``, or in English when there is none."""
        return self.texts.get(language_of(language)) or self.texts[FALLBACK_LANGUAGE]

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self.texts)


@dataclass(frozen=True, slots=True)
class ArticleRef:
    """Where a help-article slug is named: the file and the key."""

    source: str
    key: str
    slug: str


@dataclass(frozen=True, slots=True)
class Catalogue:
    """The validated catalogue. Themes come in Booking.com's order."""

    source: str
    all_themes: tuple[Theme, ...]
    reply_within_hours: int
    steps: Mapping[ContactOption, Steps]
    guest_redirect: GuestRedirect
    article_refs: tuple[ArticleRef, ...] = field(default=(), repr=False)

    def themes(self) -> tuple[Theme, ...]:
        return self.all_themes

    def theme(self, theme_id: str) -> Theme:
        """The theme with this id; KeyError if there is none."""
        for theme in self.all_themes:
            if theme.id == theme_id:
                return theme
        raise KeyError(f"no theme {theme_id!r}")

    def subtheme(self, theme_id: str, subtheme_id: str) -> SubTheme:
        """A sub-theme by theme id and sub-theme id; KeyError if either is unknown."""
        return self.theme(theme_id).subtheme(subtheme_id)

    @property
    def reply_within(self) -> timedelta:
        """How long Booking.com aims to take to answer a message."""
        return timedelta(hours=self.reply_within_hours)

    def steps_for(self, option: ContactOption, language: str) -> tuple[str, ...]:
        """The clicks (extranet) or taps (Pulse) for one contact option."""
        return self.steps[option].get(language)

    def message_steps(self, language: str) -> tuple[str, ...]:
        return self.steps_for(ContactOption.MESSAGE, language)

    def call_steps(self, language: str) -> tuple[str, ...]:
        return self.steps_for(ContactOption.CALL, language)

    def pulse_steps(self, language: str) -> tuple[str, ...]:
        return self.steps_for(ContactOption.PULSE, language)

    def guest_redirect_text(self, language: str) -> str:
        """What to tell a guest who wants to contact Booking.com, in the guest's language."""
        return self.guest_redirect.text(language)

    def guest_redirect_explanation(self, language: str) -> str:
        return self.guest_redirect.explanation(language)

    def unknown_articles(self, known_slugs: Collection[str]) -> tuple[str, ...]:
        """The article slugs named in the catalogue that are not in ``known_slugs``."""
        return tuple(dict.fromkeys(r.slug for r in self.article_refs if r.slug not in known_slugs))

    def validate_articles(self, known_slugs: Collection[str]) -> None:
        """Raise ConfigError naming the first unknown article; ``details['unknown']`` has all."""
        missing = [ref for ref in self.article_refs if ref.slug not in known_slugs]
        if missing:
            first = missing[0]
            raise ConfigError(
                f"{first.source}: {first.key}: no help article {first.slug!r}.",
                details={
                    "file": first.source,
                    "key": first.key,
                    "unknown": tuple(dict.fromkeys(ref.slug for ref in missing)),
                },
            )


# --- the file's schema -------------------------------------------------------------------

_ID = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")
_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")


def _matching(pattern: re.Pattern[str], what: str) -> Callable[[str], str]:
    def check(value: str) -> str:
        if not pattern.match(value):
            raise ValueError(f"{value!r} is not {what}")
        return value

    return check


def _one_of(choices: type[Enum]) -> Callable[[str], str]:
    allowed = [str(member.value) for member in choices]

    def check(value: str) -> str:
        if value not in allowed:
            raise ValueError(f"{value!r} is not one of {', '.join(allowed)}")
        return value

    return check


_Id = Annotated[str, AfterValidator(_matching(_ID, "an id (lower-case letters, digits and _)"))]
_Slug = Annotated[
    str, AfterValidator(_matching(_SLUG, "an article slug (like reservations-no-show-report)"))
]
_LanguageCode = Annotated[
    str, AfterValidator(_matching(_LANGUAGE, "a language code (like de or nl)"))
]
_Text = Annotated[str, Field(min_length=1)]
_Option = Annotated[str, AfterValidator(_one_of(ContactOption))]
_Requirement = Annotated[str, AfterValidator(_one_of(Requirement))]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class _SubThemeModel(_Strict):
    title_fr: _Text
    title_en: _Text
    articles: tuple[_Slug, ...] = ()
    reservation_number: _Requirement
    options: tuple[_Option, ...]
    guidance_fr: str = ""
    guidance_en: str = ""

    @field_validator("articles", "options")
    @classmethod
    def _no_repeats(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        repeated = [value for index, value in enumerate(values) if value in values[:index]]
        if repeated:
            raise ValueError(f"{repeated[0]!r} is listed twice")
        return values

    @field_validator("options")
    @classmethod
    def _some_option(cls, options: tuple[str, ...]) -> tuple[str, ...]:
        if not options:
            raise ValueError("must not be empty: list one or more of message, call, pulse")
        return options


class _ThemeModel(_Strict):
    title_fr: _Text
    title_en: _Text
    description_fr: _Text
    description_en: _Text
    subthemes: Annotated[dict[_Id, _SubThemeModel], Field(min_length=1)]


class _Themes(_Strict):
    """One field per theme id of ``THEMES``, in that order (a test keeps them equal)."""

    rates_availability: _ThemeModel
    promotions: _ThemeModel
    reservations: _ThemeModel
    opportunities: _ThemeModel
    guest_reviews: _ThemeModel
    invoices_commission: _ThemeModel
    getting_paid: _ThemeModel
    analytics: _ThemeModel
    property_information: _ThemeModel
    account: _ThemeModel


class _StepsModel(_Strict):
    fr: Annotated[tuple[_Text, ...], Field(min_length=1)]
    en: Annotated[tuple[_Text, ...], Field(min_length=1)]

    @model_validator(mode="after")
    def _step_for_step(self) -> _StepsModel:
        if len(self.fr) != len(self.en):
            raise ValueError(
                f"fr has {len(self.fr)} steps and en has {len(self.en)}; keep them step for step"
            )
        return self


class _GuestRedirectModel(_Strict):
    explanation_fr: _Text
    explanation_en: _Text
    guest_text: dict[_LanguageCode, _Text]

    @field_validator("guest_text")
    @classmethod
    def _has_ui_languages(cls, texts: dict[str, str]) -> dict[str, str]:
        missing = [language for language in LANGUAGES if language not in texts]
        if missing:
            raise ValueError(f"the {missing[0]!r} text is missing (fr and en are needed)")
        return texts


class _CatalogueModel(_Strict):
    reply_within_hours: Annotated[StrictInt, Field(gt=0, le=168)]
    message_steps: _StepsModel
    call_steps: _StepsModel
    pulse: _StepsModel
    guest_redirect: _GuestRedirectModel
    themes: _Themes


_THEME_KEYS = ("title_fr", "title_en", "description_fr", "description_en")
_SUBTHEME_KEYS = tuple(_SubThemeModel.model_fields)


# --- errors ------------------------------------------------------------------------------


def _key_path(parts: tuple[int | str, ...]) -> str:
    key = ""
    for part in parts:
        if isinstance(part, int):
            key += f"[{part}]"
            continue
        text = part if _BARE_KEY.match(part) else json.dumps(part, ensure_ascii=False)
        key += f".{text}" if key else text
    return key or "(top level)"


def _reason(error: ErrorDetails) -> str:
    kind, location = error["type"], error["loc"]
    is_theme = len(location) == 2 and location[0] == "themes"
    if kind == "missing":
        return "missing; all ten themes are needed" if is_theme else "missing"
    if kind == "extra_forbidden":
        return f"unknown theme; the themes are {', '.join(THEMES)}" if is_theme else "unknown key"
    simple = {
        "string_too_short": "must not be empty",
        "too_short": "must not be empty",
        "string_type": "must be text",
        "int_type": "must be a whole number",
        "tuple_type": "must be a list",
        "list_type": "must be a list",
        "dict_type": "must be a table",
        "model_type": "must be a table",
    }
    return simple.get(kind) or str(error["msg"]).removeprefix("Value error, ")


def _error(source: str, key: str, reason: str, **details: Any) -> ConfigError:
    return ConfigError(
        f"{source}: {key}: {reason}.", details={"file": source, "key": key, **details}
    )


def _validate(
    raw: Mapping[str, Any],
    source: str,
    relocate: Callable[[tuple[int | str, ...]], tuple[int | str, ...]] = lambda loc: loc,
) -> _CatalogueModel:
    try:
        return _CatalogueModel.model_validate(raw)
    except ValidationError as exc:
        found = [
            (_key_path(relocate(tuple(p for p in error["loc"] if p != "[key]"))), _reason(error))
            for error in exc.errors(include_url=False)
        ]
        key, reason = found[0]
        problems = tuple(f"{where}: {why}" for where, why in found)
        raise _error(source, key, reason, errors=len(found), problems=problems) from exc


_DECLARED_TWICE = re.compile(r"Cannot declare (\(.*?\)) twice")


def _decode(text: str, source: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        twice = _DECLARED_TWICE.search(str(exc))
        if twice:
            try:
                parts = tuple(str(part) for part in ast.literal_eval(twice.group(1)))
            except (ValueError, SyntaxError):
                parts = ()
            if parts:
                raise _error(
                    source, _key_path(parts), f"declared twice; ids must be unique ({exc})"
                ) from exc
        raise ConfigError(
            f"{source}: not valid TOML ({exc}).", details={"file": source, "key": ""}
        ) from exc


# --- overrides from a property profile ----------------------------------------------------


def _apply_overrides(
    raw: dict[str, Any], overrides: Mapping[str, Mapping[str, object]], source: str
) -> tuple[dict[str, Any], set[tuple[str, str]]]:
    """The shipped catalogue (as validated data) with a profile's changes merged in.

    Returns the merged data and the sub-themes whose ``articles`` the profile replaced.
    Unknown themes, sub-themes and keys are refused here; values are checked afterwards
    by the schema, and their errors are relocated to the profile's keys.
    """
    merged = copy.deepcopy(raw)
    articles_from_profile: set[tuple[str, str]] = set()
    for theme_id, changes in overrides.items():
        if theme_id not in merged["themes"]:
            raise _error(
                source,
                _key_path(("catalogue", theme_id)),
                f"unknown theme; the themes are {', '.join(THEMES)}",
            )
        theme = merged["themes"][theme_id]
        subthemes: dict[str, dict[str, Any]] = theme["subthemes"]
        for key, value in changes.items():
            where = ("catalogue", theme_id, key)
            if isinstance(value, Mapping):
                if key not in subthemes:
                    raise _error(
                        source,
                        _key_path(where),
                        f"{theme_id} has no sub-theme {key!r}; its sub-themes are "
                        + ", ".join(subthemes),
                    )
                for name in value:
                    if name not in _SUBTHEME_KEYS:
                        raise _error(
                            source,
                            _key_path((*where, str(name))),
                            "unknown key; a sub-theme takes " + ", ".join(_SUBTHEME_KEYS),
                        )
                subthemes[key] = {**subthemes[key], **value}
                if "articles" in value:
                    articles_from_profile.add((theme_id, key))
            elif key in subthemes:
                raise _error(
                    source,
                    _key_path(where),
                    f"must be a table, like [catalogue.{theme_id}.{key}] with options = [...]",
                )
            elif key not in _THEME_KEYS:
                raise _error(
                    source,
                    _key_path(where),
                    "unknown key; a theme takes "
                    + ", ".join(_THEME_KEYS)
                    + " and tables for its sub-themes ("
                    + ", ".join(subthemes)
                    + ")",
                )
            else:
                theme[key] = value
    return merged, articles_from_profile


def _profile_location(location: tuple[int | str, ...]) -> tuple[int | str, ...]:
    """``themes.T.subthemes.S.rest`` -> ``catalogue.T.S.rest``; ``themes.T.rest`` likewise."""
    if location[:1] != ("themes",) or len(location) < 2:
        return location
    if location[2:3] == ("subthemes",) and len(location) >= 4:
        return ("catalogue", location[1], *location[3:])
    return ("catalogue", *location[1:])


# --- building the catalogue ---------------------------------------------------------------


def _steps(model: _StepsModel) -> Steps:
    return Steps(fr=model.fr, en=model.en)


def _article_refs(
    model: _CatalogueModel,
    source: str,
    profile_source: str,
    from_profile: set[tuple[str, str]],
) -> Iterator[ArticleRef]:
    for theme_id in THEMES:
        theme: _ThemeModel = getattr(model.themes, theme_id)
        for subtheme_id, subtheme in theme.subthemes.items():
            file, prefix = (
                (profile_source, ("catalogue", theme_id, subtheme_id))
                if (theme_id, subtheme_id) in from_profile
                else (source, ("themes", theme_id, "subthemes", subtheme_id))
            )
            for index, slug in enumerate(subtheme.articles):
                key = _key_path((*prefix, "articles", index))
                yield ArticleRef(source=file, key=key, slug=slug)


def _build(model: _CatalogueModel, source: str, refs: tuple[ArticleRef, ...]) -> Catalogue:
    themes = []
    for theme_id in THEMES:
        theme: _ThemeModel = getattr(model.themes, theme_id)
        subthemes = tuple(
            SubTheme(
                id=subtheme_id,
                theme_id=theme_id,
                titles=Texts(fr=sub.title_fr, en=sub.title_en),
                articles=sub.articles,
                reservation_number=Requirement(sub.reservation_number),
                options=frozenset(ContactOption(option) for option in sub.options),
                guidances=Texts(fr=sub.guidance_fr, en=sub.guidance_en),
            )
            for subtheme_id, sub in theme.subthemes.items()
        )
        themes.append(
            Theme(
                id=theme_id,
                titles=Texts(fr=theme.title_fr, en=theme.title_en),
                descriptions=Texts(fr=theme.description_fr, en=theme.description_en),
                subthemes=subthemes,
            )
        )
    redirect = model.guest_redirect
    return Catalogue(
        source=source,
        all_themes=tuple(themes),
        reply_within_hours=model.reply_within_hours,
        steps=MappingProxyType(
            {
                ContactOption.MESSAGE: _steps(model.message_steps),
                ContactOption.CALL: _steps(model.call_steps),
                ContactOption.PULSE: _steps(model.pulse),
            }
        ),
        guest_redirect=GuestRedirect(
            explanations=Texts(fr=redirect.explanation_fr, en=redirect.explanation_en),
            texts=MappingProxyType(dict(redirect.guest_text)),
        ),
        article_refs=refs,
    )


def parse_catalogue(
    text: str,
    source: str = CATALOGUE_FILE,
    *,
    overrides: Mapping[str, Mapping[str, object]] | None = None,
    overrides_source: str = "property profile",
) -> Catalogue:
    """Parse and validate catalogue text, then apply a profile's ``[catalogue]`` overrides.

    Raises:
        ConfigError: naming ``source`` (or ``overrides_source``) and the key.
    """
    model = _validate(_decode(text, source), source)
    from_profile: set[tuple[str, str]] = set()
    if overrides:
        merged, from_profile = _apply_overrides(model.model_dump(), overrides, overrides_source)
        model = _validate(merged, overrides_source, relocate=_profile_location)
    refs = tuple(_article_refs(model, source, overrides_source, from_profile))
    return _build(model, source, refs)


def _read(node: Traversable | Path, source: str) -> str:
    try:
        return node.read_text(encoding="utf-8")
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise ConfigError(
            f"{source}: cannot be read ({reason}).", details={"file": source, "key": ""}
        ) from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(
            f"{source}: not UTF-8 text ({exc.reason}).", details={"file": source, "key": ""}
        ) from exc


def load_catalogue(
    profile: PropertyProfile | None = None,
    path: Path | str | None = None,
    *,
    profile_source: str | None = None,
    known_articles: Collection[str] | None = None,
) -> Catalogue:
    """The shipped catalogue (or an admin's edited copy at ``path``) with the profile applied.

    Args:
        profile: its ``catalogue`` table adjusts themes and sub-themes (see the module doc).
        path: a whole replacement for the shipped ``catalogue.toml``.
        profile_source: how errors name the profile, e.g. its file path.
        known_articles: translation slugs of the help articles; when given, every article
            the catalogue names must be one of them.

    Raises:
        ConfigError: naming the file (catalogue or profile) and the key.
    """
    if path is None:
        source = CATALOGUE_FILE
        text = _read(resources.path("support", CATALOGUE_FILE), source)
    else:
        source = str(path)
        text = _read(Path(path), source)
    overrides = profile.catalogue if profile is not None else None
    if profile is not None and profile_source is None:
        profile_source = f"property profile {profile.profile.id!r}"
    catalogue = parse_catalogue(
        text,
        source,
        overrides=overrides,
        overrides_source=profile_source or "property profile",
    )
    if known_articles is not None:
        catalogue.validate_articles(known_articles)
    return catalogue


__all__ = [
    "CATALOGUE_FILE",
    "FALLBACK_LANGUAGE",
    "LANGUAGES",
    "ArticleRef",
    "Catalogue",
    "ContactOption",
    "GuestRedirect",
    "Requirement",
    "Steps",
    "SubTheme",
    "Texts",
    "Theme",
    "language_of",
    "load_catalogue",
    "parse_catalogue",
]
