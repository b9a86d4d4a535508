"""Declared settings and the property profile."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.errors import BadInputError, ConfigError
from desktop.settings import Settings, load_profile, parse_profile
from desktop.settings.declared import IDLE_LOCK_MINUTES, LANGUAGE, SYNC_INTERVAL

GOOD = """
[profile]
id = "hotel-du-lac"
name = "Hôtel du Lac"
default_language = "fr"

[[properties]]
id = 1234567
name = "Hôtel du Lac"
timezone = "Europe/Paris"

[support]
transport = "extranet"

[support.phones]
reservations = "+33 1 57 32 00 00"
default = "+33 1 57 32 00 01"

[links]
allow = ["hoteldulac.example", "*.maps.example"]
"""


def test_valid_profile_is_parsed() -> None:
    profile = parse_profile(GOOD)
    assert profile.profile.name == "Hôtel du Lac"
    assert profile.domain_properties()[0].timezone == "Europe/Paris"
    assert profile.support.phone_for("reservations") == "+33 1 57 32 00 00"
    assert profile.support.phone_for("account") == "+33 1 57 32 00 01"
    assert str(profile.booking.messaging_url).startswith("https://supply-xml.booking.com")


@pytest.mark.parametrize(
    ("broken", "key"),
    [
        (GOOD.replace("Europe/Paris", "Europe/Pariss"), "properties[0].timezone"),
        (GOOD.replace("id = 1234567", "id = -3"), "properties[0].id"),
        (GOOD.replace('transport = "extranet"', 'transport = "fax"'), "support.transport"),
        (GOOD.replace("reservations =", "reservation ="), "support.phones"),
        (GOOD.replace('"+33 1 57 32 00 00"', '"call me"'), "support.phones.reservations"),
        (GOOD.replace('"hoteldulac.example"', '"http://x"'), "links.allow"),
        (GOOD.replace("[links]", "[linkz]"), "linkz"),
        (GOOD.replace('transport = "extranet"', 'transport = "gateway"'), "support"),
    ],
)
def test_invalid_profile_names_the_key(broken: str, key: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_profile(broken, source="example.toml")
    assert caught.value.details["key"] == key
    assert caught.value.message.startswith(f"example.toml: {key}: ")


def test_not_toml_and_missing_file_are_config_errors(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not valid TOML"):
        parse_profile("[profile\nid=", source="x.toml")
    with pytest.raises(ConfigError, match="cannot be read"):
        load_profile(tmp_path / "absent.toml")


def test_settings_defaults_set_and_survive_reopen(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    settings = Settings(path)
    assert settings.get(LANGUAGE) == "auto"
    settings.set(LANGUAGE, "fr")
    settings.set(SYNC_INTERVAL, 300)
    reopened = Settings(path)
    assert reopened.get(LANGUAGE) == "fr"
    assert reopened.get(SYNC_INTERVAL) == 300
    assert "[ui]" in path.read_text(encoding="utf-8")


def test_settings_refuse_bad_values_and_keep_the_old_one(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.toml")
    with pytest.raises(BadInputError):
        settings.set(LANGUAGE, "de")
    with pytest.raises(BadInputError):
        settings.set(SYNC_INTERVAL, 5)
    with pytest.raises(BadInputError):
        settings.set(IDLE_LOCK_MINUTES, True)  # a bool is not an int here
    assert settings.get(LANGUAGE) == "auto"


def test_damaged_settings_file_falls_back_to_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('[ui]\nlanguage = "klingon"\n[sync\n', encoding="utf-8")
    assert Settings(path).get(LANGUAGE) == "auto"
    path.write_text('[ui]\nlanguage = "klingon"\n', encoding="utf-8")
    assert Settings(path).get(LANGUAGE) == "auto"


def test_bundled_profile_is_applied_once_and_upgrades_keep_the_old_one(tmp_path: Path) -> None:
    from desktop.settings.profile import apply_bundled_profile

    bundled = tmp_path / "bundle.toml"
    target = tmp_path / "data" / "property-profile.toml"
    bundled.write_text(GOOD, encoding="utf-8")
    assert apply_bundled_profile(bundled, target)
    assert not apply_bundled_profile(bundled, target)  # same content: nothing to do
    bundled.write_text(GOOD.replace("Hôtel du Lac", "Hôtel du Lac & Spa"), encoding="utf-8")
    assert apply_bundled_profile(bundled, target)
    assert "& Spa" in target.read_text(encoding="utf-8")
    assert target.with_name("property-profile.toml.previous").read_text(encoding="utf-8") == GOOD
    assert not apply_bundled_profile(None, target)


def test_a_bad_bundled_profile_leaves_the_data_folder_alone(tmp_path: Path) -> None:
    from desktop.settings.profile import apply_bundled_profile

    bundled = tmp_path / "bundle.toml"
    target = tmp_path / "property-profile.toml"
    target.write_text(GOOD, encoding="utf-8")
    bundled.write_text(GOOD.replace("1234567", "-1"), encoding="utf-8")
    with pytest.raises(ConfigError, match=r"properties\[0\]\.id"):
        apply_bundled_profile(bundled, target)
    assert target.read_text(encoding="utf-8") == GOOD
