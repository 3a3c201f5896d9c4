"""A large CSV import runs as a job: 202 with the job, progress, and the whole report kept."""

from __future__ import annotations

import io
import uuid
import zipfile
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from matcha.companies.models import Company
from matcha.config import get_settings
from matcha.errors import TransientError
from matcha.imports import service as imports_service
from matcha.imports.models import ImportFile
from matcha.jobs.engine import runner

CSV = b"name,industry,size\nAcme,Logistics,50\nKiln,Ceramics,\nacme,,\n,Retail,\n"


@pytest.fixture
def sync_limit(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("MATCHA_IMPORT_SYNC_ROWS", "2")
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def test_a_file_over_the_sync_limit_is_queued_and_reports_when_done(
    client: TestClient, session: Session, sync_limit: None
) -> None:
    response = client.post(
        "/api/import/companies", files={"file": ("companies.csv", CSV, "text/csv")}
    )
    assert response.status_code == 202, response.text
    body = response.json()
    assert body["kind"] == "import_csv" and response.headers["Location"].startswith("/api/jobs/")
    import_id = body["subject_id"]
    pending = client.get(f"/api/imports/{import_id}").json()
    assert pending["rows"] == 4 and pending["report"] is None
    assert session.scalar(select(func.count()).select_from(Company)) == 0
    assert runner.execute(uuid.UUID(body["job_id"]), worker="test") == "succeeded"
    job = client.get(f"/api/jobs/{body['job_id']}").json()
    assert job["subject_label"] == "import of companies from companies.csv"
    assert job["progress"]["done"] == 4
    assert job["result"]["created"] == 2 and job["result"]["errors"] == 1
    report = client.get(f"/api/imports/{import_id}").json()["report"]
    assert report["created"] == 2 and report["duplicates"][0]["row"] == 4
    assert report["errors"][0] == {
        "row": 5,
        "field": "name",
        "message": report["errors"][0]["message"],
        "code": "invalid",
    }
    assert session.scalar(select(func.count()).select_from(Company)) == 2
    # Running it again creates nothing: every row is now a duplicate or an error.
    again = client.post("/api/import/companies", files={"file": ("c.csv", CSV, "text/csv")})
    assert runner.execute(uuid.UUID(again.json()["job_id"]), worker="test") == "succeeded"
    assert session.scalar(select(func.count()).select_from(Company)) == 2


def test_a_bad_large_file_is_422_before_anything_is_queued(
    client: TestClient, sync_limit: None
) -> None:
    bad = b"colour\nred\nblue\ngreen\n"
    response = client.post("/api/import/companies", files={"file": ("x.csv", bad, "text/csv")})
    assert response.status_code == 422
    assert client.get("/api/jobs?kind=import_csv").json() == []


PEOPLE = (
    b"name,email,resume_text\n"
    b"Ada Quill,ada@example.com,Ada Quill - Skills: Python\n"
    b"Bo Lind,bo@example.com,Bo Lind - Skills: Go\n"
    b"Cy Moss,cy@example.com,Cy Moss - Skills: Rust\n"
)


def _stored(session: Session, import_id: str) -> ImportFile:
    session.expire_all()
    stored = session.get(ImportFile, uuid.UUID(import_id))
    assert stored is not None
    return stored


def test_the_uploaded_file_is_deleted_when_its_job_succeeds(
    client: TestClient, session: Session, sync_limit: None
) -> None:
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("unused.txt", "nothing")
    response = client.post(
        "/api/import/candidates",
        files={
            "file": ("people.csv", PEOPLE, "text/csv"),
            "archive": ("resumes.zip", archive.getvalue(), "application/zip"),
        },
    )
    assert response.status_code == 202, response.text
    import_id, job_id = response.json()["subject_id"], response.json()["job_id"]
    kept = _stored(session, import_id)
    assert kept.content == PEOPLE and kept.archive  # kept for the job until it runs
    assert client.get(f"/api/imports/{import_id}").json()["file_kept"] is True
    assert runner.execute(uuid.UUID(job_id), worker="test") == "succeeded"
    done = _stored(session, import_id)
    assert done.content is None and done.archive is None
    body = client.get(f"/api/imports/{import_id}").json()
    assert body["file_kept"] is False and body["report"]["created"] == 3  # the report stays
    # Erasing one of the people it created leaves no trace of them in the import either.
    ada = next(c["id"] for c in client.get("/api/candidates?q=ada").json())
    assert client.delete(f"/api/candidates/{ada}").json()["import_reports_scrubbed"] == 1
    report = client.get(f"/api/imports/{import_id}").json()["report"]
    assert ada not in report["created_ids"] and len(report["created_ids"]) == 2


def test_the_uploaded_file_is_deleted_when_its_job_fails_for_good(
    client: TestClient, session: Session, sync_limit: None
) -> None:
    response = client.post(
        "/api/import/candidates", files={"file": ("people.csv", PEOPLE, "text/csv")}
    )
    import_id, job_id = response.json()["subject_id"], response.json()["job_id"]
    _stored(session, import_id).content = b"\xff\xfe not a CSV"  # unreadable when the job runs
    session.commit()
    assert runner.execute(uuid.UUID(job_id), worker="test") == "failed"
    gone = _stored(session, import_id)
    assert gone.content is None and gone.report is None
    retry = client.post(f"/api/jobs/{job_id}/retry")
    assert retry.status_code == 409 and "upload the file again" in retry.json()["detail"]


def test_a_retried_attempt_keeps_the_file_until_the_last_one(
    client: TestClient, session: Session, sync_limit: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    response = client.post(
        "/api/import/candidates", files={"file": ("people.csv", PEOPLE, "text/csv")}
    )
    import_id, job_id = response.json()["subject_id"], response.json()["job_id"]

    def unavailable(*_args: object, **_kwargs: object) -> None:
        raise TransientError("the database blinked")

    monkeypatch.setattr(imports_service, "import_csv", unavailable)
    assert runner.execute(uuid.UUID(job_id), worker="test") == "queued"  # to be tried again
    assert _stored(session, import_id).content == PEOPLE
