"""Celery tasks, one per job in the registry, named `matcha.<kind>`: each calls the shared runner
with the job's id. The message carries only the job id; everything else is read from the
database."""

from __future__ import annotations

import uuid

from celery import Task

from matcha.jobs.engine.runner import execute
from matcha.jobs.registry import SPECS
from matcha.worker import publish
from matcha.worker.celery_app import app


def run_job(job_id: str) -> None:
    """What every job's task does: run the job row through the shared runner."""
    execute(uuid.UUID(job_id))


TASKS: dict[str, Task] = {spec.kind: app.task(name=spec.task_name)(run_job) for spec in SPECS}
publish.plug()  # a worker's sweeps re-publish jobs
