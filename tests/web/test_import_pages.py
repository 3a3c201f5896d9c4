"""The import page: CSV import with its per-row report, templates, and the bulk upload form."""

from __future__ import annotations

import html
import uuid
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from matcha.companies.models import Company
from matcha.config import get_settings
from matcha.jobs.engine import runner
from tests.conftest import Account
from tests.web.conftest import login

CSV = b"name,industry,size\nAcme,Logistics,50\nacme,,\n,Retail,\n"


@pytest.fixture
def sync_limit(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("MATCHA_IMPORT_SYNC_ROWS", "2")
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


BIG = b"name,industry,size\nAcme,Logistics,50\nKiln,Ceramics,\nacme,,\n,Retail,\n"


def test_import_a_csv_and_see_the_report(web: TestClient, logged_in: str, session: Session) -> None:
    page = html.unescape(web.get("/ui/import").text)
    assert "data-bulk" in page and 'href="/api/import/positions/template"' in page
    response = web.post(
        "/ui/import",
        data={"csrf": logged_in, "kind": "companies"},
        files={"file": ("companies.csv", CSV, "text/csv")},
    )
    assert response.status_code == 200, response.text[:500]
    text = html.unescape(response.text)
    assert "3 rows: 1 added, 1 duplicate, 1 with errors" in text
    assert ">4</td><td>name</td>" in text
    assert session.scalar(select(func.count()).select_from(Company)) == 1
    assert web.get("/api/import/companies/template").status_code == 200  # the cookie reads it


def test_a_bad_file_or_no_file_says_so_and_writes_nothing(
    web: TestClient, logged_in: str, session: Session
) -> None:
    response = web.post(
        "/ui/import",
        data={"csrf": logged_in, "kind": "companies"},
        files={"file": ("x.csv", b"colour\nred\n", "text/csv")},
    )
    assert response.status_code == 422 and "unknown column" in html.unescape(response.text)
    response = web.post("/ui/import", data={"csrf": logged_in, "kind": "companies"})
    assert response.status_code == 422 and "Choose a CSV file" in response.text
    no_csrf = web.post("/ui/import", data={"kind": "companies"}, files={"file": ("x.csv", CSV)})
    assert no_csrf.status_code == 403
    assert session.scalar(select(func.count()).select_from(Company)) == 0


def test_the_ui_follows_a_queued_import(
    web: TestClient, account: Account, session: Session, sync_limit: None
) -> None:
    csrf = login(web, account.email)
    response = web.post(
        "/ui/import",
        data={"csrf": csrf, "kind": "companies"},
        files={"file": ("companies.csv", BIG, "text/csv")},
    )
    assert response.status_code == 303
    page_url = response.headers["location"]
    page = web.get(page_url).text
    assert "data-job=" in page and "Import progress" in page
    assert "uploaded file was deleted" not in page
    job_id = web.get("/api/jobs?kind=import_csv").json()[0]["id"]
    runner.execute(uuid.UUID(job_id), worker="test")
    page = web.get(page_url).text
    assert "4 rows: 2 added, 1 duplicate, 1 with errors" in page
    assert "The uploaded file was deleted when the import ended" in page
