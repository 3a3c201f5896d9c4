"""Publishing a committed job's id to the broker, never failing the caller: the DB row rules."""

from __future__ import annotations

import logging

from matcha.jobs.engine.models import JobKind
from matcha.jobs.registry import JOBS

log = logging.getLogger(__name__)


def publish(job_id: object, kind: str) -> bool:
    """Send the job to its queue; False when the broker is unreachable (the job stays queued)."""
    from matcha.worker.celery_app import app  # the broker client, only when something is sent

    spec = JOBS[JobKind(kind)]
    try:
        app.send_task(spec.task_name, args=[str(job_id)], queue=spec.queue)
    except Exception as exc:
        log.warning("could not publish job %s (%s); it stays queued", job_id, exc)
        return False
    wake()
    return True


def wake() -> None:
    """In on-demand mode, make sure some worker is alive to take what was just published."""
    from matcha.config import get_settings

    if get_settings().worker_mode != "on-demand":
        return
    from matcha.system.launcher import ensure_worker

    try:
        ensure_worker()
    except Exception:  # the API's sweeper tries again; the job is safe in the database
        log.warning("could not start an on-demand worker", exc_info=True)
