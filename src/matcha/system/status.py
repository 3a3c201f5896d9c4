"""The system status report: the mode, queues, workers, running jobs and what needs a person.

Two views. The machine's (`matcha status` on the box, and operators: the admins of
MATCHA_OPERATOR_ORG) covers every organisation and names workers with their host, pid and RSS,
and the broker. Everyone else gets their organisation's: its queues, running and failed jobs,
how many workers are alive, and nothing about the machine.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Literal

from pydantic import BaseModel, Field
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from matcha.accounts.models import Organisation, Role
from matcha.config import get_settings
from matcha.db import get_sessionmaker, utcnow
from matcha.interviews.models import Interview, InterviewStatus
from matcha.jobs import analyze_interview
from matcha.jobs.engine.models import ACTIVE_STATUSES, Job, JobStatus
from matcha.jobs.registry import JOBS, JobKind
from matcha.system.launcher import live_workers
from matcha.tenancy import org_of

MiB = 1024 * 1024
WAITING_TOO_LONG = 60.0


class QueueStatus(BaseModel):
    name: str
    queued: int
    oldest_queued_age_s: float | None


class WorkerStatus(BaseModel):
    id: str
    host: str
    pid: int
    mode: str
    status: str
    rss_mib: float
    running_jobs: list[str]
    concurrency: int
    last_seen_at: datetime


class RunningJob(BaseModel):
    id: str
    kind: str
    subject_id: str
    org_id: str
    worker: str | None = Field(description="host:pid running it (the machine's view only)")
    progress: dict[str, int]
    running_for_s: float


class StuckInterview(BaseModel):
    id: str
    company_id: str
    analyzing_for_s: float
    warning: str


class SystemStatus(BaseModel):
    view: Literal["machine", "organisation"] = Field(
        description="machine: every organisation, with workers and the broker (operators and "
        "`matcha status`); organisation: the caller's own jobs and queues only"
    )
    mode: str
    broker: str | None = Field(description="The broker's kind and address (machine view only)")
    queues: list[QueueStatus]
    live_workers: int
    workers: list[WorkerStatus] = Field(
        description="Each live worker with its host, pid, RSS and jobs (machine view only)"
    )
    running_jobs: list[RunningJob]
    stuck_interviews: list[StuckInterview]
    failed_jobs_24h: int
    warnings: list[str]


def _age(now: datetime, then: datetime | None) -> float | None:
    return round((now - then).total_seconds(), 1) if then is not None else None


def broker_label(url: str) -> str:
    """The broker's kind and address, without credentials."""
    scheme, _, rest = url.partition("://")
    return f"{scheme}://{rest.rsplit('@', 1)[-1]}"


def _queues(session: Session, now: datetime) -> list[QueueStatus]:
    rows = session.execute(
        select(Job.kind, func.count(), func.min(Job.created_at))
        .where(Job.status == JobStatus.queued)
        .group_by(Job.kind)
    ).all()
    by_queue: dict[str, tuple[int, datetime | None]] = {s.queue: (0, None) for s in JOBS.values()}
    for kind, count, oldest in rows:
        queue = JOBS[JobKind(kind)].queue
        total, first = by_queue[queue]
        by_queue[queue] = (total + count, min(filter(None, (first, oldest)), default=None))
    return [
        QueueStatus(name=q, queued=n, oldest_queued_age_s=_age(now, first))
        for q, (n, first) in by_queue.items()
    ]


def _stuck(session: Session, now: datetime) -> list[StuckInterview]:
    analyzing = session.scalars(
        select(Interview).where(Interview.status == InterviewStatus.analyzing)
    ).all()
    live = set(
        session.scalars(
            select(Job.subject_id).where(
                Job.kind == analyze_interview.SPEC.kind, Job.status.in_(ACTIVE_STATUSES)
            )
        )
    )
    out = []
    for interview in analyzing:
        if interview.id in live:
            continue  # in the queue or running: not stuck
        out.append(
            StuckInterview(
                id=str(interview.id),
                company_id=str(interview.company_id),
                analyzing_for_s=_age(now, interview.completed_at or interview.updated_at) or 0.0,
                warning=(
                    f"interview {interview.id} is 'analyzing' with no live job: "
                    f"POST /api/interviews/{interview.id}/complete queues it again"
                ),
            )
        )
    return out


