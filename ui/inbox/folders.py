"""The folder pane: the property selector, "unread only", and the folder tree (``folderView``).

Guest messages: Needs reply, Waiting for guest, No reply needed, All. Booking.com
messages (support cases): Open, Answered, Closed. Then the Outbox and Drafts. Each
folder shows its count; the guest group shows how many conversations are unread.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCheckBox, QComboBox, QTreeView, QVBoxLayout, QWidget

from desktop.domain import Property
from desktop.services.model import InboxCounts, InboxFolder
from ui.inbox import texts
from ui.widgets import named

FolderRole = Qt.ItemDataRole.UserRole + 1
GUEST_FOLDERS = (
    InboxFolder.NEEDS_REPLY,
    InboxFolder.WAITING_FOR_GUEST,
    InboxFolder.NO_REPLY_NEEDED,
    InboxFolder.ALL,
)
SUPPORT_FOLDERS = (
    InboxFolder.SUPPORT_OPEN,
    InboxFolder.SUPPORT_ANSWERED,
    InboxFolder.SUPPORT_CLOSED,
)
OTHER_FOLDERS = (InboxFolder.OUTBOX, InboxFolder.DRAFTS)


class FolderModel(QStandardItemModel):
    """Two groups of folders and two single folders, with counts."""

    counts_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._counts = InboxCounts()
        self._items: dict[InboxFolder, QStandardItem] = {}
        self.guest_group = self._group()
        self.support_group = self._group()
        for folder in GUEST_FOLDERS:
            self.guest_group.appendRow(self._folder_item(folder))
        for folder in SUPPORT_FOLDERS:
            self.support_group.appendRow(self._folder_item(folder))
        self.appendRow(self.guest_group)
        self.appendRow(self.support_group)
        for folder in OTHER_FOLDERS:
            self.appendRow(self._folder_item(folder))
        self.retranslate()

    def _group(self) -> QStandardItem:
        item = QStandardItem()
        item.setData("", FolderRole)  # every item answers FolderRole ("" = a group)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = QFont()
        font.setBold(True)
        item.setFont(font)
        return item

    def _folder_item(self, folder: InboxFolder) -> QStandardItem:
        item = QStandardItem()
        item.setData(folder.value, FolderRole)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self._items[folder] = item
        return item

    def index_of(self, folder: InboxFolder) -> QModelIndex:
        return self.indexFromItem(self._items[folder])

    @property
    def counts(self) -> InboxCounts:
        return self._counts

    def set_counts(self, counts: InboxCounts) -> None:
        self._counts = counts
        self.retranslate()
        self.counts_changed.emit(counts)

    def retranslate(self) -> None:
        counts = self._counts
        self.guest_group.setText(self.tr("Guest messages"))
        self.guest_group.setToolTip(
            self.tr("Unread guest conversations: {count}").format(count=counts.unread)
        )
        self.support_group.setText(self.tr("Booking.com messages"))
        for folder, item in self._items.items():
            count = counts.of(folder)
            name = texts.folder_name(folder)
            item.setText(f"{name} ({count})" if count else name)
            font = item.font()
            font.setBold(folder is InboxFolder.NEEDS_REPLY and count > 0)
            item.setFont(font)
            item.setToolTip(name)


class FolderPane(QWidget):
    """Property selector (when the profile has several), unread-only filter, folders."""

    folder_selected = Signal(object)
    property_selected = Signal(object)
    unread_only_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("folderPane")
        self.property_selector = named(QComboBox(), "propertySelector")
        self.property_selector.setVisible(False)
        self.property_selector.currentIndexChanged.connect(self._property_changed)
        self.unread_only = named(QCheckBox(), "unreadOnly")
        self.unread_only.toggled.connect(self.unread_only_changed)
        self.model = FolderModel(self)
        self.view = named(QTreeView(), "folderView")
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setRootIsDecorated(False)
        self.view.setItemsExpandable(False)
        self.view.expandAll()
        self.view.selectionModel().currentChanged.connect(self._folder_changed)
        self.model.counts_changed.connect(lambda _counts: self._show_unread())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.property_selector)
        layout.addWidget(self.unread_only)
        layout.addWidget(self.view, 1)
        self._properties: list[Property] = []
        self.retranslate_ui()

    def set_properties(self, properties: list[Property]) -> None:
        self._properties = list(properties)
        self.property_selector.blockSignals(True)
        self.property_selector.clear()
        self.property_selector.addItem("")
        for prop in properties:
            self.property_selector.addItem(prop.name)
        self.property_selector.blockSignals(False)
        self.property_selector.setVisible(len(properties) > 1)
        self.retranslate_ui()

    def select_folder(self, folder: InboxFolder) -> None:
        self.view.setCurrentIndex(self.model.index_of(folder))

    def current_folder(self) -> InboxFolder | None:
        index = self.view.currentIndex()
        value = index.data(FolderRole) if index.isValid() else ""
        return InboxFolder(value) if value else None

    def clear_selection(self) -> None:
        self.view.selectionModel().clearSelection()

    def _folder_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        value = current.data(FolderRole) if current.isValid() else ""
        if value:
            self.folder_selected.emit(InboxFolder(value))

    def _property_changed(self, index: int) -> None:
        chosen = self._properties[index - 1] if 0 < index <= len(self._properties) else None
        self.property_selected.emit(chosen.property_id if chosen else None)

    def retranslate_ui(self) -> None:
        self.property_selector.setItemText(0, self.tr("All properties"))
        self.property_selector.setAccessibleName(self.tr("Property"))
        self._show_unread()
        self.unread_only.setAccessibleName(self.tr("Show unread conversations only"))
        self.view.setAccessibleName(self.tr("Folders"))
        self.view.header().setAccessibleName(self.tr("Folders"))
        self.model.retranslate()

    def _show_unread(self) -> None:
        unread = self.model.counts.unread
        text = self.tr("Unread only")
        self.unread_only.setText(f"{text} ({unread})" if unread else text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
