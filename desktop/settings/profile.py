"""The property profile: what an admin bakes into an installer for one property group.

A profile is a TOML file (``--property-profile FILE``, or the copy applied on first run
in the data folder). It never holds a secret: credentials are entered at first run and
go to the keychain. Every key is validated; an error names the key and the file.

Example (the full schema is ``PropertyProfile`` below; ``packaging/profiles/`` has real
ones)::

    [profile]
    id = "hotel-du-lac"
    name = "Hôtel du Lac"
    default_language = "fr"

    [[properties]]
    id = 1234567
    name = "Hôtel du Lac"
    timezone = "Europe/Paris"

    [booking]
    auth = "token"

    [support]
    transport = "extranet"

    [support.phones]
    reservations = "+33 1 57 32 00 00"
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Annotated, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    HttpUrl,
    ValidationError,
    field_validator,
    model_validator,
)

from desktop.domain import Property, SupportTransport
from desktop.errors import ConfigError

DEFAULT_TOKEN_URL = (
    "https://connectivity-authentication.booking.com/token-based-authentication/exchange"
)
DEFAULT_MESSAGING_URL = "https://supply-xml.booking.com/messaging"
DEFAULT_EXTRANET_URL = "https://admin.booking.com/"

THEMES = (
    "rates_availability",
    "promotions",
    "reservations",
    "opportunities",
    "guest_reviews",
    "invoices_commission",
    "getting_paid",
    "analytics",
    "property_information",
    "account",
)

_PHONE = re.compile(r"^\+?[0-9][0-9 ().-]{4,24}$")
_HOST = re.compile(r"^(\*\.)?([a-z0-9-]+\.)+[a-z]{2,}$")


def _timezone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(
            f"unknown time zone {value!r} (use an IANA name like Europe/Paris)"
        ) from None
    return value


def _phone(value: str) -> str:
    if not _PHONE.match(value):
        raise ValueError(f"{value!r} is not a phone number (digits, spaces, an optional +)")
    return value


TimeZoneName = Annotated[str, AfterValidator(_timezone)]
PhoneNumber = Annotated[str, AfterValidator(_phone)]
Language = Literal["fr", "en"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class ProfileInfo(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]{1,62}$")
    name: str = Field(min_length=1, max_length=120)
    default_language: Language = "en"


class PropertyEntry(_Strict):
    id: int = Field(gt=0)
    name: str = Field(min_length=1, max_length=120)
    timezone: TimeZoneName = "UTC"

    def to_domain(self) -> Property:
        return Property(property_id=self.id, name=self.name, timezone=self.timezone)


class BookingSettings(_Strict):
    auth: Literal["token", "basic"] = "token"
    token_url: HttpUrl = HttpUrl(DEFAULT_TOKEN_URL)
    messaging_url: HttpUrl = HttpUrl(DEFAULT_MESSAGING_URL)
    extranet_url: HttpUrl = HttpUrl(DEFAULT_EXTRANET_URL)
    sync_mode: Literal["poll", "queue"] = "poll"


class SupportSettings(_Strict):
    transport: SupportTransport = SupportTransport.EXTRANET
    gateway_url: HttpUrl | None = None
    phones: dict[str, PhoneNumber] = Field(default_factory=dict)

    @field_validator("phones")
    @classmethod
    def _known_themes(cls, phones: dict[str, str]) -> dict[str, str]:
        unknown = sorted(set(phones) - set(THEMES) - {"default"})
        if unknown:
            raise ValueError(f"unknown theme {unknown[0]!r}; themes are: {', '.join(THEMES)}")
        return phones

    @model_validator(mode="after")
    def _gateway_needs_url(self) -> SupportSettings:
        if self.transport is SupportTransport.GATEWAY and self.gateway_url is None:
            raise ValueError("transport 'gateway' needs support.gateway_url")
        return self

    def phone_for(self, theme: str) -> str | None:
        """The dedicated number for a theme, or the profile's default number."""
        return self.phones.get(theme) or self.phones.get("default")


