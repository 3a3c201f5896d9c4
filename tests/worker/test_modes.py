"""The worker modes with real processes: burst, scheduled, SIGTERM, lean, combined, on-demand."""

from __future__ import annotations

import signal
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from matcha.db import get_sessionmaker
from matcha.jobs.engine import records
from matcha.jobs.engine.models import Job
from matcha.jobs.engine.workers import WorkerRecord
from matcha.jobs.registry import JobKind
from tests.conftest import Account
from tests.processes import free_port, start_api, start_worker, wait_for
from tests.worker.test_worker_process import CULTURE, _company, _interview, _wait_job

pytestmark = pytest.mark.slow


def _queue_analyses(client: TestClient, n: int, transcript: str = CULTURE) -> list[str]:
    company_id = _company(client)
    return [
        client.post(
            f"/api/interviews/{_interview(client, company_id, transcript)}/complete"
        ).json()["job_id"]
        for _ in range(n)
    ]


def _workers(session: Session) -> list[WorkerRecord]:
    session.expire_all()
    return list(session.scalars(select(WorkerRecord).order_by(WorkerRecord.started_at)))


def _wait_workers_stopped(session: Session) -> None:
    """Launched burst workers outlive their API by design; a test waits for them to idle out."""
    wait_for(
        lambda: all(w.status == "stopped" for w in _workers(session)),
        30,
        "the on-demand workers to exit",
    )


def test_burst_worker_drains_the_queues_then_exits(
    client: TestClient, broker: str, tmp_path: Path, session: Session
) -> None:
    jobs = _queue_analyses(client, 3)
    proc = start_worker(tmp_path / "burst.log", {}, "--burst", "--idle-timeout", "1")
    assert proc.wait(timeout=60) == 0, proc.output()[-2000:]
    assert [_wait_job(client, j, timeout=1)["status"] for j in jobs] == ["succeeded"] * 3
    (record,) = _workers(session)
    assert (record.mode, record.status) == ("on-demand", "stopped")
    assert "queues drained" in proc.output()


def test_max_runtime_stops_between_jobs_and_never_kills_a_running_one(
    client: TestClient, broker: str, tmp_path: Path
) -> None:
    job = _queue_analyses(client, 1)[0]
    proc = start_worker(
        tmp_path / "scheduled.log",
        {"MATCHA_TEST_AI_DELAY": "1.5"},
        "--burst",
        "--max-runtime",
        "1",
    )
    wait_for(lambda: client.get(f"/api/jobs/{job}").json()["status"] == "running", 15, "start")
    assert proc.wait(timeout=60) == 0
    finished = client.get(f"/api/jobs/{job}").json()
    assert finished["status"] == "succeeded" and finished["attempts"] == 1
    assert "max runtime" in proc.output()


def test_sigterm_lets_the_running_job_finish(
    client: TestClient, broker: str, tmp_path: Path
) -> None:
    job = _queue_analyses(client, 1)[0]
    proc = start_worker(tmp_path / "term.log", {"MATCHA_TEST_AI_DELAY": "1.5"})
    wait_for(lambda: client.get(f"/api/jobs/{job}").json()["status"] == "running", 15, "start")
    proc.popen.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=60) == 0
    finished = client.get(f"/api/jobs/{job}").json()
    assert finished["status"] == "succeeded" and finished["attempts"] == 1


def test_lean_worker_restarts_cleanly_above_its_memory_ceiling(
    client: TestClient, broker: str, tmp_path: Path, session: Session
) -> None:
    # A 1 MiB ceiling is always exceeded: the worker must restart after each job, between jobs.
    jobs = _queue_analyses(client, 2)
    proc = start_worker(tmp_path / "lean.log", {}, "--max-memory", "1", "--concurrency", "1")
    try:
        assert [_wait_job(client, j)["status"] for j in jobs] == ["succeeded"] * 2
        wait_for(lambda: len(_workers(session)) >= 2, 30, "a restarted worker")
    finally:
        proc.stop()
    records = _workers(session)
    assert {r.pid for r in records} == {proc.pid}  # re-exec keeps the pid, like a restart
    assert records[0].status == "stopped" and records[0].mode == "lean"
    assert "above the 1 MiB ceiling" in proc.output()


def _http_job(base: str, account: Account, transcript: str = CULTURE) -> str:
    with httpx.Client(base_url=base, timeout=10, headers=account.headers) as http:
        company = http.post("/api/companies", json={"name": "Acme"}).json()["id"]
        interview = http.post(
            f"/api/companies/{company}/interviews",
            json={"interview_type": "culture", "transcript": transcript},
        ).json()["id"]
        response = http.post(f"/api/interviews/{interview}/complete")
        assert response.status_code == 202
        return str(response.json()["job_id"])