def is_operator(session: Session, org_id: uuid.UUID, role: str) -> bool:
    """True for an admin of MATCHA_OPERATOR_ORG (named by name or id; dev mode: the demo
    organisation): the people who run the machine and may see its facts."""
    wanted = get_settings().operator_organisation
    if wanted is None or role != Role.admin:
        return False
    org = session.get(Organisation, org_id)
    return org is not None and wanted.strip() in (org.name, str(org.id))


def status_for(session: Session, org_id: uuid.UUID, role: str) -> SystemStatus:
    """The report a caller may see: the machine's for an operator, else their organisation's
    (`session` is the caller's, scoped to `org_id`)."""
    if not is_operator(session, org_id, role):
        return system_status(session)
    with get_sessionmaker()() as machine:
        return system_status(machine)


def system_status(session: Session) -> SystemStatus:
    """The job system's health at a glance: the machine's view on an unscoped session (the CLI,
    operators), the organisation's on a session scoped to one."""
    settings = get_settings()
    now = utcnow()
    machine = org_of(session) is None
    queues = _queues(session, now)
    alive = live_workers(session)
    workers = [
        WorkerStatus(
            id=w.id,
            host=w.host,
            pid=w.pid,
            mode=w.mode,
            status=w.status,
            rss_mib=round(w.rss_bytes / MiB, 1),
            running_jobs=list(w.running_jobs),
            concurrency=w.concurrency,
            last_seen_at=w.last_seen_at,
        )
        for w in alive
    ]
    running = [
        RunningJob(
            id=str(j.id),
            kind=j.kind,
            subject_id=str(j.subject_id),
            org_id=str(j.org_id),
            worker=j.worker if machine else None,
            progress={"done": j.progress_done, "total": j.progress_total},
            running_for_s=_age(now, j.started_at) or 0.0,
        )
        for j in session.scalars(select(Job).where(Job.status == JobStatus.running))
    ]
    failed = (
        session.scalar(
            select(func.count())
            .select_from(Job)
            .where(Job.status == JobStatus.failed, Job.finished_at >= now - timedelta(days=1))
        )
        or 0
    )
    stuck = _stuck(session, now)
    warnings = _warnings(settings.worker_mode, queues, len(alive), stuck, session, now)
    return SystemStatus(
        view="machine" if machine else "organisation",
        mode=settings.worker_mode,
        broker=broker_label(settings.broker_url) if machine else None,
        queues=queues,
        live_workers=len(alive),
        workers=workers if machine else [],
        running_jobs=running,
        stuck_interviews=stuck,
        failed_jobs_24h=failed,
        warnings=warnings,
    )


def _warnings(
    mode: str,
    queues: list[QueueStatus],
    workers: int,
    stuck: list[StuckInterview],
    session: Session,
    now: datetime,
) -> list[str]:
    out: list[str] = []
    waiting = [q for q in queues if q.queued and (q.oldest_queued_age_s or 0) > WAITING_TOO_LONG]
    if waiting and not workers:
        total = sum(q.queued for q in waiting)
        hint = {
            "scheduled": "the next timer run will take them, or run `matcha worker --burst` now",
            "on-demand": "the API should start a worker; check data/worker-on-demand.log",
        }.get(mode, "start one with `matcha worker`, or run the API in combined mode")
        out.append(
            f"{total} jobs have waited over {WAITING_TOO_LONG:.0f}s and no worker is alive: {hint}"
        )
    expired = (
        session.scalar(
            select(func.count())
            .select_from(Job)
            .where(Job.status == JobStatus.running, Job.lease_expires_at < now)
        )
        or 0
    )
    if expired:
        out.append(
            f"{expired} running jobs lost their worker; the sweeper will queue them "
            "again (or run `matcha sweep`)"
        )
    out.extend(s.warning for s in stuck)
    return out
