"""Colours of the inbox derived from the widget palette, so light and dark both read well."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def _blend(base: QColor, tint: QColor, amount: float) -> str:
    r = base.red() + (tint.red() - base.red()) * amount
    g = base.green() + (tint.green() - base.green()) * amount
    b = base.blue() + (tint.blue() - base.blue()) * amount
    return QColor(int(r), int(g), int(b)).name()


def match_colors(palette: QPalette) -> tuple[str, str]:
    """Background and text colour of a search match."""
    if is_dark(palette):
        return "#8a6d00", "#ffffff"
    return "#ffe066", "#000000"


@dataclass(frozen=True, slots=True)
class ThreadColors:
    """Colours of the thread's parts, as CSS colour names."""

    text: str
    muted: str
    guest: str
    property: str
    note: str
    note_border: str
    outbox: str
    badge: str
    badge_text: str
    warning: str
    warning_text: str
    match: str
    match_text: str
    link: str

    @classmethod
    def from_palette(cls, palette: QPalette) -> ThreadColors:
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        dark = is_dark(palette)
        amount = 0.22 if dark else 0.12
        match, match_text = match_colors(palette)
        return cls(
            text=text.name(),
            muted=_blend(text, base, 0.4),
            guest=_blend(base, text, 0.06),
            property=_blend(base, QColor("#2f7ed8"), amount),
            note=_blend(base, QColor("#f2c200"), 0.3 if dark else 0.25),
            note_border=_blend(base, QColor("#c99a00"), 0.8),
            outbox=_blend(base, QColor("#7c5cc4"), amount),
            badge=_blend(base, text, 0.18),
            badge_text=text.name(),
            warning=_blend(base, QColor("#d9534f"), 0.3 if dark else 0.18),
            warning_text=text.name(),
            match=match,
            match_text=match_text,
            link=palette.color(QPalette.ColorRole.Link).name(),
        )
