"""Sizes as people write them: `191MB` is 10^6-byte megabytes, `1GiB` 2^30, Docker's `512M` 2^20.

Every figure matcha computes with is MiB (2^20 bytes), as `free -m`, `docker stats` and /proc
report; input sizes keep their unit's real meaning.
"""

from __future__ import annotations

import re

MIB = 2**20

_UNITS: dict[str, int] = {
    "B": 1,
    "K": 2**10,
    "KI": 2**10,
    "KIB": 2**10,
    "KB": 10**3,
    "M": 2**20,
    "MI": 2**20,
    "MIB": 2**20,
    "MB": 10**6,
    "G": 2**30,
    "GI": 2**30,
    "GIB": 2**30,
    "GB": 10**9,
    "T": 2**40,
    "TI": 2**40,
    "TIB": 2**40,
    "TB": 10**12,
}
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?|\.\d+)\s*([A-Za-z]*)\s*$")


class SizeError(ValueError):
    """A size string that cannot be read; the message says what is accepted."""


def parse_size(text: str) -> int:
    """Bytes in a size such as "1GiB", "191MB", "512M" or "128 MB" (units are required)."""
    match = _SIZE.match(text)
    if not match:
        raise SizeError(f"{text!r} is not a size; use a number and a unit, e.g. 191MB or 1GiB")
    number, unit = match.groups()
    if not unit:
        raise SizeError(f"{text!r} has no unit; write e.g. {number}MB (10^6) or {number}MiB (2^20)")
    factor = _UNITS.get(unit.upper())
    if factor is None:
        raise SizeError(
            f"{text!r}: unknown unit {unit!r}; use B, kB/KiB/K, MB/MiB/M, GB/GiB/G or TB/TiB/T"
        )
    return round(float(number) * factor)


def parse_mib(text: str) -> float:
    """A size string in MiB, the unit every plan figure uses."""
    return parse_size(text) / MIB


def parse_named(text: str) -> tuple[str, float]:
    """`name=size` (as in `--other oceaneca-backend=377MB`) as (name, MiB)."""
    name, sep, size = text.partition("=")
    if not sep or not name.strip():
        raise SizeError(f"{text!r}: expected name=size, e.g. oceaneca-backend=377MB")
    return name.strip(), parse_mib(size)
