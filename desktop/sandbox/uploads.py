"""Attachment uploads (single and chunked) and ranged downloads, as the sandbox checks them.

Limits use the larger reading of "MB" (2^20 bytes), so a client that stays under 10^6
bytes is always accepted. Images only: the declared ``file_type`` must be
``image/jpeg`` or ``image/png`` and the bytes must start like one. Chunks are numbered
from 0 and must arrive in order; ``chunk_size`` counts raw (decoded) bytes. Any refusal
during a chunked upload forgets it, so the client restarts from chunk 0.
Downloads: ``from``/``to`` are byte offsets, ``to`` inclusive; a response carries at most
5 MiB, so a larger file needs ranges.
"""

from __future__ import annotations

import base64
import binascii
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop.sandbox.responses import Refusal
from desktop.sandbox.world import WorldAttachment

MIB = 1024 * 1024
MAX_SINGLE = MIB
MAX_CHUNK = MIB
MAX_TOTAL = 10 * MIB
MAX_RANGE = 5 * MIB
_MAGIC = {"image/png": b"\x89PNG\r\n\x1a\n", "image/jpeg": b"\xff\xd8\xff"}


def decode(value: object, field_name: str) -> bytes:
    if not isinstance(value, str):
        raise Refusal(400, f"missing_{field_name}")
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise Refusal(400, f"invalid_{field_name}", f"{field_name} is not base64.") from None


def declared(body: Mapping[str, Any], limit: int) -> tuple[str, str, int]:
    """``file_name``, ``file_type``, ``file_size`` of an upload, checked."""
    name, kind, size = body.get("file_name"), body.get("file_type"), body.get("file_size")
    if not isinstance(name, str) or not name.strip():
        raise Refusal(400, "missing_file_name")
    if kind not in _MAGIC:
        raise Refusal(400, "unsupported_file_type", "Only image/jpeg and image/png are accepted.")
    if not isinstance(size, int) or isinstance(size, bool) or not 0 < size <= limit:
        raise Refusal(400, "invalid_file_size", f"file_size must be 1 to {limit} bytes.")
    return name.strip(), str(kind), size


def check_content(kind: str, content: bytes, size: int) -> None:
    if len(content) != size:
        raise Refusal(400, "size_mismatch", "file_size does not match the content.")
    if not content.startswith(_MAGIC[kind]):
        raise Refusal(400, "not_an_image", f"The content is not {kind}.")


@dataclass(slots=True)
class Upload:
    conversation_id: str
    file_name: str
    file_type: str
    file_size: int
    parts: list[bytes] = field(default_factory=list)

    @property
    def received(self) -> int:
        return sum(len(part) for part in self.parts)


class ChunkedUploads:
    """Uploads in progress (thread-safe)."""

    def __init__(self) -> None:
        self._uploads: dict[str, Upload] = {}
        self._lock = threading.Lock()

    def start(self, upload_id: str, conversation_id: str, body: Mapping[str, Any]) -> None:
        name, kind, size = declared(body, MAX_TOTAL)
        with self._lock:
            self._uploads[upload_id] = Upload(conversation_id, name, kind, size)

    def resume(self, conversation_id: str, body: Mapping[str, Any]) -> None:
        upload_id, upload = self._get(conversation_id, body)
        try:
            chunk = body.get("chunk")
            if not isinstance(chunk, Mapping):
                raise Refusal(400, "missing_chunk")
            if chunk.get("chunk_number") != len(upload.parts):
                raise Refusal(400, "chunk_out_of_order", expected=len(upload.parts))
            content = decode(chunk.get("chunk_content"), "chunk_content")
            if len(content) != chunk.get("chunk_size") or not 0 < len(content) <= MAX_CHUNK:
                raise Refusal(400, "invalid_chunk_size", f"Chunks are 1 to {MAX_CHUNK} bytes.")
            if upload.received + len(content) > upload.file_size:
                raise Refusal(400, "too_much_data")
        except Refusal:
            self.forget(upload_id)
            raise
        upload.parts.append(content)

    def finish(
        self, attachment_id: str, conversation_id: str, body: Mapping[str, Any]
    ) -> WorldAttachment:
        upload_id, upload = self._get(conversation_id, body)
        self.forget(upload_id)
        content = b"".join(upload.parts)
        check_content(upload.file_type, content, upload.file_size)
        return WorldAttachment(
            attachment_id, conversation_id, upload.file_name, upload.file_type, content
        )

    def _get(self, conversation_id: str, body: Mapping[str, Any]) -> tuple[str, Upload]:
        upload_id = body.get("upload_id")
        with self._lock:
            upload = self._uploads.get(upload_id) if isinstance(upload_id, str) else None
        if (
            upload is None
            or upload.conversation_id != conversation_id
            or not isinstance(upload_id, str)
        ):
            raise Refusal(400, "unknown_upload", "Unknown upload_id: start again from chunk 0.")
        return upload_id, upload

    def forget(self, upload_id: str) -> None:
        with self._lock:
            self._uploads.pop(upload_id, None)


def byte_range(params: Mapping[str, str], size: int) -> tuple[int, int]:
    """The inclusive byte range asked for (the whole file when none is given)."""
    first, last = params.get("from"), params.get("to")
    if first is None and last is None:
        if size > MAX_RANGE:
            raise Refusal(400, "range_required", f"Files over {MAX_RANGE} bytes need from/to.")
        return 0, size - 1
    if not (first or "").isdigit() or not (last or "").isdigit():
        raise Refusal(400, "invalid_range", "from and to are byte offsets.")
    start, end = int(first or "0"), int(last or "0")
    if not start <= end < size or end - start + 1 > MAX_RANGE:
        raise Refusal(400, "invalid_range", f"0 <= from <= to < {size}, at most {MAX_RANGE} bytes.")
    return start, end
