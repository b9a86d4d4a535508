"""The ``frontdesk`` command: the GUI, or a headless command handed to ``desktop.cli``.

Headless commands (``doctor``, ``credentials``, ``sandbox``, ...) never import Qt, so
they work on a server with no display libraries.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from desktop import __version__
from desktop.cli import QT_PROBE_FLAG

_VALUE_OPTIONS = {"--data-dir", "--property-profile", "--lang"}


def first_command(argv: Sequence[str]) -> str | None:
    """The first positional argument, skipping the values of options that take one."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg in _VALUE_OPTIONS:
            skip = True
        elif not arg.startswith("-"):
            return arg
    return None


def gui_parser() -> argparse.ArgumentParser:
    from desktop.cli import COMMANDS, common_options

    parser = argparse.ArgumentParser(
        prog="frontdesk",
        parents=[common_options()],
        description="Booking.com messages for the reception desk.",
        epilog=f"Headless commands: {', '.join(COMMANDS)} (frontdesk COMMAND --help).",
    )
    parser.add_argument("--version", action="version", version=f"frontdesk {__version__}")
    parser.add_argument("--sandbox", action="store_true", help="run on the embedded sandbox")
    parser.add_argument("--fresh", action="store_true", help="reset the sandbox data first")
    parser.add_argument("--smoke", action="store_true", help="open each screen, then exit")
    parser.add_argument("--lang", choices=("auto", "fr", "en"), help="interface language")
    return parser


def qt_probe() -> int:
    """Used by ``frontdesk doctor``: can Qt start a GUI application here?"""
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    print(f"{app.platformName()} (Qt {__import__('PySide6').__version__})")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == [QT_PROBE_FLAG]:
        return qt_probe()
    from desktop.cli import COMMANDS

    if first_command(args) in COMMANDS:
        from desktop.cli import main as cli_main

        return cli_main(args)
    options = gui_parser().parse_args(args)
    if (options.fresh or options.smoke) and not options.sandbox:
        gui_parser().error("--fresh and --smoke need --sandbox")
    from ui.app import GuiOptions, run

    return run(
        GuiOptions(
            data_dir=options.data_dir,
            property_profile=options.property_profile,
            sandbox=options.sandbox,
            fresh=options.fresh,
            smoke=options.smoke,
            language=options.lang,
        )
    )
