"""The main window reception keeps open all day (objectName ``InboxWindow``).

This is the frame: menus, the folder pane, the conversation list, the thread and the
composer, with their stable object names. The inbox issue fills them with models.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ui.about import AboutInfo, show_about
from ui.widgets import named


class InboxWindow(QMainWindow):
    """Folder pane | conversation list | thread above the composer."""

    def __init__(self, about: AboutInfo, *, sandbox: bool = False) -> None:
        super().__init__()
        self.setObjectName("InboxWindow")
        self._about = about
        self._sandbox = sandbox
        self._build_panes()
        self._build_actions()
        self._sandbox_label = QLabel()
        self._sandbox_label.setObjectName("sandboxLabel")
        self._sandbox_label.setVisible(sandbox)
        self._sandbox_label.setStyleSheet(
            "QLabel { background: #f5c542; color: #000; padding: 2px 8px; font-weight: bold; }"
        )
        self.statusBar().addPermanentWidget(self._sandbox_label)
        self.resize(1200, 760)
        self.retranslate_ui()

    def _build_panes(self) -> None:
        self.folder_view = named(QTreeView(), "folderView")
        self.folder_view.setHeaderHidden(True)
        self.conversation_list = named(QTableView(), "conversationList")
        self.conversation_list.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.thread_view = named(QTextBrowser(), "threadView")
        self.thread_view.setOpenLinks(False)
        self.composer = named(QPlainTextEdit(), "composer")
        self.send_button = named(QPushButton(), "sendButton")
        self.send_button.setEnabled(False)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        thread_split = QSplitter(Qt.Orientation.Vertical)
        thread_split.addWidget(self.thread_view)
        composer_box = QWidget()
        composer_layout = QVBoxLayout(composer_box)
        composer_layout.setContentsMargins(0, 0, 0, 0)
        composer_layout.addWidget(self.composer)
        composer_layout.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignRight)
        thread_split.addWidget(composer_box)
        thread_split.setStretchFactor(0, 3)
        right_layout.addWidget(thread_split)

        main_split = QSplitter(Qt.Orientation.Horizontal)
        main_split.addWidget(self.folder_view)
        main_split.addWidget(self.conversation_list)
        main_split.addWidget(right)
        main_split.setSizes([200, 460, 540])
        self.setCentralWidget(main_split)

    def _build_actions(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)
        self.help_menu = self.menuBar().addMenu("")
        self.about_action = QAction(self)
        self.about_action.triggered.connect(lambda: show_about(self._about, self))
        self.help_menu.addAction(self.about_action)

    def retranslate_ui(self) -> None:
        title = self.tr("Frontdesk — Booking.com messages")
        if self._sandbox:
            title += " " + self.tr("[sandbox]")
        self.setWindowTitle(title)
        self._sandbox_label.setText(self.tr("SANDBOX — sample data, nothing is sent"))
        self.file_menu.setTitle(self.tr("&File"))
        self.quit_action.setText(self.tr("&Quit"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Frontdesk"))
        self.send_button.setText(self.tr("Send"))
        names = {
            self.folder_view: self.tr("Folders"),
            self.conversation_list: self.tr("Conversations"),
            self.thread_view: self.tr("Conversation"),
            self.composer: self.tr("Reply"),
            self.send_button: self.tr("Send"),
        }
        for widget, name in names.items():
            widget.setAccessibleName(name)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
