"""Everything one running Frontdesk works with: store, client, sync engine, sandbox.

:func:`open_account_session` connects to Booking.com (or whatever the profile names)
with the credentials in the keychain; :func:`open_sandbox_session` starts the embedded
sandbox server on 127.0.0.1, keeps its demo credentials in memory only, and points the
same code at it. The GUI and the headless commands share both.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from desktop.booking import BookingClient, TokenBudget
from desktop.credentials import SecretStore
from desktop.errors import AuthError, KeychainError
from desktop.paths import DataPaths
from desktop.settings import PropertyProfile, sandbox_profile
from desktop.store import Store, open_store
from desktop.sync import SyncEngine

log = logging.getLogger(__name__)

SANDBOX_PROFILE_ID = "sandbox"


class KeychainTokenCache:
    """Keeps the current JWT in the keychain so a restart does not spend the budget.

    A keychain problem never stops a sync: the token is then simply not cached.
    """

    def __init__(self, secrets: SecretStore) -> None:
        self._secrets = secrets

    @staticmethod
    def _name(client_id: str) -> str:
        return f"booking-jwt:{client_id}"

    def get(self, client_id: str) -> str | None:
        try:
            return self._secrets.get_secret(self._name(client_id))
        except KeychainError as error:
            log.info("token cache unavailable: %s", error.code)
            return None

    def set(self, client_id: str, token: str) -> None:
        try:
            self._secrets.set_secret(self._name(client_id), token)
        except KeychainError as error:
            log.info("token cache unavailable: %s", error.code)


@dataclass
class Session:
    """The collaborators of one run; ``close()`` releases them in order."""

    paths: DataPaths
    profile: PropertyProfile
    profile_id: str
    secrets: SecretStore
    store: Store
    client: BookingClient
    engine: SyncEngine
    sandbox: object | None = None
    _closed: bool = field(default=False, repr=False)

    @property
    def is_sandbox(self) -> bool:
        return self.sandbox is not None

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self.client.close()
        self.store.close()
        stop = getattr(self.sandbox, "stop", None)
        if stop is not None:
            stop()


def make_client(profile: PropertyProfile, profile_id: str, secrets: SecretStore) -> BookingClient:
    """A client for the profile's URLs with the keychain's credentials."""
    credentials = secrets.load(profile_id)
    if credentials is None:
        raise AuthError(
            f"No Booking.com credentials are stored for {profile_id}.",
            next_step="Enter them in the set-up dialog, or run: frontdesk credentials set",
        )
    return BookingClient(
        credentials,
        messaging_url=str(profile.booking.messaging_url),
        token_url=str(profile.booking.token_url),
        budget=TokenBudget(),
        token_cache=KeychainTokenCache(secrets),
    )


def open_account_session(
    paths: DataPaths, profile: PropertyProfile, secrets: SecretStore
) -> Session:
    """A session on the real account described by ``profile``."""
    profile_id = profile.profile.id
    client = make_client(profile, profile_id, secrets)
    store = open_store(paths.ensure())
    engine = SyncEngine(store, client, profile.domain_properties())
    return Session(paths, profile, profile_id, secrets, store, client, engine)


def open_sandbox_session(paths: DataPaths, *, seed: int = 7, faults: str = "") -> Session:
    """Start the sandbox server and a session on it (credentials in memory only)."""
    from desktop.credentials import CredentialKind, Credentials
    from desktop.sandbox import SandboxServer
    from desktop.sandbox.gateway import SandboxGateway, gateway_routes
    from desktop.support.gateway_client import GatewayCredentials, save_gateway_credentials

    gateway = SandboxGateway(reply_after=60.0)
    server = SandboxServer(
        seed=seed, faults=faults, reply_every=90.0, extra_routes=gateway_routes(gateway)
    )
    info = server.start()
    try:
        profile = sandbox_profile(
            list(info.properties), info.base_url, info.auth_url, info.gateway_url
        )
        secrets = SecretStore.session_only()
        secrets.save(
            SANDBOX_PROFILE_ID,
            Credentials(CredentialKind.TOKEN, info.client_id, info.client_secret),
        )
        save_gateway_credentials(
            secrets, SANDBOX_PROFILE_ID, GatewayCredentials(info.client_id, info.client_secret)
        )
        session = open_account_session(paths, profile, secrets)
    except BaseException:
        server.stop()
        raise
    session.sandbox = server
    return session
