"""What a support case says: the message text, its images, and the checks on them.

Booking.com partner support accepts JPG and PNG images only. An image is checked when
it is chosen (its type by its first bytes, never by its name; at most
:data:`MAX_IMAGE_BYTES`), so staff learn of a refusal at once, not when sending.

:func:`message_text` is the exact text of a message: the same for the extranet (the
clipboard) and for the record kept in the support thread. Its labels exist in French
and English (the staff's language); Booking.com's partner support reads both.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from desktop.errors import BadInputError
from desktop.support.catalogue import Catalogue, language_of

#: The largest image partner support accepts, in bytes (10 MB).
MAX_IMAGE_BYTES = 10 * 1024 * 1024
#: The most images one message may carry.
MAX_IMAGES = 5
#: The image types accepted, by their first bytes.
IMAGE_SIGNATURES: Mapping[str, bytes] = {
    "image/jpeg": b"\xff\xd8\xff",
    "image/png": b"\x89PNG\r\n\x1a\n",
}
_FIELD = "images"


@dataclass(frozen=True, slots=True)
class ImageFile:
    """An image checked for a support message."""

    path: str
    file_name: str
    content_type: str
    size: int

    def read(self) -> bytes:
        """The file's bytes (checked again: the file may have changed since)."""
        return Path(self.path).read_bytes()


def sniff_image_type(head: bytes) -> str | None:
    """``image/jpeg`` or ``image/png`` from a file's first bytes, else None."""
    for content_type, signature in IMAGE_SIGNATURES.items():
        if head.startswith(signature):
            return content_type
    return None


def check_image(path: str | Path) -> ImageFile:
    """The image at ``path`` if partner support accepts it.

    Raises:
        BadInputError: ``details['problem']`` is ``missing``, ``unreadable``,
            ``not_an_image`` (not JPG or PNG by its content) or ``too_large``.
    """
    file = Path(path)
    details = {"field": _FIELD, "file": file.name}
    try:
        size = file.stat().st_size
        with file.open("rb") as handle:
            head = handle.read(16)
    except FileNotFoundError:
        raise BadInputError(
            f"The file {file.name} no longer exists.",
            next_step="Choose the image again.",
            details={**details, "problem": "missing"},
        ) from None
    except OSError as exc:
        raise BadInputError(
            f"The file {file.name} cannot be read ({exc.strerror or exc}).",
            next_step="Copy the image to this computer's disk, then choose it again.",
            details={**details, "problem": "unreadable"},
        ) from exc
    content_type = sniff_image_type(head)
    if content_type is None:
        raise BadInputError(
            f"{file.name} is not a JPG or PNG image; Booking.com accepts only those.",
            next_step="Save the picture as JPG or PNG (or take a screenshot), then add it.",
            details={**details, "problem": "not_an_image"},
        )
    if size > MAX_IMAGE_BYTES:
        megabytes = size / (1024 * 1024)
        raise BadInputError(
            f"{file.name} is {megabytes:.1f} MB; Booking.com accepts images up to 10 MB.",
            next_step="Make the image smaller (or crop it), then add it again.",
            details={**details, "problem": "too_large", "bytes": size},
        )
    return ImageFile(path=str(file), file_name=file.name, content_type=content_type, size=size)


def check_images(paths: Iterable[str | Path]) -> tuple[ImageFile, ...]:
    """:func:`check_image` for each path, and no more than :data:`MAX_IMAGES`."""
    images = tuple(check_image(path) for path in paths)
    if len(images) > MAX_IMAGES:
        raise BadInputError(
            f"A message can carry at most {MAX_IMAGES} images; this one has {len(images)}.",
            next_step="Remove some images.",
            details={"field": _FIELD, "problem": "too_many", "count": len(images)},
        )
    return images


@dataclass(frozen=True, slots=True)
class CaseMessage:
    """Everything a transport needs to deliver one support message."""

    case_id: int
    property_id: int
    theme: str
    subtheme: str | None
    subject: str
    description: str
    language: str = "en"
    reservation_number: str | None = None
    images: tuple[ImageFile, ...] = ()
    sender_name: str = ""
    conversation_id: str | None = None

    @property
    def client_reference(self) -> str:
        """The case's idempotency key for the gateway, unique across desks.

        Several desks (each with its own database) may share one gateway, so the local
        case number alone is not enough: the support thread's id is a random UUID.
        """
        if self.conversation_id:
            return f"frontdesk-{self.conversation_id}"
        return f"frontdesk-case-{self.case_id}"


_LABELS: Mapping[str, Mapping[str, str]] = {
    "fr": {
        "subject": "Objet",
        "theme": "Thème",
        "reservation": "Numéro de réservation",
        "property": "Identifiant de l'établissement",
        "images": "Images jointes",
    },
    "en": {
        "subject": "Subject",
        "theme": "Theme",
        "reservation": "Reservation number",
        "property": "Property ID",
        "images": "Attached images",
    },
}


def _label(language: str, key: str) -> str:
    french = language_of(language) == "fr"
    texts = _LABELS["fr" if french else "en"]
    # French typography: a space before the colon.
    return f"{texts[key]} :" if french else f"{texts[key]}:"


def theme_path(catalogue: Catalogue, theme: str, subtheme: str | None, language: str) -> str:
    """``Réservations › Annulation``: the theme and sub-theme titles, as chosen."""
    try:
        found = catalogue.theme(theme)
    except KeyError:
        return " › ".join(part for part in (theme, subtheme) if part)
    parts = [found.title(language)]
    if subtheme:
        try:
            parts.append(found.subtheme(subtheme).title(language))
        except KeyError:
            parts.append(subtheme)
    return " › ".join(parts)


def message_text(message: CaseMessage, catalogue: Catalogue, language: str) -> str:
    """The exact text to send: subject, theme, reservation, property, then the description."""
    lines = [
        f"{_label(language, 'subject')} {message.subject.strip()}",
        f"{_label(language, 'theme')} "
        + theme_path(catalogue, message.theme, message.subtheme, language),
    ]
    if message.reservation_number:
        lines.append(f"{_label(language, 'reservation')} {message.reservation_number}")
    lines.append(f"{_label(language, 'property')} {message.property_id}")
    lines += ["", message.description.strip()]
    if message.images:
        names = ", ".join(image.file_name for image in message.images)
        lines += ["", f"{_label(language, 'images')} {names}"]
    return "\n".join(lines)


__all__ = [
    "IMAGE_SIGNATURES",
    "MAX_IMAGES",
    "MAX_IMAGE_BYTES",
    "CaseMessage",
    "ImageFile",
    "check_image",
    "check_images",
    "message_text",
    "sniff_image_type",
    "theme_path",
]
