"""Editing, re-parsing and erasing candidates; deletes refused while a job works on the row."""

from __future__ import annotations

import uuid

from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from matcha.applications.models import Application, ApplicationEvent, Note
from matcha.candidates.models import Candidate
from matcha.imports.models import ImportFile
from matcha.jobs.engine.models import Job
from matcha.jobs.registry import JobKind
from matcha.matching.models import PositionMatchResult

RESUME = "Ada Quill\nada@quill.example\nSkills: Python, SQL\n2015 - 2024 Backend engineer at Acme"


def _candidate(client: TestClient, resume: str = RESUME, name: str = "Ada Quill") -> str:
    response = client.post("/api/candidates", json={"name": name, "resume_text": resume})
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


def _position(client: TestClient) -> tuple[str, str]:
    company = client.post("/api/companies", json={"name": "Acme"}).json()["id"]
    body = {"company_id": company, "title": "Backend", "required_skills": ["Python"]}
    return company, client.post("/api/positions", json=body).json()["id"]


def _queue(session: Session, kind: JobKind, subject: str, **params: object) -> Job:
    job = Job(kind=kind, subject_id=uuid.UUID(subject), params=params, status="queued")
    session.add(job)
    session.commit()
    return job


def test_edit_and_reparse(client: TestClient) -> None:
    cid = _candidate(client)
    response = client.patch(f"/api/candidates/{cid}", json={"name": "Ada Q. Quill"})
    assert response.status_code == 200 and response.json()["name"] == "Ada Q. Quill"
    assert "Python" in response.json()["skills"]
    new = "Ada Quill\nSkills: Rust, Kubernetes\n2010 - 2024 Platform engineer"
    response = client.patch(f"/api/candidates/{cid}", json={"resume_text": new})
    body = response.json()
    assert response.status_code == 200
    assert {"Rust", "Kubernetes"} <= set(body["skills"]) and "Python" not in body["skills"]
    assert body["experience_years"] > 10
    assert body["name"] == "Ada Q. Quill"  # what the recruiter typed is kept
    assert client.get("/api/candidates?q=kubernetes").json()[0]["id"] == cid  # index followed
    assert client.post(f"/api/candidates/{cid}/reparse").json()["skills"] == body["skills"]


def test_bad_edits_are_refused_and_change_nothing(client: TestClient) -> None:
    cid = _candidate(client)
    other = _candidate(client, "Bo Lind\nSkills: Go", "Bo Lind")
    for body in ({"name": None}, {"resume_text": "  "}, {"email": "nope"}, {"id": other}):
        assert client.patch(f"/api/candidates/{cid}", json=body).status_code == 422, body
    response = client.patch(f"/api/candidates/{cid}", json={"resume_text": "Bo Lind\nSkills: Go"})
    assert response.status_code == 409 and response.json()["existing_id"] == other
    assert client.get(f"/api/candidates/{cid}").json()["name"] == "Ada Quill"


def test_delete_erases_the_candidate_and_says_what_went(
    client: TestClient, session: Session
) -> None:
    cid = _candidate(client)
    keep = _candidate(client, "Bo Lind\nSkills: Python", "Bo Lind")
    _company, pid = _position(client)
    assert client.post(f"/api/positions/{pid}/match", json={}).status_code == 200
    job = session.scalars(select(Job).where(Job.kind == JobKind.match_position)).one()
    assert cid in str(job.result)
    response = client.delete(f"/api/candidates/{cid}")
    assert response.status_code == 200, response.text
    assert response.json() == {
        "candidate_id": cid,
        "name": "Ada Quill",
        "culture_matches": 0,
        "position_matches": 1,
        "applications": 0,
        "notes": 0,
        "jobs_scrubbed": 1,
        "import_reports_scrubbed": 0,
        "interviews_unlinked": 0,
        "resume_files": 0,
    }
    session.expire_all()
    assert session.get(Candidate, uuid.UUID(cid)) is None
    assert session.scalar(select(func.count()).select_from(PositionMatchResult)) == 1
    job = session.scalars(select(Job).where(Job.kind == JobKind.match_position)).one()
    assert cid not in str(job.result) and keep in str(job.result)
    assert client.get("/api/candidates?q=quill").json() == []
    assert client.get(f"/api/candidates/{cid}").status_code == 404


