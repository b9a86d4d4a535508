"""Running the sandbox: in a background thread (tests, the embedded demo) or in the
foreground (``frontdesk sandbox serve``).

The listening socket is bound (port 0: the OS picks a free port) and listening before
uvicorn starts, so the port is known and connections made right after
:meth:`SandboxServer.start` returns, or after :func:`serve` prints its first line, wait
in the backlog instead of being refused.
"""

from __future__ import annotations

import contextlib
import json
import logging
import signal
import socket
import sys
import threading
import time
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass
from datetime import datetime
from types import TracebackType
from typing import TextIO

import uvicorn
from starlette.routing import BaseRoute
from starlette.types import ASGIApp

from desktop.domain import Property
from desktop.sandbox.app import GATEWAY_PREFIX, MESSAGING_PREFIX, TOKEN_PATH, create_app
from desktop.sandbox.fault_layer import ADMIN_PREFIX, DROP_LOG_MESSAGE
from desktop.sandbox.state import SandboxState
from desktop.sandbox.stories import build_world
from desktop.sandbox.tokens import Account, TokenIssuer

log = logging.getLogger("desktop.sandbox")

DEFAULT_SEED = 7
START_TIMEOUT = 10.0


@dataclass(frozen=True, slots=True)
class SandboxInfo:
    """Where the running sandbox is and how to sign in to it (demo credentials)."""

    base_url: str
    auth_url: str
    gateway_url: str
    admin_url: str
    port: int
    account: Account
    properties: tuple[Property, ...]

    @property
    def client_id(self) -> str:
        return self.account.client_id

    @property
    def client_secret(self) -> str:
        return self.account.client_secret

    @property
    def property_ids(self) -> tuple[int, ...]:
        """The properties the sandbox account may read (the others answer 403)."""
        return tuple(p.property_id for p in self.properties if p.has_access)

    def as_dict(self) -> dict[str, object]:
        return {
            "base_url": self.base_url,
            "auth_url": self.auth_url,
            "gateway_url": self.gateway_url,
            "client_id": self.client_id,
            "client_secret": self.client_secret,
            "property_ids": list(self.property_ids),
            "basic_username": self.account.username,
            "basic_password": self.account.password,
            "admin_url": self.admin_url,
            "properties": [
                {
                    "id": p.property_id,
                    "name": p.name,
                    "timezone": p.timezone,
                    "has_access": p.has_access,
                }
                for p in self.properties
            ],
        }


