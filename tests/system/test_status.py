"""The status report: queues, live workers, running jobs and warnings a person can act on."""

from __future__ import annotations

import json
import uuid
from datetime import timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from matcha.companies.models import Company
from matcha.config import DEV_OPERATOR_ORG, get_settings
from matcha.db import get_sessionmaker, utcnow
from matcha.demo.loader import DEMO_ORG
from matcha.interviews.models import Interview, InterviewStatus
from matcha.jobs.engine import records
from matcha.jobs.engine.workers import WorkerRecord
from matcha.jobs.registry import JobKind
from matcha.system.status import system_status
from matcha.tenancy import scope
from tests.conftest import Account, make_account


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


def test_only_live_workers_are_listed(session: Session, system_session: Session) -> None:
    live = _worker(session, seen_ago=2)
    _worker(session, seen_ago=120)
    _worker(session, seen_ago=1, status="stopped")
    report = system_status(system_session)  # the machine's view, as `matcha status` has it
    assert [w.id for w in report.workers] == [live.id] and report.live_workers == 1
    assert report.workers[0].rss_mib == 60.0
    assert system_status(session).live_workers == 1  # an organisation sees how many, no more


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


def _running_job(org: Account, worker: WorkerRecord) -> str:
    """A running analysis in `org`, listed on `worker`."""
    with get_sessionmaker()() as s:
        scope(s, org.org_id)
        company = Company(name="Acme")
        s.add(company)
        s.flush()
        interview = Interview(
            company_id=company.id, status=InterviewStatus.analyzing, transcript="x"
        )
        s.add(interview)
        s.flush()
        job, _ = records.submit(s, kind=JobKind.analyze_interview, subject_id=interview.id)
        s.commit()
        assert records.claim(s, job.id, worker=worker.id, lease_seconds=60) is not None
        s.commit()
        row = s.get(WorkerRecord, worker.id)
        assert row is not None
        row.running_jobs = [*row.running_jobs, str(job.id)]
        s.commit()
        return str(job.id)


def _status(account: Account) -> dict[str, Any]:
    from matcha.main import create_app

    get_settings.cache_clear()  # the test may have changed the environment
    with TestClient(create_app(background=False), headers=account.headers) as c:
        response = c.get("/api/system/status")
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def test_an_organisation_sees_its_own_jobs_and_nothing_of_the_machine(
    system_session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MATCHA_BROKER_URL", "redis://:hunter2@broker.internal:6379/0")
    monkeypatch.setenv("MATCHA_OPERATOR_ORG", "Operators Ltd")
    ours, theirs = make_account("Org A"), make_account("Org B")
    worker = _worker(system_session, seen_ago=1)
    our_job, their_job = _running_job(ours, worker), _running_job(theirs, worker)
    for role in ("admin", "recruiter", "viewer"):
        account = ours if role == "admin" else make_account("Org A2", role=role)
        body = _status(account)
        text = json.dumps(body)
        assert their_job not in text and "broker.internal" not in text
        assert worker.id not in text and '"pid"' not in text and "rss" not in text
        assert body["view"] == "organisation" and body["broker"] is None
        assert body["workers"] == [] and body["live_workers"] == 1
    body = _status(ours)
    assert [j["id"] for j in body["running_jobs"]] == [our_job]
    assert body["running_jobs"][0]["worker"] is None


def test_operators_see_the_whole_machine(
    system_session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    operators = make_account("Operators Ltd")
    monkeypatch.setenv("MATCHA_OPERATOR_ORG", "Operators Ltd")
    customer = make_account("Customer")
    worker = _worker(system_session, seen_ago=1)
    their_job = _running_job(customer, worker)
    body = _status(operators)
    assert body["view"] == "machine" and body["broker"]
    assert [w["id"] for w in body["workers"]] == [worker.id]
    assert body["workers"][0]["running_jobs"] == [their_job]
    assert body["workers"][0]["host"] == "host" and body["workers"][0]["rss_mib"] == 60.0
    assert [j["id"] for j in body["running_jobs"]] == [their_job]
    # An operator organisation may be named by its id too; only its admins are operators.
    monkeypatch.setenv("MATCHA_OPERATOR_ORG", str(operators.org_id))
    assert _status(operators)["view"] == "machine"
    viewer = make_account("Operators Ltd", role="viewer")
    assert _status(viewer)["view"] == "organisation"
    monkeypatch.delenv("MATCHA_OPERATOR_ORG")
    assert _status(operators)["view"] == "organisation"  # none set, outside dev mode: nobody


def test_dev_mode_makes_the_demo_organisations_admins_operators(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert DEV_OPERATOR_ORG == DEMO_ORG
    demo, other = make_account(DEMO_ORG), make_account("Elsewhere")
    monkeypatch.setenv("MATCHA_ENV", "dev")
    assert _status(demo)["view"] == "machine"
    assert _status(other)["view"] == "organisation"
