"""Frontdesk core: plain Python, no Qt. See ``desktop.cli`` for the headless commands."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("frontdesk-inbox")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
