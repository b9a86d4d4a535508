"""Conversation routes: list, one, by reference, send, and tags.

Paging: 50 items per page; ``page_id`` is an opaque cursor (an offset here) and
``next_page_id`` is ``null`` on the last page (search results use ``""`` instead; the
client accepts both everywhere).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from desktop.domain import ConversationType
from desktop.sandbox import render
from desktop.sandbox.responses import Refusal, envelope
from desktop.sandbox.state import SandboxState
from desktop.sandbox.world import WorldConversation

PAGE_SIZE = 50
TAG_CATALOGUE = (
    {"name": "no_reply_needed", "description": "The conversation needs no reply."},
    {"name": "message_read", "description": "Messages read by a participant."},
)


def sandbox(request: Request) -> SandboxState:
    state: SandboxState = request.app.state.sandbox
    return state


def property_id(request: Request) -> int:
    raw = str(request.path_params["property_id"])
    if not raw.isdigit():
        raise Refusal(400, "invalid_property_id")
    return int(raw)


def page_window(request: Request, total: int) -> tuple[int, int, str | None]:
    """``(start, end, next_page_id)`` for the ``page_id`` of the request."""
    raw = request.query_params.get("page_id") or "0"
    start = int(raw) if raw.isdigit() else -1
    if start < 0 or (start > 0 and start >= total):
        raise Refusal(400, "invalid_page_id")
    end = min(start + PAGE_SIZE, total)
    return start, end, str(end) if end < total else None


async def json_body(request: Request) -> Mapping[str, Any]:
    try:
        body = json.loads(await request.body() or b"{}")
    except (ValueError, UnicodeDecodeError):
        raise Refusal(400, "invalid_json", "The body is not JSON.") from None
    if not isinstance(body, dict):
        raise Refusal(400, "invalid_json", "The body must be a JSON object.")
    return body


def _conversation(request: Request) -> tuple[SandboxState, WorldConversation]:
    state = sandbox(request)
    return state, state.conversation(property_id(request), str(request.path_params["cid"]))


async def list_conversations(request: Request) -> Response:
    state = sandbox(request)
    with state.lock:
        state.hotel(property_id(request))
        found = state.world.conversations_of(property_id(request))
        start, end, next_page = page_window(request, len(found))
        now = state.clock()
        items = [render.conversation(c, c.messages[-1:], now) for c in found[start:end]]
    return envelope({"conversations": items, "next_page_id": next_page})


async def one_conversation(request: Request) -> Response:
    state, conversation = _conversation(request)
    with state.lock:
        newest_first = conversation.messages[::-1]
        start, end, next_page = page_window(request, len(newest_first))
        rendered = render.conversation(conversation, newest_first[start:end], state.clock())
    return envelope({"conversation": rendered, "next_page_id": next_page})


async def by_reference(request: Request) -> Response:
    state = sandbox(request)
    try:
        kind = ConversationType(request.path_params["kind"])
    except ValueError:
        raise Refusal(400, "invalid_conversation_type") from None
    reference = request.query_params.get("conversation_reference", "").strip()
    if not reference or kind is ConversationType.SUPPORT_CASE:
        raise Refusal(400, "missing_conversation_reference")
    with state.lock:
        state.hotel(property_id(request))
        found = state.world.by_reference(property_id(request), kind, reference)
        if found is None:
            raise Refusal(404, "unknown_reference", "No conversation for this reference.")
        rendered = render.conversation(found, found.messages[::-1][:PAGE_SIZE], state.clock())
    next_page = str(PAGE_SIZE) if len(found.messages) > PAGE_SIZE else None
    return envelope({"conversation": rendered, "next_page_id": next_page})


async def send(request: Request) -> Response:
    body = await json_body(request)
    message = body.get("message")
    if not isinstance(message, Mapping) or not isinstance(message.get("content", ""), str):
        raise Refusal(400, "invalid_message", "Send {'message': {'content': ...}}.")
    ids = message.get("attachment_ids") or []
    if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
        raise Refusal(400, "invalid_attachment_ids")
    state = sandbox(request)
    sent, has_account = state.send(
        property_id(request), str(request.path_params["cid"]), message.get("content", ""), ids
    )
    return envelope({"message_id": sent.message_id, "guest_has_account": has_account, "ok": "true"})


async def tag_catalogue(request: Request) -> Response:
    sandbox(request).hotel(property_id(request))
    return envelope({"tags": list(TAG_CATALOGUE)})


def _taggable(request: Request) -> tuple[SandboxState, WorldConversation]:
    state, conversation = _conversation(request)
    if conversation.conversation_type is ConversationType.REQUEST_TO_BOOK:
        raise Refusal(400, "tags_not_allowed", "Request-to-book conversations have no tags.")
    return state, conversation


async def no_reply_needed(request: Request) -> Response:
    state, conversation = _taggable(request)
    with state.lock:
        conversation.no_reply_needed = request.method == "PUT"
    return envelope({"tag": "no_reply_needed", "is_set": conversation.no_reply_needed})


async def message_read(request: Request) -> Response:
    state, conversation = _taggable(request)
    body = await json_body(request)
    ids, reader = body.get("message_ids"), body.get("participant_id")
    if reader not in (conversation.guest.participant_id, conversation.host.participant_id):
        raise Refusal(400, "unknown_participant", "participant_id is not in this conversation.")
    if not isinstance(ids, list) or not ids:
        raise Refusal(400, "missing_message_ids")
    read = request.method == "PUT"
    with state.lock:
        found = [m for m in (conversation.message(str(i)) for i in ids) if m is not None]
        if len(found) != len(ids):
            raise Refusal(400, "unknown_message", "A message id is not in this conversation.")
        for message in found:
            if read:
                message.read_by.add(str(reader))
            else:
                message.read_by.discard(str(reader))
    return envelope({"tag": "read", "is_set": read})


_CONVERSATIONS = "/messaging/properties/{property_id}/conversations"
_ONE = _CONVERSATIONS + "/{cid}"

ROUTES = [
    Route(_CONVERSATIONS, list_conversations, methods=["GET"], name="conversations"),
    Route(
        _CONVERSATIONS + "/type/{kind}",
        by_reference,
        methods=["GET"],
        name="conversation_by_reference",
    ),
    Route(_ONE, one_conversation, methods=["GET"], name="conversation"),
    Route(_ONE, send, methods=["POST"], name="send"),
    Route("/messaging/properties/{property_id}/tags", tag_catalogue, methods=["GET"], name="tags"),
    Route(
        _ONE + "/tags/no_reply_needed",
        no_reply_needed,
        methods=["PUT", "DELETE"],
        name="tag_no_reply_needed",
    ),
    Route(
        _ONE + "/tags/message_read",
        message_read,
        methods=["PUT", "DELETE"],
        name="tag_message_read",
    ),
]
