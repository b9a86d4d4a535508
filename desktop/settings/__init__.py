"""Declared user settings and the property profile that admins bake into installers."""

from desktop.settings.declared import ALL, BY_KEY, Setting, Settings
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
