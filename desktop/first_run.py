"""First run on a real account: a profile from what was typed, credentials checked and kept.

The connection is tested before anything is saved, so a typo never leaves a half
configured desk; the secret goes to the keychain (or, chosen explicitly, to memory for
this session only) and never to a file.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from desktop.credentials import Credentials, SecretStore
from desktop.errors import BadInputError
from desktop.settings import PropertyProfile
from desktop.settings.profile import (
    DEFAULT_MESSAGING_URL,
    DEFAULT_TOKEN_URL,
    profile_to_toml,
)

Verifier = Callable[[PropertyProfile, Credentials], None]


def parse_property_ids(text: str) -> list[int]:
    """``"1234567, 7654321"`` -> ids; a clear error for anything else."""
    parts = [p for p in re.split(r"[\s,;]+", text.strip()) if p]
    if not parts:
        raise BadInputError("Enter at least one property id.", details={"field": "properties"})
    bad = [p for p in parts if not p.isdigit() or int(p) <= 0]
    if bad:
        raise BadInputError(
            f"A property id has only digits: {bad[0]!r} is not one.",
            next_step="Copy the ids from the extranet (top of each property's page).",
            details={"field": "properties"},
        )
    return list(dict.fromkeys(int(p) for p in parts))


def setup_profile(
    existing: PropertyProfile | None,
    property_ids: list[int],
    messaging_url: str = DEFAULT_MESSAGING_URL,
    token_url: str = DEFAULT_TOKEN_URL,
) -> PropertyProfile:
    """The existing profile (an admin's) or a new one with these properties and URLs."""
    if existing is not None:
        return existing
    return PropertyProfile.model_validate(
        {
            "profile": {"id": "desk", "name": "Frontdesk"},
            "properties": [{"id": pid, "name": f"Property {pid}"} for pid in property_ids],
            "booking": {"messaging_url": messaging_url, "token_url": token_url},
        }
    )


def save_setup(
    profile: PropertyProfile,
    credentials: Credentials,
    secrets: SecretStore,
    profile_file: Path,
    verify: Verifier,
) -> None:
    """Test the connection, then keep the credentials and the profile."""
    verify(profile, credentials)
    secrets.save(profile.profile.id, credentials)
    if not profile_file.exists():
        profile_file.parent.mkdir(parents=True, exist_ok=True)
        profile_file.write_text(profile_to_toml(profile), encoding="utf-8")
