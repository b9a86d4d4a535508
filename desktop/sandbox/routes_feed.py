"""Account-wide routes: the queue (``/messages/latest`` + confirm) and message search."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from desktop.sandbox import render
from desktop.sandbox.responses import Refusal, envelope
from desktop.sandbox.routes_conversations import sandbox
from desktop.sandbox.search import criteria, matches


async def latest(request: Request) -> Response:
    """Up to 100 queued messages; unconfirmed ones come again next time."""
    state = sandbox(request)
    with state.lock:
        batch = state.latest()
        messages = [render.queue_message(c, m) for c, m in batch]
    return envelope({"messages": messages, "number_of_messages": len(messages)})


async def confirm(request: Request) -> Response:
    raw = request.query_params.get("number_of_messages", "")
    if not raw.isdigit() or int(raw) < 1:
        raise Refusal(400, "invalid_number_of_messages", "number_of_messages is a count from 1.")
    removed = sandbox(request).confirm(int(raw))
    return envelope({"ok": True, "number_of_messages": removed})


async def start_search(request: Request) -> Response:
    state = sandbox(request)
    wanted = criteria(request.query_params, state.clock())
    if wanted.property_id is not None:
        state.hotel(wanted.property_id)
    with state.lock:
        found = [
            (conversation, message)
            for conversation, message in state.world.all_messages()
            if state.accessible(conversation.property_id)
            and matches((conversation, message), wanted)
        ]
        job = state.jobs.start(state.world.new_id(), found, wanted)
    return envelope({"job_id": job.job_id, "expires_at": render.expires_stamp(job.expires_at)})


async def search_results(request: Request) -> Response:
    state = sandbox(request)
    page, next_page = state.jobs.page(
        str(request.path_params["job_id"]), request.query_params.get("page_id")
    )
    with state.lock:
        messages = [render.search_message(c, m) for c, m in page]
    return envelope({"messages": messages, "next_page_id": next_page})


ROUTES = [
    Route("/messaging/messages/latest", latest, methods=["GET"], name="latest"),
    Route("/messaging/messages", confirm, methods=["PUT"], name="confirm"),
    Route("/messaging/messages/search", start_search, methods=["GET"], name="search"),
    Route(
        "/messaging/messages/search/result/{job_id}",
        search_results,
        methods=["GET"],
        name="search_result",
    ),
]
