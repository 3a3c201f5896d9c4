"""Async jobs done by a real worker process, over the embedded broker and over Redis."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from matcha.demo.loader import SAMPLE_DIR
from tests.processes import Proc, start_worker, wait_for

pytestmark = pytest.mark.slow
CULTURE = (SAMPLE_DIR / "transcripts" / "lumen_culture_founder.txt").read_text()


def _company(client: TestClient) -> str:
    response = client.post("/api/companies", json={"name": "Lumen Labs"})
    assert response.status_code == 201
    return str(response.json()["id"])


def _interview(client: TestClient, company_id: str, transcript: str | None = None) -> str:
    body: dict[str, Any] = {"interview_type": "culture", "interviewer_name": "Sam"}
    if transcript is not None:
        body["transcript"] = transcript
    response = client.post(f"/api/companies/{company_id}/interviews", json=body)
    assert response.status_code == 201
    return str(response.json()["id"])


def _wait_job(client: TestClient, job_id: str, timeout: float = 30) -> dict[str, Any]:
    job: dict[str, Any] = {}

    def finished() -> bool:
        nonlocal job
        job = client.get(f"/api/jobs/{job_id}").json()
        return job["status"] in ("succeeded", "failed")

    wait_for(finished, timeout, f"job {job_id} to finish", every=0.1)
    return job


def test_completed_interview_is_analysed_by_the_worker(client: TestClient, worker: Proc) -> None:
    interview_id = _interview(client, _company(client))
    response = client.post(f"/api/interviews/{interview_id}/complete", json={"transcript": CULTURE})
    assert response.status_code == 202
    accepted = response.json()
    assert response.headers["location"] == f"/api/jobs/{accepted['job_id']}"
    assert accepted["kind"] == "analyze_interview" and accepted["created"] is True
    assert client.get(f"/api/interviews/{interview_id}").json()["status"] in (
        "analyzing",
        "completed",
    )

    job = _wait_job(client, accepted["job_id"])
    assert job["status"] == "succeeded", job
    assert job["attempts"] == 1 and job["worker"]
    interview = client.get(f"/api/interviews/{interview_id}").json()
    assert interview["status"] == "completed"
    assert interview["raw_culture_data"]["culture_summary"]
    assert interview["conversation_analysis"]["coverage_completeness"]["overall_score"] >= 0


def test_asking_twice_returns_the_same_job(client: TestClient, broker: str) -> None:
    interview_id = _interview(client, _company(client), CULTURE)
    first = client.post(f"/api/interviews/{interview_id}/complete").json()
    second = client.post(f"/api/interviews/{interview_id}/complete").json()
    assert first["job_id"] == second["job_id"]
    assert (first["created"], second["created"]) == (True, False)
    jobs = client.get("/api/jobs", params={"subject_id": interview_id}).json()
    assert [j["id"] for j in jobs] == [first["job_id"]]


def test_a_failing_job_ends_failed_and_so_does_its_interview(
    client: TestClient, worker: Proc
) -> None:
    interview_id = _interview(client, _company(client))
    accepted = client.post(
        f"/api/interviews/{interview_id}/complete", json={"transcript": CULTURE + "\n#fail"}
    ).json()
    job = _wait_job(client, accepted["job_id"])
    assert job["status"] == "failed"
    assert "scripted provider failure" in job["error"]
    interview = client.get(f"/api/interviews/{interview_id}").json()
    assert interview["status"] == "failed"
    assert "scripted provider failure" in interview["status_reason"]


def test_jobs_queued_while_no_worker_runs_are_done_when_one_starts(
    client: TestClient, broker: str, tmp_path: Path
) -> None:
    company_id = _company(client)
    job_ids = []
    for _ in range(3):
        interview_id = _interview(client, company_id, CULTURE)
        job_ids.append(client.post(f"/api/interviews/{interview_id}/complete").json()["job_id"])
    time.sleep(0.5)
    assert {client.get(f"/api/jobs/{j}").json()["status"] for j in job_ids} == {"queued"}

    proc = start_worker(tmp_path / "late-worker.log")
    try:
        assert [_wait_job(client, j)["status"] for j in job_ids] == ["succeeded"] * 3
    finally:
        proc.stop()


def _profiled_company(client: TestClient) -> str:
    company_id = _company(client)
    interview_id = _interview(client, company_id, CULTURE)
    assert client.post(f"/api/interviews/{interview_id}/analyze").status_code == 200
    assert client.post(f"/api/companies/{company_id}/aggregate-culture").status_code == 200
    return company_id


def _candidates(client: TestClient, n: int) -> list[str]:
    ids = []
    for path in sorted((SAMPLE_DIR / "resumes").glob("*.txt"))[:n]:
        response = client.post(
            "/api/candidates",
            json={"name": path.stem.replace("_", " ").title(), "resume_text": path.read_text()},
        )
        assert response.status_code == 201, response.text
        ids.append(response.json()["id"])
    return ids


def test_sse_streams_the_progress_of_a_matching_job(
    client: TestClient, broker: str, tmp_path: Path
) -> None:
    company_id = _profiled_company(client)
    _candidates(client, 8)
    proc = start_worker(tmp_path / "slow-worker.log", {"MATCHA_TEST_AI_DELAY": "0.15"})
    try:
        accepted = client.post(f"/api/companies/{company_id}/match/async").json()
        events: list[tuple[str, dict[str, Any]]] = []
        with client.stream("GET", f"/api/jobs/{accepted['job_id']}/events") as stream:
            assert stream.headers["content-type"].startswith("text/event-stream")
            name = ""
            for line in stream.iter_lines():
                if line.startswith("event: "):
                    name = line.removeprefix("event: ")
                elif line.startswith("data: "):
                    events.append((name, json.loads(line.removeprefix("data: "))))
    finally:
        proc.stop()
    assert events[-1][0] == "succeeded"
    running = [data["progress"]["done"] for name, data in events if name == "running"]
    assert len(set(running)) >= 3, events
    assert running == sorted(running)
    assert events[-1][1]["progress"] == {"done": 8, "total": 8}
    matches = client.get(f"/api/companies/{company_id}/matches").json()
    assert len(matches) == 8
