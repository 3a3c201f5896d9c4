"""Brokers and real worker processes for the async tests."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from matcha.config import get_settings
from tests.conftest import service_missing
from tests.processes import Proc, start_worker

REDIS_URL = os.environ.get("MATCHA_TEST_REDIS_URL", "redis://127.0.0.1:6379/11")
AMQP_URL = os.environ.get("MATCHA_TEST_AMQP_URL", "amqp://guest:guest@127.0.0.1:5672//")


# Every test run keeps its Redis keys under its own prefix: runs sharing a server never mix.
REDIS_PREFIX = f"matcha-test-{uuid.uuid4().hex[:8]}:"


def _clean_redis(url: str) -> None:
    import redis

    client = redis.Redis.from_url(url, socket_connect_timeout=2)
    try:
        client.ping()
    except redis.RedisError as exc:
        service_missing(f"Redis at {url} is not reachable: {exc}")
    keys = client.keys(f"{REDIS_PREFIX}*")
    if keys:
        client.delete(*keys)
    client.close()


def _check_amqp(url: str) -> None:
    from kombu import Connection

    try:
        with Connection(url, connect_timeout=2) as conn:
            conn.ensure_connection(max_retries=1)
            for queue in ("matcha.interactive", "matcha.bulk"):
                conn.default_channel.queue_purge(queue)
    except Exception as exc:
        if "NOT_FOUND" in str(exc):
            return  # queues not declared yet: nothing to purge
        service_missing(f"RabbitMQ at {url} is not reachable: {exc}")


@pytest.fixture(params=["embedded", "redis", "rabbitmq"])
def broker(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[str]:
    """A broker URL, set for this process (the API side) and inherited by workers."""
    if request.param == "redis":
        url = REDIS_URL
        _clean_redis(url)
        monkeypatch.setenv("MATCHA_BROKER_KEY_PREFIX", REDIS_PREFIX)
    elif request.param == "rabbitmq":
        url = AMQP_URL
        _check_amqp(url)
    else:
        url = f"sqla+sqlite:///{tmp_path / 'broker.db'}"
    monkeypatch.setenv("MATCHA_BROKER_URL", url)
    get_settings.cache_clear()
    from matcha.worker import celery_app

    app = celery_app.make_celery()
    monkeypatch.setattr(celery_app, "app", app)
    yield url
    app.close()  # its pooled broker connections
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
