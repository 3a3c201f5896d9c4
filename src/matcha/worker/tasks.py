"""Celery tasks: each opens nothing itself and calls the shared runner with the job's id.

The message carries only the job id; everything else is read from the database.
"""

from __future__ import annotations

import uuid

from matcha.jobs.runner import execute
from matcha.worker.celery_app import app


@app.task(name="matcha.analyze_interview")
def analyze_interview(job_id: str) -> None:
    execute(uuid.UUID(job_id))


@app.task(name="matcha.aggregate_culture")
def aggregate_culture(job_id: str) -> None:
    execute(uuid.UUID(job_id))


@app.task(name="matcha.match_company")
def match_company(job_id: str) -> None:
    execute(uuid.UUID(job_id))


@app.task(name="matcha.match_position")
def match_position(job_id: str) -> None:
    execute(uuid.UUID(job_id))


@app.task(name="matcha.import_csv")
def import_csv(job_id: str) -> None:
    execute(uuid.UUID(job_id))
