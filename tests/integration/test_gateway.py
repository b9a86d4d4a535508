"""The support gateway over real HTTP: the typed client against the sandbox's gateway,
and sync_cases bringing partner support's replies into the support threads."""

from __future__ import annotations

import base64
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from desktop.domain import Actor, SenderKind, SupportCaseStatus, WizardOutcome
from desktop.paths import DataPaths
from desktop.sandbox import SandboxInfo, SandboxServer
from desktop.sandbox.gateway import SandboxGateway, gateway_routes
from desktop.store import Store, open_store
from desktop.store import messages as msg_store
from desktop.store import support as support_store
from desktop.support.cases import CaseSync, SupportDesk, WizardResult, sync_cases
from desktop.support.catalogue import Catalogue, load_catalogue
from desktop.support.gateway_client import (
    GatewayClient,
    GatewayCredentials,
    GatewayForbidden,
    GatewayMalformed,
    GatewayNotFound,
    GatewayRefused,
    GatewayUnauthorized,
    GatewayUnavailable,
    NewCase,
    WireAttachment,
)
from desktop.support.transport.gateway import GatewayDelivery, GatewayTransport
from desktop.support.transport.message import MAX_IMAGE_BYTES

pytestmark = pytest.mark.integration

STAFF = Actor(name="Camille", staff_id=3)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
REPLY_AFTER = 0.3


@pytest.fixture(scope="module")
def gateway() -> SandboxGateway:
    return SandboxGateway(reply_after=REPLY_AFTER)


@pytest.fixture(scope="module")
def server(gateway: SandboxGateway) -> Iterator[SandboxServer]:
    sandbox = SandboxServer(seed=11, extra_routes=gateway_routes(gateway))
    sandbox.start()
    gateway.property_ids = sandbox.info.property_ids
    yield sandbox
    sandbox.stop()


@pytest.fixture(scope="module")
def info(server: SandboxServer) -> SandboxInfo:
    return server.info


@pytest.fixture
def faults(server: SandboxServer) -> Iterator[SandboxServer]:
    yield server
    server.state.faults.install("", replace=True)


@pytest.fixture
def client(info: SandboxInfo) -> Iterator[GatewayClient]:
    with httpx.Client(trust_env=False) as http:
        credentials = GatewayCredentials(info.client_id, info.client_secret)
        yield GatewayClient(info.gateway_url, credentials, http=http, timeout=5.0)


def new_case(info: SandboxInfo, reference: str, **changes: object) -> NewCase:
    values: dict[str, object] = {
        "client_reference": reference,
        "property_id": info.property_ids[0],
        "theme": "reservations",
        "subtheme": "no_show",
        "subject": "No-show last night",
        "description": "The guest did not arrive. Please waive the commission.",
        "language": "en",
        "reservation_number": "4012345678",
        "contact_name": "Camille",
    }
    values.update(changes)
    return NewCase(**values)  # type: ignore[arg-type]


def test_a_case_is_created_once_and_answered_after_the_delay(
    client: GatewayClient, info: SandboxInfo, gateway: SandboxGateway
) -> None:
    png = WireAttachment("door.png", "image/png", PNG)
    created = client.create_case(new_case(info, "it-1", attachments=(png,)))
    assert created.status is SupportCaseStatus.OPEN
    assert created.messages[0].attachments[0].size == len(PNG)
    again = client.create_case(new_case(info, "it-1", subject="other"))
    assert again.id == created.id  # same client_reference: the same case
    time.sleep(REPLY_AFTER + 0.1)
    answered = client.get_case(created.id)
    assert answered.status is SupportCaseStatus.ANSWERED
    reply = answered.messages[-1]
    assert reply.from_support
    assert "No-show last night" in reply.body
    assert gateway.catalogue.theme("reservations").title("en") in reply.body
    assert "4012345678" in reply.body


