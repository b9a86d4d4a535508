"""Tiny, valid PNG and JPEG pictures for the sample world, from the standard library.

Guests in the sandbox attach "photos": a few blocks of colour drawn from a seeded
palette (a sky over a street, a room with a window...). They are real images any viewer
opens: PNGs are written with ``zlib`` and ``struct``; JPEGs are baseline JFIF files in
which every 8x8 block is flat, so each block needs only a DC coefficient (no DCT).
"""

from __future__ import annotations

import random
import struct
import zlib
from collections.abc import Sequence

Rgb = tuple[int, int, int]
#: A picture as rows of 8x8-pixel blocks, each block one colour.
Blocks = Sequence[Sequence[Rgb]]

_PALETTES: tuple[tuple[Rgb, ...], ...] = (
    ((135, 190, 235), (90, 90, 100), (200, 60, 50), (40, 40, 45)),  # street, red car
    ((240, 235, 220), (120, 170, 210), (160, 110, 70), (230, 230, 230)),  # room, window
    ((250, 250, 250), (30, 30, 30), (200, 200, 200), (60, 120, 200)),  # paper, text
    ((100, 160, 90), (140, 190, 240), (170, 150, 120), (250, 210, 90)),  # garden, sun
)


def sample_blocks(rng: random.Random, columns: int = 8, rows: int = 6) -> list[list[Rgb]]:
    """A seeded scene: a sky-like top, a ground-like bottom, one object, some noise."""
    sky, ground, thing, detail = rng.choice(_PALETTES)
    horizon = rng.randint(rows // 3, rows - 2)
    left, top = rng.randrange(columns - 2), rng.randrange(max(1, horizon - 1), rows - 1)
    picture: list[list[Rgb]] = []
    for row in range(rows):
        line: list[Rgb] = []
        for column in range(columns):
            base = sky if row < horizon else ground
            if left <= column < left + 2 and top <= row < top + 1:
                base = thing
            elif rng.random() < 0.08:
                base = detail
            shade = rng.randint(-12, 12)
            line.append((_clip(base[0] + shade), _clip(base[1] + shade), _clip(base[2] + shade)))
        picture.append(line)
    return picture


def _clip(value: float) -> int:
    return max(0, min(255, round(value)))


# -- PNG ----------------------------------------------------------------------------------


def png(blocks: Blocks, scale: int = 8) -> bytes:
    """An RGB PNG where each block is ``scale`` x ``scale`` pixels."""
    width, height = len(blocks[0]) * scale, len(blocks) * scale
    raw = bytearray()
    for row in blocks:
        line = b"".join(bytes(colour) * scale for colour in row)
        for _ in range(scale):
            raw += b"\x00" + line  # filter type 0 (None) per scanline
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", zlib.compress(bytes(raw), 9))
        + _png_chunk(b"IEND", b"")
    )


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    crc = zlib.crc32(kind + data) & 0xFFFFFFFF
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)


# -- JPEG ---------------------------------------------------------------------------------

# Annex K.3 luminance DC table (categories 0-11), used for all three components.
_DC_BITS = (0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0)
_DC_VALUES = tuple(range(12))
# A one-symbol AC table: only end-of-block (0x00) is ever coded, as the code "0".
_AC_BITS = (1,) + (0,) * 15
_AC_VALUES = (0,)


def _huffman_codes(bits: Sequence[int], values: Sequence[int]) -> dict[int, tuple[int, int]]:
    """Canonical Huffman codes: symbol -> (code, length)."""
    codes: dict[int, tuple[int, int]] = {}
    code, index = 0, 0
    for length, count in enumerate(bits, start=1):
        for _ in range(count):
            codes[values[index]] = (code, length)
            code, index = code + 1, index + 1
        code <<= 1
    return codes


_DC_CODES = _huffman_codes(_DC_BITS, _DC_VALUES)


class _BitWriter:
    def __init__(self) -> None:
        self.out = bytearray()
        self._acc, self._count = 0, 0

    def write(self, value: int, length: int) -> None:
        for shift in range(length - 1, -1, -1):
            self._acc = (self._acc << 1) | ((value >> shift) & 1)
            self._count += 1
            if self._count == 8:
                self.out.append(self._acc)
                if self._acc == 0xFF:
                    self.out.append(0x00)  # byte stuffing
                self._acc, self._count = 0, 0

    def flush(self) -> bytes:
        if self._count:
            self.write((1 << (8 - self._count)) - 1, 8 - self._count)  # pad with ones
        return bytes(self.out)


def _ycbcr(colour: Rgb) -> tuple[int, int, int]:
    r, g, b = colour
    y = 0.299 * r + 0.587 * g + 0.114 * b
    cb = 128 - 0.168736 * r - 0.331264 * g + 0.5 * b
    cr = 128 + 0.5 * r - 0.418688 * g - 0.081312 * b
    return _clip(y), _clip(cb), _clip(cr)


def jpeg(blocks: Blocks) -> bytes:
    """A baseline JPEG, one flat 8x8 block per entry of ``blocks``, 4:4:4, quality 100."""
    width, height = len(blocks[0]) * 8, len(blocks) * 8
    writer, previous = _BitWriter(), [0, 0, 0]
    for row in blocks:
        for colour in row:
            for component, level in enumerate(_ycbcr(colour)):
                dc = 8 * (level - 128)  # the DC term of a flat block, quantiser 1
                _write_dc(writer, dc - previous[component])
                previous[component] = dc
                writer.write(0, 1)  # AC: end of block, code "0" of the one-symbol table
    return _jpeg_headers(width, height) + writer.flush() + b"\xff\xd9"


def _write_dc(writer: _BitWriter, diff: int) -> None:
    category = abs(diff).bit_length()
    code, length = _DC_CODES[category]
    writer.write(code, length)
    if category:
        writer.write(diff if diff > 0 else diff + (1 << category) - 1, category)


def _segment(marker: int, payload: bytes) -> bytes:
    return struct.pack(">BBH", 0xFF, marker, len(payload) + 2) + payload


def _jpeg_headers(width: int, height: int) -> bytes:
    jfif = b"JFIF\x00" + struct.pack(">BBBHHBB", 1, 1, 0, 1, 1, 0, 0)
    quant = b"\x00" + b"\x01" * 64
    frame = struct.pack(">BHHB", 8, height, width, 3) + b"".join(
        struct.pack(">BBB", ident, 0x11, 0) for ident in (1, 2, 3)
    )
    tables = bytes([0x00, *_DC_BITS, *_DC_VALUES]) + bytes([0x10, *_AC_BITS, *_AC_VALUES])
    scan = b"\x03" + b"".join(struct.pack(">BB", ident, 0x00) for ident in (1, 2, 3))
    return (
        b"\xff\xd8"
        + _segment(0xE0, jfif)
        + _segment(0xDB, quant)
        + _segment(0xC0, frame)
        + _segment(0xC4, tables)
        + _segment(0xDA, scan + b"\x00\x3f\x00")
    )