def test_erasure_removes_applications_notes_and_import_report_entries(
    client: TestClient, session: Session
) -> None:
    cid = _candidate(client)
    keep = _candidate(client, "Bo Lind\nSkills: Python", "Bo Lind")
    company, pid = _position(client)
    apps = {}
    for who in (cid, keep):
        made = client.post(f"/api/positions/{pid}/applications", json={"candidate_id": who})
        assert made.status_code == 201, made.text
        apps[who] = made.json()["id"]
    client.patch(f"/api/applications/{apps[cid]}", json={"stage": "screening"})
    client.post(f"/api/applications/{apps[cid]}/notes", json={"body": "Strong on SQL"})
    client.post(f"/api/candidates/{cid}/notes", json={"body": "Called back on Monday"})
    client.post(f"/api/applications/{apps[keep]}/notes", json={"body": "Keep this one"})
    body = {"interviewer_name": "Sam", "interview_type": "screening", "candidate_id": cid}
    interview = client.post(f"/api/companies/{company}/interviews", json=body)
    assert interview.status_code == 201, interview.text
    # An import whose report names her: created by it, and found again as a duplicate.
    stored = ImportFile(
        kind="candidates",
        filename="people.csv",
        content=b"",
        rows=2,
        report={"created_ids": [cid, keep], "duplicates": [{"row": 3, "existing_id": cid}]},
        org_id=session.get(Candidate, uuid.UUID(cid)).org_id,  # type: ignore[union-attr]
    )
    session.add(stored)
    session.commit()
    erased = client.delete(f"/api/candidates/{cid}").json()
    assert (erased["applications"], erased["notes"]) == (1, 2)
    assert (erased["import_reports_scrubbed"], erased["interviews_unlinked"]) == (1, 1)
    session.expire_all()
    assert session.scalars(select(Application.candidate_id)).all() == [uuid.UUID(keep)]
    assert session.scalars(select(Note.body)).all() == ["Keep this one"]
    assert session.scalar(select(func.count()).select_from(ApplicationEvent)) == 1  # Bo's
    report = session.get(ImportFile, stored.id).report  # type: ignore[union-attr]
    assert report == {"created_ids": [keep], "duplicates": []}
    assert cid not in str(client.get(f"/api/interviews/{interview.json()['id']}").json())


def test_deleting_what_a_job_works_on_is_409_naming_the_job(
    client: TestClient, session: Session
) -> None:
    cid = _candidate(client)
    company, pid = _position(client)
    job = _queue(session, JobKind.match_position, pid, candidate_ids=None)
    for url in (f"/api/candidates/{cid}", f"/api/positions/{pid}", f"/api/companies/{company}"):
        response = client.delete(url)
        assert response.status_code == 409, url
        assert response.json()["code"] == "job_running"
        assert response.json()["job_id"] == str(job.id)
    job.status = "succeeded"
    session.commit()
    # A job naming other candidates does not hold this one.
    _queue(session, JobKind.match_position, pid, candidate_ids=[str(uuid.uuid4())])
    assert client.delete(f"/api/candidates/{cid}").status_code == 200


def test_an_interview_being_analysed_cannot_be_deleted(
    client: TestClient, session: Session
) -> None:
    company = client.post("/api/companies", json={"name": "Acme"}).json()["id"]
    body = {"interviewer_name": "Sam", "interview_type": "culture"}
    interview = client.post(f"/api/companies/{company}/interviews", json=body).json()["id"]
    job = _queue(session, JobKind.analyze_interview, interview)
    response = client.delete(f"/api/interviews/{interview}")
    assert response.status_code == 409 and response.json()["job_id"] == str(job.id)
    assert client.delete(f"/api/companies/{company}").status_code == 409
    job.status = "failed"
    session.commit()
    assert client.delete(f"/api/interviews/{interview}").status_code == 200
    assert client.delete(f"/api/companies/{company}").status_code == 200
