"""The `matcha` command's entry point.

Long-running processes (`matcha worker`, `matcha serve`) are replaced at once by CLI-free
modules, so they never carry typer and rich (~3.5 MiB measured), and they start with glibc's
malloc arenas capped (threads otherwise each grow their own). Everything else is the typer CLI.
"""

from __future__ import annotations

import os
import sys

FAST = {"worker": "matcha.worker.main", "serve": "matcha.server"}


def exec_fast(command: str, args: list[str]) -> None:
    """Replace this process with the CLI-free module for `command` ("worker" or "serve")."""
    env = dict(os.environ)
    env.setdefault("MALLOC_ARENA_MAX", "2")
    os.execve(sys.executable, [sys.executable, "-m", FAST[command], *args], env)


def main() -> None:
    args = sys.argv[1:]
    if args and args[0] in FAST:
        exec_fast(args[0], args[1:])
    from matcha.cli.main import app

    app()


if __name__ == "__main__":
    main()
