"""Walking the contact wizard in tests, as staff would (widgets, not the draft)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget

from ui.wizard import ContactWizard
from ui.wizard.base import PageId
from ui.wizard.page_message import MessagePage


def choose(view: QListWidget, wanted: str) -> None:
    """Select the item whose id is ``wanted``."""
    for row in range(view.count()):
        if view.item(row).data(Qt.ItemDataRole.UserRole) == wanted:
            view.setCurrentRow(row)
            return
    raise AssertionError(f"{wanted!r} is not in the list")


def walk(
    wizard: ContactWizard,
    to: PageId,
    *,
    theme: str = "reservations",
    subtheme: str = "cancellation",
    option: str = "message",
) -> None:
    """From the first page to ``to`` (property path), choosing on the way."""
    steps = [PageId.THEME, PageId.SUBTHEME, PageId.ARTICLES, PageId.OPTIONS]
    for step in steps:
        if wizard.currentId() == to:
            return
        wizard.next()
        assert wizard.currentId() == step
        if step == PageId.THEME:
            choose(wizard.page_of(PageId.THEME).list, theme)  # type: ignore[attr-defined]
        elif step == PageId.SUBTHEME:
            choose(wizard.page_of(PageId.SUBTHEME).list, subtheme)  # type: ignore[attr-defined]
        elif step == PageId.OPTIONS:
            wizard.page_of(PageId.OPTIONS).radios[option].setChecked(True)  # type: ignore[attr-defined]
    if wizard.currentId() != to:
        wizard.next()
    assert wizard.currentId() == to


def fill_message(
    wizard: ContactWizard,
    *,
    number: str = "4012345678",
    subject: str = "Annulation sans frais",
    description: str = "La cliente est malade.",
    confirm: bool = True,
) -> MessagePage:
    page = wizard.page_of(PageId.MESSAGE)
    assert isinstance(page, MessagePage)
    page.reservation.edit.setText(number)
    page.reservation.check()
    if confirm and page.reservation.confirm.isVisible():
        page.reservation.confirm.setChecked(True)
    page.subject.setText(subject)
    page.description.setPlainText(description)
    return page
