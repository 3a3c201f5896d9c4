"""The CLI-free modules that long-running commands (`matcha worker`, `matcha serve`) become.

They never carry typer and rich (~3.5 MiB measured), and they start with glibc's malloc arenas
capped (threads otherwise each grow their own).
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
