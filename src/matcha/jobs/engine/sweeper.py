"""The sweeper: the database's answer to everything a broker can lose or a worker can drop.

- A queued job that nobody took within `stale_after` seconds (a lost publish, a broker restarted
  without persistence, a retry whose time has come) is published again.
- A running job whose worker is dead goes back to the queue (or fails with `max_attempts` once
  it has had them all): at once when the worker's liveness row is older than
  MATCHA_WORKER_DEAD_AFTER (about 10 s), else when its lease lapses (a worker cut off from the
  database, or a process that keeps no liveness row).
- A running job past its kind's hard limit fails with `timeout` (Celery's own time limits need
  the prefork pool, and matcha's workers run threads).
Every change is a compare-and-set, so any number of sweepers can run at once.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import Row, or_, select, update
from sqlalchemy.orm import Session

from matcha.config import get_settings
from matcha.db import get_sessionmaker, utcnow
from matcha.jobs.engine import broker
from matcha.jobs.engine.models import Job, JobStatus
from matcha.jobs.engine.workers import WorkerRecord
from matcha.jobs.registry import JOBS, JobKind

log = logging.getLogger(__name__)


@dataclass
class SweepReport:
    republished: list[str] = field(default_factory=list)
    requeued: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.republished or self.requeued or self.failed)


Leased = Row[uuid.UUID, str, uuid.UUID, int, int, uuid.UUID | None]


def _give_back(
    session: Session,
    rows: Sequence[Leased],
    now: datetime,
    report: SweepReport,
    *,
    code: str,
    why: str,
) -> None:
    """Break the lease of each running job in `rows` (id, kind, subject, attempts, max attempts,
    lease token): queue it again, or fail it once its attempts are spent. The compare-and-set on
    the token is the fence: the old run's later writes find another token and change nothing."""
    for job_id, kind, subject_id, attempts, max_attempts, token in rows:
        give_up = attempts >= max_attempts
        values = (
            {
                "status": JobStatus.failed,
                "error_code": "max_attempts",
                "finished_at": now,
                "error_message": f"gave up after {attempts} attempts: {why}",
            }
            if give_up
            else {
                "status": JobStatus.queued,
                "error_code": code,
                "dispatched_at": None,
                "next_attempt_at": now,
                "error_message": f"{why}; queued again",
            }
        )
        changed = session.execute(
            update(Job)
            .where(Job.id == job_id, Job.lease_token == token, Job.status == JobStatus.running)
            .values(lease_token=None, lease_expires_at=None, updated_at=now, **values)
        )
        if changed.rowcount != 1:  # type: ignore[attr-defined]
            session.rollback()
            continue  # it finished or renewed meanwhile
        if give_up:
            JOBS[JobKind(kind)].on_failure(session, subject_id, str(values["error_message"]))
            report.failed.append(str(job_id))
        else:
            report.requeued.append(str(job_id))
        session.commit()


_LEASED = (Job.id, Job.kind, Job.subject_id, Job.attempts, Job.max_attempts, Job.lease_token)


def _recover_expired(session: Session, now: datetime, report: SweepReport) -> None:
    """Running jobs whose lease lapsed: their worker stopped renewing (dead, or cut off)."""
    expired = session.execute(
        select(*_LEASED).where(Job.status == JobStatus.running, Job.lease_expires_at < now)
    ).all()
    _give_back(
        session, expired, now, report, code="lease_expired", why="its worker stopped responding"
    )


def _recover_from_dead_workers(
    session: Session, now: datetime, dead_after: float, report: SweepReport
) -> None:
    """Running jobs held by a worker whose liveness row has not been written for `dead_after`
    seconds: it died (SIGKILL, OOM, a lost machine), so its jobs need not wait for the lease.
    A job whose worker has no row at all (an API process running a sync request) is left to
    its lease."""
    cutoff = now - timedelta(seconds=dead_after)
    orphaned = session.execute(
        select(*_LEASED)
        .join(WorkerRecord, WorkerRecord.id == Job.worker)
        .where(Job.status == JobStatus.running, WorkerRecord.last_seen_at < cutoff)
    ).all()
    _give_back(
        session,
        orphaned,
        now,
        report,
        code="worker_lost",
        why=f"its worker stopped beating for over {dead_after:g}s",
    )


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
        if taken.rowcount == 1 and broker.publish(job_id, kind):  # type: ignore[attr-defined]
            report.republished.append(str(job_id))


def sweep(
    session: Session,
    *,
    stale_after: float | None = None,
    dead_after: float | None = None,
    now: datetime | None = None,
) -> SweepReport:
    """One pass: recover jobs of dead workers, then publish queued jobs nobody took."""
    now = now or utcnow()
    settings = get_settings()
    stale_after = settings.sweep_stale_after if stale_after is None else stale_after
    dead_after = settings.worker_dead_after if dead_after is None else dead_after
    report = SweepReport()
    _fail_overrunning(session, now, report)
    _recover_expired(session, now, report)
    _recover_from_dead_workers(session, now, dead_after, report)
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
