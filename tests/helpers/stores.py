"""A database migrated once per session, copied for each test (migrating costs ~60 ms)."""

from __future__ import annotations

import shutil
from pathlib import Path

from desktop.paths import DataPaths
from desktop.store import Store, open_store


def migrate_template(root: Path) -> Path:
    """A migrated database, once per session; copy it with :func:`open_copy`."""
    paths = DataPaths(root=root, logs=root / "logs")
    open_store(paths).close()
    return paths.database


def open_copy(template: Path, root: Path) -> Store:
    """A store on a copy of ``template`` in ``root``."""
    paths = DataPaths(root=root, logs=root / "logs")
    paths.root.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template, paths.database)
    return open_store(paths)
