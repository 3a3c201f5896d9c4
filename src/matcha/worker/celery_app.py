"""The Celery application: configuration only. `celery -A matcha.worker.celery_app worker`."""

from __future__ import annotations

from typing import Any

from celery import Celery
from kombu.entity import Exchange, Queue

from matcha.config import get_settings
from matcha.jobs.registry import BULK_QUEUE, INTERACTIVE_QUEUE, JOBS
from matcha.worker.embedded_broker import EMBEDDED_TRANSPORT, is_embedded


def broker_options(url: str) -> dict[str, Any]:
    """Transport options: fast polling for the embedded broker, bounded waits for servers."""
    if is_embedded(url):
        return {"polling_interval": get_settings().broker_poll_seconds}
    if url.startswith(("redis://", "rediss://")):
        return {
            "global_keyprefix": get_settings().broker_key_prefix,
            "visibility_timeout": get_settings().broker_visibility_timeout,
            # A hung Redis must not hang a request: each timed-out attempt costs this long, and
            # a publish that gives up leaves the job queued for the sweeper.
            "socket_connect_timeout": 1,
            "socket_timeout": 1,
            "max_retries": 1,
        }
    return {"max_retries": 1}


def make_celery() -> Celery:
    settings = get_settings()
    url = settings.broker_url
    app = Celery("matcha", include=["matcha.worker.tasks"])
    if is_embedded(url):
        # kombu picks the transport class from `transport`; the URL's part after `sqla+` is the
        # database it stores messages in.
        app.conf.broker_url = url.split("+", 1)[1]
        app.conf.broker_transport = EMBEDDED_TRANSPORT
    else:
        app.conf.broker_url = url
    app.conf.update(
        task_ignore_result=True,  # job state lives in the database, not a result backend
        result_backend=None,
        task_serializer="json",
        accept_content=["json"],
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        # Kept off: cancelling running jobs when the broker connection drops would throw away
        # work. The redelivered copy is harmless: its claim fails while the job runs, and the
        # lease fences out any stale write.
        worker_cancel_long_running_tasks_on_connection_loss=False,
        task_queues=tuple(
            Queue(name, Exchange(name, type="direct"), routing_key=name)
            for name in (INTERACTIVE_QUEUE, BULK_QUEUE)
        ),
        task_default_queue=BULK_QUEUE,
        task_routes={spec.task_name: {"queue": spec.queue} for spec in JOBS.values()},
        broker_transport_options=broker_options(settings.broker_url),
        broker_connection_retry_on_startup=True,
        broker_connection_timeout=2,
        task_publish_retry_policy={
            # Redis: no retry on top of redis-py's reconnect. With a hung Redis each retry cost
            # two socket timeouts (a request took 4 x 10 s); the sweeper publishes what is lost.
            "max_retries": 0 if url.startswith(("redis://", "rediss://")) else 2,
            "interval_start": 0,
            "interval_step": 0.2,
            "interval_max": 0.5,
        },
        worker_hijack_root_logger=False,
        worker_send_task_events=False,
        enable_utc=True,
    )
    return app


app = make_celery()
from matcha.worker import lifecycle as _lifecycle  # noqa: E402,F401  (connects worker signals)
