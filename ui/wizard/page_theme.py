"""Pages 2 and 3: the theme (with Booking.com's descriptions), then the sub-theme.

Both are lists made for the keyboard: arrows move, the description or guidance of the
current item shows below, Enter goes on (the list lets Enter through to the wizard's
default button, Next).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QWidget

from desktop.support.catalogue import Requirement
from ui.wizard.base import ContactPage, PageId, WizardContext

_ID = Qt.ItemDataRole.UserRole


def _select(view: QListWidget, wanted: str | None) -> None:
    for row in range(view.count()):
        if view.item(row).data(_ID) == wanted:
            view.setCurrentRow(row)
            return
    view.setCurrentRow(-1)
    view.clearSelection()


def _selected(view: QListWidget) -> str | None:
    items = view.selectedItems()
    return str(items[0].data(_ID)) if items else None


class ThemePage(ContactPage):
    PAGE_ID = PageId.THEME

    def __init__(self, context: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.list = QListWidget()
        self.list.setObjectName("themeList")
        for theme in context.catalogue.themes():
            item = QListWidgetItem(theme.title(self.language))
            item.setData(_ID, theme.id)
            item.setToolTip(theme.description(self.language))
            self.list.addItem(item)
        self.description = QLabel()
        self.description.setObjectName("themeDescription")
        self.description.setWordWrap(True)
        self.description.setMinimumHeight(48)
        layout = self.main_layout()
        layout.addWidget(self.list, 1)
        layout.addWidget(self.description)
        self.add_error_line(layout)
        self.list.itemSelectionChanged.connect(self._chosen)
        self.retranslate_ui()

    def initializePage(self) -> None:
        _select(self.list, self.draft.theme)
        self._describe()
        self.clear_error()
        self.list.setFocus()

    def _chosen(self) -> None:
        chosen = _selected(self.list)
        if chosen is not None and chosen != self.draft.theme:
            self.draft.theme = chosen
            self.draft.subtheme = None  # the sub-themes belong to the theme
            self.draft.option = None
            self.changed()
        self._describe()
        self.clear_error()

    def _describe(self) -> None:
        theme = _selected(self.list)
        text = self.context.catalogue.theme(theme).description(self.language) if theme else ""
        self.description.setText(text)
        self.description.setAccessibleName(text or self.tr("Theme description"))

    def validatePage(self) -> bool:
        if _selected(self.list) is None:
            return self.refuse(self.tr("Choose the theme of your question."), self.list)
        return True

    def nextId(self) -> int:
        return int(PageId.SUBTHEME)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("What is it about?"))
        self.setSubTitle(self.tr("Choose the theme, as in the extranet's contact options."))
        self.list.setAccessibleName(self.tr("Themes"))
        self.list.setAccessibleDescription(self.tr("Use the arrow keys, then Enter."))


class SubthemePage(ContactPage):
    PAGE_ID = PageId.SUBTHEME

    def __init__(self, context: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.list = QListWidget()
        self.list.setObjectName("subthemeList")
        self.guidance = QLabel()
        self.guidance.setObjectName("subthemeGuidance")
        self.guidance.setWordWrap(True)
        self.requirement = QLabel()
        self.requirement.setObjectName("reservationRequirement")
        self.requirement.setWordWrap(True)
        layout = self.main_layout()
        layout.addWidget(self.list, 1)
        layout.addWidget(self.guidance)
        layout.addWidget(self.requirement)
        self.add_error_line(layout)
        self.list.itemSelectionChanged.connect(self._chosen)
        self.retranslate_ui()

    def initializePage(self) -> None:
        theme = self.context.catalogue.theme(self.draft.theme or "")
        self.setTitle(theme.title(self.language))
        self.list.blockSignals(True)
        self.list.clear()
        for sub in theme.subthemes:
            item = QListWidgetItem(sub.title(self.language))
            item.setData(_ID, sub.id)
            self.list.addItem(item)
        _select(self.list, self.draft.subtheme)
        self.list.blockSignals(False)
        self._describe()
        self.clear_error()
        self.list.setFocus()

    def _chosen(self) -> None:
        chosen = _selected(self.list)
        if chosen is not None and chosen != self.draft.subtheme:
            self.draft.subtheme = chosen
            self.draft.option = None
            self.changed()
        self._describe()
        self.clear_error()

    def _describe(self) -> None:
        chosen = _selected(self.list)
        if chosen is None or self.draft.theme is None:
            self.guidance.clear()
            self.requirement.clear()
            return
        sub = self.context.catalogue.subtheme(self.draft.theme, chosen)
        self.guidance.setText(sub.guidance(self.language))
        self.guidance.setAccessibleName(sub.guidance(self.language) or self.tr("Guidance"))
        needed = {
            Requirement.REQUIRED: self.tr("A reservation number is needed for this sub-theme."),
            Requirement.OPTIONAL: self.tr("Give the reservation number if it is about one."),
            Requirement.NONE: "",
        }[sub.reservation_number]
        self.requirement.setText(needed)

    def validatePage(self) -> bool:
        if _selected(self.list) is None:
            return self.refuse(self.tr("Choose the sub-theme."), self.list)
        return True

    def nextId(self) -> int:
        return int(PageId.ARTICLES)

    def retranslate_ui(self) -> None:
        self.setSubTitle(self.tr("Choose the sub-theme that fits best."))
        self.list.setAccessibleName(self.tr("Sub-themes"))
        self.list.setAccessibleDescription(self.tr("Use the arrow keys, then Enter."))
        self.requirement.setAccessibleName(self.tr("Reservation number"))
