"""The inbox window on a real SQLite store in ``tmp_path``, with a synchronous task runner.

``world`` fills the store through the store's own operations (``tests.helpers.inbox_world``);
``open_window()`` builds an ``InboxWindow`` on it whose modal questions are answered by
a :class:`FakePrompts` instead of dialogs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest
from pytestqt.qtbot import QtBot

from desktop.errors import KnownError
from desktop.services.inbox import InboxService
from desktop.services.model import Issue, SendCheck
from ui.about import AboutInfo
from ui.inbox.dialogs import NoteInput
from ui.inbox.window import InboxWindow
from ui.tasks import SyncTaskRunner

ABOUT = AboutInfo(data_folder="/tmp/x", keychain="memory only", profile="")


class FakePrompts:
    """Answers the window's questions and records them."""

    def __init__(self) -> None:
        self.refusals: list[tuple[Issue, ...]] = []
        self.confirmations: list[SendCheck] = []
        self.errors: list[KnownError] = []
        self.confirm_answer = True
        self.note: NoteInput | None = None
        self.files: list[str] = []

    def refuse(self, issues: Sequence[Issue]) -> None:
        self.refusals.append(tuple(issues))

    def confirm_send(self, check: SendCheck, timezone: str) -> bool:
        self.confirmations.append(check)
        return self.confirm_answer

    def ask_note(self) -> NoteInput | None:
        return self.note

    def choose_attachments(self) -> list[str]:
        return list(self.files)

    def known_error(self, error: KnownError) -> None:
        self.errors.append(error)


@pytest.fixture
def prompts() -> FakePrompts:
    return FakePrompts()


@pytest.fixture
def open_window(
    qtbot: QtBot, service: InboxService, prompts: FakePrompts
) -> Callable[..., InboxWindow]:
    """A new window on the same store each call (as after a restart)."""

    def make(**options: object) -> InboxWindow:
        window = InboxWindow(
            ABOUT,
            sandbox=options.pop("sandbox", False),  # type: ignore[arg-type]
            service=options.pop("service", service),  # type: ignore[arg-type]
            runner=SyncTaskRunner(),
            **options,  # type: ignore[arg-type]
        )
        window.prompts = prompts  # type: ignore[assignment]
        window.opened_urls = []  # type: ignore[attr-defined]
        window.url_opener = window.opened_urls.append  # type: ignore[attr-defined]
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        return window

    return make
