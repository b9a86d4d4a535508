"""The ``extranet`` transport: Frontdesk prepares the message, staff send it themselves.

Booking.com publishes no API for partner-support messages, so for a real property the
honest transport is the extranet: the wizard copies the exact text (theme, sub-theme,
reservation number, subject, description), opens the extranet, and lists the clicks to
make there, in the staff's language, from the catalogue. Nothing leaves Frontdesk by
itself. Staff then mark the message sent, and later paste (or just mark) the answer
(:meth:`desktop.support.cases.SupportDesk.mark_sent` and ``record_answer``).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain import SupportCase, SupportTransport
from desktop.support.catalogue import Catalogue, ContactOption, language_of
from desktop.support.transport.message import CaseMessage, message_text, theme_path


@dataclass(frozen=True, slots=True)
class ExtranetDelivery:
    """What staff need to send a case's message through the extranet.

    Attributes:
        case_id: The local case.
        clipboard_text: The exact text to paste in the extranet's message box.
        url: The extranet to open. Booking.com documents no stable link to its inbox,
            so the steps start from the extranet's home page.
        steps: The clicks to make, in order, in the staff's language (the catalogue's).
        hints: What to do in the message form: paste the text, attach the images.
        theme_path: The theme and sub-theme to pick there (``Réservations › Annulation``).
        image_paths: Images to attach in the extranet's form.
    """

    case_id: int
    clipboard_text: str
    url: str
    steps: tuple[str, ...]
    hints: tuple[str, ...]
    theme_path: str
    image_paths: tuple[str, ...] = ()

    @property
    def transport(self) -> SupportTransport:
        return SupportTransport.EXTRANET


_ATTACH_STEP = {
    "fr": "Joignez les images : {names}.",
    "en": "Attach the images: {names}.",
}
_PASTE_STEP = {
    "fr": "Collez le texte copié par Frontdesk (Ctrl+V) dans le message.",
    "en": "Paste the text Frontdesk copied (Ctrl+V) into the message.",
}


class ExtranetTransport:
    """Prepares messages for the extranet; sends nothing.

    The text and the steps are in the case's language (the staff's, when the case was
    made); ``language`` is the default for cases without one.
    """

    kind = SupportTransport.EXTRANET

    def __init__(self, catalogue: Catalogue, extranet_url: str, language: str = "en") -> None:
        self.catalogue = catalogue
        self.extranet_url = extranet_url
        self.language = language_of(language)

    def steps(self, language: str | None = None) -> tuple[str, ...]:
        """The catalogue's steps to send a message, in the staff's language."""
        return self.catalogue.steps_for(ContactOption.MESSAGE, language or self.language)

    def hints(self, message: CaseMessage) -> tuple[str, ...]:
        """Paste the text; attach the images (if any)."""
        key = "fr" if language_of(message.language or self.language) == "fr" else "en"
        hints = [_PASTE_STEP[key]]
        if message.images:
            names = ", ".join(image.file_name for image in message.images)
            hints.append(_ATTACH_STEP[key].format(names=names))
        return tuple(hints)

    def deliver(self, case: SupportCase, message: CaseMessage) -> ExtranetDelivery:
        language = language_of(message.language or self.language)
        return ExtranetDelivery(
            case_id=case.case_id,
            clipboard_text=message_text(message, self.catalogue, language),
            url=self.extranet_url,
            steps=self.steps(language),
            hints=self.hints(message),
            theme_path=theme_path(self.catalogue, case.theme, case.subtheme, language),
            image_paths=tuple(image.path for image in message.images),
        )


__all__ = ["ExtranetDelivery", "ExtranetTransport"]
