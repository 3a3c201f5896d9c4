"""A database pool of two connections and a few request threads: enough to starve the pool if a
request could hold a connection while it waits for a thread (issue 12, defect 1)."""

from __future__ import annotations

from collections.abc import Iterator

import anyio
import pytest

from matcha import db

POOL = {"MATCHA_DB_POOL_SIZE": "2", "MATCHA_DB_MAX_OVERFLOW": "0", "MATCHA_DB_POOL_TIMEOUT": "10"}


@pytest.fixture
def small_pool(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The engine of this test has two connections and no overflow."""
    for name, value in POOL.items():
        monkeypatch.setenv(name, value)
    db.reset_caches()
    yield
    for name in POOL:
        monkeypatch.delenv(name)
    db.reset_caches()


def request_threads(total: int) -> None:
    """Runs on the app's event loop: its request threads (anyio's default limiter)."""
    anyio.to_thread.current_default_thread_limiter().total_tokens = total
