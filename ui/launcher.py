"""The ``support-console`` command: the window when started without a command (or
with ``gui``), the Qt-free command line otherwise — so scripts never load Qt."""

from __future__ import annotations

import sys
from collections.abc import Sequence

GUI_COMMANDS = ("gui",)
# Commands that open the GUI straight into one of its windows (ui.views.View).
VIEW_COMMANDS = ("wallboard", "cockpit")


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in GUI_COMMANDS:
        from ui.app import main as gui_main

        return gui_main(args[1:] if args else [])
    if args[0] in VIEW_COMMANDS:
        from ui.app import main as gui_main

        return gui_main(["--view", args[0], *args[1:]])
    from console.cli import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
