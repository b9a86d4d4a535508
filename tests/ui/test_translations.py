"""Every UI text has a French translation, and placeholders survive translation."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TS_FILES = sorted((Path(__file__).parents[2] / "resources" / "translations").glob("*.ts"))
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%\d")


def messages(ts: Path) -> list[tuple[str, ET.Element]]:
    return [(m.findtext("source") or "", m) for m in ET.parse(ts).iter("message")]


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_text_is_translated(ts: Path) -> None:
    unfinished = [
        source
        for source, message in messages(ts)
        if (node := message.find("translation")) is None
        or node.get("type") in ("unfinished", "vanished", "obsolete")
        or not (node.text or "").strip()
    ]
    assert unfinished == []


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_placeholders_and_accelerators_are_kept(ts: Path) -> None:
    for source, message in messages(ts):
        text = message.findtext("translation") or ""
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), source
        assert ("&" in source.replace("&&", "")) == ("&" in text.replace("&&", "")), source


def test_french_exists() -> None:
    assert [p.name for p in TS_FILES] == ["frontdesk_fr.ts"]
