"""The inbox window: read, triage and answer guest messages.

==================  ==============================================================
module              what it holds
==================  ==============================================================
``window``          :class:`~ui.inbox.window.InboxWindow`: assembly, the sync
                    engine's ``on_*`` methods, refreshing from a ``Change``
``operations``      no reply needed, read / unread, notes, extranet, sync now
``folders``         folder tree (``folderView``), property selector, unread filter
``list_model``      the lazy conversation model (keyset pages, LRU rows, cells in C++)
``list_cells``      what each column shows (texts, highlights, tooltips)
``list_view``       the conversation list (``conversationList``), match delegate
``thread_view``     the thread (``threadView``): safe resources, thumbnails
``thread_render``   the thread as escaped HTML
``composer_form``   the composer's widgets (``composer``, ``sendButton``...)
``composer``        drafts per conversation, templates, photos, the send flow
``dialogs``         send confirmation, note, shortcuts dialogs and ``Prompts``
``actions``         menus, toolbar, context menu and keyboard shortcuts
``search``          the debounced search field (``searchField``)
``status``          sync state in the status bar, tray icon, ``SyncBridge``
``texts``           translated names of folders, states, topics; times
``palette``         colours derived from the palette (light and dark)
==================  ==============================================================
"""
