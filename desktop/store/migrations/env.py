"""Alembic environment: always online, on the connection handed over by ``migrate``.

``desktop.store.migrate`` opens the connection (with our pragmas and ``BEGIN
IMMEDIATE``) inside a transaction and passes it in ``config.attributes["connection"]``;
the whole upgrade then commits or rolls back as one.
"""

from __future__ import annotations

from typing import Any, Literal

from alembic import context
from sqlalchemy import Connection, Enum

from desktop.store.sqlite import is_backend_table
from desktop.store.tables import Base
from desktop.store.types import UTCDateTime


def include_name(name: str | None, type_: str, parent_names: Any) -> bool:
    """Leave the backend's own tables (FTS5 and shadow tables) out of autogenerate."""
    return not (type_ == "table" and is_backend_table(name))


def render_item(type_: str, obj: Any, autogen_context: Any) -> str | Literal[False]:
    """Write our column types as plain SQLAlchemy types, so revisions never import them."""
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime()"
    if type_ == "type" and isinstance(obj, Enum):
        return f"sa.String(length={obj.length})"
    return False


def run_migrations(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        include_name=include_name,
        render_item=render_item,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


_connection = context.config.attributes.get("connection")
if not isinstance(_connection, Connection):
    raise RuntimeError("run migrations with desktop.store.migrate, which provides a connection")
run_migrations(_connection)
