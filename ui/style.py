"""Look and feel: the Fusion style, following the OS light/dark setting by default.

Our style sheet (``resources/styles/frontdesk.qss``) names a few widgets by object
name. It is not set on the application: an application style sheet sends every widget,
down to each cell of the conversation list, through Qt's style sheet style (a list page
took twice as long to paint). Each rule goes instead on the widgets it names, when Qt
polishes them (the first time they are shown), so only those widgets pay for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyleFactory, QWidget

import resources

_SCHEMES = {
    "light": Qt.ColorScheme.Light,
    "dark": Qt.ColorScheme.Dark,
    "auto": Qt.ColorScheme.Unknown,  # Unknown = follow the platform
}

_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_NAMED = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)#([A-Za-z_][A-Za-z0-9_]*)$")


@dataclass(frozen=True, slots=True)
class NamedRule:
    """One rule of the sheet for the widgets of one class and object name."""

    class_name: str
    object_name: str
    text: str  # the rule as written: ``QLabel#name { ... }``

    def applies_to(self, widget: QWidget) -> bool:
        return widget.objectName() == self.object_name and widget.inherits(self.class_name)


@dataclass(frozen=True, slots=True)
class Sheet:
    """A style sheet split into rules for named widgets and the rest (application-wide)."""

    named: tuple[NamedRule, ...]
    other: str

    @classmethod
    def parse(cls, text: str) -> Sheet:
        """Rules whose selectors are all ``Class#objectName`` become named rules."""
        named: list[NamedRule] = []
        other: list[str] = []
        for match in _RULE.finditer(_COMMENT.sub("", text)):
            selectors = [s.strip() for s in match.group(1).split(",")]
            body = match.group(2).strip()
            parts = [_NAMED.match(s) for s in selectors]
            if not all(parts):
                other.append(f"{', '.join(selectors)} {{ {body} }}")
                continue
            for selector, part in zip(selectors, parts, strict=True):
                assert part is not None
                named.append(NamedRule(part.group(1), part.group(2), f"{selector} {{ {body} }}"))
        return cls(tuple(named), "\n".join(other))

    def rules_for(self, widget: QWidget) -> str:
        """The rules naming ``widget`` (empty when none does)."""
        if not widget.objectName():
            return ""
        return "\n".join(rule.text for rule in self.named if rule.applies_to(widget))


class NamedWidgetStyle(QProxyStyle):
    """Fusion that gives each widget named by the sheet its rules when it is polished.

    Only ``polish`` is written in Python: Qt calls it once per widget (and again if the
    style changes), never while painting.
    """

    def __init__(self, sheet: Sheet) -> None:
        super().__init__(QStyleFactory.create("Fusion"))
        self.sheet = sheet

    def polish(self, target: QWidget | QApplication | QPalette) -> None:  # type: ignore[override]
        # One Python method receives the three C++ overloads (widget, application, palette).
        if isinstance(target, QWidget):
            _give_rules(target, self.sheet.rules_for(target))
        super().polish(target)


def _give_rules(widget: QWidget, rules: str) -> None:
    """Add ``rules`` to the widget's own style sheet (once)."""
    if not rules:
        return
    own = widget.styleSheet()
    if rules not in own:
        widget.setStyleSheet(f"{own}\n{rules}" if own else rules)


def apply_style(app: QApplication, color_scheme: str = "auto") -> None:
    """Fusion, the chosen (or system) colour scheme, and our small style sheet."""
    path = resources.path("styles", "frontdesk.qss")
    sheet = Sheet.parse(path.read_text(encoding="utf-8") if path.is_file() else "")
    app.setStyle(NamedWidgetStyle(sheet))
    app.styleHints().setColorScheme(_SCHEMES.get(color_scheme, Qt.ColorScheme.Unknown))
    # Anything not addressed to named widgets still applies to the whole application
    # (none in our sheet: a test keeps it so, the list must not go through the sheet).
    app.setStyleSheet(sheet.other)


def is_dark(app: QApplication) -> bool:
    return app.styleHints().colorScheme() is Qt.ColorScheme.Dark
