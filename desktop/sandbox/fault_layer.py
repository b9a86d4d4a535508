"""The outermost ASGI layer: names each request's route, counts it, applies faults, logs.

Faults act before authentication and routing, like a misbehaving network or front end:
a ``429`` never reaches the handler, ``malformed`` lets the handler act and garbles its
answer, ``drop`` sends headers and half a body and closes the connection, ``timeout``
holds the request until the client gives up (then nothing is done) or the delay passes
(then it is served). Admin routes (``/_sandbox``) are never faulted.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Sequence

from starlette.routing import BaseRoute, Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from desktop.sandbox.faults import FaultRule, Firing
from desktop.sandbox.responses import error, new_ruid
from desktop.sandbox.state import SandboxState

log = logging.getLogger("desktop.sandbox")

ADMIN_PREFIX = "/_sandbox"
#: What uvicorn logs when a ``drop`` fault leaves a response unfinished (on purpose).
DROP_LOG_MESSAGE = "ASGI callable returned without completing response."


def route_name(routes: Sequence[BaseRoute], scope: Scope) -> str:
    """The name of the route that will serve ``scope`` (as Starlette's router picks it)."""
    partial: str | None = None
    for route in routes:
        match, _ = route.matches(scope)
        name = getattr(route, "name", None) or "unnamed"
        if match is Match.FULL:
            return str(name)
        if match is Match.PARTIAL and partial is None:
            partial = str(name)
    return partial or "unknown"


class FaultLayer:
    def __init__(self, app: ASGIApp, routes: Sequence[BaseRoute], state: SandboxState) -> None:
        self.app = app
        self.routes = routes
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or str(scope["path"]).startswith(ADMIN_PREFIX):
            await self.app(scope, receive, send)
            return
        route = route_name(self.routes, scope)
        with self.state.lock:
            self.state.requests[route] += 1
        firing = self.state.faults.draw(route)
        started, status = time.perf_counter(), [0]

        async def watched(message: Message) -> None:
            if message["type"] == "http.response.start":
                status[0] = int(message["status"])
            await send(message)

        try:
            await self._serve(firing, scope, receive, watched)
        finally:
            elapsed = (time.perf_counter() - started) * 1000
            note = f" faults={_describe(firing)}" if firing else ""
            log.info(
                "%s %s [%s] -> %s %.0f ms%s",
                scope["method"],
                scope["path"],
                route,
                status[0],
                elapsed,
                note,
            )

    async def _serve(self, firing: Firing, scope: Scope, receive: Receive, send: Send) -> None:
        if firing.latency:
            await asyncio.sleep(firing.latency)
        for action in firing.actions:
            if action.kind == "expire":
                self.state.issuer.revoke_all()
            elif action.kind == "redeliver":
                self.state.redeliver(action.amount)
        fault = firing.terminal
        if fault is None:
            await self.app(scope, receive, send)
        elif fault.kind == "status":
            await error(fault.status or 500, "injected_fault")(scope, receive, send)
        elif fault.kind == "drop":
            await _drop(send)
        elif fault.kind == "timeout":
            replay = await _hang(receive, fault.seconds)
            if replay is not None:
                await self.app(scope, replay, send)
        else:
            await _malformed(self.app, scope, receive, send, fault.variant)


def _describe(firing: Firing) -> str:
    rules: list[FaultRule] = [*firing.actions]
    if firing.terminal is not None:
        rules.append(firing.terminal)
    names = [r.text for r in rules] + ([f"latency {firing.latency:.3f}s"] if firing.latency else [])
    return ";".join(names)


async def _drop(send: Send) -> None:
    """Headers and the start of a body, then the connection closes (uvicorn closes it)."""
    headers = [(b"content-type", b"application/json"), (b"content-length", b"4096")]
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": b'{"meta": {"ruid": "', "more_body": True})


async def _hang(receive: Receive, seconds: float) -> Receive | None:
    """Wait ``seconds`` or until the client disconnects (then None)."""
    buffered: list[Message] = []
    try:
        async with asyncio.timeout(seconds):
            while True:
                message = await receive()
                if message["type"] == "http.disconnect":
                    return None
                buffered.append(message)
    except TimeoutError:
        pass

    async def replay() -> Message:
        return buffered.pop(0) if buffered else await receive()

    return replay


async def _malformed(
    app: ASGIApp, scope: Scope, receive: Receive, send: Send, variant: str
) -> None:
    """Serve the request, then send a broken body with the same status."""
    start: Message = {"type": "http.response.start", "status": 200, "headers": []}
    chunks: list[bytes] = []

    async def capture(message: Message) -> None:
        nonlocal start
        if message["type"] == "http.response.start":
            start = message
        elif message["type"] == "http.response.body":
            chunks.append(bytes(message.get("body", b"")))

    await app(scope, receive, capture)
    body = b"".join(chunks)
    if variant == "shape":
        wrong = {"meta": {"ruid": new_ruid()}, "data": ["unexpected"], "errors": [], "warnings": []}
        garbled = json.dumps(wrong).encode()
    else:
        garbled = body[: len(body) // 2] or b"{"
    headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
    headers.append((b"content-length", str(len(garbled)).encode()))
    await send({**start, "headers": headers})
    await send({"type": "http.response.body", "body": garbled})
