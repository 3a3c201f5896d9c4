"""The `matcha` command's entry point.

Long-running processes (`matcha worker`, `matcha serve`) are replaced at once by CLI-free
modules (see fast.py). Everything else is the typer CLI.
"""

from __future__ import annotations

import sys

from matcha.fast import FAST, exec_fast


def main() -> None:
    args = sys.argv[1:]
    if args and args[0] in FAST:
        exec_fast(args[0], args[1:])
    from matcha.cli.main import app

    app()


if __name__ == "__main__":
    main()
