"""The sandbox: a local server that speaks the Messaging API over a seeded sample world.

A labelled product mode, not a test fake: it serves the demo (``frontdesk --sandbox``,
``frontdesk sandbox serve``) and the integration tests. See ``docs/sandbox.md``.

- :class:`SandboxServer` runs it in a background thread (``start()`` -> :class:`SandboxInfo`,
  ``stop()``, or a ``with`` block);
- :func:`serve` runs it in the foreground and prints its description as the first line;
- :func:`create_app` gives the ASGI app, with a mount point for the support gateway.
"""

from desktop.sandbox.app import GATEWAY_PREFIX, create_app
from desktop.sandbox.faults import FaultSpecError, parse_faults
from desktop.sandbox.server import SandboxInfo, SandboxServer, serve
from desktop.sandbox.tokens import Account

__all__ = [
    "GATEWAY_PREFIX",
    "Account",
    "FaultSpecError",
    "SandboxInfo",
    "SandboxServer",
    "create_app",
    "parse_faults",
    "serve",
]
