"""The contact-options wizard (objectName ``ContactWizard``): a QWizard of page classes.

Booking.com's own flow, page by page: who needs help -> theme -> sub-theme -> articles
that may already answer -> contact options -> message or call -> summary. Pages load
in ``initializePage`` and refuse in ``validatePage``; nothing is stored or sent before
:meth:`ContactWizard.accept` (Finish, Done, or "This answered my question").

What staff type survives a crash or an accidental close: the draft is written to
``<recovery_dir>/contact-wizard.json`` after each change, and :meth:`offer_resume`
offers it back on the next open. Closing with content asks whether to keep it; a draft
with content that is discarded is recorded as ABANDONED.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import fields
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QWidget, QWizard

from desktop.domain import WizardOutcome
from desktop.errors import BadInputError, KnownError
from desktop.helpcenter import HelpCenter
from desktop.settings.profile import PropertyProfile
from desktop.support.cases import CallNotes, CallOutcome, Recorded, SupportDesk, WizardResult
from desktop.support.catalogue import Catalogue
from desktop.support.transport.extranet import ExtranetDelivery
from ui.errors import known_error_text
from ui.tasks import TaskRunnerProtocol
from ui.wizard import texts
from ui.wizard.base import ContactPage, PageId, WizardContext
from ui.wizard.draft import DraftSaver, RecoveryFile, WizardDraft
from ui.wizard.page_articles import ArticlesPage
from ui.wizard.page_call import CallPage
from ui.wizard.page_message import MessagePage
from ui.wizard.page_options import OptionsPage, PulsePage
from ui.wizard.page_summary import SummaryPage
from ui.wizard.page_theme import SubthemePage, ThemePage
from ui.wizard.page_who import GuestPage, WhoPage
from ui.wizard.prompts import DialogPrompts, DraftChoice, WizardPrompts

log = logging.getLogger(__name__)

PAGES: tuple[type[ContactPage], ...] = (
    WhoPage,
    GuestPage,
    ThemePage,
    SubthemePage,
    ArticlesPage,
    OptionsPage,
    PulsePage,
    MessagePage,
    CallPage,
    SummaryPage,
)


class ContactWizard(QWizard):
    """Guides staff to the right contact option and records the outcome.

    Args:
        desk: records the outcome and delivers the case (through ``tasks``).
        recovery_dir: where the crash-safe draft lives (``DataPaths.recovery``).
        reservation_number, theme, subtheme: pre-filled, e.g. from a guest conversation.
        property_id: the property (default: the reservation's, else the profile's first).
        prompts: the questions (resume, keep, choose images); dialogs by default.
        open_url: opens ``tel:`` and extranet links (the system's handler by default).
    """

    #: The outcome was stored (a :class:`~desktop.support.cases.Recorded`).
    recorded = Signal(object)
    #: The case's message was handed to its transport (an ``ExtranetDelivery`` or
    #: ``GatewayDelivery``); for the extranet the text is on the clipboard by then.
    delivered = Signal(object)
    #: Delivery failed (a KnownError); the case is kept and sent again by sync.
    delivery_failed = Signal(object)

    def __init__(
        self,
        desk: SupportDesk,
        catalogue: Catalogue,
        help_center: HelpCenter,
        tasks: TaskRunnerProtocol,
        *,
        language: str,
        profile: PropertyProfile,
        recovery_dir: Path,
        reservation_number: str | None = None,
        theme: str | None = None,
        subtheme: str | None = None,
        property_id: int | None = None,
        guest_language: str | None = None,
        prompts: WizardPrompts | None = None,
        open_url: Callable[[QUrl], Any] = QDesktopServices.openUrl,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ContactWizard")
        self.desk = desk
        self.tasks = tasks
        self.prompts = prompts or DialogPrompts(self)
        self.open_url = open_url
        draft = self._initial_draft(profile, reservation_number, theme, subtheme, property_id)
        draft.guest_language = guest_language or draft.guest_language
        self._start = draft.copy()
        self.recovery = RecoveryFile(recovery_dir)
        self.saver = DraftSaver(self.recovery, self)
        self._saving = False
        self._busy = False
        self._deflected: str | None = None
        self.last_recorded: Recorded | None = None
        self.follow_up: QWidget | None = None  # the extranet dialog, kept alive
        self.context = WizardContext(
            desk=desk,
            catalogue=catalogue,
            help_center=help_center,
            tasks=tasks,
            profile=profile,
            language=language,
            draft=draft,
            prompts=self.prompts,
            open_url=open_url,
            on_change=self._draft_changed,
            deflect=self.deflect,
        )
        self.pages = self._build_pages()
        self.currentIdChanged.connect(self._page_changed)
        self.resize(780, 580)
        self.retranslate_ui()

    def _build_pages(self) -> dict[PageId, ContactPage]:
        pages: dict[PageId, ContactPage] = {}
        for page_class in PAGES:
            page = page_class(self.context)
            pages[page_class.PAGE_ID] = page
            self.setPage(int(page_class.PAGE_ID), page)
        self.setStartId(int(PageId.WHO))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        return pages

    def _initial_draft(
        self,
        profile: PropertyProfile,
        number: str | None,
        theme: str | None,
        subtheme: str | None,
        property_id: int | None,
    ) -> WizardDraft:
        draft = WizardDraft(theme=theme, subtheme=subtheme if theme else None)
        draft.reservation_number = number or ""
        if number and property_id is None:
            try:
                match = self.desk.lookup_reservation(number)
            except BadInputError:
                match = None
            if match is not None and match.reservation is not None:
                property_id = match.reservation.property_id
                draft.guest_language = match.reservation.language or draft.guest_language
        draft.property_id = property_id or profile.properties[0].id
        return draft

    @property
    def draft(self) -> WizardDraft:
        return self.context.draft

    def page_of(self, page_id: PageId) -> ContactPage:
        return self.pages[page_id]

    # ------------------------------------------------------------------ the draft

    def has_content(self) -> bool:
        """Whether staff chose or wrote anything beyond what the wizard opened with."""
        return self.draft.differs_from(self._start)

    def _draft_changed(self) -> None:
        if self._saving or self.has_content():
            self._saving = True
            self.saver.schedule(self.draft)

    def _page_changed(self, page_id: int) -> None:
        if page_id >= 0:
            self.draft.page = page_id
            self._draft_changed()

    def save_draft_now(self) -> None:
        """Write the draft at once (the debounced write would follow anyway)."""
        self.saver.schedule(self.draft)
        self.saver.flush()

    def offer_resume(self) -> bool:
        """Offer the draft a crash or a close left behind; True if it was resumed."""
        saved = self.recovery.load()
        if saved is None:
            return False
        if not saved.draft.differs_from(WizardDraft()):
            self.recovery.discard()
            return False
        if not self.prompts.resume_draft(saved.saved_at):
            self._abandon(saved.draft)
            return False
        self.restore(saved.draft)
        return True

    def restore(self, saved: WizardDraft) -> None:
        """Put a saved draft back and walk to the page it was on."""
        for item in fields(WizardDraft):
            setattr(self.draft, item.name, getattr(saved, item.name))
        self._saving = True
        target = saved.page
        self.restart()
        for _ in PageId:
            current = self.currentId()
            if current in (target, -1):
                break
            self.next()
            if self.currentId() == current:
                break

    def _abandon(self, draft: WizardDraft) -> None:
        """Discard a draft with content, and record it as abandoned."""
        self.saver.cancel()
        self.recovery.discard()
        result = WizardResult(
            WizardOutcome.ABANDONED,
            draft.property_id or self.draft.property_id or 0,
            self.context.language,
            theme=draft.theme,
            subtheme=draft.subtheme,
        )
        self.tasks.run_db(partial(self.desk.record, result))

    # ------------------------------------------------------------------ finishing

    def deflect(self, article_id: str) -> None:
        """An article answered the question: finish without contacting anyone."""
        self._deflected = article_id
        self.accept()

    def finishing_outcome(self) -> WizardOutcome:
        if self._deflected is not None:
            return WizardOutcome.DEFLECTED
        page = self.currentId()
        if page == PageId.GUEST:
            return WizardOutcome.GUEST_REDIRECTED
        if page == PageId.PULSE:
            return WizardOutcome.PULSE
        return WizardOutcome.CALL if self.draft.option == "call" else WizardOutcome.MESSAGE

    def result_for(self, outcome: WizardOutcome) -> WizardResult:
        """What the wizard confirmed, for the desk to record."""
        draft, language = self.draft, self.context.language
        property_id = draft.property_id or 0
        if outcome is WizardOutcome.GUEST_REDIRECTED:
            return WizardResult(outcome, property_id, language, guest_language=draft.guest_language)
        topic: dict[str, Any] = {"theme": draft.theme, "subtheme": draft.subtheme}
        if outcome in (WizardOutcome.PULSE, WizardOutcome.DEFLECTED):
            return WizardResult(outcome, property_id, language, article_id=self._deflected, **topic)
        number = draft.reservation_number.strip() or None
        call = None
        if outcome is WizardOutcome.CALL:
            phone = self.context.profile.support.phone_for(draft.theme or "") or ""
            started = (
                datetime.fromisoformat(draft.call_started_at) if draft.call_started_at else None
            )
            outcome_value = CallOutcome(draft.call_outcome or CallOutcome.NO_ANSWER.value)
            call = CallNotes(phone, outcome_value, draft.call_notes.strip(), started)
        return WizardResult(
            outcome,
            property_id,
            language,
            reservation_number=number,
            subject=draft.subject.strip(),
            description=draft.description.strip(),
            image_paths=tuple(draft.images),
            call=call,
            **topic,
        )

    def accept(self) -> None:
        """Record the outcome (then deliver a message); the wizard closes once recorded."""
        if self._busy:
            return
        result = self.result_for(self.finishing_outcome())
        self._busy = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.tasks.run_db(
            partial(self.desk.record, result), on_done=self._recorded, on_error=self._failed
        )

    def _recorded(self, recorded: Recorded) -> None:
        self.saver.cancel()
        self.recovery.discard()
        self.last_recorded = recorded
        self.recorded.emit(recorded)
        case = recorded.case
        if recorded.outcome is WizardOutcome.MESSAGE and case is not None:
            self.tasks.run_net(
                partial(self.desk.deliver, case.case_id),
                on_done=self._delivered,
                on_error=self._delivery_failed,
            )
        self._busy = False
        super().accept()

    def _failed(self, error: KnownError) -> None:
        self._busy = False
        self._deflected = None
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        field = str(error.details.get("field", ""))
        if isinstance(error, BadInputError) and field == "reservation_number":
            text = texts.reservation_problem(error)
        elif isinstance(error, BadInputError) and field == "images":
            text = texts.image_problem(error)
        else:
            text = known_error_text(error)[1]
        page = self.currentPage()
        if isinstance(page, ContactPage):
            page.refuse(text)

    def _delivered(self, delivery: object) -> None:
        if isinstance(delivery, ExtranetDelivery):
            QGuiApplication.clipboard().setText(delivery.clipboard_text)
            self.open_url(QUrl(delivery.url))
        self.delivered.emit(delivery)

    def _delivery_failed(self, error: KnownError) -> None:
        log.warning("support case delivery failed: %s", error.code)
        self.delivery_failed.emit(error)

    def reject(self) -> None:
        """Cancel, Esc or the window's close button: keep the draft, discard it, or go back."""
        if self._busy:
            return
        if self.has_content():
            choice = self.prompts.keep_draft()
            if choice is DraftChoice.CANCEL:
                return
            if choice is DraftChoice.KEEP:
                self.save_draft_now()
            else:
                self._abandon(self.draft)
        else:
            self.saver.cancel()
            self.recovery.discard()
        super().reject()

    # ------------------------------------------------------------------ Qt

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Contact Booking.com"))
        self.setAccessibleName(self.tr("Contact Booking.com"))
        for which, name in (
            (QWizard.WizardButton.NextButton, self.tr("Next page")),
            (QWizard.WizardButton.BackButton, self.tr("Previous page")),
            (QWizard.WizardButton.CancelButton, self.tr("Cancel")),
            (QWizard.WizardButton.FinishButton, self.tr("Finish")),
        ):
            self.button(which).setAccessibleName(name)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


__all__ = ["PAGES", "ContactWizard"]
