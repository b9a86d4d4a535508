"""The inbox's first screen, read before the full store is loaded (see ``store.peek``).

:func:`first_screen` gives the default folder's first page of ids and the list rows
of its first conversations, exactly as :class:`~desktop.services.inbox.InboxService`
would (``page`` and ``rows``), from a plain ``sqlite3`` read of the database file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.domain import Property
from desktop.services.model import InboxFolder, InboxRow, ListQuery, inbox_rows
from desktop.store.model import ConversationPage, ConversationQuery, Folder
from desktop.store.peek import first_look

#: The folder the inbox opens on.
START_FOLDER = InboxFolder.NEEDS_REPLY


@dataclass(frozen=True, slots=True)
class FirstScreen:
    query: ListQuery
    properties: tuple[Property, ...]
    page: ConversationPage
    rows: tuple[InboxRow, ...]


def first_screen(database: Path, *, page_size: int, rows: int) -> FirstScreen | None:
    """The start folder's first ``page_size`` ids and ``rows`` rows, or None."""
    query = ListQuery(folder=START_FOLDER)
    look = first_look(
        database, ConversationQuery(Folder(START_FOLDER.value)), page_size=page_size, rows=rows
    )
    if look is None:
        return None
    zones = {p.property_id: p.timezone for p in look.properties}
    built = inbox_rows(look.conversations, look.stays, lambda pid: zones.get(pid, "UTC"))
    return FirstScreen(query, look.properties, look.page, tuple(built))
