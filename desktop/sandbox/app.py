"""The sandbox's ASGI application: routes, authentication, admin endpoints, faults.

Layers, outermost first: :class:`~desktop.sandbox.fault_layer.FaultLayer` (route names,
request counts, faults, logs) -> :class:`AuthGate` (every ``/messaging`` request needs a
live bearer token or the Basic credentials) -> Starlette (routes, refusals as error
envelopes).

Mount point for the support gateway (another component): pass its routes, for instance
``Mount(GATEWAY_PREFIX, app=gateway_app, name="gateway")``, as ``extra_routes``; they
get fault injection (by their route name) but no Messaging API authentication.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable, Sequence
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route
from starlette.types import ASGIApp, Receive, Scope, Send

from desktop.sandbox import render, routes_attachments, routes_conversations, routes_feed
from desktop.sandbox.fault_layer import ADMIN_PREFIX, FaultLayer
from desktop.sandbox.faults import FaultPlan, FaultSpecError
from desktop.sandbox.responses import RUID_HEADER, Refusal, error, new_ruid, refusal_handler
from desktop.sandbox.routes_conversations import sandbox
from desktop.sandbox.state import SandboxState
from desktop.sandbox.tokens import TokenIssuer, TokenRefused

log = logging.getLogger("desktop.sandbox")

MESSAGING_PREFIX = "/messaging"
TOKEN_PATH = "/token-based-authentication/exchange"
#: Where the support gateway is mounted (not served by this module; see module docs).
GATEWAY_PREFIX = "/support-gateway/v1"


class AuthGate:
    """Rejects ``/messaging`` requests without valid credentials: 401 "Access denied"."""

    def __init__(self, app: ASGIApp, issuer: TokenIssuer) -> None:
        self.app = app
        self.issuer = issuer

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and str(scope["path"]).startswith(MESSAGING_PREFIX):
            headers = dict(scope["headers"])
            authorization = headers.get(b"authorization", b"").decode("latin-1")
            if not self.issuer.accepts(authorization):
                await error(401, "access_denied")(scope, receive, send)
                return
        await self.app(scope, receive, send)


async def exchange_token(request: Request) -> Response:
    """``{"client_id", "client_secret"}`` -> ``{"jwt", "ruid"}`` (not enveloped)."""
    body = await routes_conversations.json_body(request)
    try:
        token = sandbox(request).issuer.exchange(body.get("client_id"), body.get("client_secret"))
    except TokenRefused as refused:
        return error(refused.status, "token_refused", refused.message)
    ruid = new_ruid()
    return JSONResponse({"jwt": token, "ruid": ruid}, headers={RUID_HEADER: ruid})


async def admin_tick(request: Request) -> Response:
    """``POST /_sandbox/tick {"count": N}``: N guests write now."""
    body = await routes_conversations.json_body(request)
    count = body.get("count", 1)
    if not isinstance(count, int) or isinstance(count, bool) or not 0 <= count <= 1000:
        raise Refusal(400, "invalid_count", "count is 0 to 1000.")
    written = sandbox(request).tick(count)
    return JSONResponse(
        {"messages": [render.queue_message(c, m) for c, m in written]},
    )


async def admin_faults(request: Request) -> Response:
    """``POST /_sandbox/faults {"spec": "...", "replace": true}``; ``""`` clears."""
    body = await routes_conversations.json_body(request)
    spec, replace = body.get("spec", ""), body.get("replace", True)
    if not isinstance(spec, str) or not isinstance(replace, bool):
        raise Refusal(400, "invalid_faults", "spec is a string, replace a boolean.")
    state = sandbox(request)
    try:
        state.faults.install(spec, replace=replace)
    except FaultSpecError as exc:
        return JSONResponse({"error": exc.message, **exc.details}, status_code=400)
    return JSONResponse({"faults": state.faults.describe()})


async def admin_state(request: Request) -> Response:
    return JSONResponse(sandbox(request).stats())


async def _http_error(request: Request, exc: Exception) -> Response:
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    return error(status, "no_such_route" if status in (404, 405) else "error")


async def _ticker(state: SandboxState, every: float) -> None:
    while True:
        await asyncio.sleep(every)
        for conversation, message in state.tick(1):
            log.info("guest wrote in %s (%s)", conversation.conversation_id, message.message_id)


def _lifespan(
    state: SandboxState, reply_every: float | None
) -> Callable[[Starlette], contextlib.AbstractAsyncContextManager[None]]:
    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        task = asyncio.create_task(_ticker(state, reply_every)) if reply_every else None
        try:
            yield
        finally:
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task

    return lifespan


def create_app(
    state: SandboxState,
    *,
    faults: str = "",
    reply_every: float | None = None,
    extra_routes: Sequence[BaseRoute] = (),
) -> ASGIApp:
    """The whole sandbox as one ASGI app; ``faults`` is a spec (FaultSpecError if bad)."""
    routes: list[BaseRoute] = [
        Route(TOKEN_PATH, exchange_token, methods=["POST"], name="token"),
        *routes_conversations.ROUTES,
        *routes_feed.ROUTES,
        *routes_attachments.ROUTES,
        Route(f"{ADMIN_PREFIX}/tick", admin_tick, methods=["POST"], name="admin_tick"),
        Route(f"{ADMIN_PREFIX}/faults", admin_faults, methods=["POST"], name="admin_faults"),
        Route(f"{ADMIN_PREFIX}/state", admin_state, methods=["GET"], name="admin_state"),
        *extra_routes,  # the support gateway mounts here, under GATEWAY_PREFIX
    ]
    handlers: dict[Any, Any] = {Refusal: refusal_handler, HTTPException: _http_error}
    app = Starlette(
        routes=routes, exception_handlers=handlers, lifespan=_lifespan(state, reply_every)
    )
    app.state.sandbox = state
    names = [str(getattr(r, "name", "") or "") for r in routes]
    state.faults = FaultPlan(
        [n for n in names if n and not n.startswith("admin")], seed=state.world.seed
    )
    state.faults.install(faults)
    return FaultLayer(AuthGate(app, state.issuer), app.routes, state)
