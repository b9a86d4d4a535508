"""The shift handover dialog: what the next person must know, then "I have read it".

Reception opens it at the start of a shift. It lists the guests waiting for a reply
with the time left against the 12-hour target, open support cases with their countdown
to the 24-hour aim, outbox messages that need a person, and the notes left for the
next shift. "Acknowledge" records in the audit trail who read it and when.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import OutboxState
from desktop.errors import KnownError
from desktop.history import HistoryService
from desktop.history.handover import HandoverDigest
from ui.history import texts
from ui.tasks import TaskRunnerProtocol
from ui.widgets import named


class HandoverDialog(QDialog):
    """Loads the digest on open; ``acknowledged`` fires once it is recorded."""

    acknowledged = Signal()

    def __init__(
        self, service: HistoryService, runner: TaskRunnerProtocol, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("handoverDialog")
        self._service = service
        self._runner = runner
        self.digest: HandoverDigest | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.body = named(QTextBrowser(), "handoverBody")
        self.buttons = QDialogButtonBox()
        self.ack_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ack_button.setObjectName("acknowledgeHandover")
        self.ack_button.setEnabled(False)
        self.later_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.acknowledge)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.body)
        layout.addWidget(self.buttons)
        self.resize(640, 560)
        self.retranslate_ui()
        self.load()

    def load(self) -> None:
        self._runner.run_db(self._service.handover, on_done=self.show_digest, on_error=self._error)

    def show_digest(self, digest: HandoverDigest) -> None:
        self.digest = digest
        self.body.setHtml(self.digest_html(digest))
        self.ack_button.setEnabled(True)
        self.ack_button.setFocus()

    def acknowledge(self) -> None:
        digest = self.digest
        if digest is None:
            return
        self.ack_button.setEnabled(False)
        self._runner.run_db(
            lambda: self._service.acknowledge_handover(digest),
            on_done=self._recorded,
            on_error=self._error,
        )

    def _recorded(self, _change: object) -> None:
        self.acknowledged.emit()
        self.accept()

    def _error(self, error: KnownError) -> None:
        prefix = self.tr("This could not be done:")
        self.intro.setText(f"{prefix} {error.message}")
        self.ack_button.setEnabled(self.digest is not None)

    # ------------------------------------------------------------------ text

    def digest_html(self, digest: HandoverDigest) -> str:
        sections = (
            (self.tr("Guests waiting for a reply"), self._guests(digest)),
            (self.tr("Open support cases"), self._cases(digest)),
            (self.tr("Messages that need a person"), self._stuck(digest)),
            (self.tr("Notes for the next shift"), self._notes(digest)),
        )
        return "\n".join(
            f"<h3>{html.escape(title)}</h3>{self._list(rows)}" for title, rows in sections
        )

    def _guests(self, digest: HandoverDigest) -> list[str]:
        rows = []
        for waiting in digest.waiting_guests:
            left = waiting.time_left
            when = (
                self.tr("overdue by {time}").format(time=texts.duration(-left))
                if waiting.overdue
                else self.tr("{time} left").format(time=texts.duration(left))
            )
            name = waiting.conversation.guest_name or "—"
            rows.append(f"<li><b>{html.escape(name)}</b> — {html.escape(when)}</li>")
        return rows

    def _cases(self, digest: HandoverDigest) -> list[str]:
        rows = []
        for case in digest.open_cases:
            label = f"{case.case.theme} — {case.case.subject or case.case.channel.value}"
            if case.time_left is None:
                due = self.tr("waiting for a follow-up")
            elif case.time_left.total_seconds() < 0:
                due = self.tr("past the 24-hour aim by {time}").format(
                    time=texts.duration(-case.time_left)
                )
            else:
                due = self.tr("reply expected within {time}").format(
                    time=texts.duration(case.time_left)
                )
            rows.append(f"<li><b>{html.escape(label)}</b> — {html.escape(due)}</li>")
        return rows

    def _stuck(self, digest: HandoverDigest) -> list[str]:
        states = {
            OutboxState.IN_DOUBT: self.tr("maybe not sent: check the conversation"),
            OutboxState.FAILED: self.tr("not sent"),
            OutboxState.NEEDS_SIGN_IN: self.tr("waiting for a sign-in"),
        }
        esc = html.escape
        return [
            f"<li><b>{esc(s.guest_name or '—')}</b> — {esc(states.get(s.entry.state, ''))}: "
            f"{esc(s.entry.content[:120])}</li>"
            for s in digest.stuck_messages
        ]

    def _notes(self, digest: HandoverDigest) -> list[str]:
        esc = html.escape
        return [
            f"<li><b>{esc(n.note.actor.name)}</b> ({esc(n.guest_name or '—')}, "
            f"{texts.local_time(n.note.created_at)}): {esc(n.note.content)}</li>"
            for n in digest.notes
        ]

    def _list(self, items: list[str]) -> str:
        if not items:
            nothing = self.tr("Nothing.")
            return f"<p><i>{html.escape(nothing)}</i></p>"
        return "<ul>" + "".join(items) + "</ul>"

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Shift handover"))
        self.intro.setText(
            self.tr(
                "Read what the previous shift left, then acknowledge it. Your name is recorded."
            )
        )
        self.ack_button.setText(self.tr("&Acknowledge"))
        self.later_button.setText(self.tr("&Later"))
        self.ack_button.setAccessibleName(self.tr("Acknowledge the handover"))
        self.body.setAccessibleName(self.tr("Handover digest"))
        if self.digest is not None:
            self.body.setHtml(self.digest_html(self.digest))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
