"""``frontdesk --sandbox --smoke``: go through the main screens, then exit 0 or 1.

Each step is a function that raises on failure; the first failure is printed with its
step name and the process exits 1. Steps are added as the screens they check exist.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QWidget

Step = tuple[str, Callable[[QWidget], None]]


def _inbox_open(window: QWidget) -> None:
    QApplication.processEvents()
    if not window.isVisible():
        raise RuntimeError("the inbox window is not visible")
    for name in ("folderView", "conversationList", "threadView", "composer", "sendButton"):
        if window.findChild(QWidget, name) is None:
            raise RuntimeError(f"the inbox has no {name}")


STEPS: list[Step] = [("open the inbox", _inbox_open)]


def run_smoke(window: QWidget) -> int:
    """Run every step; print the outcome; return the exit code."""
    for name, step in STEPS:
        try:
            step(window)
        except Exception as exc:  # the smoke test reports any failure by step name
            print(f"smoke: step '{name}' failed: {exc}", file=sys.stderr)
            window.close()
            return 1
    print(f"smoke: ok ({len(STEPS)} steps: {', '.join(name for name, _ in STEPS)})")
    window.close()
    return 0
