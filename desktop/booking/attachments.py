"""Attachment upload (single or chunked) and ranged download.

Limits, in bytes. Booking.com says "1 MB", "10 MB" and "5 MB" without saying whether a
megabyte is 10^6 or 2^20 bytes (**inferred**): the client stays under the smaller
reading (10^6), the sandbox accepts up to the larger one.

- up to :data:`MAX_SINGLE_UPLOAD`: one ``POST .../attachments`` with base64
  ``file_content``, ``file_name``, ``file_type``, ``file_size``;
- up to :data:`MAX_UPLOAD`: ``POST .../attachment_chunks`` with ``action`` ``start``
  (``file_name``, ``file_type``, ``file_size`` -> ``upload_id``), then ``resume`` with
  ``upload_id`` and ``chunk{chunk_number, chunk_content, chunk_size}`` per chunk of at
  most :data:`CHUNK_SIZE` raw bytes (numbered from 0; ``chunk_size`` counts raw bytes),
  then ``finish`` (``upload_id`` -> ``attachment_id``). On any error the whole upload
  restarts from chunk 0 with a new ``start``, at most :data:`UPLOAD_TRIES` times in
  all; refused credentials and a property without access are not retried.
- download: ``GET .../attachments/{id}`` gives base64 ``file_content``; files larger than
  :data:`MAX_DOWNLOAD_RANGE` are fetched in ranges ``?from=&to=`` (byte offsets, ``to``
  inclusive, like HTTP ranges) and reassembled.

Uploads are not repeated blindly: a repeated ``POST`` only creates an orphan attachment,
which is harmless, but each restart is logged.
"""

from __future__ import annotations

import base64
import logging
from collections.abc import Callable, Mapping
from typing import Any, Protocol, TypeVar

from desktop.booking.errors import BookingError, MalformedResponse, NoAccessToProperty
from desktop.booking.parse import attachment_info, required_text
from desktop.booking.payloads import decoded_content, is_ok
from desktop.domain import Attachment
from desktop.errors import AuthError, BadInputError

log = logging.getLogger(__name__)

MAX_SINGLE_UPLOAD = 1_000_000
CHUNK_SIZE = 1_000_000
MAX_UPLOAD = 10_000_000
MAX_DOWNLOAD_RANGE = 5_000_000
UPLOAD_TRIES = 3
IMAGE_TYPES = {"image/jpeg", "image/png"}

T = TypeVar("T")


class Fetch(Protocol):
    """The client's request method: send, check, and parse the envelope's data."""

    def __call__(
        self,
        method: str,
        path: str,
        parse: Callable[[Mapping[str, Any]], T],
        *,
        params: Mapping[str, str | int] | None = None,
        body: Mapping[str, Any] | None = None,
        may_repeat: bool,
    ) -> T: ...


def sniff_image_type(data: bytes) -> str | None:
    """``image/png`` or ``image/jpeg`` from the file's first bytes, else None."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    return None


def check_upload(data: bytes, file_type: str | None) -> str:
    """The file type to declare; BadInputError for what Booking.com would refuse."""
    kind = (file_type or sniff_image_type(data) or "").lower()
    if kind not in IMAGE_TYPES:
        raise BadInputError(
            "Only JPG and PNG images can be attached.", next_step="Choose a JPG or PNG image."
        )
    if not data or len(data) > MAX_UPLOAD:
        raise BadInputError(
            "An attachment must be between 1 byte and 10 MB.",
            next_step="Choose a smaller image.",
            details={"size": len(data), "limit": MAX_UPLOAD},
        )
    return kind


def upload(fetch: Fetch, base: str, data: bytes, file_name: str, file_type: str | None) -> str:
    """Upload one image to a conversation (``base`` is its path); return its id."""
    kind = check_upload(data, file_type)
    header = {"file_name": file_name, "file_type": kind, "file_size": len(data)}
    if len(data) <= MAX_SINGLE_UPLOAD:
        body = {**header, "file_content": base64.b64encode(data).decode("ascii")}
        return fetch("POST", f"{base}/attachments", _attachment_id, body=body, may_repeat=False)
    for attempt in range(1, UPLOAD_TRIES + 1):
        try:
            return _chunked(fetch, f"{base}/attachment_chunks", data, header)
        except (AuthError, NoAccessToProperty):
            raise
        except BookingError as exc:
            if attempt == UPLOAD_TRIES:
                raise
            log.warning("chunked upload failed (%s); restarting from chunk 0", exc.code)
    raise AssertionError("unreachable")


def _chunked(fetch: Fetch, path: str, data: bytes, header: Mapping[str, Any]) -> str:
    start = {"action": "start", **header}
    upload_id = fetch("POST", path, _upload_id, body=start, may_repeat=False)
    for number, offset in enumerate(range(0, len(data), CHUNK_SIZE)):
        chunk = data[offset : offset + CHUNK_SIZE]
        resume = {
            "action": "resume",
            "upload_id": upload_id,
            "chunk": {
                "chunk_number": number,
                "chunk_content": base64.b64encode(chunk).decode("ascii"),
                "chunk_size": len(chunk),
            },
        }
        if not fetch("POST", path, is_ok, body=resume, may_repeat=False):
            raise MalformedResponse(details={"field": "ok", "problem": "chunk not accepted"})
    finish = {"action": "finish", "upload_id": upload_id}
    return fetch("POST", path, _attachment_id, body=finish, may_repeat=False)


def _attachment_id(data: Mapping[str, Any]) -> str:
    return required_text(data.get("attachment_id"), "attachment_id")


def _upload_id(data: Mapping[str, Any]) -> str:
    return required_text(data.get("upload_id"), "upload_id")


def file_info(fetch: Fetch, base: str, attachment_id: str) -> Attachment:
    def parse(data: Mapping[str, Any]) -> Attachment:
        return attachment_info(data, attachment_id)

    path = f"{base}/attachments/{attachment_id}/file_info"
    return fetch("GET", path, parse, may_repeat=True)


def download(fetch: Fetch, base: str, info: Attachment) -> bytes:
    """The whole file, in ranges when it is larger than one response may carry."""
    path = f"{base}/attachments/{info.attachment_id}"
    if info.file_size <= MAX_DOWNLOAD_RANGE:
        whole = fetch("GET", path, decoded_content, may_repeat=True)
        if info.file_size and len(whole) != info.file_size:
            raise MalformedResponse(details={"field": "file_content", "problem": "incomplete"})
        return whole
    parts: list[bytes] = []
    for first in range(0, info.file_size, MAX_DOWNLOAD_RANGE):
        last = min(first + MAX_DOWNLOAD_RANGE, info.file_size) - 1
        part = fetch(
            "GET", path, decoded_content, params={"from": first, "to": last}, may_repeat=True
        )
        if len(part) != last - first + 1:
            raise MalformedResponse(
                details={"field": "file_content", "problem": f"range {first}-{last} incomplete"}
            )
        parts.append(part)
    return b"".join(parts)
