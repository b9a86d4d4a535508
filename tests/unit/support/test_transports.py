"""Transports without a network: message text, image checks, extranet steps, the wire
format and its errors, the gateway contract's checks, credentials, the factory."""

from __future__ import annotations

import base64
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from desktop.credentials import SecretStore
from desktop.domain import (
    Actor,
    SupportCase,
    SupportCaseStatus,
    SupportChannel,
    SupportTransport,
    utcnow,
)
from desktop.errors import AuthError, BadInputError, NetworkError
from desktop.settings.profile import PropertyProfile
from desktop.support.catalogue import Catalogue, load_catalogue
from desktop.support.gateway_client import (
    GatewayCredentials,
    gateway_secret_name,
    load_gateway_credentials,
    save_gateway_credentials,
)
from desktop.support.transport import gateway_contract as contract
from desktop.support.transport.extranet import ExtranetTransport
from desktop.support.transport.factory import make_transport
from desktop.support.transport.gateway import GatewayTransport
from desktop.support.transport.gateway_errors import (
    GatewayForbidden,
    GatewayMalformed,
    GatewayNotConfigured,
    GatewayRateLimited,
    GatewayRefused,
    GatewayUnauthorized,
    GatewayUnavailable,
    error_for_status,
)
from desktop.support.transport.gateway_wire import (
    GatewayCase,
    GatewayMessage,
    parse_case,
    parse_page,
    wire_time,
)
from desktop.support.transport.message import (
    MAX_IMAGE_BYTES,
    CaseMessage,
    ImageFile,
    check_image,
    check_images,
    message_text,
)


def make_profile(**support: Any) -> PropertyProfile:
    return PropertyProfile.model_validate(
        {
            "profile": {"id": "hotel-du-lac", "name": "Hôtel du Lac"},
            "properties": [{"id": 1234567, "name": "Hôtel du Lac"}],
            "support": support,
        }
    )


PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 32


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


def case_message(**changes: Any) -> CaseMessage:
    values: dict[str, Any] = {
        "case_id": 7,
        "property_id": 1234567,
        "theme": "reservations",
        "subtheme": "no_show",
        "subject": "No-show last night",
        "description": "The guest did not arrive.\nPlease waive the commission.",
        "reservation_number": "4012345678",
    }
    values.update(changes)
    return CaseMessage(**values)


def test_message_text_in_english(catalogue: Catalogue) -> None:
    text = message_text(case_message(), catalogue, "en")
    assert text.splitlines() == [
        "Subject: No-show last night",
        f"Theme: {catalogue.theme('reservations').title('en')} › "
        + catalogue.subtheme("reservations", "no_show").title("en"),
        "Reservation number: 4012345678",
        "Property ID: 1234567",
        "",
        "The guest did not arrive.",
        "Please waive the commission.",
    ]


def test_message_text_in_french_names_the_images(catalogue: Catalogue) -> None:
    image = ImageFile("/tmp/a.png", "porte.png", "image/png", 10)
    text = message_text(case_message(images=(image,), reservation_number=None), catalogue, "fr")
    assert text.startswith("Objet : No-show last night\nThème : ")
    assert "Numéro de réservation" not in text
    assert "Identifiant de l'établissement : 1234567" in text
    assert text.endswith("Images jointes : porte.png")


def test_client_reference_is_unique_across_desks() -> None:
    assert case_message().client_reference == "frontdesk-case-7"
    threaded = case_message(conversation_id="support-0123abcd")
    assert threaded.client_reference == "frontdesk-support-0123abcd"


