"""Frontdesk core: plain Python, no Qt. See ``desktop.cli`` for the headless commands."""

#: The one place the version is written; ``pyproject.toml`` reads it from here
#: (reading the installed package's metadata instead costs ~25 ms at every start).
__version__ = "0.1.0"
