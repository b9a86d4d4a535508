"""What staff type survives a crash or an accidental close."""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from desktop.domain import AuditAction
from desktop.paths import DataPaths
from desktop.store import audit as audit_store
from desktop.store import support as support_store
from tests.helpers.keys import type_text
from tests.ui.wizard.conftest import FakePrompts, WizardFactory
from tests.ui.wizard.helpers import fill_message, walk
from ui.wizard import DraftChoice
from ui.wizard.base import PageId
from ui.wizard.draft import RECOVERY_FILE, RecoveryFile, WizardDraft
from ui.wizard.page_message import MessagePage


def abandoned(wizard_store: object) -> int:
    events = audit_store.list_events(wizard_store, actions=[AuditAction.SUPPORT_CASE])  # type: ignore[arg-type]
    return sum(1 for e in events if e.details.get("outcome") == "abandoned")


def test_the_draft_is_written_shortly_after_typing(
    make_wizard: WizardFactory, paths: DataPaths, qtbot: QtBot
) -> None:
    wizard = make_wizard()
    walk(wizard, PageId.MESSAGE)
    page = wizard.page_of(PageId.MESSAGE)
    assert isinstance(page, MessagePage)
    page.subject.setFocus()
    type_text(page.subject, "Débit en double")
    file = paths.recovery / RECOVERY_FILE
    qtbot.waitUntil(file.exists, timeout=3000)
    saved = json.loads(file.read_text(encoding="utf-8"))
    assert saved["version"] == 1
    assert saved["draft"]["subject"] == "Débit en double"
    assert saved["draft"]["page"] == PageId.MESSAGE
    assert not list(paths.recovery.glob("*.tmp"))  # written atomically


def test_nothing_is_written_without_content(
    make_wizard: WizardFactory, paths: DataPaths, qtbot: QtBot
) -> None:
    wizard = make_wizard(reservation_number="4012345678", theme="reservations")
    wizard.next()
    qtbot.wait(600)
    assert not (paths.recovery / RECOVERY_FILE).exists()


def test_resume_after_a_crash(
    make_wizard: WizardFactory, prompts: FakePrompts, paths: DataPaths, qtbot: QtBot
) -> None:
    crashed = make_wizard(register=False)
    walk(crashed, PageId.MESSAGE)
    fill_message(crashed, subject="Facture erronée", description="Le montant est faux.")
    qtbot.waitUntil(lambda: (paths.recovery / RECOVERY_FILE).exists(), timeout=3000)
    qtbot.wait(500)  # the last change written too
    crashed.hide()
    crashed.deleteLater()  # gone without accept(), reject() or close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    wizard = make_wizard()
    assert wizard.offer_resume()
    assert prompts.asked == ["resume"]
    assert wizard.currentId() == PageId.MESSAGE
    page = wizard.page_of(PageId.MESSAGE)
    assert isinstance(page, MessagePage)
    assert page.subject.text() == "Facture erronée"
    assert page.description.toPlainText() == "Le montant est faux."
    assert page.reservation.edit.text() == "4012345678"
    assert page.reservation.confirm.isChecked()
    wizard.next()
    wizard.button(wizard.WizardButton.FinishButton).click()
    assert len(support_store.list_cases(wizard.desk.store)) == 1
    assert not (paths.recovery / RECOVERY_FILE).exists()  # removed on accept


def test_declining_to_resume_discards_and_counts_an_abandonment(
    make_wizard: WizardFactory, prompts: FakePrompts, paths: DataPaths
) -> None:
    RecoveryFile(paths.recovery).save(WizardDraft(theme="promotions", subject="Offre"))
    prompts.resume_answer = False
    wizard = make_wizard()
    assert not wizard.offer_resume()
    assert wizard.currentId() == PageId.WHO
    assert not (paths.recovery / RECOVERY_FILE).exists()
    assert abandoned(wizard.desk.store) == 1


def test_closing_with_content_asks_whether_to_keep_it(
    make_wizard: WizardFactory, prompts: FakePrompts, paths: DataPaths
) -> None:
    wizard = make_wizard()
    walk(wizard, PageId.MESSAGE)
    fill_message(wizard)
    prompts.keep_answer = DraftChoice.CANCEL
    wizard.close()
    assert wizard.isVisible()  # back to the wizard
    prompts.keep_answer = DraftChoice.KEEP
    wizard.reject()
    assert not wizard.isVisible()
    assert (paths.recovery / RECOVERY_FILE).exists()
    assert abandoned(wizard.desk.store) == 0
    assert prompts.asked == ["keep", "keep"]


def test_discarding_removes_the_draft_and_counts_an_abandonment(
    make_wizard: WizardFactory, prompts: FakePrompts, paths: DataPaths
) -> None:
    wizard = make_wizard()
    walk(wizard, PageId.MESSAGE)
    fill_message(wizard)
    wizard.save_draft_now()
    prompts.keep_answer = DraftChoice.DISCARD
    wizard.reject()
    assert not (paths.recovery / RECOVERY_FILE).exists()
    assert abandoned(wizard.desk.store) == 1
    assert support_store.list_cases(wizard.desk.store) == []


def test_closing_without_content_asks_nothing(
    make_wizard: WizardFactory, prompts: FakePrompts
) -> None:
    wizard = make_wizard()
    wizard.next()
    wizard.reject()
    assert prompts.asked == []
    assert abandoned(wizard.desk.store) == 0


def test_a_damaged_draft_is_set_aside(make_wizard: WizardFactory, paths: DataPaths) -> None:
    paths.recovery.mkdir(parents=True, exist_ok=True)
    (paths.recovery / RECOVERY_FILE).write_text('{"draft": {"subject": 12}}')
    wizard = make_wizard()
    assert not wizard.offer_resume()
    assert (paths.recovery / (RECOVERY_FILE + ".damaged")).exists()
    (paths.recovery / RECOVERY_FILE).write_text("{not json")
    assert not wizard.offer_resume()
