"""Small helpers shared by the query modules."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, TypeVar

T = TypeVar("T")

#: Ids per ``IN (...)`` list, well under SQLite's limit on bound parameters.
CHUNK = 500


def assign(row: object, values: dict[str, Any]) -> list[str]:
    """Set the attributes of ``row`` that differ from ``values``; return their names."""
    changed = []
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed.append(name)
    return changed


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    """``items`` in slices of at most ``size``."""
    for start in range(0, len(items), size):
        yield items[start : start + size]
