"""The frozen ``frontdesk`` executable: ``ui.main.main()`` and its exit code.

PyInstaller starts here (``packaging/frontdesk.spec``). One extra, packaging-only
option is handled before the app sees its arguments: ``frontdesk --bundle-selftest``
prints, as one JSON object, what the bundle carries that PyInstaller is known to miss
(SQLite with FTS5, time zones, keyring backends, Qt plugins, uvicorn's dynamic imports,
data files), and exits 0 only if everything is there. ``tests/packaging`` runs it.
"""

from __future__ import annotations

import sys

SELFTEST_FLAG = "--bundle-selftest"


def main() -> int:
    if sys.argv[1:2] == [SELFTEST_FLAG]:
        from frontdesk_selftest import run

        return run()
    from ui.main import main as frontdesk_main

    return frontdesk_main()


if __name__ == "__main__":
    sys.exit(main())