class _DropNoise(logging.Filter):
    """Hides uvicorn's complaint about responses the ``drop`` fault cuts on purpose."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.getMessage() != DROP_LOG_MESSAGE


def _quiet_drops() -> None:
    uvicorn_log = logging.getLogger("uvicorn.error")
    if not any(isinstance(f, _DropNoise) for f in uvicorn_log.filters):
        uvicorn_log.addFilter(_DropNoise())


class _Server(uvicorn.Server):
    """uvicorn without its re-raising of signals: SIGINT/SIGTERM just stop serving."""

    @contextlib.contextmanager
    def capture_signals(self) -> Generator[None, None, None]:
        if threading.current_thread() is not threading.main_thread():
            yield
            return
        stop = (signal.SIGINT, signal.SIGTERM)
        previous = {sig: signal.signal(sig, self.handle_exit) for sig in stop}
        try:
            yield
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)


class SandboxServer:
    """The sandbox on ``host:port``; ``start()``/``stop()`` or ``with SandboxServer(): ...``.

    Args:
        seed: the sample world's seed (same seed, same world).
        faults: a fault spec (``docs/sandbox.md``); invalid -> FaultSpecError at start.
        port: 0 for any free port.
        token_lifetime: seconds a token lives (3600 on Booking.com).
        token_budget: tokens per rolling hour before 429 (30 on Booking.com).
        reply_every: seconds between spontaneous guest replies; None for none.
        now: the world's "now" (default: the current time), for reproducible worlds.
        extra_routes: more routes, e.g. the support gateway under ``GATEWAY_PREFIX``.
        conversations: about how many conversations the account may read (None: the
            default world of 410; see :func:`desktop.sandbox.stories.world_size`).
    """

    def __init__(
        self,
        *,
        seed: int = DEFAULT_SEED,
        faults: str = "",
        host: str = "127.0.0.1",
        port: int = 0,
        token_lifetime: float = 3600.0,
        token_budget: int = 30,
        reply_every: float | None = None,
        now: datetime | None = None,
        extra_routes: Sequence[BaseRoute] = (),
        account: Account | None = None,
        conversations: int | None = None,
    ) -> None:
        issuer = TokenIssuer(account, lifetime=token_lifetime, budget=token_budget)
        world = build_world(seed, now, conversations=conversations)
        self.state = SandboxState(world, issuer)
        app = create_app(
            self.state, faults=faults, reply_every=reply_every, extra_routes=extra_routes
        )
        self._socket = _listening_socket(host, port)
        self._server = _Server(_config(app))
        self._thread: threading.Thread | None = None
        bound_host, bound_port = self._socket.getsockname()[:2]
        self.info = _info(f"http://{bound_host}:{bound_port}", bound_port, self.state)

    def start(self) -> SandboxInfo:
        """Serve in a background thread; returns once the server accepts requests."""
        _quiet_drops()
        self._thread = threading.Thread(
            target=self._server.run,
            kwargs={"sockets": [self._socket]},
            name="sandbox-server",
            daemon=True,
        )
        self._thread.start()
        deadline = time.monotonic() + START_TIMEOUT
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("the sandbox server did not start")
            time.sleep(0.01)
        log.info("sandbox serving on %s", self.info.base_url)
        return self.info

    def run_forever(self) -> None:
        """Serve in this thread until SIGINT/SIGTERM (or ``stop()`` from elsewhere)."""
        _quiet_drops()
        try:
            self._server.run(sockets=[self._socket])
        finally:
            self._socket.close()

    def stop(self) -> None:
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=START_TIMEOUT)
            self._thread = None
        self._socket.close()

    def __enter__(self) -> SandboxInfo:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def _listening_socket(host: str, port: int) -> socket.socket:
    # proto=IPPROTO_TCP: asyncio then sets TCP_NODELAY on accepted connections
    # (with proto 0 it does not, and every answer waits ~40 ms for a delayed ACK).
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        listener.bind((host, port))
        listener.listen(128)
    except OSError:
        listener.close()
        raise
    return listener


def _config(app: ASGIApp) -> uvicorn.Config:
    return uvicorn.Config(
        app,
        log_config=None,  # the application's logging set-up stays as it is
        access_log=False,  # FaultLayer logs each request
        proxy_headers=False,  # never behind a proxy: no X-Forwarded-* to read per request
        lifespan="on",
        http="h11",
        ws="none",
        loop="asyncio",
        timeout_graceful_shutdown=1,  # a hanging "timeout" fault must not delay stop()
    )


def _info(root: str, port: int, state: SandboxState) -> SandboxInfo:
    return SandboxInfo(
        base_url=root + MESSAGING_PREFIX,
        auth_url=root + TOKEN_PATH,
        gateway_url=root + GATEWAY_PREFIX,
        admin_url=root + ADMIN_PREFIX,
        port=port,
        account=state.issuer.account,
        properties=tuple(hotel.info for hotel in state.world.hotels),
    )


def serve(
    port: int = 0,
    seed: int = DEFAULT_SEED,
    faults: str = "",
    *,
    reply_every: float | None = 90.0,
    out: TextIO | None = None,
    on_ready: Callable[[SandboxInfo], None] | None = None,
) -> int:
    """Run the sandbox in the foreground; the first stdout line is its JSON description.

    ``on_ready`` is called with the server's description before serving (the CLI writes
    a property profile for it). Request logs go to stderr. Returns 0 after SIGINT/SIGTERM.
    """
    server = SandboxServer(seed=seed, faults=faults, port=port, reply_every=reply_every)
    if on_ready is not None:
        on_ready(server.info)
    stream = out or sys.stdout
    stream.write(json.dumps(server.info.as_dict(), ensure_ascii=False) + "\n")
    stream.flush()
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    sandbox_log = logging.getLogger("desktop.sandbox")
    sandbox_log.addHandler(handler)
    if sandbox_log.getEffectiveLevel() > logging.INFO:
        sandbox_log.setLevel(logging.INFO)
    try:
        server.run_forever()
    finally:
        sandbox_log.removeHandler(handler)
    return 0
