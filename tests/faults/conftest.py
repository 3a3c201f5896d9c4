"""Fault tests: real processes on loopback (a private redis-server, matcha workers, the test DB).

Timings are compressed so each case is quick: lease 2 s (renewed every 0.67 s), sweep every
0.5 s, a queued job is published again after 1.5 s unclaimed.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from matcha.config import get_settings
from tests.conftest import service_missing
from tests.faults.support import KEY_PREFIX, Faults, RedisServer

FAULT_ENV = {
    "MATCHA_JOB_LEASE_SECONDS": "2",
    "MATCHA_SWEEP_INTERVAL": "0.5",
    "MATCHA_SWEEP_STALE_AFTER": "1.5",
    "MATCHA_JOB_MAX_ATTEMPTS": "3",
    "MATCHA_WORKER_MODE": "always-on",
    "MATCHA_WORKER_CONCURRENCY": "4",
    "MATCHA_BROKER_KEY_PREFIX": KEY_PREFIX,
}


@pytest.fixture
def redis_server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[RedisServer]:
    """A private redis-server (never the shared one on 6379); `param=True` turns AOF on."""
    if shutil.which("redis-server") is None:
        service_missing("redis-server is not on PATH")
    server = RedisServer(tmp_path / "redis", aof=bool(getattr(request, "param", False)))
    try:
        server.start()
        yield server
    finally:
        server.kill()


@pytest.fixture
def fault_settings() -> dict[str, str]:
    """Extra settings for this test (tests override this fixture or add to it)."""
    return {}


@pytest.fixture
def faults(
    redis_server: RedisServer, tmp_path: Path, fault_settings: dict[str, str]
) -> Iterator[Faults]:
    """The test's world; settings go to os.environ, so this process and its workers agree."""
    from matcha.worker import celery_app

    env = {**FAULT_ENV, "MATCHA_BROKER_URL": redis_server.url, **fault_settings}
    world = Faults(tmp_path, redis_server, tmp_path / "calls.jsonl")
    with pytest.MonkeyPatch.context() as mp:
        for name, value in env.items():
            mp.setenv(name, value)
        get_settings.cache_clear()
        app = celery_app.make_celery()  # as tests/worker/conftest.py: the API side's client
        mp.setattr(celery_app, "app", app)
        try:
            yield world
        finally:
            world.stop_all()
            app.close()
    get_settings.cache_clear()


@pytest.fixture
def postgres_only() -> None:
    if not os.environ.get("DATABASE_URL", "").startswith("postgresql"):
        pytest.skip("needs PostgreSQL: run with MATCHA_TEST_DB=postgres")