def test_replies_follow_the_case_language(
    client: GatewayClient, info: SandboxInfo, gateway: SandboxGateway
) -> None:
    created = client.create_case(
        new_case(info, "it-fr", theme="getting_paid", subtheme="payouts", language="fr")
    )
    assert gateway.answer_now(created.id) == [created.id]
    reply = client.get_case(created.id).messages[-1].body
    assert reply.startswith("Bonjour Camille,")
    assert gateway.catalogue.theme("getting_paid").title("fr") in reply


def test_updates_since_uses_the_server_cursor(
    client: GatewayClient, info: SandboxInfo, gateway: SandboxGateway
) -> None:
    _cases, cursor = client.updates_since(None)
    created = client.create_case(new_case(info, "it-cursor"))
    changed, cursor = client.updates_since(cursor)
    assert created.id in [case.id for case in changed]
    gateway.answer_now(created.id)
    changed, _ = client.updates_since(cursor)
    latest = {case.id: case for case in changed}[created.id]
    assert latest.status is SupportCaseStatus.ANSWERED
    client.create_case(new_case(info, "it-cursor-2"))
    page = client.list_cases(None, limit=1)
    assert page.has_more
    assert len(page.cases) == 1


def test_a_follow_up_opens_the_case_again(
    client: GatewayClient, info: SandboxInfo, gateway: SandboxGateway
) -> None:
    created = client.create_case(new_case(info, "it-follow"))
    gateway.answer_now(created.id)
    followed = client.add_message(created.id, "One more detail: room 12.")
    assert followed.status is SupportCaseStatus.OPEN
    assert [m.author for m in followed.messages] == ["property", "support", "property"]
    gateway.answer_now(created.id)
    assert client.get_case(created.id).status is SupportCaseStatus.ANSWERED


def test_refusals_are_typed(client: GatewayClient, info: SandboxInfo) -> None:
    with pytest.raises(GatewayRefused) as theme:
        client.create_case(new_case(info, "bad-1", theme="weather"))
    assert (theme.value.status, theme.value.details["field"]) == (422, "theme")
    text_file = WireAttachment("notes.png", "image/png", b"plain text, not an image")
    with pytest.raises(GatewayRefused) as kind:
        client.create_case(new_case(info, "bad-2", attachments=(text_file,)))
    assert (kind.value.status, kind.value.reason) == (415, "unsupported_attachment")
    huge = WireAttachment("huge.png", "image/png", PNG + b"\x00" * MAX_IMAGE_BYTES)
    with pytest.raises(GatewayRefused) as large:
        client.create_case(new_case(info, "bad-3", attachments=(huge,)))
    assert (large.value.status, large.value.reason) == (413, "attachment_too_large")
    with pytest.raises(GatewayNotFound):
        client.get_case("SG-0")
    with pytest.raises(GatewayForbidden):
        client.create_case(new_case(info, "bad-4", property_id=999_999_999))


def test_credentials_and_tokens(info: SandboxInfo, gateway: SandboxGateway) -> None:
    wrong = GatewayClient(info.gateway_url, GatewayCredentials(info.client_id, "wrong"))
    with pytest.raises(GatewayUnauthorized) as caught:
        wrong.list_cases()
    assert caught.value.reason == "invalid_client"
    wrong.close()
    response = httpx.get(f"{info.gateway_url}/cases", headers={"Authorization": "Bearer x"})
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "unauthorized"
    assert response.headers["X-Request-Id"]
    basic = base64.b64encode(b"sandbox-user:sandbox-password").decode()
    assert (
        httpx.get(
            f"{info.gateway_url}/cases", headers={"Authorization": f"Basic {basic}"}
        ).status_code
        == 401
    )


def test_a_revoked_token_is_exchanged_again(client: GatewayClient, gateway: SandboxGateway) -> None:
    client.list_cases()
    before = gateway.issuer.stats()["tokens_issued"]
    gateway.issuer.revoke_all()
    client.list_cases()  # 401, new token, same request again
    assert gateway.issuer.stats()["tokens_issued"] == before + 1


