"""Fault-test plumbing: a private redis-server, worker processes with the counting provider,
and the "done once" checks. Every wait is bounded; every process started here is tracked so
the fixtures can kill it whatever happens.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import redis
from sqlalchemy import func, select

from matcha.db import get_sessionmaker
from matcha.interviews.models import Interview, InterviewStatus
from matcha.jobs.engine import records
from matcha.jobs.engine.models import Job, JobStatus
from matcha.jobs.registry import JobKind
from tests.processes import Proc, free_port, wait_for

# What one analysis of a culture interview asks the model: one "set of analyzer calls".
ONE_SET = Counter({"extract_culture": 1, "analyze_conversation": 1})
TRANSCRIPT = (
    "Interviewer: How do decisions get made?\n"
    "Dana: We are a flat team and decide by consensus. We are fully remote and write "
    "everything down; async first. We ship fast and value learning."
)
KEY_PREFIX = "faults:"
INTERACTIVE_KEY = KEY_PREFIX + "matcha.interactive"


class RedisServer:
    """A private redis-server on a free loopback port: killable, restartable on the same port."""

    def __init__(self, directory: Path, *, aof: bool = False) -> None:
        self.dir, self.aof = directory, aof
        self.dir.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        self.popen: subprocess.Popen[bytes] | None = None
        self.starts = 0

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def argv(self) -> list[str]:
        persistence = (
            ["--appendonly", "yes", "--appendfsync", "always"]
            if self.aof
            else ["--appendonly", "no"]
        )
        return [
            "redis-server",
            "--port",
            str(self.port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            *persistence,
            "--dir",
            str(self.dir),
            "--maxmemory-policy",
            "noeviction",
            "--daemonize",
            "no",
        ]

    def start(self) -> None:
        assert not self.running, "redis-server is already running"
        self.starts += 1
        with (self.dir / f"redis-{self.starts}.log").open("wb") as log:
            self.popen = subprocess.Popen(
                self.argv(), stdout=log, stderr=subprocess.STDOUT, start_new_session=True
            )
        wait_for(self.ping, 10, f"redis-server on port {self.port}", every=0.02)

    @property
    def running(self) -> bool:
        return self.popen is not None and self.popen.poll() is None

    def ping(self) -> bool:
        if self.popen is not None and self.popen.poll() is not None:
            raise AssertionError(f"redis-server exited: {self.popen.returncode}")
        try:
            with self.client() as r:
                return bool(r.ping())
        except redis.ConnectionError:
            return False

    @contextmanager
    def client(self) -> Iterator[redis.Redis]:
        r = redis.Redis(host="127.0.0.1", port=self.port, socket_timeout=5)
        try:
            yield r
        finally:
            r.close()

    def kill(self) -> None:
        """SIGKILL: nothing is flushed beyond what the persistence mode already wrote."""
        if self.popen is not None and self.popen.poll() is None:
            os.killpg(self.popen.pid, signal.SIGKILL)
            self.popen.wait(timeout=10)

    def freeze(self) -> None:
        """SIGSTOP: the port still accepts connections (kernel backlog) but nothing answers."""
        assert self.popen is not None
        os.killpg(self.popen.pid, signal.SIGSTOP)

    def thaw(self) -> None:
        assert self.popen is not None
        os.killpg(self.popen.pid, signal.SIGCONT)

    def shutdown_nosave(self) -> None:
        with self.client() as r, suppress(redis.ConnectionError):  # it hangs up as it goes
            r.shutdown(nosave=True)
        assert self.popen is not None
        self.popen.wait(timeout=10)

    def llen(self, key: str = INTERACTIVE_KEY) -> int:
        with self.client() as r:
            return int(r.llen(key))


@dataclass
class Call:
    job: str | None
    subject: str | None
    attempt: int
    method: str
    tags: list[str]
    pid: int
    t: float


@dataclass
class Faults:
    """One test's world: a private Redis, a calls file, and every worker started for it."""

    tmp: Path
    redis: RedisServer
    calls_path: Path
    procs: list[Proc] = field(default_factory=list)

    def worker(
        self,
        name: str = "worker",
        *,
        concurrency: int = 4,
        env: dict[str, str] | None = None,
        wait_ready: bool = True,
    ) -> Proc:
        argv = [
            sys.executable,
            "-m",
            "tests.faults.harness",
            "--concurrency",
            str(concurrency),
            "--loglevel",
            "INFO",
        ]
        log = self.tmp / f"{name}-{len(self.procs)}.log"
        proc = Proc(argv, log, {"MATCHA_FAULT_CALLS": str(self.calls_path), **(env or {})})
        self.procs.append(proc)
        if wait_ready:
            proc.wait_for_output("ready.", timeout=30)
        return proc

    def stop_all(self) -> None:
        for proc in self.procs:
            proc.stop(signal.SIGKILL, timeout=10)

    def calls(self) -> list[Call]:
        if not self.calls_path.exists():
            return []
        lines = self.calls_path.read_text().splitlines()
        return [Call(**json.loads(line)) for line in lines if line.strip()]

    def calls_for(self, subject: uuid.UUID | str) -> list[Call]:
        return [c for c in self.calls() if c.subject == str(subject)]


