"""Publishing a committed job's id to the broker, never failing the caller: the DB row rules."""

from __future__ import annotations

import logging

from sqlalchemy import update

from matcha.db import get_sessionmaker, utcnow
from matcha.jobs.models import Job, JobKind
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
    with get_sessionmaker()() as session:
        session.execute(update(Job).where(Job.id == job_id).values(dispatched_at=utcnow()))
        session.commit()
    return True
