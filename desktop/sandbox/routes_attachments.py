"""Attachment routes: single upload, chunked upload, ranged download, file info."""

from __future__ import annotations

import base64

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from desktop.domain import ConversationType
from desktop.sandbox.responses import Refusal, envelope
from desktop.sandbox.routes_conversations import json_body, property_id, sandbox
from desktop.sandbox.state import SandboxState
from desktop.sandbox.uploads import MAX_SINGLE, byte_range, check_content, declared, decode
from desktop.sandbox.world import WorldAttachment, WorldConversation


def _target(request: Request) -> tuple[SandboxState, WorldConversation]:
    """The conversation to attach to; request-to-book conversations refuse (400)."""
    state = sandbox(request)
    conversation = state.conversation(property_id(request), str(request.path_params["cid"]))
    if conversation.conversation_type is ConversationType.REQUEST_TO_BOOK:
        raise Refusal(
            400,
            "attachments_not_allowed",
            "Request-to-book conversations do not accept attachments.",
        )
    return state, conversation


def _keep(state: SandboxState, attachment: WorldAttachment) -> Response:
    with state.lock:
        state.world.attachments[attachment.attachment_id] = attachment
    return envelope({"attachment_id": attachment.attachment_id})


async def upload(request: Request) -> Response:
    state, conversation = _target(request)
    body = await json_body(request)
    name, kind, size = declared(body, MAX_SINGLE)
    content = decode(body.get("file_content"), "file_content")
    check_content(kind, content, size)
    with state.lock:
        attachment_id = state.world.new_id()
    return _keep(
        state, WorldAttachment(attachment_id, conversation.conversation_id, name, kind, content)
    )


async def chunks(request: Request) -> Response:
    state, conversation = _target(request)
    body = await json_body(request)
    action, uploads = body.get("action"), state.uploads
    with state.lock:
        new_id = state.world.new_id()
    if action == "start":
        uploads.start(new_id, conversation.conversation_id, body)
        return envelope({"upload_id": new_id})
    if action == "resume":
        uploads.resume(conversation.conversation_id, body)
        return envelope({"ok": "true"})
    if action == "finish":
        return _keep(state, uploads.finish(new_id, conversation.conversation_id, body))
    raise Refusal(400, "invalid_action", "action is start, resume or finish.")


def _attachment(request: Request) -> WorldAttachment:
    state = sandbox(request)
    conversation = state.conversation(property_id(request), str(request.path_params["cid"]))
    with state.lock:
        found = state.world.attachments.get(str(request.path_params["aid"]))
    if found is None or found.conversation_id != conversation.conversation_id:
        raise Refusal(404, "unknown_attachment", "Attachment not found.")
    return found


async def download(request: Request) -> Response:
    attachment = _attachment(request)
    first, last = byte_range(request.query_params, len(attachment.content))
    part = attachment.content[first : last + 1]
    return envelope(
        {
            "file_content": base64.b64encode(part).decode("ascii"),
            "file_name": attachment.file_name,
            "file_type": attachment.file_type,
            "file_size": len(attachment.content),
            "from": first,
            "to": last,
        }
    )


async def file_info(request: Request) -> Response:
    attachment = _attachment(request)
    return envelope(
        {
            "file_type": attachment.file_type,
            "file_name": attachment.file_name,
            "file_size": len(attachment.content),
        }
    )


_ONE = "/messaging/properties/{property_id}/conversations/{cid}"

ROUTES = [
    Route(_ONE + "/attachments", upload, methods=["POST"], name="attachment_upload"),
    Route(_ONE + "/attachment_chunks", chunks, methods=["POST"], name="attachment_chunks"),
    Route(_ONE + "/attachments/{aid}", download, methods=["GET"], name="attachment_download"),
    Route(
        _ONE + "/attachments/{aid}/file_info", file_info, methods=["GET"], name="attachment_info"
    ),
]
