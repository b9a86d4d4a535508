"""Headless commands: ``python -m desktop ...`` or ``frontdesk <command> ...``.

Exit codes: 0 success; 1 failure, with a one-line reason on stderr; 2 usage error.
Every command accepts ``--data-dir DIR`` and ``--property-profile FILE``. Secrets are
read from a prompt or standard input, never from the command line.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import __version__, logs, paths
from desktop.errors import KnownError

if TYPE_CHECKING:  # the profile (pydantic) loads when a command runs, not for --help
    from desktop.settings.profile import PropertyProfile

log = logging.getLogger(__name__)

#: The subcommands handled here; ``ui.main`` hands these over without starting Qt.
COMMANDS = ("doctor", "credentials", "sync", "sandbox", "articles")
#: ``frontdesk --qt-probe``: what ``doctor`` runs to see whether Qt can start here.
QT_PROBE_FLAG = "--qt-probe"


@dataclass(frozen=True, slots=True)
class Context:
    """What every command needs: the data folder and the property profile, if any."""

    paths: paths.DataPaths
    profile: PropertyProfile | None

    @property
    def profile_id(self) -> str:
        return self.profile.profile.id if self.profile else "default"


def common_options() -> argparse.ArgumentParser:
    """Options every command (and the GUI) accepts."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", help="data folder (or FRONTDESK_HOME)")
    common.add_argument(
        "--property-profile", metavar="FILE", type=Path, help="property profile (TOML)"
    )
    return common


def make_context(args: argparse.Namespace) -> Context:
    """Resolve the data folder, start logging there, and load the profile named."""
    from desktop.settings.profile import apply_bundled_profile, bundled_profile, load_profile

    data = paths.resolve(args.data_dir)
    logs.configure(data.logs)
    apply_bundled_profile(bundled_profile(), data.profile_file)
    profile_path: Path | None = args.property_profile
    if profile_path is None and data.profile_file.exists():
        profile_path = data.profile_file
    profile = load_profile(profile_path) if profile_path else None
    return Context(paths=data, profile=profile)


def build_parser() -> argparse.ArgumentParser:
    common = common_options()
    parser = argparse.ArgumentParser(
        prog="frontdesk", description="Frontdesk headless commands.", parents=[common]
    )
    parser.add_argument("--version", action="version", version=f"frontdesk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    from desktop import cli_commands

    cli_commands.register(sub, common)
    return parser


Handler = Callable[[argparse.Namespace, Context], int]


def main(argv: Sequence[str] | None = None) -> int:
    """Run one headless command and return its exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler = args.handler
    try:
        return handler(args, make_context(args))
    except KnownError as exc:
        log.warning("command %s failed: %s", args.command, exc.code)
        print(f"frontdesk: {exc.one_line()}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("frontdesk: interrupted", file=sys.stderr)
        return 1
