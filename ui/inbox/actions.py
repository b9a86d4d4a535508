"""The inbox's actions, shared by the menus, the toolbar and the list's context menu.

Single-letter shortcuts (J, K, E, N...) follow mail clients; they never fire while a
text field has the focus, because text fields take printable keys first.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMenuBar, QSizePolicy, QToolBar, QWidget

from desktop.domain import Conversation, ConversationKind
from desktop.services.model import SortOrder


class InboxActions(QObject):
    """Every action of the inbox window; the window connects their ``triggered``."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.sync_now = self._action("syncNow", QKeySequence(QKeySequence.StandardKey.Refresh))
        self.quit = self._action("quit", QKeySequence(QKeySequence.StandardKey.Quit))
        self.no_reply_needed = self._action("noReplyNeeded", QKeySequence("E"), checkable=True)
        self.mark_read = self._action("markRead", QKeySequence("Shift+I"))
        self.mark_unread = self._action("markUnread", QKeySequence("Shift+U"))
        self.add_note = self._action("addNote", QKeySequence("N"))
        self.open_extranet = self._action("openExtranet", QKeySequence("Ctrl+Shift+E"))
        self.reply = self._action("reply", QKeySequence("R"))
        self.next_conversation = self._action("nextConversation", QKeySequence("J"))
        self.previous_conversation = self._action("previousConversation", QKeySequence("K"))
        self.search = self._action("search", QKeySequence("Ctrl+K"))
        self.unread_only = self._action("unreadOnly", None, checkable=True)
        self.shortcuts = self._action("showShortcuts", QKeySequence("Ctrl+/"))
        self.shortcuts.setShortcuts([QKeySequence("Ctrl+/"), QKeySequence("?")])
        self.about = self._action("about", None)
        self.sort_group = QActionGroup(self)
        self.sort_actions = {
            order: self._action(f"sort_{order.value}", None, checkable=True)
            for order in (SortOrder.NEWEST_FIRST, SortOrder.OLDEST_FIRST, SortOrder.GUEST_NAME)
        }
        for action in self.sort_actions.values():
            self.sort_group.addAction(action)
        self.sort_actions[SortOrder.NEWEST_FIRST].setChecked(True)
        self._f5_fallback()
        self.set_conversation(None)

    def _action(self, name: str, keys: QKeySequence | None, checkable: bool = False) -> QAction:
        action = QAction(self._window)
        action.setObjectName(name)
        action.setCheckable(checkable)
        if keys is not None:
            action.setShortcut(keys)
        self._window.addAction(action)
        return action

    def _f5_fallback(self) -> None:
        """Refresh is F5 on most platforms; make sure F5 is always one of its keys."""
        keys = self.sync_now.shortcuts()
        if QKeySequence("F5") not in keys:
            self.sync_now.setShortcuts([QKeySequence("F5"), *keys])

    # ------------------------------------------------------------------ placement

    def build_menus(self, bar: QMenuBar) -> dict[str, QMenu]:
        menus = {name: bar.addMenu("") for name in ("file", "conversation", "view", "help")}
        for name, menu in menus.items():
            menu.setObjectName(f"{name}Menu")
        menus["file"].addActions([self.sync_now])
        menus["file"].addSeparator()
        menus["file"].addAction(self.quit)
        menus["conversation"].addActions(self.conversation_actions())
        menus["conversation"].addSeparator()
        menus["conversation"].addActions(
            [self.reply, self.next_conversation, self.previous_conversation]
        )
        menus["view"].addActions([self.search, self.unread_only])
        self.sort_menu = menus["view"].addMenu("")
        self.sort_menu.addActions(list(self.sort_actions.values()))
        menus["help"].addActions([self.shortcuts, self.about])
        self._menus = menus
        return menus

    def build_toolbar(self, toolbar: QToolBar, search: QWidget) -> None:
        toolbar.addAction(self.sync_now)
        toolbar.addSeparator()
        toolbar.addActions(self.conversation_actions())
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addWidget(search)

    def conversation_actions(self) -> list[QAction]:
        return [
            self.no_reply_needed,
            self.mark_read,
            self.mark_unread,
            self.add_note,
            self.open_extranet,
        ]

    def context_menu(self, parent: QWidget) -> QMenu:
        menu = QMenu(parent)
        menu.setObjectName("conversationContextMenu")
        menu.addActions(self.conversation_actions())
        return menu

    # ------------------------------------------------------------------ state

    def set_conversation(self, conversation: Conversation | None) -> None:
        """Enable what applies to the current conversation."""
        present = conversation is not None
        guest = present and conversation.kind is ConversationKind.GUEST  # type: ignore[union-attr]
        for action in (self.mark_read, self.mark_unread, self.add_note, self.reply):
            action.setEnabled(present)
        self.no_reply_needed.setEnabled(guest)
        self.no_reply_needed.setChecked(bool(guest and conversation.no_reply_needed))  # type: ignore[union-attr]
        self.open_extranet.setEnabled(present)

    def set_sort(self, order: SortOrder) -> None:
        shown = SortOrder.GUEST_NAME if order is SortOrder.GUEST_NAME_DESC else order
        self.sort_actions[shown].setChecked(True)

    # ------------------------------------------------------------------ texts

    def retranslate_ui(self) -> None:
        texts = {
            self.sync_now: self.tr("&Sync now"),
            self.quit: self.tr("&Quit"),
            self.no_reply_needed: self.tr("No reply &needed"),
            self.mark_read: self.tr("Mark &read"),
            self.mark_unread: self.tr("Mark &unread"),
            self.add_note: self.tr("Add internal &note…"),
            self.open_extranet: self.tr("Open in the &extranet"),
            self.reply: self.tr("&Reply"),
            self.next_conversation: self.tr("Ne&xt conversation"),
            self.previous_conversation: self.tr("&Previous conversation"),
            self.search: self.tr("&Search…"),
            self.unread_only: self.tr("&Unread only"),
            self.shortcuts: self.tr("&Keyboard shortcuts"),
            self.about: self.tr("&About Frontdesk"),
            self.sort_actions[SortOrder.NEWEST_FIRST]: self.tr("&Newest first"),
            self.sort_actions[SortOrder.OLDEST_FIRST]: self.tr("&Oldest first"),
            self.sort_actions[SortOrder.GUEST_NAME]: self.tr("By &guest name"),
        }
        for action, text in texts.items():
            action.setText(text)
            action.setToolTip(text.replace("&", "").rstrip("…"))
        if hasattr(self, "_menus"):
            titles = {
                "file": self.tr("&File"),
                "conversation": self.tr("&Conversation"),
                "view": self.tr("&View"),
                "help": self.tr("&Help"),
            }
            for name, title in titles.items():
                self._menus[name].setTitle(title)
            self.sort_menu.setTitle(self.tr("S&ort"))

    def shortcut_list(self) -> list[tuple[str, str]]:
        """``(keys, what they do)`` for the shortcuts dialog."""
        rows = [
            ("Up, Down", self.tr("Previous or next conversation")),
            ("Return", self.tr("Open the conversation and reply")),
            ("Ctrl+Return", self.tr("Send the reply")),
        ]
        for action in (
            self.next_conversation,
            self.previous_conversation,
            self.reply,
            self.no_reply_needed,
            self.mark_read,
            self.mark_unread,
            self.add_note,
            self.open_extranet,
            self.search,
            self.sync_now,
            self.shortcuts,
            self.quit,
        ):
            keys = ", ".join(k.toString() for k in action.shortcuts())
            rows.append((keys, action.text().replace("&", "")))
        return rows
