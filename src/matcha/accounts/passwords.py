"""Password hashing with Argon2id, sized for a small box.

pwdlib's recommended hasher uses 64 MiB per hash; on a 1 GB box with ~191 MB free a few
concurrent logins would swap. These are OWASP's minimum Argon2id parameters (19 MiB, 2 passes,
1 lane), which bench/README.md measures. A hash records its parameters, so they can be raised
later and old hashes still verify (and are rehashed on the next login).
"""

from __future__ import annotations

import contextlib
import ctypes
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pwdlib import PasswordHash

MIN_PASSWORD = 8
MAX_PASSWORD = 256


@lru_cache
def hasher() -> PasswordHash:
    """Imported on first use: an API that nobody logs in to doesn't carry argon2 (~4 MiB)."""
    from pwdlib import PasswordHash
    from pwdlib.hashers.argon2 import Argon2Hasher

    _keep_big_blocks_out_of_the_heap()
    return PasswordHash((Argon2Hasher(memory_cost=19 * 1024, time_cost=2, parallelism=1),))


M_MMAP_THRESHOLD = -3  # glibc's mallopt parameter


def _keep_big_blocks_out_of_the_heap() -> None:
    """Argon2 allocates 19 MiB per hash. glibc then raises its mmap threshold to that size, and
    later hashes come from the heap, which keeps them: +38 MiB of RSS after a few dozen logins
    (bench/login_timing.py). A fixed threshold keeps such blocks in mmap, returned on free: RSS
    stays within 1 MiB, for about 15 ms more per login. Other C libraries: nothing to do."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").mallopt(M_MMAP_THRESHOLD, 128 * 1024)


def hash_password(password: str) -> str:
    return hasher().hash(password)


@lru_cache
def _decoy() -> str:
    return hash_password("matcha: a password nobody has")


def verify(password: str, hashed: str | None) -> tuple[bool, str | None]:
    """(matches, a new hash if the stored one uses old parameters). With no stored hash this
    still does a full verification against a decoy, so an unknown user takes as long to
    refuse as a wrong password."""
    if hashed is None:
        hasher().verify(password, _decoy())
        return False, None
    return hasher().verify_and_update(password, hashed)
