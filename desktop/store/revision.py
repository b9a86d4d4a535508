"""The schema revision this version of Frontdesk expects, without importing Alembic.

:func:`desktop.store.migrate.head_revision` returns it; a test keeps it equal to the
head of ``migrations/versions`` as Alembic reads it. A new revision updates it.
"""

from __future__ import annotations

HEAD_REVISION = "0003"
