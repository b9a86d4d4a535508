"""The main window reception keeps open all day (objectName ``InboxWindow``).

Folder pane | conversation list | thread above the composer, a toolbar with the search
field, and the sync state in the status bar. With ``service=None`` it is the empty
frame (the bootstrap tests, a first run without a database).

Refreshing follows one rule: every operation returns a :class:`~desktop.domain.Change`
and :meth:`InboxWindow._apply_change` refreshes only what it names (the rows, the
open thread, the counts). Changes from elsewhere (the sync engine) arrive through
:meth:`InboxWindow.on_change`, which ignores those the window caused itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QVBoxLayout, QWidget

from desktop.domain import Change
from desktop.errors import KnownError
from desktop.services.first_screen import FirstScreen
from desktop.services.model import InboxCounts, InboxFolder
from ui.about import AboutInfo, show_about
from ui.crash import show_crash
from ui.inbox.actions import InboxActions
from ui.inbox.composer import ComposerPanel, ui_language
from ui.inbox.dialogs import Prompts, ShortcutsDialog
from ui.inbox.folders import FolderPane
from ui.inbox.list_model import ConversationListModel
from ui.inbox.list_view import ConversationListView
from ui.inbox.operations import ConversationOperations
from ui.inbox.search import SearchField
from ui.inbox.status import SyncBridge, SyncStatus, TrayNotifier, app_icon
from ui.inbox.thread_view import AttachmentViewer, LoadedThread, ThreadView, load_thread
from ui.tasks import SyncTaskRunner, TaskRunner, TaskRunnerProtocol
from ui.widgets import named

if TYPE_CHECKING:
    from desktop.services.inbox import InboxService


class InboxWindow(QMainWindow):
    """Read, triage and answer guest messages.

    Args:
        about: What the About dialog shows.
        sandbox: Label the window as the sandbox.
        service: The inbox operations; None shows the empty frame.
        runner: Runs the service off the GUI thread; None creates one (and shuts it
            down on close).
        notifications: Announce new guest messages (setting ``ui.notifications``).
    """

    MARK_READ_DELAY_MS = 1500
    REFRESH_DELAY_MS = 250

    def __init__(
        self,
        about: AboutInfo,
        *,
        sandbox: bool = False,
        service: InboxService | None = None,
        runner: TaskRunnerProtocol | None = None,
        notifications: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("InboxWindow")
        self.setWindowIcon(app_icon())
        self._about = about
        self._sandbox = sandbox
        self._service = service
        self._own_runner = runner is None and service is not None
        self._runner: TaskRunnerProtocol = runner or (
            TaskRunner(self._show_known_error, show_crash) if service else SyncTaskRunner()
        )
        self.prompts = Prompts(self)
        self.url_opener: Callable[[QUrl], object] = QDesktopServices.openUrl
        self._current: str | None = None
        self._thread_generation = 0
        self._announce = False
        self._scroll_before = 0
        self._restoring = False
        self._shortcuts_dialog: ShortcutsDialog | None = None
        self._build_panes()
        self._build_chrome(notifications)
        self._build_timers()
        self._connect()
        self.resize(1280, 800)
        self.retranslate_ui()
        self._start()

    # ------------------------------------------------------------------ construction

    def _build_panes(self) -> None:
        self.folder_pane = FolderPane()
        self.folder_view = self.folder_pane.view
        self.list_model = ConversationListModel(self._runner, self._service, self)
        self.conversation_list = ConversationListView()
        self.conversation_list.setModel(self.list_model)
        self.conversation_list.setup_columns()
        self.thread_view = ThreadView()
        self.composer_panel = ComposerPanel(
            self._runner, self._service, lambda: self.prompts, origin=self
        )
        self.composer = self.composer_panel.editor
        self.send_button = self.composer_panel.send_button
        right = QSplitter(Qt.Orientation.Vertical)
        right.setObjectName("threadSplitter")
        right.addWidget(self.thread_view)
        right.addWidget(self.composer_panel)
        right.setStretchFactor(0, 3)
        right.setSizes([520, 220])
        self.main_split = QSplitter(Qt.Orientation.Horizontal)
        self.main_split.setObjectName("mainSplitter")
        for widget in (self.folder_pane, self.conversation_list, right):
            self.main_split.addWidget(widget)
        self.main_split.setSizes([180, 650, 450])
        self.main_split.setStretchFactor(1, 1)
        self.main_split.setStretchFactor(2, 1)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addWidget(self.main_split)
        self.setCentralWidget(central)

    def _build_chrome(self, notifications: bool) -> None:
        self.search_field = SearchField()
        self.inbox_actions = InboxActions(self)
        self.toolbar = self.addToolBar("")
        self.toolbar.setObjectName("inboxToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.inbox_actions.build_toolbar(self.toolbar, self.search_field)
        menus = self.inbox_actions.build_menus(self.menuBar())
        self.file_menu, self.help_menu = menus["file"], menus["help"]
        self.quit_action, self.about_action = self.inbox_actions.quit, self.inbox_actions.about
        self.sync_status = SyncStatus(self.statusBar(), self)
        self._sandbox_label = named(QLabel(), "sandboxLabel")
        self._sandbox_label.setVisible(self._sandbox)
        self.statusBar().addPermanentWidget(self._sandbox_label)
        self.tray = TrayNotifier(self, notifications=notifications)
        self.sync_bridge = SyncBridge(self)
        self.operations = ConversationOperations(self, self._runner, self._service)

    def _build_timers(self) -> None:
        self._read_timer = QTimer(self)
        self._read_timer.setSingleShot(True)
        self._read_timer.setInterval(self.MARK_READ_DELAY_MS)
        self._read_timer.timeout.connect(lambda: self.operations.mark_read_if_unread())
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(self.REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh_now)

    def _connect(self) -> None:
        a = self.inbox_actions
        pane, view, model = self.folder_pane, self.conversation_list, self.list_model
        pane.folder_selected.connect(self._folder_selected)
        pane.property_selected.connect(lambda pid: self._set_query(property_id=pid))
        pane.unread_only_changed.connect(self._unread_only_changed)
        view.selectionModel().currentRowChanged.connect(self._row_changed)
        view.activated.connect(lambda _index: self.open_current())
        view.context_menu_requested.connect(self._context_menu)
        model.modelAboutToBeReset.connect(self._before_reset)
        model.modelReset.connect(self._after_reset)
        model.load_failed.connect(self._show_known_error_in_status)
        model.query_changed.connect(lambda query: a.set_sort(query.sort))
        self.search_field.search_requested.connect(self._search)
        self.thread_view.url_requested.connect(self.url_opener_call)
        self.thread_view.attachment_requested.connect(self._open_attachment)
        self.composer_panel.sent.connect(self._sent)
        self.composer_panel.drafts_changed.connect(lambda _change: self._refresh_timer.start())
        self.composer_panel.status_message.connect(lambda t: self.statusBar().showMessage(t))
        ops = self.operations
        ops.changed.connect(self._apply_change)
        ops.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        a.sync_now.triggered.connect(ops.sync_now)
        a.quit.triggered.connect(self.close)
        a.about.triggered.connect(lambda: show_about(self._about, self))
        a.no_reply_needed.triggered.connect(ops.set_no_reply_needed)
        a.mark_read.triggered.connect(ops.mark_read)
        a.mark_unread.triggered.connect(ops.mark_unread)
        a.add_note.triggered.connect(ops.add_note)
        a.open_extranet.triggered.connect(ops.open_extranet)
        a.reply.triggered.connect(self.composer.setFocus)
        a.next_conversation.triggered.connect(lambda: self.move_selection(1))
        a.previous_conversation.triggered.connect(lambda: self.move_selection(-1))
        a.search.triggered.connect(self._focus_search)
        a.unread_only.toggled.connect(pane.unread_only.setChecked)
        a.shortcuts.triggered.connect(self.show_shortcuts)
        for order, action in a.sort_actions.items():
            action.triggered.connect(lambda _=False, o=order: self._set_query(sort=o))
        bridge = self.sync_bridge
        bridge.started.connect(self.on_sync_started)
        bridge.progress.connect(self.on_sync_progress)
        bridge.finished.connect(self.on_sync_finished)
        bridge.failed.connect(self.on_sync_failed)
        bridge.changed.connect(self.on_change)

    def _start(self) -> None:
        self.thread_view.show_placeholder(self._placeholder_text())
        if self._service is None:
            return
        self.folder_pane.set_properties(self._service.properties())
        # The counts (a dozen queries) wait until the first rows are in: the worker
        # runs one task at a time, and the list is what reception needs first.
        self.list_model.first_rows.connect(
            lambda: QTimer.singleShot(0, self, self._refresh_counts),
            Qt.ConnectionType.SingleShotConnection,
        )
        if self.list_model.rowCount():
            self.list_model.attach(self._runner, self._service)  # the first screen stays
        else:
            self.folder_pane.select_folder(InboxFolder.NEEDS_REPLY)

    def show_first_screen(self, screen: FirstScreen) -> None:
        """Rows read before the store is open (start-up), until :meth:`attach`.

        The list can be scrolled and read; the panes that need the service wait.
        """
        self.folder_pane.set_properties(list(screen.properties))
        self.folder_pane.select_folder(screen.query.folder)
        self.list_model.preload(screen.page, screen.rows)
        self._set_waiting(True)
        self.statusBar().showMessage(self.tr("Opening the inbox…"))

    def attach(
        self, service: InboxService, runner: TaskRunnerProtocol, about: AboutInfo | None = None
    ) -> None:
        """Give the window shown at start-up its service; it lists and refreshes from now."""
        if self._service is not None:
            raise RuntimeError("the inbox window already has its service")
        if self._own_runner:
            self._runner.shutdown()
        self._service, self._runner, self._own_runner = service, runner, False
        self._about = about or self._about
        self.composer_panel.attach(runner, service)
        self.operations.attach(runner, service)
        self._set_waiting(False)
        self.statusBar().clearMessage()
        self._start()
        current, self._current = self._current, None
        if current is not None:
            self.show_conversation(current)

    def _set_waiting(self, waiting: bool) -> None:
        for pane in (self.folder_pane, self.search_field, self.composer_panel):
            pane.setEnabled(not waiting)

    # ------------------------------------------------------------------ the sync engine's API

    def on_sync_started(self) -> None:
        self.sync_status.started()

    def on_sync_progress(self, done: int, total: int | None) -> None:
        """Conversations done of ``total`` (None while the total is not known)."""
        self.sync_status.progressed(done, total)

    def on_sync_finished(self, summary_text: object, at: datetime) -> None:
        """A text for the status bar, or the engine's ``SyncSummary`` (shown translated)."""
        self.sync_status.finished(summary_text, at)

    def on_sync_failed(self, error: KnownError) -> None:
        self.sync_status.failed(error)

    def on_change(self, change: Change) -> None:
        """A change made elsewhere (sync, another window); our own are already shown."""
        if change.origin is self:
            return
        self._apply_change(change, external=True)

    # ------------------------------------------------------------------ list and query

    @property
    def current_conversation_id(self) -> str | None:
        return self._current

    def _set_query(self, **changes: object) -> None:
        self.list_model.set_query(replace(self.list_model.query, **changes))  # type: ignore[arg-type]
        if "property_id" in changes:
            self._refresh_counts()

    def _folder_selected(self, folder: InboxFolder) -> None:
        if self.search_field.text():
            self.search_field.blockSignals(True)
            self.search_field.clear()
            self.search_field.blockSignals(False)
        self._set_query(folder=folder, search="")

    def _unread_only_changed(self, value: bool) -> None:
        self.inbox_actions.unread_only.setChecked(value)
        self._set_query(unread_only=value)

    def _search(self, text: str) -> None:
        self._set_query(search=text)

    def _focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._restoring:
            return
        cid = self.list_model.conversation_id(current.row()) if current.isValid() else None
        if cid is not None:
            self.show_conversation(cid)

    def _before_reset(self) -> None:
        self._scroll_before = self.conversation_list.verticalScrollBar().value()

    def _after_reset(self) -> None:
        row = self.list_model.row_of(self._current) if self._current else None
        if row is not None:
            self._restoring = True
            try:
                self.conversation_list.setCurrentIndex(self.list_model.index(row, 0))
            finally:
                self._restoring = False
        position = self._scroll_before
        QTimer.singleShot(0, lambda: self.conversation_list.verticalScrollBar().setValue(position))

    def move_selection(self, step: int) -> None:
        """The next (``step`` 1) or previous (-1) conversation of the list."""
        current = self.conversation_list.currentIndex()
        row = current.row() + step if current.isValid() else 0
        self.conversation_list.select_row(max(0, row))

    def _context_menu(self, position: QPoint) -> None:
        menu = self.inbox_actions.context_menu(self)
        menu.popup(self.conversation_list.viewport().mapToGlobal(position))

    # ------------------------------------------------------------------ the thread

    def show_conversation(self, conversation_id: str | None) -> None:
        """Show a conversation (its draft in the composer); never reloads the same one."""
        if conversation_id == self._current:
            return
        self._current = conversation_id
        self._read_timer.stop()
        self.composer_panel.set_conversation(conversation_id)
        row = self.list_model.cached_row(conversation_id) if conversation_id else None
        self.inbox_actions.set_conversation(row.conversation if row else None)
        if conversation_id is None:
            self.thread_view.show_placeholder(self._placeholder_text())
            return
        self._load_thread(conversation_id)
        self._read_timer.start()

    def open_current(self) -> None:
        """Enter on the list: mark the conversation read and start replying."""
        if self._current is None:
            return
        self.operations.mark_read_if_unread()
        self.composer.setFocus(Qt.FocusReason.OtherFocusReason)

    def _load_thread(self, conversation_id: str) -> None:
        service = self._service
        if service is None:
            return
        self._thread_generation += 1
        generation, language = self._thread_generation, ui_language()
        spec = self.thread_view.render_spec(conversation_id, self.list_model.terms)
        self._runner.run_db(
            lambda: load_thread(service, conversation_id, language, spec),
            lambda loaded: self._thread_loaded(generation, conversation_id, loaded),
            self._show_known_error_in_status,
        )

    def _thread_loaded(self, generation: int, cid: str, loaded: LoadedThread | None) -> None:
        if generation != self._thread_generation or cid != self._current:
            return
        if loaded is None:
            self.thread_view.show_placeholder(self.tr("This conversation no longer exists."))
            return
        self.thread_view.show_thread(loaded, self.list_model.terms)
        self.composer_panel.set_thread(loaded)
        self.inbox_actions.set_conversation(loaded.data.conversation)

    def _open_attachment(self, attachment_id: str) -> None:
        loaded = self.thread_view.loaded
        found = loaded.data.attachments.get(attachment_id) if loaded else None
        if found is None or not found.local_path:
            return
        viewer = AttachmentViewer(found.local_path, found.file_name or attachment_id, self)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.show()

    def url_opener_call(self, url: QUrl) -> None:
        self.url_opener(url)

    def stop_mark_read_timer(self) -> None:
        self._read_timer.stop()

    def _sent(self, change: Change) -> None:
        self._apply_change(change)
        self.statusBar().showMessage(
            self.tr("Queued in the outbox; it is sent at the next sync."), 6000
        )

    def show_shortcuts(self) -> ShortcutsDialog:
        if self._shortcuts_dialog is None:
            self._shortcuts_dialog = ShortcutsDialog(self.inbox_actions.shortcut_list(), self)
        self._shortcuts_dialog.set_shortcuts(self.inbox_actions.shortcut_list())
        self._shortcuts_dialog.show()
        self._shortcuts_dialog.raise_()
        return self._shortcuts_dialog

    # ------------------------------------------------------------------ refreshing

    def _apply_change(self, change: Change, *, external: bool = False) -> None:
        if not change or self._service is None:
            return
        if change.settings:  # sync may have learnt properties (names, time zones)
            self.folder_pane.set_properties(self._service.properties())
        self.list_model.invalidate(change.conversations)
        if self._current is not None and self._current in change.conversations:
            self._load_thread(self._current)
        if external:
            self._announce = True
            self._refresh_timer.start()
        else:
            self.refresh_now()

    def refresh_now(self) -> None:
        """Re-read the list (keeping the selection) and the folder counts."""
        self._refresh_timer.stop()
        self.list_model.reload()
        self._refresh_counts()

    def _refresh_counts(self) -> None:
        service = self._service
        if service is None:
            return
        pid = self.list_model.query.property_id
        self._runner.run_db(
            lambda: service.counts(pid), self._counts_arrived, self._show_known_error_in_status
        )

    def _counts_arrived(self, counts: InboxCounts) -> None:
        self.folder_pane.model.set_counts(counts)
        self.tray.update_unread(counts.unread, announce=self._announce)
        self._announce = False

    # ------------------------------------------------------------------ errors, texts, closing

    def _show_known_error(self, error: KnownError) -> None:
        self.prompts.known_error(error)

    def _show_known_error_in_status(self, error: KnownError) -> None:
        self.statusBar().showMessage(error.one_line(), 10000)

    def _placeholder_text(self) -> str:
        if self._service is None:
            return self.tr("No mailbox is open.")
        return self.tr("Select a conversation to read it.")

    def retranslate_ui(self) -> None:
        title = self.tr("Frontdesk — Booking.com messages")
        if self._sandbox:
            title += " " + self.tr("[sandbox]")
        self.setWindowTitle(title)
        self._sandbox_label.setText(self.tr("SANDBOX — sample data, nothing is sent"))
        self.toolbar.setWindowTitle(self.tr("Actions"))
        self.inbox_actions.retranslate_ui()
        self.list_model.retranslate()
        names = {
            self.folder_view: self.tr("Folders"),
            self.conversation_list: self.tr("Conversations"),
            self.thread_view: self.tr("Conversation"),
            self.composer: self.tr("Reply"),
            self.send_button: self.tr("Send"),
            self._sandbox_label: self.tr("Sandbox mode"),
        }
        for widget, name in names.items():
            widget.setAccessibleName(name)
        if self.thread_view.loaded is None:
            self.thread_view.show_placeholder(self._placeholder_text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save the draft being typed (synchronously), then close."""
        try:
            self.composer_panel.flush_now()
        except KnownError as error:  # e.g. disk full: keep the window (and the text) open
            self._show_known_error(error)
            event.ignore()
            return
        self._read_timer.stop()
        self._refresh_timer.stop()
        self.tray.hide()
        if self._own_runner:
            self._runner.shutdown()
            self._own_runner = False
        super().closeEvent(event)