def test_images_are_checked_by_content_and_size(tmp_path: Path) -> None:
    png = tmp_path / "screen.PNG"
    png.write_bytes(PNG)
    jpg = tmp_path / "photo.dat"
    jpg.write_bytes(JPEG)
    assert check_image(png).content_type == "image/png"
    assert check_image(jpg).content_type == "image/jpeg"  # by content, not by name
    fake = tmp_path / "fake.png"
    fake.write_text("not an image")
    big = tmp_path / "big.png"
    with big.open("wb") as handle:
        handle.write(PNG)
        handle.truncate(MAX_IMAGE_BYTES + 1)
    problems = {}
    for path in (fake, big, tmp_path / "missing.png"):
        with pytest.raises(BadInputError) as caught:
            check_image(path)
        problems[path.name] = caught.value.details["problem"]
    assert problems == {
        "fake.png": "not_an_image",
        "big.png": "too_large",
        "missing.png": "missing",
    }
    with pytest.raises(BadInputError) as many:
        check_images([png] * 6)
    assert many.value.details["problem"] == "too_many"


@pytest.mark.parametrize("language", ["fr", "en"])
def test_extranet_delivery_has_the_catalogue_steps(catalogue: Catalogue, language: str) -> None:
    case = SupportCase(
        7,
        1234567,
        "reservations",
        "no_show",
        SupportChannel.MESSAGE,
        SupportTransport.EXTRANET,
        SupportCaseStatus.OPEN,
        utcnow(),
        Actor("Camille", 3),
    )
    image = ImageFile("/tmp/a.png", "porte.png", "image/png", 10)
    transport = ExtranetTransport(catalogue, "https://admin.booking.com/", "en")
    delivery = transport.deliver(case, case_message(images=(image,), language=language))
    assert delivery.steps == catalogue.message_steps(language)
    assert delivery.url == "https://admin.booking.com/"
    assert delivery.clipboard_text == message_text(
        case_message(images=(image,), language=language), catalogue, language
    )
    assert delivery.image_paths == ("/tmp/a.png",)
    assert any("porte.png" in hint for hint in delivery.hints)
    assert delivery.theme_path.endswith(
        catalogue.subtheme("reservations", "no_show").title(language)
    )


def wire_case(**changes: Any) -> dict[str, Any]:
    raw: dict[str, Any] = {
        "id": "SG-1",
        "client_reference": "frontdesk-case-7",
        "property_id": 1234567,
        "theme": "reservations",
        "subtheme": "no_show",
        "status": "answered",
        "created_at": "2026-11-20T09:30:00Z",
        "updated_at": "2026-11-20T10:00:00Z",
        "messages": [
            {
                "id": "m1",
                "author": "support",
                "body": "Done.",
                "created_at": "2026-11-20T10:00:00Z",
                "attachments": [{"file_name": "a.png", "content_type": "image/png", "size": 4}],
            }
        ],
    }
    raw.update(changes)
    return raw


def test_wire_round_trip() -> None:
    case = parse_case(wire_case())
    assert case.status is SupportCaseStatus.ANSWERED
    assert case.updated_at == datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
    assert case.messages[0].from_support
    assert case.messages[0].attachments[0].file_name == "a.png"
    assert parse_case(case.to_wire()) == case
    assert wire_time(datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)) == "2026-01-02T03:04:05.000Z"


@pytest.mark.parametrize(
    ("change", "member"),
    [
        ({"status": "lost"}, "status"),
        ({"property_id": "1"}, "property_id"),
        ({"created_at": "yesterday"}, "created_at"),
        ({"messages": [{"id": "m"}]}, "author"),
        ({"id": None}, "id"),
    ],
)
def test_malformed_answers_name_the_member(change: dict[str, Any], member: str) -> None:
    with pytest.raises(GatewayMalformed) as caught:
        parse_case(wire_case(**change))
    assert caught.value.details["member"] == member
    with pytest.raises(GatewayMalformed):
        parse_page({"cases": "none", "server_time": "2026-11-20T10:00:00Z"})


