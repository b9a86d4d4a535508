"""Basic checks of a freedesktop.org .desktop file (for when desktop-file-validate is absent)."""

from __future__ import annotations

import re


def desktop_entry_problems(text: str) -> list[str]:
    """Basic rules of the freedesktop.org Desktop Entry specification."""
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    if not lines or lines[0] != "[Desktop Entry]":
        return ["the first group must be [Desktop Entry]"]
    entry: dict[str, str] = {}
    problems = []
    for line in lines[1:]:
        if line.startswith("["):
            break
        key, sep, value = line.partition("=")
        if not sep or not re.fullmatch(r"[A-Za-z0-9-]+(\[[A-Za-z_@.]+\])?", key.strip()):
            problems.append(f"not a key=value line: {line!r}")
        elif key in entry:
            problems.append(f"duplicate key {key}")
        entry[key.strip()] = value.strip()
    for key in ("Type", "Name", "Exec", "Icon", "Categories"):
        if not entry.get(key):
            problems.append(f"missing {key}")
    if entry.get("Type") != "Application":
        problems.append("Type must be Application")
    if entry.get("Exec", "").split()[:1] != ["frontdesk"]:
        problems.append("Exec must start the frontdesk command")
    if "/" in entry.get("Icon", "") or "." in entry.get("Icon", ""):
        problems.append("Icon must be a theme icon name, without path or extension")
    categories = entry.get("Categories", "")
    if not categories.endswith(";"):
        problems.append("Categories must end with ';'")
    main = {"AudioVideo", "Audio", "Video", "Development", "Education", "Game", "Graphics"}
    main |= {"Network", "Office", "Science", "Settings", "System", "Utility"}
    if not main.intersection(categories.split(";")):
        problems.append("Categories needs a main category")
    if entry.get("Terminal", "false") not in {"true", "false"}:
        problems.append("Terminal must be true or false")
    return problems
