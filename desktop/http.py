"""One way to make HTTP clients: the operating system's certificate store and proxies.

Hotel networks often intercept TLS with their own root certificate and route traffic
through a proxy; ``truststore`` makes the OS trust store authoritative and httpx reads
the proxy settings from the environment (``trust_env``).
"""

from __future__ import annotations

import ssl
from typing import Any

import httpx
import truststore

from desktop import __version__

USER_AGENT = f"Frontdesk/{__version__}"


def ssl_context() -> ssl.SSLContext:
    """A TLS client context backed by the operating system's trust store."""
    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def make_http_client(*, timeout: float | httpx.Timeout = 30.0, **kwargs: Any) -> httpx.Client:
    """A synchronous httpx client with the OS trust store, env proxies and our user agent."""
    headers = {"User-Agent": USER_AGENT, **kwargs.pop("headers", {})}
    return httpx.Client(
        verify=ssl_context(), trust_env=True, timeout=timeout, headers=headers, **kwargs
    )