@pytest.mark.parametrize(
    ("status", "kind", "family"),
    [
        (401, GatewayUnauthorized, AuthError),
        (403, GatewayForbidden, GatewayForbidden),
        (422, GatewayRefused, BadInputError),
        (413, GatewayRefused, BadInputError),
        (429, GatewayRateLimited, NetworkError),
        (503, GatewayUnavailable, NetworkError),
    ],
)
def test_errors_are_typed(status: int, kind: type, family: type) -> None:
    body = {
        "error": {
            "code": "attachment_too_large",
            "message": "a.png is over 10 MB.",
            "field": "attachments",
        }
    }
    error = error_for_status(status, body, "req-1")
    assert isinstance(error, kind)
    assert isinstance(error, family)
    assert error.details["request_id"] == "req-1"
    assert error.reason == "attachment_too_large"
    assert error.status == status
    assert isinstance(error_for_status(502, "<html>proxy</html>", None), GatewayUnavailable)


def test_contract_checks_new_cases(catalogue: Catalogue) -> None:
    body = {
        "property_id": 1234567,
        "theme": "reservations",
        "subtheme": "no_show",
        "subject": "No-show",
        "description": "Guest did not come.",
        "reservation_number": "4012345678",
        "attachments": [{"file_name": "a.png", "data": base64.b64encode(PNG).decode()}],
    }
    case = contract.new_case(body, catalogue)
    assert case.attachments[0].content_type == "image/png"
    refusals = {
        "theme": ({**body, "theme": "weather"}, 422),
        "subtheme": ({**body, "subtheme": "weather"}, 422),
        "subject": ({**body, "subject": ""}, 422),
        "reservation_number": ({**body, "reservation_number": "12"}, 422),
        "property_id": ({**body, "property_id": True}, 422),
        "attachments": (
            {
                **body,
                "attachments": [{"file_name": "a.txt", "data": base64.b64encode(b"hi").decode()}],
            },
            415,
        ),
    }
    for field, (bad, status) in refusals.items():
        with pytest.raises(contract.WireRefusal) as caught:
            contract.new_case(bad, catalogue)
        assert (caught.value.field, caught.value.status) == (field, status)


def test_contract_checks_list_queries() -> None:
    since, limit, pid = contract.list_query({"updated_since": "2026-11-20T10:00:00Z", "limit": "5"})
    assert (since, limit, pid) == (datetime(2026, 11, 20, 10, tzinfo=UTC), 5, None)
    for bad in ({"updated_since": "2026-11-20T10:00:00"}, {"limit": "0"}, {"property_id": "x"}):
        with pytest.raises(contract.WireRefusal):
            contract.list_query(bad)


def test_credentials_live_in_the_keychain_and_hide_the_secret() -> None:
    secrets = SecretStore.session_only()
    with pytest.raises(GatewayNotConfigured):
        load_gateway_credentials(secrets, "hotel-du-lac")
    creds = GatewayCredentials("group-client", "s3cret!")
    save_gateway_credentials(secrets, "hotel-du-lac", creds)
    assert load_gateway_credentials(secrets, "hotel-du-lac") == creds
    assert "s3cret" not in repr(creds)
    assert gateway_secret_name("hotel-du-lac") == "hotel-du-lac:support-gateway"
    secrets.set_secret("hotel-du-lac:support-gateway", "garbage")
    with pytest.raises(GatewayNotConfigured):
        load_gateway_credentials(secrets, "hotel-du-lac")
    with pytest.raises(BadInputError):
        GatewayCredentials(" ", "x")


def test_make_transport_follows_the_profile(catalogue: Catalogue) -> None:
    extranet = make_transport(make_profile(), catalogue, language="fr")
    assert isinstance(extranet, ExtranetTransport)
    assert extranet.language == "fr"
    gateway_profile = make_profile(transport="gateway", gateway_url="https://gw.example.com/v1")
    gateway = make_transport(gateway_profile, catalogue, language="en", secrets=None)
    assert isinstance(gateway, GatewayTransport)
    assert gateway.kind is SupportTransport.GATEWAY
    with pytest.raises(GatewayNotConfigured):
        _ = gateway.client  # no keychain given: said when sending, not at start


def test_gateway_message_authors() -> None:
    message = GatewayMessage("m", "property", "x", datetime.now(UTC))
    assert not message.from_support
    assert isinstance(parse_case(wire_case()), GatewayCase)
