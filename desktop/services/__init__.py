"""Core services: the operations each window calls, over the store and the profile.

A service is plain Python (no Qt): it takes the store, the property profile and an
actor provider, and every operation returns a :class:`desktop.domain.Change` or
domain objects. The UI runs them through its task runner.

=====================  ==========================================================
module                 what it holds
=====================  ==========================================================
``inbox``              :class:`~desktop.services.inbox.InboxService`, the
                       :class:`~desktop.services.inbox.SyncPort` the sync engine
                       implements
``model``              the value types the inbox service returns
``listing``            the conversation list's ids (keyset pages or whole lists), counts
``threads``            one conversation with its messages, notes, outbox and draft
``sending``            the pre-send checks over the store (refusals and warnings)
``templates``          template variables, rendering and lint
``checks``             link allow-list and attachment checks (no store)
``highlight``          accent-insensitive match marking for search results
=====================  ==========================================================
"""
