"""The job record's life: submit (deduplicated), claim (compare-and-set), progress and finish.

Every write after the claim is fenced by the lease token, so a stale duplicate whose lease was
taken over cannot overwrite the run that owns the job now.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Select, exists, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from matcha.ai.usage import Usage
from matcha.config import get_settings
from matcha.db import get_or_404, utcnow
from matcha.errors import TooManyRequests
from matcha.jobs.engine.models import ACTIVE_STATUSES, Job, JobStatus
from matcha.jobs.registry import JobKind
from matcha.tenancy import Organisation, org_of


class LeaseLost(Exception):
    """This run no longer owns the job: another delivery took it over."""


@dataclass(frozen=True)
class Lease:
    job_id: uuid.UUID
    token: uuid.UUID
    attempt: int


def active_job(session: Session, kind: JobKind, subject_id: uuid.UUID) -> Job | None:
    """The queued or running job of `kind` for `subject_id`, if there is one."""
    return session.scalars(
        select(Job).where(
            Job.kind == kind, Job.subject_id == subject_id, Job.status.in_(ACTIVE_STATUSES)
        )
    ).first()


def submit(
    session: Session,
    *,
    kind: JobKind,
    subject_id: uuid.UUID,
    params: dict[str, Any] | None = None,
    max_attempts: int = 3,
    retry_of: uuid.UUID | None = None,
) -> tuple[Job, bool]:
    """Queue a job in the caller's transaction; returns (job, created). Never two live ones.
    `retry_of` names the failed job this one retries."""
    existing = active_job(session, kind, subject_id)
    if existing is not None:
        return existing, False
    _check_queue_cap(session)
    job = Job(
        kind=kind,
        subject_id=subject_id,
        params=params or {},
        status=JobStatus.queued,
        mode="async",
        max_attempts=max_attempts,
        retry_of=retry_of,
        # Published right after this commits; if that is lost, the sweeper publishes it again
        # once this time is `stale_after` old.
        dispatched_at=utcnow(),
    )
    try:
        with session.begin_nested():
            session.add(job)
    except IntegrityError:  # a concurrent request queued it first
        winner = active_job(session, kind, subject_id)
        if winner is None:
            raise
        return winner, False
    return job, True


def _lock_organisation(session: Session, org_id: uuid.UUID) -> None:
    """Hold the organisation's row until the transaction ends, so that its enqueues run one at
    a time and counting and inserting are one step. It is an UPDATE that changes nothing: on
    PostgreSQL a row lock that waits only for the same organisation; on SQLite it takes the
    write lock, which a SELECT alone would not (the driver starts transactions at writes)."""
    session.execute(
        update(Organisation)
        .where(Organisation.id == org_id)
        .values(updated_at=Organisation.updated_at)
        .execution_options(synchronize_session=False)
    )


def _check_queue_cap(session: Session) -> None:
    """429 once the organisation has MATCHA_MAX_ACTIVE_JOBS queued or running (the session is
    scoped, so the count is the caller's organisation's; its row is locked first)."""
    org_id = org_of(session)
    if org_id is not None:
        _lock_organisation(session, org_id)
    cap = get_settings().max_active_jobs
    active = (
        session.scalar(select(func.count()).select_from(Job).where(Job.status.in_(ACTIVE_STATUSES)))
        or 0
    )
    if active >= cap:
        raise TooManyRequests(
            f"{active} jobs are already queued or running for this organisation (the cap is "
            f"{cap}): wait for some to finish",
            code="queue_full",
            retry_after=30,
        )


def start_sync(
    session: Session,
    *,
    kind: JobKind,
    subject_id: uuid.UUID,
    params: dict[str, Any],
    worker: str,
    lease_seconds: float,
) -> Lease | None:
    """Record a run that starts now in the caller's process; None if a live job exists."""
    token = uuid.uuid4()
    now = utcnow()
    job = Job(
        kind=kind,
        subject_id=subject_id,
        params=params,
        mode="sync",
        status=JobStatus.running,
        attempts=1,
        max_attempts=1,
        worker=worker,
        lease_token=token,
        lease_expires_at=now + timedelta(seconds=lease_seconds),
        started_at=now,
    )
    try:
        with session.begin_nested():
            session.add(job)
    except IntegrityError:
        return None
    return Lease(job.id, token, 1)


