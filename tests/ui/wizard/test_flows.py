"""Whole contact-wizard flows, through the sandbox's support gateway over real HTTP."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from desktop.credentials import SecretStore
from desktop.domain import SenderKind, SupportCaseStatus, SupportChannel, WizardOutcome
from desktop.errors import KnownError
from desktop.helpcenter import HelpCenter
from desktop.paths import DataPaths
from desktop.sandbox import SandboxServer
from desktop.sandbox.gateway import SandboxGateway, gateway_routes
from desktop.settings.profile import PropertyProfile
from desktop.store import Store
from desktop.store import conversations as conv_store
from desktop.store import messages as msg_store
from desktop.store import support as support_store
from desktop.store.model import ConversationQuery, Folder
from desktop.support.cases import SupportDesk, sync_cases
from desktop.support.catalogue import Catalogue
from desktop.support.gateway_client import GatewayCredentials, save_gateway_credentials
from desktop.support.transport.extranet import ExtranetDelivery
from desktop.support.transport.factory import make_transport
from desktop.support.transport.gateway import GatewayDelivery
from desktop.support.transport.gateway_errors import GatewayUnavailable
from tests.ui.wizard.conftest import LAC, STAFF, FakePrompts, WizardFactory, make_profile
from tests.ui.wizard.helpers import fill_message, walk
from ui.tasks import SyncTaskRunner
from ui.wizard import ExtranetAnswerDialog, ExtranetSendDialog, open_contact_wizard
from ui.wizard.base import PageId
from ui.wizard.page_articles import ArticlesPage
from ui.wizard.page_call import CallPage

pytestmark = pytest.mark.integration

REPLY_AFTER = 0.3
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture(scope="module")
def gateway() -> SandboxGateway:
    return SandboxGateway(reply_after=REPLY_AFTER)


@pytest.fixture(scope="module")
def sandbox(gateway: SandboxGateway) -> Iterator[SandboxServer]:
    running = SandboxServer(seed=5, extra_routes=gateway_routes(gateway))
    running.start()
    yield running
    running.stop()


@pytest.fixture
def gateway_profile(sandbox: SandboxServer) -> PropertyProfile:
    return make_profile(transport="gateway", gateway_url=sandbox.info.gateway_url)


@pytest.fixture
def gateway_desk(
    store: Store, catalogue: Catalogue, sandbox: SandboxServer, gateway_profile: PropertyProfile
) -> Iterator[SupportDesk]:
    secrets = SecretStore.session_only()
    info = sandbox.info
    save_gateway_credentials(
        secrets, "hotel-du-lac", GatewayCredentials(info.client_id, info.client_secret)
    )
    with httpx.Client(trust_env=False) as http:
        transport = make_transport(
            gateway_profile, catalogue, language="fr", secrets=secrets, http=http
        )
        yield SupportDesk(store, catalogue, transport, actor=STAFF)


@pytest.fixture
def make_gateway_wizard(
    make_wizard: WizardFactory, gateway_desk: SupportDesk, gateway_profile: PropertyProfile
) -> WizardFactory:
    def make(**kwargs: object) -> object:
        return make_wizard(desk_=gateway_desk, profile_=gateway_profile, **kwargs)

    return make  # type: ignore[return-value]


def test_message_reaches_the_gateway_and_the_reply_comes_back(
    make_gateway_wizard: WizardFactory,
    gateway: SandboxGateway,
    store: Store,
    tmp_path: Path,
    qtbot: QtBot,
) -> None:
    image = tmp_path / "facture.png"
    image.write_bytes(PNG)
    wizard = make_gateway_wizard(language="fr")
    delivered: list[object] = []
    wizard.delivered.connect(delivered.append)
    walk(wizard, PageId.MESSAGE, theme="reservations", subtheme="cancellation")
    page = fill_message(wizard, subject="Annulation sans frais", description="Cliente malade.")
    page.add_images([str(image)])
    wizard.next()
    assert wizard.button(wizard.WizardButton.FinishButton).text() == "&Send"
    before = len(gateway.cases())
    wizard.button(wizard.WizardButton.FinishButton).click()
    assert not wizard.isVisible()
    assert len(gateway.cases()) == before + 1
    [delivery] = delivered
    assert isinstance(delivery, GatewayDelivery)
    remote = gateway.cases()[-1]
    assert remote.id == delivery.external_id
    assert (remote.theme, remote.subtheme, remote.reservation_number) == (
        "reservations",
        "cancellation",
        "4012345678",
    )
    assert remote.messages[0].body == "Cliente malade."
    assert remote.messages[0].attachments[0].file_name == "facture.png"

    time.sleep(REPLY_AFTER + 0.1)  # partner support answers after the delay
    report = sync_cases(wizard.desk)
    assert report.new_replies == 1
    case = support_store.get_case(store, delivery.case_id)
    assert case is not None
    assert case.status is SupportCaseStatus.ANSWERED
    assert case.external_id == remote.id
    thread = msg_store.get_thread(store, case.conversation_id or "")
    assert [m.sender for m in thread] == [SenderKind.PROPERTY, SenderKind.BOOKING]
    assert "Annulation sans frais" in thread[1].content
    assert thread[1].content.startswith("Bonjour Camille,")
    listed = conv_store.page_conversation_ids(store, ConversationQuery(Folder.SUPPORT))
    assert case.conversation_id in listed.conversation_ids


def test_call_notes_are_recorded_and_nothing_is_sent(
    make_gateway_wizard: WizardFactory, gateway: SandboxGateway, store: Store
) -> None:
    before = len(gateway.cases())
    wizard = make_gateway_wizard()
    walk(wizard, PageId.CALL, option="call")
    page = wizard.page_of(PageId.CALL)
    assert isinstance(page, CallPage)
    page.call_button.click()
    list(page.outcomes.values())[1].setChecked(True)  # follow-up needed
    page.notes.setPlainText("Agent: Marco. Rappeler demain.")
    wizard.next()
    wizard.button(wizard.WizardButton.FinishButton).click()
    [case] = support_store.list_cases(store)
    assert (case.channel, case.status) == (SupportChannel.CALL, SupportCaseStatus.OPEN)
    [call] = support_store.list_calls(store, case_id=case.case_id)
    assert (call.outcome, call.notes, call.actor) == (
        "follow_up",
        "Agent: Marco. Rappeler demain.",
        STAFF,
    )
    assert len(gateway.cases()) == before


def test_deflection_is_counted_and_nothing_is_sent(
    make_gateway_wizard: WizardFactory, gateway: SandboxGateway
) -> None:
    before = len(gateway.cases())
    wizard = make_gateway_wizard()
    walk(wizard, PageId.ARTICLES, subtheme="no_show")
    page = wizard.page_of(PageId.ARTICLES)
    assert isinstance(page, ArticlesPage)
    page.results.setCurrentRow(0)
    page.answered_button.click()
    counts = wizard.desk.outcome_counts()
    assert counts[WizardOutcome.DEFLECTED] == 1
    assert counts.deflection_rate == 1.0
    assert len(gateway.cases()) == before


def test_guest_path_records_no_case(
    make_gateway_wizard: WizardFactory, gateway: SandboxGateway, store: Store
) -> None:
    before = len(gateway.cases())
    wizard = make_gateway_wizard()
    wizard.page_of(PageId.WHO).guest_radio.setChecked(True)  # type: ignore[attr-defined]
    wizard.next()
    wizard.button(wizard.WizardButton.FinishButton).click()
    assert support_store.list_cases(store) == []
    assert wizard.desk.outcome_counts()[WizardOutcome.GUEST_REDIRECTED] == 1
    assert len(gateway.cases()) == before


def test_gateway_down_keeps_the_case_for_the_next_sync(
    make_gateway_wizard: WizardFactory, sandbox: SandboxServer, gateway: SandboxGateway
) -> None:
    wizard = make_gateway_wizard()
    failures: list[KnownError] = []
    wizard.delivery_failed.connect(failures.append)
    walk(wizard, PageId.MESSAGE)
    fill_message(wizard)
    wizard.next()
    sandbox.state.faults.install("gateway_create_case:503@1", replace=True)
    try:
        wizard.button(wizard.WizardButton.FinishButton).click()
    finally:
        sandbox.state.faults.install("", replace=True)
    assert not wizard.isVisible()  # recorded: the wizard closes
    assert [type(f) for f in failures] == [GatewayUnavailable]
    assert len(wizard.desk.pending_deliveries()) == 1
    assert sync_cases(wizard.desk).delivered == 1
    assert wizard.desk.pending_deliveries() == []


def test_extranet_transport_copies_the_text_and_lists_the_clicks(
    make_wizard: WizardFactory, opened: list[str], catalogue: Catalogue, store: Store
) -> None:
    wizard = make_wizard(language="fr")
    delivered: list[object] = []
    wizard.delivered.connect(delivered.append)
    walk(wizard, PageId.MESSAGE)
    fill_message(wizard, subject="Annulation sans frais", description="Cliente malade.")
    wizard.next()
    wizard.button(wizard.WizardButton.FinishButton).click()
    [delivery] = delivered
    assert isinstance(delivery, ExtranetDelivery)
    expected = "\n".join(
        [
            "Objet : Annulation sans frais",
            "Thème : "
            + catalogue.theme("reservations").title("fr")
            + " › "
            + catalogue.subtheme("reservations", "cancellation").title("fr"),
            "Numéro de réservation : 4012345678",
            f"Identifiant de l'établissement : {LAC}",
            "",
            "Cliente malade.",
        ]
    )
    assert QGuiApplication.clipboard().text() == expected
    assert delivery.clipboard_text == expected
    assert delivery.steps == catalogue.message_steps("fr")
    assert opened == ["https://admin.booking.com/"]


def test_extranet_follow_up_marks_sent_and_records_the_answer(
    qtbot: QtBot,
    desk: SupportDesk,
    catalogue: Catalogue,
    center: HelpCenter,
    profile: PropertyProfile,
    paths: DataPaths,
    prompts: FakePrompts,
    opened: list[str],
    store: Store,
) -> None:
    wizard = open_contact_wizard(
        desk,
        catalogue,
        center,
        SyncTaskRunner(),
        language="en",
        profile=profile,
        recovery_dir=paths.recovery,
        prompts=prompts,
        open_url=lambda url: opened.append(url.toString()),
    )
    qtbot.addWidget(wizard)
    walk(wizard, PageId.MESSAGE)
    fill_message(wizard)
    wizard.next()
    wizard.button(wizard.WizardButton.FinishButton).click()
    dialog = wizard.follow_up
    assert isinstance(dialog, ExtranetSendDialog)
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    for step in catalogue.message_steps("en"):
        assert step in dialog.steps.text()
    dialog.open_button.click()
    assert opened == ["https://admin.booking.com/", "https://admin.booking.com/"]
    case_id = dialog.delivery.case_id
    dialog.sent_button.click()
    assert desk.is_marked_sent(case_id)
    assert not dialog.isVisible()

    answer = ExtranetAnswerDialog(desk, SyncTaskRunner(), case_id)
    qtbot.addWidget(answer)
    answer.answer.setPlainText("We waived the fee.")
    answer.save()
    case = support_store.get_case(store, case_id)
    assert case is not None
    assert case.status is SupportCaseStatus.ANSWERED
    thread = msg_store.get_thread(store, case.conversation_id or "")
    assert thread[-1].content == "We waived the fee."
    assert thread[-1].sender is SenderKind.BOOKING


def test_resume_after_a_crash_then_send(
    make_gateway_wizard: WizardFactory,
    prompts: FakePrompts,
    gateway: SandboxGateway,
    paths: DataPaths,
    qtbot: QtBot,
) -> None:
    crashed = make_gateway_wizard(register=False)
    walk(crashed, PageId.MESSAGE)
    fill_message(crashed, subject="Paiement en double", description="Débité deux fois.")
    crashed.save_draft_now()
    crashed.hide()
    crashed.deleteLater()
    qtbot.wait(10)

    before = len(gateway.cases())
    wizard = make_gateway_wizard()
    assert wizard.offer_resume()
    assert wizard.currentId() == PageId.MESSAGE
    wizard.next()
    wizard.button(wizard.WizardButton.FinishButton).click()
    assert len(gateway.cases()) == before + 1
    assert gateway.cases()[-1].subject == "Paiement en double"
    assert prompts.asked == ["resume"]
