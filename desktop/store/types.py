"""Column types: aware UTC datetimes and enums stored by their value."""

from __future__ import annotations

import enum
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, Dialect, Enum
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """A datetime stored as naive UTC and read back as an aware UTC datetime.

    Naive datetimes are refused on the way in: the domain only uses aware ones, and
    guessing a time zone would silently shift history.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value!r}: the store needs aware datetimes")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if not isinstance(value, datetime):
            raise TypeError(f"expected a datetime from the database, got {value!r}")
        return value.replace(tzinfo=UTC)


def _values(enum_class: type[enum.Enum]) -> list[str]:
    return [str(member.value) for member in enum_class]


def value_enum(enum_class: type[enum.Enum], length: int = 32) -> Enum:
    """An enum column holding the member's value (``"queued"``), not its name.

    No CHECK constraint and no native enum type: adding a member never needs a
    migration, and the same column works on PostgreSQL.
    """
    return Enum(
        enum_class,
        values_callable=_values,
        native_enum=False,
        create_constraint=False,
        length=length,
        validate_strings=True,
    )
