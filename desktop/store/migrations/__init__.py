"""Alembic scripts of the store. Run through :mod:`desktop.store.migrate`, never directly."""
