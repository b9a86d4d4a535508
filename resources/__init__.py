"""Data files (articles, catalogue, translations, styles, sandbox world), never code.

Read them with :func:`resources.path` so frozen builds and source trees behave alike.
"""

from __future__ import annotations

from importlib.resources import as_file, files
from importlib.resources.abc import Traversable


def root() -> Traversable:
    """The top of the resources tree."""
    return files(__name__)


def path(*parts: str) -> Traversable:
    """A file or folder inside the resources tree."""
    node = root()
    for part in parts:
        node = node.joinpath(part)
    return node


__all__ = ["as_file", "path", "root"]
