"""Frontdesk's benchmarks and performance floors.

Run them all with one command (see ``docs/benchmarks.md``)::

    .venv/bin/python -m benchmarks run [--size small|full] [--only NAME] [--out results.json]

``--size full`` generates (once, then caches) the large profile: 5 properties, 100,000
conversations, 1,000,000 messages in six languages, 1,000 help articles, 50,000
support cases and 50,000 audit events. ``--size small`` runs every measurement on a
small profile in well under a minute: CI uses it to prove the harness works; the
floors are only meaningful at full size.
"""
