"""Checks on what is about to be sent: links Booking.com would strip, attachments it refuses.

Booking.com strips links to hosts the property has not allowed in its extranet
security settings (the profile's ``links.allow``), and accepts only JPG and PNG images
up to 10 MB. Both are checked here, before anything is queued, so the user learns it
while the text is still in front of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from urllib.parse import urlsplit

from desktop.services.model import Issue, Problem

#: The largest attachment Booking.com accepts (chunked upload: 1-10 MB).
MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024

_MAGIC = {
    b"\xff\xd8\xff": "image/jpeg",
    b"\x89PNG\r\n\x1a\n": "image/png",
}
_EXTENSIONS = {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png"}

# Bare host names are links only with a common top-level domain ("hotel.fr", not "Mr.Smith").
_TLDS = (
    "com|net|org|info|biz|eu|fr|be|ch|de|at|nl|lu|it|es|pt|uk|ie|us|ca|io|co|me|app|"
    "hotel|travel|booking|online|site|link|ly|gl|gle"
)
# A link: a scheme URL, a www. address, or a bare host with one of those domains.
_LINK = re.compile(
    r"(?i)(?<![@\w.])"
    r"(?:https?://[^\s<>\"']+"
    r"|www\.[^\s<>\"']+"
    rf"|(?:[a-z0-9-]+\.)+(?:{_TLDS})(?:/[^\s<>\"']*)?(?![\w-]))"
)
_TRAILING = ".,;:!?)]}'\""


def find_links(text: str) -> list[str]:
    """The links in ``text`` as written (trailing punctuation removed)."""
    return [m.group(0).rstrip(_TRAILING) for m in _LINK.finditer(text)]


def link_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each link in ``text`` (for rendering them visibly)."""
    spans = []
    for match in _LINK.finditer(text):
        link = match.group(0).rstrip(_TRAILING)
        spans.append((match.start(), match.start() + len(link)))
    return spans


def host_of(link: str) -> str:
    """The lower-case host name of a link (``www.x.com/a`` -> ``www.x.com``)."""
    target = link if "://" in link else "http://" + link
    try:
        return (urlsplit(target).hostname or "").lower().rstrip(".")
    except ValueError:
        return ""


def host_allowed(host: str, allow: Iterable[str]) -> bool:
    """Whether ``host`` is on the allow-list.

    ``example.com`` allows itself and ``www.example.com``; ``*.example.com`` allows
    ``example.com`` and every sub-domain.
    """
    for entry in allow:
        entry = entry.lower()
        if entry.startswith("*."):
            base = entry[2:]
            if host == base or host.endswith("." + base):
                return True
        elif host in (entry, "www." + entry):
            return True
    return False


def link_issues(text: str, allow: Sequence[str]) -> list[Issue]:
    """One warning per host that Booking.com would strip."""
    hosts = dict.fromkeys(host_of(link) for link in find_links(text))
    return [
        Issue(Problem.LINK_NOT_ALLOWED, host)
        for host in hosts
        if host and not host_allowed(host, allow)
    ]


def image_type(path: Path) -> str | None:
    """``image/jpeg`` or ``image/png`` from the file's first bytes, else None."""
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError:
        return None
    for magic, mime in _MAGIC.items():
        if head.startswith(magic):
            return mime
    return None


def attachment_issue(path: str | Path) -> Issue | None:
    """Why Booking.com would refuse this file, or None if it is a JPG/PNG under 10 MB."""
    file = Path(path)
    name = file.name
    try:
        size = file.stat().st_size
    except OSError:
        return Issue(Problem.ATTACHMENT_MISSING, name)
    if not file.is_file():
        return Issue(Problem.ATTACHMENT_MISSING, name)
    declared = _EXTENSIONS.get(file.suffix.lower())
    actual = image_type(file)
    if declared is None or actual is None or declared != actual:
        return Issue(Problem.ATTACHMENT_NOT_IMAGE, name)
    if size > MAX_ATTACHMENT_BYTES:
        return Issue(Problem.ATTACHMENT_TOO_LARGE, name)
    return None


def attachment_issues(paths: Iterable[str | Path]) -> list[Issue]:
    return [issue for path in paths if (issue := attachment_issue(path)) is not None]
