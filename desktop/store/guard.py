"""The one place where database exceptions become known errors."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DBAPIError

from desktop.store import sqlite as backend


@contextmanager
def translate_errors() -> Iterator[None]:
    """Re-raise database failures the user can meet as known errors.

    "database is locked" -> DatabaseLockedError, a damaged file -> DatabaseCorruptError,
    "database or disk is full" -> DiskFullError. Anything else propagates unchanged
    (it is a bug). Every write and read path of the store, and opening it, run inside.
    """
    try:
        yield
    except (DBAPIError, sqlite3.Error) as exc:
        known = backend.classify_error(exc)
        if known is None:
            raise
        raise known from exc
