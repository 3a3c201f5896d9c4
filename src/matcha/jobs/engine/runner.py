"""Running a job: the same path for a sync request and for a worker's delivery.

The job's domain writes and its final status commit together, fenced by the lease token. A
background heartbeat renews the lease while the job runs, so a live job is never taken over, and
a dead worker's job is (by the sweeper, once the lease lapses).
"""

from __future__ import annotations

import logging
import os
import random
import socket
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import Any

from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

from matcha.ai import usage
from matcha.ai.usage import Usage
from matcha.config import get_settings
from matcha.db import get_sessionmaker, utcnow
from matcha.errors import Conflict, JobTimeout, MatchaError, NotFound, TransientError
from matcha.jobs.engine import broker, joining, records
from matcha.jobs.engine.models import Job, JobStatus
from matcha.jobs.engine.records import Lease, LeaseLost
from matcha.jobs.registry import JOBS, JobKind, JobResult
from matcha.tenancy import scope

log = logging.getLogger(__name__)

# Jobs this process is running now (its heartbeat reports them; a burst worker waits on them).
IN_FLIGHT: set[uuid.UUID] = set()
FINISHED = 0  # runs this process has finished, whatever their outcome
_in_flight_lock = threading.Lock()


@contextmanager
def _tracked(job_id: uuid.UUID) -> Iterator[None]:
    with _in_flight_lock:
        IN_FLIGHT.add(job_id)
    try:
        yield
    finally:
        global FINISHED
        with _in_flight_lock:
            IN_FLIGHT.discard(job_id)
            FINISHED += 1


def finished_count() -> int:
    """How many runs this process has finished."""
    return FINISHED


def in_flight() -> list[uuid.UUID]:
    """A snapshot of the jobs running in this process."""
    with _in_flight_lock:
        return sorted(IN_FLIGHT)


_identity: tuple[int, str] | None = None


def worker_name() -> str:
    """host:pid:nonce of this process: recorded on the jobs it runs, and the id of its liveness
    row, so the sweeper can tell whose jobs a dead worker held. The nonce keeps a restarted
    container (same host name, same pid) from passing for the process that died."""
    global _identity
    pid = os.getpid()
    if _identity is None or _identity[0] != pid:  # a forked child is another process
        _identity = (pid, f"{socket.gethostname()}:{pid}:{uuid.uuid4().hex[:6]}")
    return _identity[1]


class _Heartbeat(threading.Thread):
    """Renews a lease every third of its length until stopped."""

    def __init__(self, lease: Lease, lease_seconds: float) -> None:
        super().__init__(name=f"lease-{lease.job_id}", daemon=True)
        self.lease, self.lease_seconds = lease, lease_seconds
        self.stopped = threading.Event()
        self.lost = threading.Event()

    def run(self) -> None:
        while not self.stopped.wait(self.lease_seconds / 3):
            try:
                with get_sessionmaker()() as session:
                    records.renew(session, self.lease, lease_seconds=self.lease_seconds)
                    session.commit()
            except LeaseLost:
                self.lost.set()
                return
            except Exception:  # a DB blip: try again next beat; the lease has slack
                log.warning("could not renew the lease of job %s", self.lease.job_id, exc_info=True)


@contextmanager
def _heartbeat(lease: Lease) -> Iterator[None]:
    """Keep `lease` alive for the duration of the block."""
    beat = _Heartbeat(lease, get_settings().job_lease_seconds)
    beat.start()
    try:
        yield
    finally:
        beat.stopped.set()


def _from_database(exc: BaseException) -> bool:
    """True for an error raised by the database layer, whose text may quote SQL and values."""
    return isinstance(exc, (SQLAlchemyError, sqlite3.Error)) or type(exc).__module__.startswith(
        ("psycopg", "sqlalchemy", "sqlite3")
    )


def classify(exc: BaseException) -> tuple[str, str, bool]:
    """(error code, readable message, worth retrying) for a failure inside a job. The message
    is stored and shown to users, so it never carries the database's own text (SQL, values):
    that goes to the log."""
    if isinstance(exc, TransientError):
        return exc.code, exc.message, True
    if isinstance(exc, MatchaError):
        return exc.code, exc.message, False
    if isinstance(exc, OperationalError) or (
        isinstance(exc, DBAPIError) and exc.connection_invalidated
    ):
        return "database_unavailable", "The database could not be reached.", True
    if isinstance(exc, IntegrityError):
        # Something the job wrote about (a candidate, its subject) was deleted under it.
        return "data_changed", "Data the job was writing about changed while it ran.", True
    if _from_database(exc):
        return "database_error", "The database refused the job's work.", False
    return "internal_error", f"{exc.__class__.__name__}: {exc}", False


def failure(session: Session, job: Job, exc: BaseException) -> tuple[str, str, bool]:
    """`classify`, knowing the job: a job whose subject is gone failed because it was deleted,
    whatever error that caused. Anything not our own error is logged in full here."""
    if not isinstance(exc, MatchaError):
        log.error("job %s (%s) raised:", job.id, job.kind, exc_info=exc)
    kind = JobKind(job.kind)
    try:
        gone = session.get(JOBS[kind].subject, job.subject_id) is None
    except Exception:  # the database itself is down: classify says so
        session.rollback()
        gone = False
    if gone:
        return "subject_deleted", JOBS[kind].gone, False
    return classify(exc)


