"""A job's history as people read it: what it is about, whether a later job settled a failure,
and why a failure was not retried.

A failed job is *superseded* once a later job of the same kind and subject exists (a retry, or
the same request made again), and *resolved* once such a later job succeeded. Only failures
that nothing superseded are "failed and stuck"; only they can be retried.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Select, exists, select
from sqlalchemy.orm import Session, aliased

from matcha.companies.models import Company
from matcha.imports.models import ImportFile
from matcha.interviews.models import Interview
from matcha.jobs.engine.models import Job, JobStatus
from matcha.jobs.registry import JOBS
from matcha.positions.models import Position

# Why a failure was not retried, by error code; a code not named here reads as itself.
NO_RETRY_REASONS = {
    "not_configured": "configuration error",
    "auth_failed": "configuration error",
    "bad_request": "the provider refused the request",
    "budget_exceeded": "daily budget used up",
    "invalid_output": "the model's answer was invalid",
    "subject_deleted": "its subject was deleted",
    "timeout": "it ran past its time limit",
    "internal_error": "internal error",
    "database_error": "database error",
    "not_found": "its subject was deleted",
    "conflict": "its subject was not ready",
    "invalid_input": "its input was invalid",
}


def no_retry_reason(job: Job) -> str | None:
    """`not retried: …` for a failure that stopped before using its attempts, else None."""
    if job.status != JobStatus.failed or job.error_code == "max_attempts":
        return None
    if job.attempts >= job.max_attempts:
        return None
    code = job.error_code or "error"
    return f"not retried: {NO_RETRY_REASONS.get(code, code.replace('_', ' '))}"


@dataclass(frozen=True)
class Successors:
    """What came after a failed job: the newest later job, and the later one that succeeded."""

    superseded_by: Job | None
    resolved_by: Job | None


def successors(session: Session, jobs: Sequence[Job]) -> dict[uuid.UUID, Successors]:
    """For each failed job among `jobs`, the later jobs of the same kind and subject."""
    failed = [j for j in jobs if j.status == JobStatus.failed]
    if not failed:
        return {}
    rows = session.scalars(
        select(Job)
        .where(Job.subject_id.in_({j.subject_id for j in failed}))
        .order_by(Job.created_at, Job.id)
    ).all()
    out = {}
    for job in failed:
        later = [
            r
            for r in rows
            if r.kind == job.kind
            and r.subject_id == job.subject_id
            and r.created_at > job.created_at
        ]
        if later:
            won = [r for r in later if r.status == JobStatus.succeeded]
            out[job.id] = Successors(later[-1], won[-1] if won else None)
    return out


def stuck_failures() -> Select[Job]:
    """Failed jobs that no later job of the same kind and subject superseded, newest first."""
    later = aliased(Job)
    superseded = exists().where(
        later.kind == Job.kind,
        later.subject_id == Job.subject_id,
        later.created_at > Job.created_at,
    )
    return (
        select(Job)
        .where(Job.status == JobStatus.failed, ~superseded)
        .order_by(Job.created_at.desc(), Job.id)
    )


def subject_labels(session: Session, jobs: Sequence[Job]) -> dict[uuid.UUID, str]:
    """What each job is about, as a person names it: "Acme: culture interview with Sam",
    "Acme", "Backend Engineer at Acme"; "a deleted position" once the subject is gone."""
    ids: dict[str, set[uuid.UUID]] = defaultdict(set)
    for job in jobs:
        ids[JOBS[job.kind].subject_noun].add(job.subject_id)
    names: dict[uuid.UUID, str] = {}
    if ids["interview"]:
        interviews = session.execute(
            select(Interview.id, Interview.interview_type, Interview.interviewer_name, Company.name)
            .join(Company, Company.id == Interview.company_id)
            .where(Interview.id.in_(ids["interview"]))
        )
        for iid, kind, interviewer, company in interviews:
            who = f" with {interviewer}" if interviewer else ""
            names[iid] = f"{company}: {kind.replace('_', ' ')} interview{who}"
    if ids["company"]:
        companies = session.execute(
            select(Company.id, Company.name).where(Company.id.in_(ids["company"]))
        )
        names.update({row.id: row.name for row in companies})
    if ids["position"]:
        positions = session.execute(
            select(Position.id, Position.title, Company.name)
            .join(Company, Company.id == Position.company_id)
            .where(Position.id.in_(ids["position"]))
        )
        names.update({pid: f"{title} at {company}" for pid, title, company in positions})
    if ids["import"]:
        files = session.execute(
            select(ImportFile.id, ImportFile.kind, ImportFile.filename).where(
                ImportFile.id.in_(ids["import"])
            )
        )
        names.update({fid: f"import of {kind} from {name}" for fid, kind, name in files})
    return {
        job.id: names.get(job.subject_id, f"a deleted {JOBS[job.kind].subject_noun}")
        for job in jobs
    }