# --- the database side ---------------------------------------------------------------------


def new_interviews(
    n: int, transcript: str = TRANSCRIPT, *, org_id: uuid.UUID | None = None
) -> list[uuid.UUID]:
    """`n` culture interviews in progress, with their transcript, ready to be completed, in
    organisation `org_id` (the API client's, for tests that complete them over HTTP) or a new
    one."""
    from matcha.companies.models import Company
    from matcha.tenancy import Organisation

    with get_sessionmaker()() as session:
        if org_id is None:
            org = Organisation(name="Fault org")
            session.add(org)
            session.flush()
            org_id = org.id
        company = Company(name="Fault Co", org_id=org_id)
        session.add(company)
        session.flush()
        interviews = [
            Interview(
                org_id=org_id,
                company_id=company.id,
                interview_type="culture",
                interviewer_name="Sam",
                transcript=transcript,
                status=InterviewStatus.in_progress,
            )
            for _ in range(n)
        ]
        session.add_all(interviews)
        session.commit()
        return [i.id for i in interviews]


def complete(interview_id: uuid.UUID) -> uuid.UUID:
    """What `POST /interviews/{id}/complete` does: commit the job row, then publish it."""
    from matcha.jobs.engine import service

    with get_sessionmaker()() as session:
        service.scope_to_subject(session, JobKind.analyze_interview, interview_id)
        job, _created = service.complete_interview(session, interview_id, transcript=None)
        return job.id


def commit_without_publish(interview_id: uuid.UUID) -> uuid.UUID:
    """The API process dying between its commit and its publish: the row, and no message."""
    from matcha.config import get_settings
    from matcha.jobs.engine.service import scope_to_subject

    with get_sessionmaker()() as session:
        scope_to_subject(session, JobKind.analyze_interview, interview_id)
        interview = session.get(Interview, interview_id)
        assert interview is not None
        interview.status = InterviewStatus.analyzing
        job, created = records.submit(
            session,
            kind=JobKind.analyze_interview,
            subject_id=interview_id,
            max_attempts=get_settings().job_max_attempts,
        )
        assert created
        session.commit()
        return job.id


def job_rows(subject: uuid.UUID) -> list[Job]:
    with get_sessionmaker()() as session:
        return list(session.scalars(select(Job).where(Job.subject_id == subject)))


def job_row(job_id: uuid.UUID) -> Job:
    with get_sessionmaker()() as session:
        job = session.get(Job, job_id)
        assert job is not None
        return job


def interview_row(interview_id: uuid.UUID) -> Interview:
    with get_sessionmaker()() as session:
        interview = session.get(Interview, interview_id)
        assert interview is not None
        return interview


def status_counts() -> dict[str, int]:
    with get_sessionmaker()() as session:
        rows = session.execute(select(Job.status, func.count()).group_by(Job.status)).all()
        return {str(status): int(count) for status, count in rows}


def wait_finished(job_id: uuid.UUID, timeout: float = 30) -> Job:
    """The job once it is succeeded or failed (bounded)."""
    holder: dict[str, Job] = {}

    def finished() -> bool:
        holder["job"] = job_row(job_id)
        return holder["job"].status in (JobStatus.succeeded, JobStatus.failed)

    wait_for(finished, timeout, f"job {job_id} to finish", every=0.1)
    return holder["job"]


def assert_done_once(
    faults: Faults, interview_id: uuid.UUID, *, attempts: int | None = None
) -> Job:
    """Exactly one result: the interview completed with its analysis, one succeeded job row,
    one set of analyzer calls in the attempt that succeeded, none in any later attempt, and
    at most one set in each earlier (failed) attempt."""
    rows = job_rows(interview_id)
    succeeded = [j for j in rows if j.status == JobStatus.succeeded]
    assert len(succeeded) == 1, [(j.id, j.status, j.attempts, j.error_code) for j in rows]
    assert not [j for j in rows if j.status in (JobStatus.queued, JobStatus.running)]
    job = succeeded[0]
    if attempts is not None:
        assert job.attempts == attempts, (job.attempts, job.error_code, job.error_message)
    interview = interview_row(interview_id)
    assert interview.status == InterviewStatus.completed, (
        interview.status,
        interview.status_reason,
    )
    assert interview.raw_culture_data and interview.raw_culture_data["culture_summary"]
    assert interview.conversation_analysis is not None
    assert job.result is not None and job.result["interview_id"] == str(interview_id)

    calls = faults.calls_for(interview_id)
    by_attempt: dict[int, Counter[str]] = {}
    for call in calls:
        assert call.job == str(job.id), call
        by_attempt.setdefault(call.attempt, Counter())[call.method] += 1
    assert by_attempt.get(job.attempts) == ONE_SET, by_attempt
    assert max(by_attempt) == job.attempts, by_attempt
    for attempt, methods in by_attempt.items():
        assert all(methods[m] <= ONE_SET[m] for m in methods) and set(methods) <= set(ONE_SET), (
            attempt,
            methods,
        )
    return job


def interview_summary(interview_id: uuid.UUID) -> dict[str, Any]:
    interview = interview_row(interview_id)
    return {"status": interview.status, "reason": interview.status_reason}