def test_faults_become_typed_errors(client: GatewayClient, faults: SandboxServer) -> None:
    faults.state.faults.install("gateway_list_cases:503@1", replace=True)
    with pytest.raises(GatewayUnavailable):
        client.list_cases()
    faults.state.faults.install("gateway_list_cases:malformed@1", replace=True)
    with pytest.raises(GatewayMalformed):
        client.list_cases()
    client.list_cases()


def test_admin_hooks(info: SandboxInfo, client: GatewayClient) -> None:
    created = client.create_case(new_case(info, "it-admin"))
    admin = httpx.Client(base_url=info.admin_url, trust_env=False)
    answered = admin.post("/gateway/answer", json={"case_id": created.id}).json()["answered"]
    assert answered == [created.id]
    listed = admin.get("/gateway/cases").json()["cases"]
    assert created.id in [case["id"] for case in listed]
    admin.close()


# ---------------------------------------------------------------------------- sync_cases


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(DataPaths(root=tmp_path / "data", logs=tmp_path / "logs"))
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


@pytest.fixture
def desk(store: Store, catalogue: Catalogue, client: GatewayClient) -> SupportDesk:
    return SupportDesk(store, catalogue, GatewayTransport(lambda: client), actor=STAFF)


def record_message(desk: SupportDesk, info: SandboxInfo, tmp_path: Path) -> int:
    image = tmp_path / "door.png"
    image.write_bytes(PNG)
    result = WizardResult(
        WizardOutcome.MESSAGE,
        info.property_ids[0],
        "fr",
        "reservations",
        "cancellation",
        "4012345678",
        "Annulation sans frais",
        "La cliente est malade.",
        (str(image),),
    )
    case = desk.record(result).case
    assert case is not None
    return case.case_id


def test_sync_brings_the_reply_into_the_support_thread(
    desk: SupportDesk, info: SandboxInfo, gateway: SandboxGateway, store: Store, tmp_path: Path
) -> None:
    case_id = record_message(desk, info, tmp_path)
    delivery = desk.deliver(case_id)
    assert isinstance(delivery, GatewayDelivery)
    remote = gateway.cases()
    sent = next(c for c in remote if c.id == delivery.external_id)
    case = support_store.get_case(store, case_id)
    assert case is not None
    assert sent.client_reference == f"frontdesk-{case.conversation_id}"
    assert sent.subject == "Annulation sans frais"
    assert sent.messages[0].attachments[0].file_name == "door.png"
    gateway.answer_now(delivery.external_id)
    syncer = CaseSync(desk)
    report = syncer.run()
    assert report.new_replies == 1
    assert report.cases_updated == (case_id,)
    case = support_store.get_case(store, case_id)
    assert case is not None
    assert case.status is SupportCaseStatus.ANSWERED
    thread = msg_store.get_thread(store, case.conversation_id or "")
    assert [m.sender for m in thread] == [SenderKind.PROPERTY, SenderKind.BOOKING]
    assert thread[1].content.startswith("Bonjour Camille,")
    assert case.conversation_id in report.change.conversations
    again = syncer.run()
    assert again.new_replies == 0  # idempotent


def test_a_case_the_gateway_missed_is_sent_by_the_next_sync(
    desk: SupportDesk, info: SandboxInfo, faults: SandboxServer, store: Store, tmp_path: Path
) -> None:
    case_id = record_message(desk, info, tmp_path)
    faults.state.faults.install("gateway_create_case:503@1", replace=True)
    with pytest.raises(GatewayUnavailable):
        desk.deliver(case_id)
    assert [c.case_id for c in desk.pending_deliveries()] == [case_id]
    report = sync_cases(desk)
    assert report.delivered == 1
    assert desk.pending_deliveries() == []
    case = support_store.get_case(store, case_id)
    assert case is not None
    assert case.external_id is not None
