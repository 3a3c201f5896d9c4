"""A large CSV import runs as a job: 202 with the job, progress, and the whole report kept."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from matcha.companies.models import Company
from matcha.config import get_settings
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
