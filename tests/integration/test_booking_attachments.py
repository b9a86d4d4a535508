"""Contract tests: attachment upload (single, chunked, restarted) and ranged download."""

from __future__ import annotations

import random
import zlib

import pytest

from desktop.booking import BadRequest, BookingClient
from desktop.booking.attachments import MAX_DOWNLOAD_RANGE, MAX_SINGLE_UPLOAD, sniff_image_type
from desktop.domain import SenderKind
from desktop.errors import BadInputError
from desktop.sandbox import SandboxServer
from desktop.sandbox.images import png, sample_blocks
from tests.integration.conftest import Admin, pick, request_to_book, writable

pytestmark = pytest.mark.integration


def big_png(size: int) -> bytes:
    """A PNG signature followed by ``size`` bytes in all (the sandbox checks the magic)."""
    head = png(sample_blocks(random.Random(size)))
    filler = random.Random(size).randbytes(size - len(head))
    return head + filler


def test_world_attachments_download_as_real_images(
    client: BookingClient, server: SandboxServer
) -> None:
    world = pick(server, lambda c: any(m.attachment_ids for m in c.messages))
    message = next(m for m in world.messages if m.attachment_ids)
    attachment_id = message.attachment_ids[0]
    info = client.attachment_info(world.property_id, world.conversation_id, attachment_id)
    data = client.download_attachment(world.property_id, world.conversation_id, attachment_id)
    assert info.file_size == len(data) > 0
    assert sniff_image_type(data) == info.file_type
    if info.file_type == "image/png":
        assert zlib.decompress(data[data.index(b"IDAT") + 4 : data.index(b"IEND") - 8])


def test_small_upload_send_and_read_back(client: BookingClient, server: SandboxServer) -> None:
    world = pick(server, writable)
    image = png(sample_blocks(random.Random(1)))
    attachment_id = client.upload_attachment(
        world.property_id, world.conversation_id, image, "room.png"
    )
    sent = client.send_message(world.property_id, world.conversation_id, "", [attachment_id])
    page = client.get_conversation(world.property_id, world.conversation_id)
    mine = next(m for m in page.messages if m.message_id == sent.message_id)
    assert mine.attachment_ids == (attachment_id,)
    assert mine.sender is SenderKind.PROPERTY
    info = client.attachment_info(world.property_id, world.conversation_id, attachment_id)
    assert (info.file_name, info.file_type, info.file_size) == ("room.png", "image/png", len(image))


def test_chunked_upload_and_ranged_download(
    client: BookingClient, server: SandboxServer, admin: Admin
) -> None:
    world = pick(server, writable)
    data = big_png(MAX_DOWNLOAD_RANGE + 1_234_567)  # 7 chunks, 2 download ranges
    before = admin.requests("attachment_chunks")
    attachment_id = client.upload_attachment(
        world.property_id, world.conversation_id, data, "scan.png"
    )
    assert admin.requests("attachment_chunks") - before == 1 + 7 + 1  # start, 7 chunks, finish
    before = admin.requests("attachment_download")
    assert (
        client.download_attachment(world.property_id, world.conversation_id, attachment_id) == data
    )
    assert admin.requests("attachment_download") - before == 2


def test_chunked_upload_restarts_from_chunk_zero(
    client: BookingClient, server: SandboxServer, admin: Admin
) -> None:
    world = pick(server, writable)
    data = big_png(MAX_SINGLE_UPLOAD * 2 + 10)  # 3 chunks
    admin.faults("attachment_chunks:500@2").raise_for_status()  # two tries fail at "start"
    before = admin.requests("attachment_chunks")
    attachment_id = client.upload_attachment(
        world.property_id, world.conversation_id, data, "scan.png"
    )
    # two failed tries (one request each), then start + 3 chunks + finish
    assert admin.requests("attachment_chunks") - before == 2 + 5
    assert (
        client.download_attachment(world.property_id, world.conversation_id, attachment_id) == data
    )


def test_request_to_book_refuses_attachments(client: BookingClient, server: SandboxServer) -> None:
    world = pick(server, request_to_book)
    image = png(sample_blocks(random.Random(2)))
    with pytest.raises(BadRequest) as caught:
        client.upload_attachment(world.property_id, world.conversation_id, image, "a.png")
    assert caught.value.reason == "attachments_not_allowed"


def test_client_refuses_what_booking_would_refuse(
    client: BookingClient, server: SandboxServer
) -> None:
    world = pick(server, writable)
    with pytest.raises(BadInputError):
        client.upload_attachment(world.property_id, world.conversation_id, b"%PDF-1.4", "a.pdf")
    with pytest.raises(BadInputError):
        client.upload_attachment(
            world.property_id, world.conversation_id, big_png(10_000_001), "huge.png"
        )
