"""POST /api/jobs/{id}/retry: a failed job is queued again as a new job; anything else is 409."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from matcha.jobs.engine import records
from matcha.jobs.engine.models import Job, JobStatus
from matcha.jobs.registry import JobKind
from matcha.main import create_app
from tests.conftest import make_account

TRANSCRIPT = "Interviewer: How do you work?\nDana: We are a flat team, fully remote, async first."


def _queued_analysis(client: TestClient) -> str:
    company = client.post("/api/companies", json={"name": "Acme"}).json()["id"]
    interview = client.post(
        f"/api/companies/{company}/interviews",
        json={"interview_type": "culture", "transcript": TRANSCRIPT},
    ).json()["id"]
    response = client.post(f"/api/interviews/{interview}/complete")
    assert response.status_code == 202, response.text
    return str(response.json()["job_id"])


def _fail(session: Session, job_id: str, message: str = "the provider said no") -> None:
    lease = records.claim(session, uuid.UUID(job_id), worker="tests", lease_seconds=30)
    assert lease is not None
    records.fail(session, lease, code="provider_error", message=message)
    session.commit()


def _retry(client: TestClient, job_id: str, code: int) -> dict[str, Any]:
    response = client.post(f"/api/jobs/{job_id}/retry")
    assert response.status_code == code, response.text
    body: dict[str, Any] = response.json()
    return body


def test_a_failed_job_is_queued_again_as_a_new_job(client: TestClient, session: Session) -> None:
    failed = _queued_analysis(client)
    _fail(session, failed)
    response = client.post(f"/api/jobs/{failed}/retry")
    assert response.status_code == 202, response.text
    body = response.json()
    assert body["job_id"] != failed and body["created"] is True
    assert response.headers["Location"] == f"/api/jobs/{body['job_id']}"
    old = client.get(f"/api/jobs/{failed}").json()
    new = client.get(f"/api/jobs/{body['job_id']}").json()
    assert (new["kind"], new["subject_id"], new["params"]) == (
        old["kind"],
        old["subject_id"],
        old["params"],
    )
    assert new["status"] == "queued" and new["attempts"] == 0
    assert old["status"] == "failed" and old["error"] == "the provider said no"


def test_the_params_of_the_failed_job_are_kept(client: TestClient, session: Session) -> None:
    company = client.post("/api/companies", json={"name": "Acme"}).json()["id"]
    position = client.post(
        "/api/positions", json={"company_id": company, "title": "Engineer"}
    ).json()["id"]
    candidate = client.post(
        "/api/candidates", json={"name": "Ada", "resume_text": "Ada\nPython engineer"}
    ).json()["id"]
    job, _ = records.submit(
        session,
        kind=JobKind.match_position,
        subject_id=uuid.UUID(position),
        params={"candidate_ids": [candidate]},
    )
    session.commit()
    _fail(session, str(job.id))
    new = _retry(client, str(job.id), 202)["job"]
    assert (new["kind"], new["params"]) == ("match_position", {"candidate_ids": [candidate]})


def test_only_a_failed_job_can_be_retried(client: TestClient, session: Session) -> None:
    queued = _queued_analysis(client)
    assert "only a failed job" in _retry(client, queued, 409)["detail"]
    lease = records.claim(session, uuid.UUID(queued), worker="tests", lease_seconds=30)
    assert lease is not None
    records.succeed(session, lease, {})
    session.commit()
    assert _retry(client, queued, 409)["status"] == JobStatus.succeeded


def test_no_retry_while_a_live_job_for_the_subject_exists(
    client: TestClient, session: Session
) -> None:
    failed = _queued_analysis(client)
    _fail(session, failed)
    again = _retry(client, failed, 202)["job_id"]
    body = _retry(client, failed, 409)
    assert body["job_id"] == again and "already queued" in body["detail"]
    jobs = session.query(Job).filter(Job.kind == JobKind.analyze_interview).count()
    assert jobs == 2


def test_unknown_and_other_organisations_jobs_are_404(client: TestClient, session: Session) -> None:
    failed = _queued_analysis(client)
    _fail(session, failed)
    assert _retry(client, str(uuid.uuid4()), 404)["code"] == "not_found"
    other = make_account("Org B")
    with TestClient(create_app(background=False), headers=other.headers) as theirs:
        assert theirs.post(f"/api/jobs/{failed}/retry").status_code == 404


def test_a_viewer_cannot_retry(client: TestClient, session: Session) -> None:
    failed = _queued_analysis(client)
    _fail(session, failed)
    viewer = make_account("Org V", role="viewer")
    response = client.post(f"/api/jobs/{failed}/retry", headers=viewer.headers)
    assert response.status_code == 403 and "can only read" in response.json()["detail"]


def _succeed(session: Session, job_id: str) -> None:
    lease = records.claim(session, uuid.UUID(job_id), worker="tests", lease_seconds=30)
    assert lease is not None
    records.succeed(session, lease, {})
    session.commit()


def test_a_retry_names_the_job_it_retries_and_takes_its_place(
    client: TestClient, session: Session
) -> None:
    first = _queued_analysis(client)
    _fail(session, first)
    second = _retry(client, first, 202)["job_id"]
    _fail(session, second, "the provider said no again")
    # The first failure is superseded: retrying it again would only add an identical row.
    body = _retry(client, first, 409)
    assert client.get(f"/api/jobs/{second}").json()["retry_of"] == first
    assert body["superseded_by"] == second and body["job_id"] == second
    assert f"superseded by job {second}" in body["detail"] and "retry that one" in body["detail"]
    old = client.get(f"/api/jobs/{first}").json()
    assert old["superseded_by"] == second and old["resolved_by"] is None
    stuck = client.get("/api/jobs?stuck=true").json()
    assert [j["id"] for j in stuck] == [second]
    third = _retry(client, second, 202)["job_id"]
    _succeed(session, third)
    # Resolved: no failure of this subject is stuck, and neither can be retried.
    assert client.get("/api/jobs?stuck=true").json() == []
    for failed in (first, second):
        body = _retry(client, failed, 409)
        assert body["superseded_by"] == third and "succeeded: nothing to retry" in body["detail"]
        assert client.get(f"/api/jobs/{failed}").json()["resolved_by"] == third
    assert session.query(Job).filter(Job.kind == JobKind.analyze_interview).count() == 3


def test_any_later_success_resolves_a_failure(client: TestClient, session: Session) -> None:
    failed = _queued_analysis(client)
    _fail(session, failed)
    subject = client.get(f"/api/jobs/{failed}").json()["subject_id"]
    analysed = client.post(f"/api/interviews/{subject}/analyze")  # the same job, run in-line
    assert analysed.status_code == 200, analysed.text
    body = _retry(client, failed, 409)
    assert body["status"] == "succeeded" and "nothing to retry" in body["detail"]


def test_a_failure_that_was_not_retried_says_so(client: TestClient, session: Session) -> None:
    job_id = _queued_analysis(client)
    lease = records.claim(session, uuid.UUID(job_id), worker="tests", lease_seconds=30)
    assert lease is not None
    records.fail(
        session, lease, code="not_configured", message="GEMINI_API_KEY (or GOOGLE_API_KEY) ..."
    )
    session.commit()
    job = client.get(f"/api/jobs/{job_id}").json()
    assert (job["attempts"], job["max_attempts"]) == (1, 3)
    assert job["no_retry_reason"] == "not retried: configuration error"
    gave_up = _queued_analysis(client)
    row = session.get(Job, uuid.UUID(gave_up))
    assert row is not None
    row.attempts, row.status, row.error_code = 3, JobStatus.failed, "max_attempts"
    session.commit()
    assert client.get(f"/api/jobs/{gave_up}").json()["no_retry_reason"] is None


def test_failed_jobs_name_their_subject(client: TestClient, session: Session) -> None:
    company = client.post("/api/companies", json={"name": "Acme"}).json()["id"]
    interview = client.post(
        f"/api/companies/{company}/interviews",
        json={"interview_type": "screening", "interviewer_name": "Sam", "transcript": "x"},
    ).json()["id"]
    position = client.post(
        "/api/positions", json={"company_id": company, "title": "Backend Engineer"}
    ).json()["id"]
    expected = {}
    for kind, subject, label in (
        (JobKind.analyze_interview, interview, "Acme: screening interview with Sam"),
        (JobKind.aggregate_culture, company, "Acme"),
        (JobKind.match_position, position, "Backend Engineer at Acme"),
    ):
        job, _ = records.submit(session, kind=kind, subject_id=uuid.UUID(subject))
        session.commit()
        _fail(session, str(job.id))
        expected[str(job.id)] = label
    listed = client.get("/api/jobs?status=failed").json()
    assert {j["id"]: j["subject_label"] for j in listed} == expected
    for job_id, label in expected.items():
        assert client.get(f"/api/jobs/{job_id}").json()["subject_label"] == label
