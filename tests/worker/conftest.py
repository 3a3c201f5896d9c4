"""Brokers and real worker processes for the async tests."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from matcha.config import get_settings
from tests.conftest import service_missing
from tests.processes import Proc, start_worker

REDIS_URL = os.environ.get("MATCHA_TEST_REDIS_URL", "redis://127.0.0.1:6379/11")


def _clean_redis(url: str) -> None:
    import redis

    client = redis.Redis.from_url(url, socket_connect_timeout=2)
    try:
        client.ping()
    except redis.RedisError as exc:
        service_missing(f"Redis at {url} is not reachable: {exc}")
    keys = client.keys("matcha.*") + client.keys("_kombu.*") + client.keys("unacked*")
    if keys:
        client.delete(*keys)
    client.close()


@pytest.fixture(params=["embedded", "redis"])
def broker(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[str]:
    """A broker URL, set for this process (the API side) and inherited by workers."""
    if request.param == "redis":
        url = REDIS_URL
        _clean_redis(url)
    else:
        url = f"sqla+sqlite:///{tmp_path / 'broker.db'}"
    monkeypatch.setenv("MATCHA_BROKER_URL", url)
    get_settings.cache_clear()
    from matcha.worker import celery_app

    monkeypatch.setattr(celery_app, "app", celery_app.make_celery())
    yield url
    get_settings.cache_clear()


@pytest.fixture
def worker_env() -> dict[str, str]:
    """Extra environment for the worker process; tests may add to it before `worker` starts."""
    return {}


@pytest.fixture
def worker(broker: str, tmp_path: Path, worker_env: dict[str, str]) -> Iterator[Proc]:
    proc = start_worker(tmp_path / "worker.log", worker_env)
    yield proc
    proc.stop()
