"""Declared user settings and the property profile that admins bake into installers.

The profile (pydantic) is imported on first use: start-up reads the settings before
the first paint and the profile after it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from desktop.settings.declared import ALL, BY_KEY, Setting, Settings

if TYPE_CHECKING:
    from desktop.settings.profile import (
        PropertyProfile,
        load_profile,
        parse_profile,
        sandbox_profile,
    )

__all__ = [
    "ALL",
    "BY_KEY",
    "PropertyProfile",
    "Setting",
    "Settings",
    "load_profile",
    "parse_profile",
    "sandbox_profile",
]

_PROFILE_NAMES = frozenset({"PropertyProfile", "load_profile", "parse_profile", "sandbox_profile"})


def __getattr__(name: str) -> Any:
    """The profile's exports, imported on first use."""
    if name not in _PROFILE_NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module("desktop.settings.profile"), name)
