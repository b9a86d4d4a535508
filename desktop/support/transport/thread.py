"""The support thread of a case: a conversation of kind SUPPORT and its messages.

Every support case sent as a message has its conversation, so the inbox lists it under
"Booking.com messages" (Open / Answered / Closed, by the case's status). The thread
holds what the property sent (sender PROPERTY, with its images as attachments) and
what partner support answered (sender BOOKING), whichever transport carried them.
"""

from __future__ import annotations

import hashlib
import shutil
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from desktop.domain import (
    Actor,
    Attachment,
    Change,
    Conversation,
    ConversationKind,
    ConversationType,
    Message,
    SenderKind,
)
from desktop.store import Store
from desktop.store import conversations as conv_store
from desktop.store import messages as msg_store
from desktop.support.transport.message import ImageFile, check_image

#: How Booking.com's partner support signs its messages in the thread.
SUPPORT_NAME = "Booking.com"
_ID_ROOM = 60  # message and attachment ids are at most 64 characters


@dataclass(frozen=True, slots=True)
class Reply:
    """A message partner support wrote (or staff pasted from the extranet)."""

    reply_id: str
    content: str
    created_at: datetime


def new_conversation_id() -> str:
    return f"support-{uuid.uuid4().hex}"


def scoped_id(prefix: str, raw: str) -> str:
    """``prefix`` + ``raw``, hashed when too long for the store's id columns."""
    candidate = f"{prefix}{raw}"
    if len(candidate) <= _ID_ROOM:
        return candidate
    return prefix + hashlib.sha256(raw.encode()).hexdigest()[: _ID_ROOM - len(prefix)]


def open_thread(
    store: Store,
    *,
    conversation_id: str,
    property_id: int,
    title: str,
    reservation_number: str | None,
    language: str,
    actor: Actor,
) -> Change:
    """Create (or update) the support conversation of a case."""
    conversation = Conversation(
        conversation_id=conversation_id,
        property_id=property_id,
        kind=ConversationKind.SUPPORT,
        conversation_type=ConversationType.SUPPORT_CASE,
        reservation_number=reservation_number,
        guest_name=title[:200],
        language=language,
    )
    return conv_store.upsert_conversation(store, conversation, actor)


def _keep_image(image: ImageFile, folder: Path | None, attachment_id: str) -> str:
    """Where the thread keeps the image: a copy under ``folder``, else the file chosen."""
    if folder is None:
        return image.path
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{attachment_id}-{image.file_name}"
    shutil.copyfile(image.path, target)
    return str(target)


def add_property_message(
    store: Store,
    conversation_id: str,
    content: str,
    images: Sequence[ImageFile],
    actor: Actor,
    *,
    at: datetime,
    attachments_dir: Path | None = None,
) -> Change:
    """Record what the property sent, with its images, in the thread."""
    attachment_ids: list[str] = []
    changed: set[str] = set()
    folder = attachments_dir / conversation_id if attachments_dir is not None else None
    for image in images:
        attachment_id = f"support-att-{uuid.uuid4().hex}"
        kept = _keep_image(image, folder, attachment_id)
        attachment = Attachment(
            attachment_id, image.file_name, image.content_type, image.size, kept
        )
        changed |= msg_store.save_attachment(
            store, conversation_id, attachment, actor
        ).conversations
        attachment_ids.append(attachment_id)
    message = Message(
        message_id=f"support-msg-{uuid.uuid4().hex}",
        conversation_id=conversation_id,
        sender=SenderKind.PROPERTY,
        created_at=at,
        content=content,
        sender_name=actor.name,
        attachment_ids=tuple(attachment_ids),
    )
    outcome = msg_store.ingest_messages(store, [message], actor)
    return Change(conversations=frozenset(changed | outcome.change.conversations))


def add_replies(
    store: Store, conversation_id: str, replies: Sequence[Reply], actor: Actor
) -> tuple[int, Change]:
    """Store partner support's messages (idempotent by ``reply_id``); how many were new."""
    messages = [
        Message(
            message_id=scoped_id("support-reply-", reply.reply_id),
            conversation_id=conversation_id,
            sender=SenderKind.BOOKING,
            created_at=reply.created_at,
            content=reply.content,
            sender_name=SUPPORT_NAME,
        )
        for reply in replies
    ]
    if not messages:
        return 0, Change()
    outcome = msg_store.ingest_messages(store, messages, actor)
    return outcome.value, outcome.change


def sent_images(store: Store, conversation_id: str) -> tuple[ImageFile, ...]:
    """The images of the first message the property sent in the thread (still on disk)."""
    first = next(
        (
            m
            for m in msg_store.get_thread(store, conversation_id)
            if m.sender is SenderKind.PROPERTY
        ),
        None,
    )
    if first is None or not first.attachment_ids:
        return ()
    found = msg_store.get_attachments(store, list(first.attachment_ids))
    return tuple(
        replace(check_image(a.local_path), file_name=a.file_name) for a in found if a.local_path
    )


def sent_text(store: Store, conversation_id: str) -> str | None:
    """The text of the first message the property sent in the thread."""
    for message in msg_store.get_thread(store, conversation_id):
        if message.sender is SenderKind.PROPERTY:
            return message.content
    return None


__all__ = [
    "SUPPORT_NAME",
    "Reply",
    "add_property_message",
    "add_replies",
    "new_conversation_id",
    "open_thread",
    "scoped_id",
    "sent_images",
    "sent_text",
]
