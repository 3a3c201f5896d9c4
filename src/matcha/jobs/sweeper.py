"""The sweeper: the database's answer to everything a broker can lose or a worker can drop.

- A queued job that nobody took within `stale_after` seconds (a lost publish, a broker restarted
  without persistence, a retry whose time has come) is published again.
- A running job whose lease lapsed (its worker died) goes back to the queue, or fails with
  `max_attempts` once it has had them all.
- A running job past its kind's hard limit fails with `timeout` (Celery's own time limits need
  the prefork pool, and matcha's workers run threads).
Every change is a compare-and-set, so any number of sweepers can run at once.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from matcha.config import get_settings
from matcha.db import get_sessionmaker, utcnow
from matcha.jobs import dispatch
from matcha.jobs.models import Job, JobKind, JobStatus
from matcha.jobs.registry import JOBS

log = logging.getLogger(__name__)


@dataclass
class SweepReport:
    republished: list[str] = field(default_factory=list)
    requeued: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.republished or self.requeued or self.failed)


def _recover_expired(session: Session, now: datetime, report: SweepReport) -> None:
    expired = session.execute(
        select(
            Job.id, Job.kind, Job.subject_id, Job.attempts, Job.max_attempts, Job.lease_token
        ).where(Job.status == JobStatus.running, Job.lease_expires_at < now)
    ).all()
    for job_id, kind, subject_id, attempts, max_attempts, token in expired:
        give_up = attempts >= max_attempts
        values = (
            {
                "status": JobStatus.failed,
                "error_code": "max_attempts",
                "finished_at": now,
                "error_message": f"gave up after {attempts} attempts: its worker stopped",
            }
            if give_up
            else {
                "status": JobStatus.queued,
                "error_code": "lease_expired",
                "dispatched_at": None,
                "next_attempt_at": now,
                "error_message": "its worker stopped responding; queued again",
            }
        )
        changed = session.execute(
            update(Job)
            .where(Job.id == job_id, Job.lease_token == token, Job.status == JobStatus.running)
            .values(lease_token=None, lease_expires_at=None, updated_at=now, **values)
        )
        if changed.rowcount != 1:  # type: ignore[attr-defined]
            continue  # it finished or renewed meanwhile
        if give_up:
            JOBS[JobKind(kind)].on_failure(session, subject_id, str(values["error_message"]))
            report.failed.append(str(job_id))
        else:
            report.requeued.append(str(job_id))
        session.commit()


def _fail_overrunning(session: Session, now: datetime, report: SweepReport) -> None:
    """Fail running jobs past their hard limit; clearing the lease fences out their late writes."""
    oldest = now - timedelta(seconds=min(spec.hard_limit for spec in JOBS.values()))
    candidates = session.execute(
        select(Job.id, Job.kind, Job.subject_id, Job.started_at, Job.lease_token).where(
            Job.status == JobStatus.running, Job.started_at < oldest
        )
    ).all()
    for job_id, kind, subject_id, started_at, token in candidates:
        limit = JOBS[JobKind(kind)].hard_limit
        if started_at is None or started_at > now - timedelta(seconds=limit):
            continue
        message = f"ran past its hard limit of {limit:.0f}s and was stopped"
        changed = session.execute(
            update(Job)
            .where(Job.id == job_id, Job.lease_token == token, Job.status == JobStatus.running)
            .values(
                status=JobStatus.failed,
                error_code="timeout",
                error_message=message,
                finished_at=now,
                lease_token=None,
                lease_expires_at=None,
                updated_at=now,
            )
        )
        if changed.rowcount == 1:  # type: ignore[attr-defined]
            JOBS[JobKind(kind)].on_failure(session, subject_id, message)
            report.failed.append(str(job_id))
        session.commit()


def _republish_stale(
    session: Session, now: datetime, stale_after: float, report: SweepReport
) -> None:
    cutoff = now - timedelta(seconds=stale_after)
    due = session.execute(
        select(Job.id, Job.kind, Job.dispatched_at)
        .where(
            Job.status == JobStatus.queued,
            or_(Job.next_attempt_at.is_(None), Job.next_attempt_at <= now),
            or_(Job.dispatched_at.is_(None), Job.dispatched_at < cutoff),
        )
        .order_by(Job.created_at)
        .limit(500)
    ).all()
    for job_id, kind, dispatched_at in due:
        # Claim the right to publish (another sweeper may be on the same row).
        taken = session.execute(
            update(Job)
            .where(
                Job.id == job_id,
                Job.status == JobStatus.queued,
                Job.dispatched_at.is_(None)
                if dispatched_at is None
                else Job.dispatched_at == dispatched_at,
            )
            .values(dispatched_at=now)
        )
        session.commit()
        if taken.rowcount == 1 and dispatch.publish(job_id, kind):  # type: ignore[attr-defined]
            report.republished.append(str(job_id))


def sweep(
    session: Session, *, stale_after: float | None = None, now: datetime | None = None
) -> SweepReport:
    """One pass: recover jobs of dead workers, then publish queued jobs nobody took."""
    now = now or utcnow()
    stale_after = get_settings().sweep_stale_after if stale_after is None else stale_after
    report = SweepReport()
    _fail_overrunning(session, now, report)
    _recover_expired(session, now, report)
    _republish_stale(session, now, stale_after, report)
    if report:
        log.info("sweeper: %s", report)
    return report


class SweeperThread(threading.Thread):
    """Sweeps every `interval` seconds until stopped (runs in workers and on-demand APIs)."""

    def __init__(self) -> None:
        super().__init__(name="matcha-sweeper", daemon=True)
        self.interval = get_settings().sweep_interval
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.wait(self.interval):
            try:
                with get_sessionmaker()() as session:
                    sweep(session)
            except Exception:
                log.warning("sweep failed; will try again", exc_info=True)