def _http_get(base: str, account: Account, path: str) -> dict[str, Any]:
    response = httpx.get(f"{base}{path}", timeout=5, headers=account.headers)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def _http_wait(base: str, account: Account, job_id: str, timeout: float = 30) -> dict[str, Any]:
    job: dict[str, Any] = {}

    def done() -> bool:
        nonlocal job
        job = _http_get(base, account, f"/api/jobs/{job_id}")
        return job["status"] in ("succeeded", "failed")

    wait_for(done, timeout, f"job {job_id}", every=0.1)
    return job


def test_combined_mode_runs_jobs_inside_the_api_process(
    broker: str, tmp_path: Path, session: Session, account: Account
) -> None:
    port = free_port()
    # The account's admins are operators, so the status shows the machine's workers.
    env = {"MATCHA_WORKER_MODE": "combined", "MATCHA_OPERATOR_ORG": str(account.org_id)}
    api = start_api(tmp_path / "api.log", env, port)
    try:
        base = f"http://127.0.0.1:{port}"
        job = _http_wait(base, account, _http_job(base, account))
        assert job["status"] == "succeeded"
        (record,) = _workers(session)
        assert (record.mode, record.pid) == ("combined", api.pid)
        status = _http_get(base, account, "/api/system/status")
        assert status["mode"] == "combined" and status["workers"][0]["rss_mib"] > 0
    finally:
        assert api.stop() in (0, -signal.SIGTERM)
    assert _workers(session)[0].status == "stopped"


def test_on_demand_starts_one_worker_which_exits_when_idle(
    broker: str, tmp_path: Path, session: Session, account: Account
) -> None:
    env = {"MATCHA_WORKER_MODE": "on-demand", "MATCHA_ONDEMAND_IDLE_TIMEOUT": "1"}
    ports = [free_port(), free_port()]
    apis = [start_api(tmp_path / f"api{i}.log", env, p) for i, p in enumerate(ports)]
    try:
        bases = [f"http://127.0.0.1:{p}" for p in ports]
        assert _workers(session) == []
        started = time.monotonic()
        first = _http_job(bases[0], account)
        assert _http_wait(bases[0], account, first)["status"] == "succeeded"
        # The POST itself starts the worker: far sooner than the API's sweep (10 s) would.
        assert time.monotonic() - started < 8
        jobs = [(base, _http_job(base, account)) for base in bases for _ in range(2)]
        assert [_http_wait(base, account, j)["status"] for base, j in jobs] == ["succeeded"] * 4
        launched = _workers(session)
        assert len(launched) == 1, [(w.id, w.mode) for w in launched]
        assert launched[0].mode == "on-demand"
        _wait_workers_stopped(session)
    finally:
        for api in apis:
            api.stop()


def test_on_demand_api_picks_up_jobs_queued_while_it_was_down(
    client: TestClient, broker: str, tmp_path: Path, session: Session
) -> None:
    # Rows committed but never published: what an API that died after its commit leaves.
    company_id = _company(client)
    interview_id = _interview(client, company_id, CULTURE)
    job, _ = records.submit(
        session, kind=JobKind.analyze_interview, subject_id=uuid.UUID(interview_id)
    )
    session.commit()
    env = {
        "MATCHA_WORKER_MODE": "on-demand",
        "MATCHA_ONDEMAND_IDLE_TIMEOUT": "1",
        "MATCHA_SWEEP_INTERVAL": "0.5",
        "MATCHA_SWEEP_STALE_AFTER": "0.5",
    }
    api = start_api(tmp_path / "api.log", env, free_port())
    try:
        assert _wait_job(client, str(job.id))["status"] == "succeeded"
        assert [w.mode for w in _workers(session)] == ["on-demand"]
        _wait_workers_stopped(session)
    finally:
        api.stop()


def test_combined_mode_finishes_the_running_job_when_the_api_stops(
    broker: str, tmp_path: Path, account: Account
) -> None:
    port = free_port()
    env = {"MATCHA_WORKER_MODE": "combined", "MATCHA_TEST_AI_DELAY": "1.5"}
    api = start_api(tmp_path / "api.log", env, port)
    base = f"http://127.0.0.1:{port}"
    try:
        job_id = _http_job(base, account)
        wait_for(
            lambda: _http_get(base, account, f"/api/jobs/{job_id}")["status"] == "running",
            15,
            "the job to start",
        )
    finally:
        api.stop()
    with get_sessionmaker()() as session:
        job = session.get(Job, uuid.UUID(job_id))
        assert job is not None and job.status == "succeeded" and job.attempts == 1