def _backoff(attempt: int, retry_after: float | None) -> float:
    base = min(60.0, 2.0**attempt)
    return max(retry_after or 0.0, random.uniform(base / 2, base))


def _spent_today() -> tuple[int, int]:
    with get_sessionmaker()() as session:
        return records.spent_today(session)


def _run_fenced(session: Session, job: Job, lease: Lease, spend: Usage) -> JobResult:
    spec = JOBS[JobKind(job.kind)]
    started = time.monotonic()

    def progress(done: int, total: int) -> None:
        records.set_progress(session, lease, done, total)
        session.commit()  # the work reported so far is kept, whatever follows
        if time.monotonic() - started > spec.soft_limit:
            raise JobTimeout(
                f"stopped after {spec.soft_limit:.0f}s (its soft limit) at {done}/{total}; "
                "run it again to continue: finished items are kept"
            )

    result = spec.run(session, job.subject_id, dict(job.params or {}), progress)
    records.succeed(session, lease, result.summary(), usage=spend)
    session.commit()
    if spec.scores_candidates:  # candidates who joined it while it ran are scored next
        after = joining.follow_up(session, job.id, get_settings().job_max_attempts)
        session.commit()
        if after is not None:
            broker.publish(after.id, after.kind)
    return result


def execute(job_id: uuid.UUID, *, worker: str | None = None) -> str | None:
    """Claim and run a queued job. Returns its new status, or None if this delivery lost out."""
    settings = get_settings()
    make_session = get_sessionmaker()
    with make_session() as session:
        lease = records.claim(
            session,
            job_id,
            worker=worker or worker_name(),
            lease_seconds=settings.job_lease_seconds,
        )
        session.commit()
    if lease is None:
        log.info("job %s is not claimable (done, taken or not due): skipping", job_id)
        return None
    with (
        _tracked(job_id),
        _heartbeat(lease),
        make_session() as session,
        usage.tracking(_spent_today) as spend,
    ):
        job = records.get_job(session, job_id)
        scope(session, job.org_id)  # the job reads and writes its own organisation's rows only
        try:
            _run_fenced(session, job, lease, spend)
            return JobStatus.succeeded
        except LeaseLost:
            session.rollback()
            log.warning("job %s was taken over by another run; dropping this one", job_id)
            return None
        except Exception as exc:
            session.rollback()
            return _record_failure(session, job, lease, exc, spend)


def _record_failure(
    session: Session, job: Job, lease: Lease, exc: BaseException, spend: Usage
) -> str | None:
    code, message, retryable = failure(session, job, exc)
    log.warning("job %s attempt %s failed: %s: %s", job.id, lease.attempt, code, message)
    try:
        if retryable and lease.attempt < job.max_attempts:
            delay = _backoff(lease.attempt, getattr(exc, "retry_after", None))
            records.retry_later(
                session,
                lease,
                code=code,
                message=message,
                at=utcnow() + timedelta(seconds=delay),
                usage=spend,
            )
            session.commit()
            return JobStatus.queued
        if retryable:
            code, message = "max_attempts", f"gave up after {lease.attempt} attempts: {message}"
        records.fail(session, lease, code=code, message=message, usage=spend)
        JOBS[JobKind(job.kind)].on_failure(session, job.subject_id, message)
        session.commit()
        return JobStatus.failed
    except LeaseLost:
        session.rollback()
        return None


def run_sync(
    session: Session, kind: JobKind, subject_id: uuid.UUID, params: dict[str, Any]
) -> JobResult:
    """Run a job inside the caller's request, recording it like any other run.

    Bad input is rejected by the job's check before any row is written. A live job for the
    same subject answers 409 with its id.
    """
    spec = JOBS[kind]
    spec.accept(session, subject_id, params)
    session.rollback()  # end the read transaction before writing (SQLite takes the lock late)
    settings = get_settings()
    lease = records.start_sync(
        session,
        kind=kind,
        subject_id=subject_id,
        params=params,
        worker=worker_name(),
        lease_seconds=settings.job_lease_seconds,
    )
    if lease is None:
        live = records.active_job(session, kind, subject_id)
        raise Conflict(
            f"a {kind} job for this subject is already {live.status if live else 'running'}",
            details={"job_id": str(live.id) if live else None},
        )
    session.commit()
    job = records.get_job(session, lease.job_id)
    with usage.tracking(_spent_today) as spend:
        try:
            with _heartbeat(lease):
                return _run_fenced(session, job, lease, spend)
        except Exception as exc:
            session.rollback()
            code, message, _ = failure(session, job, exc)
            records.fail(session, lease, code=code, message=message, usage=spend)
            spec.on_failure(session, subject_id, message)  # a sync run fails for good at once
            session.commit()
            if code == "subject_deleted":  # 404, not the database's complaint about it
                raise NotFound(spec.subject.__name__.lower(), subject_id) from exc
            raise