class LinkSettings(_Strict):
    allow: tuple[str, ...] = ()

    @field_validator("allow")
    @classmethod
    def _hosts(cls, hosts: tuple[str, ...]) -> tuple[str, ...]:
        for host in hosts:
            if not _HOST.match(host.lower()):
                raise ValueError(f"{host!r} is not a host name (like example.com or *.example.com)")
        return tuple(h.lower() for h in hosts)


class PropertyProfile(_Strict):
    """A validated property profile."""

    profile: ProfileInfo
    properties: tuple[PropertyEntry, ...] = Field(min_length=1)
    booking: BookingSettings = BookingSettings()
    support: SupportSettings = SupportSettings()
    links: LinkSettings = LinkSettings()
    templates: dict[Language, dict[str, str]] = Field(default_factory=dict)
    catalogue: dict[str, dict[str, object]] = Field(default_factory=dict)

    @field_validator("properties")
    @classmethod
    def _unique_ids(cls, entries: tuple[PropertyEntry, ...]) -> tuple[PropertyEntry, ...]:
        ids = [entry.id for entry in entries]
        if len(ids) != len(set(ids)):
            raise ValueError("property ids must be unique")
        return entries

    def domain_properties(self) -> list[Property]:
        return [entry.to_domain() for entry in self.properties]


def _key_of(location: tuple[int | str, ...]) -> str:
    key = ""
    for part in location:
        key += f"[{part}]" if isinstance(part, int) else (f".{part}" if key else str(part))
    return key or "(top level)"


def parse_profile(text: str, source: str = "<profile>") -> PropertyProfile:
    """Parse and validate a profile; raise ConfigError naming the file and the key."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(
            f"{source}: not valid TOML ({exc}).", details={"file": source, "key": ""}
        ) from exc
    try:
        return PropertyProfile.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        key = _key_of(tuple(first["loc"]))
        reason = str(first["msg"]).removeprefix("Value error, ")
        raise ConfigError(
            f"{source}: {key}: {reason}.",
            details={"file": source, "key": key, "errors": exc.error_count()},
        ) from exc


def load_profile(path: Path) -> PropertyProfile:
    """Read a profile file; a missing or unreadable file is a ConfigError too."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(
            f"{path}: cannot be read ({exc.strerror}).", details={"file": str(path), "key": ""}
        ) from exc
    return parse_profile(text, source=str(path))


def sandbox_profile(
    properties: list[Property], base_url: str, auth_url: str, gateway_url: str
) -> PropertyProfile:
    """The profile of the embedded sandbox world."""
    return PropertyProfile.model_validate(
        {
            "profile": {"id": "sandbox", "name": "Sandbox", "default_language": "en"},
            "properties": [
                {"id": p.property_id, "name": p.name, "timezone": p.timezone} for p in properties
            ],
            "booking": {"auth": "token", "token_url": auth_url, "messaging_url": base_url},
            "support": {
                "transport": "gateway",
                "gateway_url": gateway_url,
                "phones": {"default": "+31 20 000 0000"},
            },
        }
    )


def profile_to_toml(profile: PropertyProfile) -> str:
    """The profile as a TOML file that :func:`parse_profile` reads back unchanged."""
    import tomli_w

    data = profile.model_dump(mode="json", exclude_none=True)
    return tomli_w.dumps(data)


BUNDLED_PROFILE = "property-profile.toml"


def bundled_profile() -> Path | None:
    """The profile an admin baked into this installation's resources, if any."""
    import resources

    node = resources.path(BUNDLED_PROFILE)
    return Path(str(node)) if node.is_file() else None


def apply_bundled_profile(bundled: Path | None, target: Path) -> bool:
    """Apply an installer's profile to the data folder; return True if it was copied.

    On first run the profile baked into the installer is copied to the data folder. On
    an upgrade whose profile differs, the new one replaces the old, which is kept beside
    it as ``<name>.previous``. The bundled file is validated first: a bad one is a
    ConfigError and the data folder is left untouched.
    """
    if bundled is None or not bundled.is_file():
        return False
    text = bundled.read_text(encoding="utf-8")
    parse_profile(text, source=str(bundled))
    if target.is_file():
        if target.read_text(encoding="utf-8") == text:
            return False
        target.replace(target.with_name(target.name + ".previous"))
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(target)
    return True
