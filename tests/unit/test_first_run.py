"""First run: a profile from what was typed; nothing saved until the connection works."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.credentials import CredentialKind, Credentials, SecretStore
from desktop.errors import AuthError, BadInputError
from desktop.first_run import parse_property_ids, save_setup, setup_profile
from desktop.settings import load_profile

CREDS = Credentials(CredentialKind.TOKEN, "client-1", "s3cret")


def test_property_ids_are_parsed_and_bad_ones_named() -> None:
    assert parse_property_ids(" 1234567, 7654321;1234567 ") == [1234567, 7654321]
    with pytest.raises(BadInputError, match="'12a4'"):
        parse_property_ids("1234567 12a4")
    with pytest.raises(BadInputError, match="at least one"):
        parse_property_ids("  ")


def test_nothing_is_saved_when_the_connection_fails(tmp_path: Path) -> None:
    secrets = SecretStore.session_only()
    profile_file = tmp_path / "property-profile.toml"

    def refuse(*_: object) -> None:
        raise AuthError()

    with pytest.raises(AuthError):
        save_setup(setup_profile(None, [1234567]), CREDS, secrets, profile_file, refuse)
    assert secrets.load("desk") is None
    assert not profile_file.exists()


def test_a_working_setup_keeps_credentials_and_a_valid_profile(tmp_path: Path) -> None:
    secrets = SecretStore.session_only()
    profile_file = tmp_path / "property-profile.toml"
    profile = setup_profile(None, [1234567, 7654321], "https://api.example/messaging")
    save_setup(profile, CREDS, secrets, profile_file, lambda *_: None)
    assert secrets.load("desk") == CREDS
    saved = load_profile(profile_file)
    assert [p.id for p in saved.properties] == [1234567, 7654321]
    assert str(saved.booking.messaging_url) == "https://api.example/messaging"
    assert "s3cret" not in profile_file.read_text(encoding="utf-8")
