"""Publishing a committed job's id over Celery, and waking an on-demand worker to take it.
Every process that queues or sweeps jobs plugs this in (`plug()`); it never fails the caller."""

from __future__ import annotations

import logging
import uuid

from matcha.config import get_settings
from matcha.jobs.engine import broker
from matcha.jobs.registry import JOBS

log = logging.getLogger(__name__)


def publish(job_id: uuid.UUID, kind: str) -> bool:
    """Send the job to its queue; False when the broker is unreachable (the job stays queued)."""
    from matcha.worker.celery_app import app  # the broker client, only when something is sent

    spec = JOBS[kind]
    try:
        app.send_task(spec.task_name, args=[str(job_id)], queue=spec.queue)
    except Exception as exc:
        log.warning("could not publish job %s (%s); it stays queued", job_id, exc)
        return False
    wake()
    return True


def wake() -> None:
    """In on-demand mode, make sure some worker is alive to take what was just published."""
    if get_settings().worker_mode != "on-demand":
        return
    from matcha.system.launcher import ensure_worker

    try:
        ensure_worker()
    except Exception:  # the API's sweeper tries again; the job is safe in the database
        log.warning("could not start an on-demand worker", exc_info=True)


def plug() -> None:
    """Make this process publish queued and swept jobs over Celery."""
    broker.plug(publish)
