"""CSV exports: candidates with the list's filters, a position's ranked matches, and cells a
spreadsheet would run as formulas escaped."""

from __future__ import annotations

import csv
import io
import uuid

from fastapi.testclient import TestClient

from matcha.exports.csvsafe import safe_cell, to_csv


def _rows(response_text: str) -> list[dict[str, str]]:
    assert response_text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(response_text.removeprefix("\ufeff"))))


def _add(client: TestClient, name: str, resume: str) -> str:
    response = client.post("/api/candidates", json={"name": name, "resume_text": resume})
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


def test_formula_cells_are_escaped_and_numbers_kept() -> None:
    for text in ("=1+1", "+SUM(A1)", "-2+3", "@cmd", "\t=x", "\r=x"):
        assert safe_cell(text) == "'" + text
    assert safe_cell("Ada = ok") == "Ada = ok"
    assert safe_cell(-3.5) == -3.5 and safe_cell(None) == ""
    assert to_csv(["a", "b"], [["=HYPERLINK(1)", 2]]) == "a,b\r\n'=HYPERLINK(1),2\r\n"


def test_candidates_export_applies_the_filters_to_every_page(client: TestClient) -> None:
    _add(client, "Ada Quill", "Skills: Python, SQL\n2015 - 2024 engineer")
    _add(client, '=HYPERLINK("http://evil")', "Skills: Python\n2020 - 2024 developer")
    _add(client, "Bo Lind", "Skills: Go\n2019 - 2024 engineer")
    response = client.get("/api/candidates?format=csv&skills=python&limit=1&sort=name")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert 'filename="candidates.csv"' in response.headers["content-disposition"]
    rows = _rows(response.text)
    assert [r["name"] for r in rows] == ['\'=HYPERLINK("http://evil")', "Ada Quill"]
    assert rows[1]["skills"] == "Python; SQL" and float(rows[1]["experience_years"]) >= 9
    export = client.get("/api/candidates/export?q=engineer&sort=name")
    assert [r["name"] for r in _rows(export.text)] == ["Ada Quill", "Bo Lind"]
    assert client.get("/api/candidates?format=xml").status_code == 422


def test_a_positions_matches_export_ranks_with_scores_and_skills(client: TestClient) -> None:
    strong = _add(client, "Ada Quill", "Skills: Python, SQL, Docker\n2012 - 2024 engineer")
    _add(client, "Bo Lind", "Skills: Go\n2022 - 2024 developer")
    company = client.post("/api/companies", json={"name": "Acme"}).json()["id"]
    body = {
        "company_id": company,
        "title": "Backend / Python",
        "required_skills": ["Python", "SQL", "Kubernetes"],
        "preferred_skills": ["Docker"],
    }
    position = client.post("/api/positions", json=body).json()["id"]
    assert client.post(f"/api/positions/{position}/match", json={}).status_code == 200
    response = client.get(f"/api/positions/{position}/matches/export")
    assert response.status_code == 200
    assert 'filename="backend-python-matches.csv"' in response.headers["content-disposition"]
    rows = _rows(response.text)
    assert [r["rank"] for r in rows] == ["1", "2"]
    top = rows[0]
    assert top["candidate_id"] == strong and top["name"] == "Ada Quill"
    assert float(top["overall_score"]) >= float(rows[1]["overall_score"])
    assert top["matched_required"] == "Python; SQL" and top["missing_required"] == "Kubernetes"
    assert top["matched_preferred"] == "Docker"
    missing = client.get(f"/api/positions/{uuid.uuid4()}/matches/export")
    assert missing.status_code == 404 and missing.json()["code"] == "not_found"


def test_a_pipeline_export_lists_stages_scores_and_dates_safely(client: TestClient) -> None:
    ada = _add(client, "Ada Quill", "Skills: Python, SQL\n2012 - 2024 engineer")
    evil = _add(client, "-cmd|' /C calc'!A0", "Skills: Go\n2022 - 2024 developer")
    unscored = _add(client, "Cy Moss", "Skills: Rust\n2020 - 2024 developer")
    company = client.post("/api/companies", json={"name": "Acme"}).json()["id"]
    body = {"company_id": company, "title": "Data / Python", "required_skills": ["Python"]}
    position = client.post("/api/positions", json=body).json()["id"]
    assert client.post(f"/api/positions/{position}/match", json={}).status_code == 200
    apps = {}
    for cid in (ada, evil):
        made = client.post(f"/api/positions/{position}/applications", json={"candidate_id": cid})
        apps[cid] = made.json()["id"]
    client.patch(f"/api/applications/{apps[ada]}", json={"stage": "interview"})
    reject = {"stage": "rejected", "reason": "skills", "note": "=2+2 no Python"}
    assert client.patch(f"/api/applications/{apps[evil]}", json=reject).status_code == 200
    # Added after the ranking: in the pipeline, without scores.
    late = client.post(f"/api/positions/{position}/applications", json={"candidate_id": unscored})
    assert late.status_code == 201
    client.delete(f"/api/candidates/{unscored}")  # erased: gone from the export too
    response = client.get(f"/api/positions/{position}/applications/export")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert 'filename="data-python-pipeline.csv"' in response.headers["content-disposition"]
    rows = _rows(response.text)
    assert [(r["name"], r["stage"]) for r in rows] == [
        ("Ada Quill", "interview"),
        ("'-cmd|' /C calc'!A0", "rejected"),
    ]
    ada_row, evil_row = rows
    assert float(ada_row["overall_score"]) > float(evil_row["overall_score"]) >= 0
    assert ada_row["application_id"] == apps[ada] and ada_row["stage_changed_at"]
    assert ada_row["applied_at"] and float(ada_row["days_in_stage"]) >= 0
    assert evil_row["rejection_reason"] == "skills"
    assert evil_row["rejection_note"] == "'=2+2 no Python"
    empty = client.post("/api/positions", json={**body, "title": "Empty"}).json()["id"]
    only_header = _rows(client.get(f"/api/positions/{empty}/applications/export").text)
    assert only_header == []
    assert client.get(f"/api/positions/{uuid.uuid4()}/applications/export").status_code == 404


def test_a_pipeline_row_without_a_match_has_empty_scores(client: TestClient) -> None:
    cid = _add(client, "Ada Quill", "Skills: Python\n2012 - 2024 engineer")
    company = client.post("/api/companies", json={"name": "Acme"}).json()["id"]
    body = {"company_id": company, "title": "Backend", "required_skills": ["Python"]}
    position = client.post("/api/positions", json=body).json()["id"]
    client.post(f"/api/positions/{position}/applications", json={"candidate_id": cid})
    (row,) = _rows(client.get(f"/api/positions/{position}/applications/export").text)
    assert row["stage"] == "applied" and row["overall_score"] == row["scored_at"] == ""
