"""The transport a property profile asks for, behind one small protocol."""

from __future__ import annotations

from typing import Protocol

import httpx

from desktop.credentials import SecretStore
from desktop.domain import SupportCase, SupportTransport
from desktop.settings.profile import PropertyProfile
from desktop.support.catalogue import Catalogue
from desktop.support.gateway_client import GatewayClient, load_gateway_credentials
from desktop.support.transport.extranet import ExtranetDelivery, ExtranetTransport
from desktop.support.transport.gateway import GatewayDelivery, GatewayTransport
from desktop.support.transport.gateway_errors import GatewayNotConfigured
from desktop.support.transport.message import CaseMessage

#: What delivering a case's message gives back.
Delivery = ExtranetDelivery | GatewayDelivery


class Transport(Protocol):
    """Delivers the message of a case recorded in the store."""

    @property
    def kind(self) -> SupportTransport: ...

    def deliver(self, case: SupportCase, message: CaseMessage) -> Delivery: ...


def make_transport(
    profile: PropertyProfile,
    catalogue: Catalogue,
    *,
    language: str,
    secrets: SecretStore | None = None,
    http: httpx.Client | None = None,
) -> ExtranetTransport | GatewayTransport:
    """The profile's transport (``support.transport``).

    For ``gateway``, the credentials are read from ``secrets`` (the keychain entry
    ``"<profile_id>:support-gateway"``) when the first case is sent, not now.
    """
    support = profile.support
    if support.transport is SupportTransport.EXTRANET:
        return ExtranetTransport(catalogue, str(profile.booking.extranet_url), language)
    url = str(support.gateway_url) if support.gateway_url is not None else ""
    profile_id = profile.profile.id

    def connect() -> GatewayClient:
        if not url:
            raise GatewayNotConfigured("The profile names no support gateway URL.")
        if secrets is None:
            raise GatewayNotConfigured(details={"profile": profile_id})
        credentials = load_gateway_credentials(secrets, profile_id)
        return GatewayClient(url, credentials, http=http)

    return GatewayTransport(connect)


__all__ = ["Delivery", "Transport", "make_transport"]
