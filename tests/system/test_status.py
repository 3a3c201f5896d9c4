"""The status report: queues, live workers, running jobs and warnings a person can act on."""

from __future__ import annotations

import uuid
from datetime import timedelta

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from matcha.companies.models import Company
from matcha.db import utcnow
from matcha.interviews.models import Interview, InterviewStatus
from matcha.jobs import records
from matcha.jobs.models import JobKind
from matcha.system.models import WorkerRecord
from matcha.system.status import system_status


def _worker(session: Session, *, seen_ago: float, status: str = "running") -> WorkerRecord:
    now = utcnow()
    worker = WorkerRecord(
        id=f"host:{uuid.uuid4().hex[:6]}",
        host="host",
        pid=42,
        mode="always-on",
        status=status,
        rss_bytes=60 * 1024 * 1024,
        running_jobs=[],
        started_at=now,
        last_seen_at=now - timedelta(seconds=seen_ago),
    )
    session.add(worker)
    session.commit()
    return worker


def test_an_idle_system_reports_no_warnings(session: Session) -> None:
    report = system_status(session)
    assert report.mode == "combined" and report.warnings == []
    assert {q.name: q.queued for q in report.queues} == {"matcha.interactive": 0, "matcha.bulk": 0}


def test_old_queued_jobs_without_a_worker_raise_a_warning(session: Session) -> None:
    job, _ = records.submit(session, kind=JobKind.match_company, subject_id=uuid.uuid4())
    job.created_at = utcnow() - timedelta(minutes=5)
    session.commit()
    report = system_status(session)
    bulk = next(q for q in report.queues if q.name == "matcha.bulk")
    assert bulk.queued == 1 and (bulk.oldest_queued_age_s or 0) >= 300
    assert any("no worker is alive" in w and "matcha worker" in w for w in report.warnings)
    _worker(session, seen_ago=1)
    assert not any("no worker" in w for w in system_status(session).warnings)


def test_only_live_workers_are_listed(session: Session) -> None:
    live = _worker(session, seen_ago=2)
    _worker(session, seen_ago=120)
    _worker(session, seen_ago=1, status="stopped")
    report = system_status(session)
    assert [w.id for w in report.workers] == [live.id]
    assert report.workers[0].rss_mib == 60.0


def test_an_interview_analyzing_without_a_job_is_reported_as_stuck(
    session: Session, client: TestClient
) -> None:
    company = Company(name="Acme")
    session.add(company)
    session.flush()
    stuck = Interview(company_id=company.id, status=InterviewStatus.analyzing, transcript="x")
    queued = Interview(company_id=company.id, status=InterviewStatus.analyzing, transcript="x")
    session.add_all([stuck, queued])
    session.commit()
    records.submit(session, kind=JobKind.analyze_interview, subject_id=queued.id)
    session.commit()
    body = client.get("/api/system/status").json()
    assert [s["id"] for s in body["stuck_interviews"]] == [str(stuck.id)]
    assert any(f"/api/interviews/{stuck.id}/complete" in w for w in body["warnings"])