def claim(
    session: Session, job_id: uuid.UUID, *, worker: str, lease_seconds: float
) -> Lease | None:
    """Take a queued job for this run (compare-and-set); None if someone else has it."""
    token = uuid.uuid4()
    now = utcnow()
    result = session.execute(
        update(Job)
        .where(
            Job.id == job_id,
            Job.status == JobStatus.queued,
            (Job.next_attempt_at.is_(None)) | (Job.next_attempt_at <= now),
        )
        .values(
            status=JobStatus.running,
            attempts=Job.attempts + 1,
            lease_token=token,
            lease_expires_at=now + timedelta(seconds=lease_seconds),
            worker=worker,
            started_at=now,
            error_code=None,
            error_message=None,
            updated_at=now,
        )
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        return None
    attempt = session.scalar(select(Job.attempts).where(Job.id == job_id))
    return Lease(job_id, token, attempt or 1)


def _fenced(session: Session, lease: Lease, **values: Any) -> None:
    result = session.execute(
        update(Job)
        .where(Job.id == lease.job_id, Job.lease_token == lease.token)
        .values(updated_at=utcnow(), **values)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        raise LeaseLost(f"job {lease.job_id} is owned by another run")


def renew(session: Session, lease: Lease, *, lease_seconds: float) -> None:
    """Extend the lease while the job runs (the worker's heartbeat)."""
    _fenced(session, lease, lease_expires_at=utcnow() + timedelta(seconds=lease_seconds))


def set_progress(session: Session, lease: Lease, done: int, total: int) -> None:
    _fenced(session, lease, progress_done=done, progress_total=total)


def spent(usage: Usage | None) -> dict[str, Any]:
    """Column values adding a run's model usage to the job's totals (retries add up)."""
    if usage is None or not (usage.calls or usage.provider):
        return {}
    return {
        "provider": usage.provider,
        "model": usage.model,
        "llm_calls": Job.llm_calls + usage.calls,
        "tokens_in": Job.tokens_in + usage.tokens_in,
        "tokens_out": Job.tokens_out + usage.tokens_out,
    }


def spent_today(session: Session) -> tuple[int, int]:
    """(model calls, tokens) recorded on jobs since midnight UTC, for the daily budget."""
    midnight = utcnow().replace(hour=0, minute=0, second=0, microsecond=0)
    calls, tokens = session.execute(
        select(
            func.coalesce(func.sum(Job.llm_calls), 0),
            func.coalesce(func.sum(Job.tokens_in + Job.tokens_out), 0),
        ).where(Job.updated_at >= midnight)
    ).one()
    return int(calls), int(tokens)


def succeed(
    session: Session, lease: Lease, summary: dict[str, Any], usage: Usage | None = None
) -> None:
    """Mark the job done, in the same transaction as its last domain writes."""
    _fenced(
        session,
        lease,
        **spent(usage),
        status=JobStatus.succeeded,
        result=summary,
        progress_done=Job.progress_total,
        finished_at=utcnow(),
        lease_token=None,
        lease_expires_at=None,
    )


def fail(
    session: Session, lease: Lease, *, code: str, message: str, usage: Usage | None = None
) -> None:
    """Mark the job failed for good, with a reason a person can act on."""
    _fenced(
        session,
        lease,
        **spent(usage),
        status=JobStatus.failed,
        error_code=code,
        error_message=message[:2000],
        finished_at=utcnow(),
        lease_token=None,
        lease_expires_at=None,
    )


def retry_later(
    session: Session,
    lease: Lease,
    *,
    code: str,
    message: str,
    at: datetime,
    usage: Usage | None = None,
) -> None:
    """Hand the job back to the queue, to be tried again no earlier than `at`."""
    _fenced(
        session,
        lease,
        **spent(usage),
        status=JobStatus.queued,
        error_code=code,
        error_message=message[:2000],
        next_attempt_at=at,
        lease_token=None,
        lease_expires_at=None,
        dispatched_at=None,
    )


def due_jobs_exist(session: Session) -> bool:
    """True while some queued job may run now (the database, not the broker, decides)."""
    now = utcnow()
    due = exists().where(
        Job.status == JobStatus.queued,
        or_(Job.next_attempt_at.is_(None), Job.next_attempt_at <= now),
    )
    return bool(session.scalar(select(due)))


def get_job(session: Session, job_id: uuid.UUID) -> Job:
    return get_or_404(session, Job, job_id)


def jobs_query(
    *, status: JobStatus | None, kind: JobKind | None, subject_id: uuid.UUID | None
) -> Select[Job]:
    """Jobs matching the given filters, newest first."""
    query = select(Job).order_by(Job.created_at.desc(), Job.id)
    if status is not None:
        query = query.where(Job.status == status)
    if kind is not None:
        query = query.where(Job.kind == kind)
    if subject_id is not None:
        query = query.where(Job.subject_id == subject_id)
    return query
