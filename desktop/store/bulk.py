"""Bulk writes for sync: many rows per statement, values through the columns' own types.

SQLAlchemy's ``executemany`` builds and processes parameters row by row in Python, and
SQLite then runs one step per row, for each of which the calling thread releases and
retakes the GIL (which the GUI thread and the fetching threads share). These helpers
send up to :data:`MAX_PARAMETERS` bound values per statement instead: one multi-row
``INSERT ... VALUES``, or one ``UPDATE`` fed by a ``VALUES`` common table expression.
Values go through each column's bind processor (datetimes, enums, JSON), so rows are
stored exactly as the ORM would store them; for datetimes and enums a cheaper spelling of
the same processor is used, checked against it once per column (:func:`_processor`).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta, timezone
from itertools import chain
from typing import Any

from sqlalchemy import JSON, Connection, Dialect, Enum, Table
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeEngine

from desktop.store.types import UTCDateTime
from desktop.store.util import chunks

#: Bound values per statement: under SQLite's historical default limit of 999.
MAX_PARAMETERS = 999

Processor = Callable[[Any], Any] | None


def insert_rows(
    session: Session, table: Table, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """``INSERT INTO table (columns) VALUES ...`` for ``rows`` (values in column order)."""
    if not rows:
        return
    connection = session.connection()
    head = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES "
    one = _placeholders(len(columns))
    for chunk in chunks(rows, MAX_PARAMETERS // len(columns)):
        params = _processed(connection, table, columns, chunk)
        connection.exec_driver_sql(head + ", ".join([one] * len(chunk)), params)


def update_rows(
    session: Session,
    table: Table,
    key: str,
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
) -> None:
    """Set ``columns`` of the rows whose ``key`` is each row's first value.

    Each row is ``(key value, *column values)``. Portable to SQLite before 3.33 (no
    ``UPDATE ... FROM``): each column is read from the ``VALUES`` table by key.
    """
    if not rows:
        return
    connection = session.connection()
    names = [key, *columns]
    aliases = [f"v{i}" for i in range(len(names))]
    sets = ", ".join(
        f"{column} = (SELECT {alias} FROM batch WHERE batch.v0 = {table.name}.{key})"
        for column, alias in zip(columns, aliases[1:], strict=True)
    )
    one = _placeholders(len(names))
    for chunk in chunks(rows, MAX_PARAMETERS // len(names)):
        params = _processed(connection, table, names, chunk)
        statement = (
            f"WITH batch({', '.join(aliases)}) AS (VALUES {', '.join([one] * len(chunk))}) "
            f"UPDATE {table.name} SET {sets} WHERE {key} IN (SELECT v0 FROM batch)"
        )
        connection.exec_driver_sql(statement, params)


def _placeholders(count: int) -> str:
    return "(" + ", ".join("?" * count) + ")"


def _processed(
    connection: Connection, table: Table, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> tuple[Any, ...]:
    """The rows' values, processed column by column, flattened row after row."""
    processors = _processors(connection, table, tuple(columns))
    processed = [
        _column(process, values)
        for process, values in zip(processors, zip(*rows, strict=True), strict=True)
    ]
    return tuple(chain.from_iterable(zip(*processed, strict=True)))


def _column(process: Processor, values: tuple[Any, ...]) -> Sequence[Any]:
    """One column's values, processed; one object in every row is processed once."""
    if process is None:
        return values
    first = values[0]
    if all(value is first for value in values):  # e.g. the time of ingest of every row
        return [None if first is None else process(first)] * len(values)
    return [None if value is None else process(value) for value in values]


def _processors(connection: Connection, table: Table, columns: tuple[str, ...]) -> list[Processor]:
    key = (connection.dialect.name, table.name, columns)
    found = _PROCESSORS.get(key)
    if found is None:
        found = [_processor(table.c[name].type, connection.dialect) for name in columns]
        _PROCESSORS[key] = found
    return found


def _processor(column_type: TypeEngine[Any], dialect: Dialect) -> Processor:
    """The column's bind processor; for JSON, with empty lists and dicts done once.

    For :class:`UTCDateTime`, a C-speed spelling is used instead when it gives exactly
    what the column's own processor gives (checked here, once per column). For an enum,
    its members' processed values are looked up in a table made with that processor.
    """
    process = column_type.dialect_impl(dialect).bind_processor(dialect)
    if process is None:
        return None
    if isinstance(column_type, UTCDateTime):
        same = all(_utc_text(moment) == process(moment) for moment in _MOMENTS)
        return _utc_text if same else process
    if isinstance(column_type, Enum) and column_type.enum_class is not None:
        return _EnumTable(column_type.enum_class, process).__getitem__
    if not isinstance(column_type, JSON):
        return process
    empty: dict[type, Any] = {list: process([]), dict: process({})}

    def json_value(value: Any) -> Any:
        if not value and type(value) in empty:
            return empty[type(value)]
        return process(value)

    return json_value


class _EnumTable(dict[Any, Any]):
    """An enum's members -> their processed values; anything else goes to the processor.

    ``__getitem__`` is a dictionary lookup for members (what sync stores) instead of a
    call into the enum type's Python processor per value.
    """

    def __init__(self, members: type[enum.Enum], process: Callable[[Any], Any]) -> None:
        super().__init__((member, process(member)) for member in members)
        self._process = process

    def __missing__(self, value: Any) -> Any:
        return self._process(value)  # a string spelling, or a value the processor refuses


def _utc_text(value: datetime) -> str:
    """An aware datetime as naive UTC text, as SQLAlchemy stores datetimes in SQLite."""
    if value.tzinfo is UTC:  # nearly always (parsed and computed times): no conversion
        return value.isoformat(" ", "microseconds")[:26]  # less the "+00:00"
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"naive datetime {value!r}: the store needs aware datetimes")
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


_MOMENTS = (
    datetime(2025, 6, 1, 8, 0, tzinfo=UTC),
    datetime(2025, 12, 31, 23, 59, 59, 999_999, tzinfo=UTC),
    datetime(999, 1, 2, 3, 4, 5, 6, tzinfo=UTC),
    datetime(2025, 6, 1, 8, 0, tzinfo=timezone.utc),  # noqa: UP017 - the same object as UTC
    datetime(2025, 6, 1, 8, 0, tzinfo=timezone(timedelta(0))),  # UTC, not the UTC object
    datetime(2026, 3, 29, 2, 30, 0, 1_000, tzinfo=timezone(timedelta(hours=2))),
)

_PROCESSORS: dict[tuple[str, str, tuple[str, ...]], list[Processor]] = {}
