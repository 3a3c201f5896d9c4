"""Helpers the routers share to answer for jobs."""

from __future__ import annotations

from fastapi import Response

from matcha.jobs.engine.models import Job
from matcha.jobs.engine.schemas import JobAccepted, JobPublic


def accepted(job: Job, created: bool, response: Response) -> JobAccepted:
    """202 body plus the `Location` of the job to poll."""
    response.headers["Location"] = f"/api/jobs/{job.id}"
    return JobAccepted(
        job_id=job.id,
        task_id=job.id,
        status=job.status,
        kind=job.kind,
        subject_id=job.subject_id,
        created=created,
        job=JobPublic.of(job),
    )
