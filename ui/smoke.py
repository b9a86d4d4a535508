"""``frontdesk --sandbox --smoke``: go through the main screens, then exit 0 or 1.

Each step raises on failure; the first failure is printed with its step name and the
process exits 1. The steps: open the inbox, sync with the sandbox, open a
conversation, open the article viewer on a search result, open the contact wizard.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QTextBrowser, QWidget

if TYPE_CHECKING:
    from ui.compose import RunningApp

Step = tuple[str, Callable[["RunningApp"], None]]
TIMEOUT = 60.0


def wait_for(condition: Callable[[], bool], what: str, timeout: float = TIMEOUT) -> None:
    """Process events until ``condition()`` holds; raise naming ``what`` after a timeout."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"{what} did not happen within {timeout:.0f} s")
        QCoreApplication.processEvents()
        time.sleep(0.005)


def child(app: RunningApp, kind: type[QWidget], name: str) -> QWidget:
    found = app.window.findChild(kind, name)
    if found is None:
        raise RuntimeError(f"the window has no {name}")
    return found


def open_inbox(app: RunningApp) -> None:
    wait_for(app.window.isVisible, "showing the inbox")
    for name in ("folderView", "conversationList", "threadView", "composer", "sendButton"):
        child(app, QWidget, name)


def sync(app: RunningApp) -> None:
    errors: list[object] = []
    app.controller.failed.connect(errors.append)
    wait_for(lambda: app.controller.last_sync is not None or bool(errors), "the first sync")
    if errors:
        raise RuntimeError(f"the sync failed: {errors[0]}")


def open_conversation(app: RunningApp) -> None:
    view = child(app, QAbstractItemView, "conversationList")
    assert isinstance(view, QAbstractItemView)
    model = view.model()
    wait_for(lambda: model.rowCount() > 0, "listing conversations")
    view.setCurrentIndex(model.index(0, 0))
    app.window.open_current()
    thread = child(app, QTextBrowser, "threadView")
    assert isinstance(thread, QTextBrowser)
    wait_for(lambda: bool(thread.toPlainText().strip()), "showing a conversation")


def open_article(app: RunningApp) -> None:
    app.help_dock.show()
    french = app.viewer.search_panel.language == "fr"
    app.viewer.search("annulation" if french else "cancellation")
    results = app.viewer.findChild(QAbstractItemView, "articleResults")
    if results is None:
        raise RuntimeError("the article viewer has no results list")
    wait_for(lambda: results.model().rowCount() > 0, "finding articles")
    shown: list[object] = []
    app.viewer.article_shown.connect(shown.append)
    results.activated.emit(results.model().index(0, 0))
    view = app.viewer.findChild(QTextBrowser, "articleView")
    wait_for(lambda: view is not None and bool(view.toPlainText().strip()), "showing an article")


class _KeepDrafts:
    """Answers the wizard without dialogs: never resume, keep any draft for later."""

    def resume_draft(self, saved_at: object) -> bool:
        return False

    def keep_draft(self) -> object:
        from ui.wizard.prompts import DraftChoice

        return DraftChoice.KEEP

    def choose_images(self) -> list[str]:
        return []


def open_wizard(app: RunningApp) -> None:
    app.contact.open(prompts=_KeepDrafts())  # type: ignore[arg-type]
    wizard = app.contact.wizard
    if wizard is None or wizard.objectName() != "ContactWizard":
        raise RuntimeError("the contact wizard did not open")
    wait_for(wizard.isVisible, "showing the contact wizard")
    if not wizard.currentPage():
        raise RuntimeError("the contact wizard has no page")
    wizard.reject()


STEPS: list[Step] = [
    ("open the inbox", open_inbox),
    ("sync with the sandbox", sync),
    ("open a conversation", open_conversation),
    ("open the article viewer", open_article),
    ("open the contact wizard", open_wizard),
]


def run_smoke(app: RunningApp) -> int:
    """Run every step; print the outcome; return the exit code."""
    for name, step in STEPS:
        try:
            step(app)
        except Exception as exc:  # the smoke test reports any failure by step name
            print(f"smoke: step '{name}' failed: {exc}", file=sys.stderr)
            app.window.close()
            return 1
    print(f"smoke: ok ({len(STEPS)} steps: {', '.join(name for name, _ in STEPS)})")
    app.window.close()
    return 0
