"""The import page: CSV import with its per-row report, templates, and the bulk upload form."""

from __future__ import annotations

import html

from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from matcha.companies.models import Company

CSV = b"name,industry,size\nAcme,Logistics,50\nacme,,\n,Retail,\n"


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
