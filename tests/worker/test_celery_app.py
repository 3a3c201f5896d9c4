"""The Celery app's configuration: broker URLs as the user's setup named them, separate queues."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from matcha.config import get_settings
from matcha.jobs.registry import BULK_QUEUE, INTERACTIVE_QUEUE, JOBS, JobKind
from matcha.worker.celery_app import broker_options, make_celery


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    for name in ("MATCHA_BROKER_URL", "CELERY_BROKER_URL", "REDIS_URL"):
        monkeypatch.delenv(name, raising=False)
    get_settings.cache_clear()
    yield monkeypatch
    get_settings.cache_clear()


@pytest.mark.parametrize("name", ["MATCHA_BROKER_URL", "CELERY_BROKER_URL", "REDIS_URL"])
def test_every_broker_variable_the_user_had_is_honoured(
    clean_env: pytest.MonkeyPatch, name: str
) -> None:
    clean_env.setenv(name, "redis://broker.example:6379/3")
    get_settings.cache_clear()
    app = make_celery()
    assert app.conf.broker_url == "redis://broker.example:6379/3"
    app.close()


def test_matcha_broker_url_wins_over_the_others(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("REDIS_URL", "redis://other:6379/0")
    clean_env.setenv("MATCHA_BROKER_URL", "amqp://guest:guest@rabbit:5672//")
    get_settings.cache_clear()
    assert get_settings().broker_url.startswith("amqp://")


def test_the_embedded_broker_is_a_sqlite_file_behind_matchas_transport(
    clean_env: pytest.MonkeyPatch,
) -> None:
    app = make_celery()
    assert app.conf.broker_transport == "matcha.worker.embedded_broker:Transport"
    assert app.conf.broker_url.startswith("sqlite:///")
    assert "polling_interval" in broker_options(get_settings().broker_url)
    app.close()


def test_interview_analysis_never_waits_behind_bulk_matching() -> None:
    app = make_celery()
    queues = {q.name: q for q in app.conf.task_queues}
    assert queues[INTERACTIVE_QUEUE].routing_key != queues[BULK_QUEUE].routing_key
    assert queues[INTERACTIVE_QUEUE].exchange.name != queues[BULK_QUEUE].exchange.name
    routes = app.conf.task_routes
    assert routes[JOBS[JobKind.analyze_interview].task_name]["queue"] == INTERACTIVE_QUEUE
    assert routes[JOBS[JobKind.match_company].task_name]["queue"] == BULK_QUEUE
    assert app.conf.task_acks_late and app.conf.task_reject_on_worker_lost
    assert app.conf.worker_prefetch_multiplier == 1
    app.close()
