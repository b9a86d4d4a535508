"""Partner support: the contact catalogue and reservation-number rules.

Support-case transports join this package later; import from the submodules for anything
not re-exported here.
"""

from desktop.support.catalogue import (
    Catalogue,
    ContactOption,
    Requirement,
    SubTheme,
    Theme,
    load_catalogue,
    parse_catalogue,
)
from desktop.support.reservation_numbers import looks_like_reservation_number, normalise

__all__ = [
    "Catalogue",
    "ContactOption",
    "Requirement",
    "SubTheme",
    "Theme",
    "load_catalogue",
    "looks_like_reservation_number",
    "normalise",
    "parse_catalogue",
]
