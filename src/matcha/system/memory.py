"""Resident memory of processes, read from /proc (no dependency); 0 where /proc is missing."""

from __future__ import annotations

import os
from pathlib import Path

PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def rss_bytes(pid: int | None = None) -> int:
    """RSS of one process in bytes."""
    try:
        fields = Path(f"/proc/{pid or os.getpid()}/statm").read_text().split()
    except OSError:
        return 0
    return int(fields[1]) * PAGE


def children(pid: int) -> list[int]:
    """Direct and indirect children of `pid` (Linux only)."""
    found: list[int] = []
    frontier = [pid]
    while frontier:
        parent = frontier.pop()
        try:
            kids = Path(f"/proc/{parent}/task/{parent}/children").read_text().split()
        except OSError:
            continue
        found.extend(int(k) for k in kids)
        frontier.extend(int(k) for k in kids)
    return found


def tree_rss_bytes(pid: int | None = None) -> int:
    """RSS summed over a process and all its descendants."""
    root = pid or os.getpid()
    return sum(rss_bytes(p) for p in [root, *children(root)])
