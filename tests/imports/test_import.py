"""CSV import over HTTP and from the CLI: per-row validation through the API's schemas, a
per-row report, nothing half-written for a bad row, duplicates reported and not re-created."""

from __future__ import annotations

import csv
import io
import json
import uuid
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from matcha.candidates.models import Candidate
from matcha.cli.main import app
from matcha.companies.models import Company
from matcha.imports.models import ImportFile
from matcha.jobs.engine import broker, runner
from matcha.positions.models import Position
from matcha.worker import publish
from tests.conftest import Account


def _csv(header: list[str], *rows: list[str]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def _post(client: TestClient, kind: str, content: bytes) -> dict[str, object]:
    response = client.post(f"/api/import/{kind}", files={"file": ("x.csv", content, "text/csv")})
    assert response.status_code == 200, response.text
    body: dict[str, object] = response.json()
    return body


def _count(session: Session, model: type) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


CANDIDATE_HEADER = ["name", "email", "phone", "resume_text"]


def test_candidates_import_keeps_good_rows_and_reports_each_bad_one(
    client: TestClient, session: Session
) -> None:
    existing = client.post(
        "/api/candidates",
        json={"name": "Old", "email": "old@example.com", "resume_text": "Old résumé\nSkills: Go"},
    ).json()["id"]
    content = _csv(
        CANDIDATE_HEADER,
        ["Ada Quill", "ada@example.com", "", "Ada Quill\nSkills: Python, SQL\n2015 - 2024 Eng"],
        ["Bad Email", "not-an-email", "", "Bad\nSkills: Go"],  # row 3
        ["", "", "", "Nameless Person\nnameless@example.com\nSkills: Rust"],  # the parser names
        ["No Resume", "nr@example.com", "", ""],  # row 5
        ["Again", "OLD@example.com", "", "Different text\nSkills: C"],  # row 6: email known
        ["Copy", "", "", "ada quill\nskills: python, sql\n2015 - 2024 eng"],  # row 7: same résumé
        ["Bad Phone", "", "call me", "Phone\nSkills: Go"],  # row 8
    )
    report = _post(client, "candidates", content)
    assert report["rows"] == 7 and report["created"] == 2
    errors = {(e["row"], e["field"]) for e in report["errors"]}  # type: ignore[attr-defined]
    assert errors == {(3, "email"), (5, "resume_text"), (8, "phone")}
    duplicates = {
        (d["row"], d["reason"], d["existing_id"])
        for d in report["duplicates"]  # type: ignore[attr-defined]
    }
    ada = report["created_ids"][0]  # type: ignore[index]
    assert duplicates == {(6, "email", existing), (7, "resume", ada)}
    assert _count(session, Candidate) == 3  # nothing from the bad or duplicate rows
    names = {c["name"] for c in client.get("/api/candidates?sort=name").json()}
    assert names == {"Old", "Ada Quill", "Nameless Person"}
    assert client.get("/api/candidates?q=nameless").json()[0]["email"] == "nameless@example.com"


def test_companies_then_positions(client: TestClient, session: Session) -> None:
    report = _post(
        client,
        "companies",
        _csv(
            ["name", "industry", "size"],
            ["Acme", "Logistics", "50"],
            ["acme", "", ""],
            ["", "x", ""],
        ),
    )
    assert report["created"] == 1
    assert [d["reason"] for d in report["duplicates"]] == ["name"]  # type: ignore[attr-defined]
    assert [(e["row"], e["field"]) for e in report["errors"]] == [(4, "name")]  # type: ignore[attr-defined]
    header = ["company", "title", "required_skills", "experience_level", "min_years", "max_years"]
    report = _post(
        client,
        "positions",
        _csv(
            header,
            ["Acme", "Backend", "Python; SQL", "senior", "5", "10"],
            ["ACME", "backend", "", "", "", ""],  # row 3: the same title at the same company
            ["Nowhere Inc", "Ops", "", "", "", ""],  # row 4
            ["Acme", "Designer", "", "guru", "", ""],  # row 5
            ["Acme", "Analyst", "", "", "9", "2"],  # row 6: inverted range
        ),
    )
    assert report["created"] == 1
    assert [(e["row"], e["field"]) for e in report["errors"]] == [  # type: ignore[attr-defined]
        (4, "company"),
        (5, "experience_level"),
        (6, None),
    ]
    position = session.scalars(select(Position)).one()
    assert position.required_skills == ["Python", "SQL"] and position.min_years == 5
    assert _count(session, Company) == 1


def test_unreadable_files_are_422_and_write_nothing(client: TestClient, session: Session) -> None:
    for content in (
        b"",
        b"name,colour\nAcme,red\n",
        b"\xff\xfe\x00garbage",
        b"industry\nLogistics\n",
    ):
        response = client.post(
            "/api/import/companies", files={"file": ("x.csv", content, "text/csv")}
        )
        assert response.status_code == 422, content
        assert response.json()["code"] == "invalid_input"
    assert client.post("/api/import/users", files={"file": ("x.csv", b"a\n")}).status_code == 422
    assert _count(session, Company) == 0


def test_templates_import_as_they_are(client: TestClient) -> None:
    for kind in ("companies", "positions", "candidates"):
        response = client.get(f"/api/import/{kind}/template")
        assert response.status_code == 200 and response.headers["content-type"].startswith(
            "text/csv"
        )
        report = _post(client, kind, response.content)
        assert report["created"] == 1, (kind, report)


def test_the_cli_imports_into_an_organisation_by_name_or_id(
    account: Account, session: Session, tmp_path: Path
) -> None:
    path = tmp_path / "people.csv"
    path.write_bytes(
        _csv(
            CANDIDATE_HEADER,
            ["Ada Quill", "ada@example.com", "", "Ada\nSkills: Python"],
            ["Bad", "nope", "", "Bad\nSkills: Go"],
        )
    )
    report_path = tmp_path / "report.json"
    result = CliRunner().invoke(
        app, ["import", "candidates", str(path), "--org", "Org A", "--json", str(report_path)]
    )
    assert result.exit_code == 1, result.output  # a row failed
    assert "1 created" in result.output and "email" in result.output
    assert json.loads(report_path.read_text())["errors"][0]["row"] == 3
    again = CliRunner().invoke(
        app, ["import", "candidates", str(path), "--org", str(account.org_id)]
    )
    assert "1 duplicates" in again.output
    assert _count(session, Candidate) == 1
    missing = CliRunner().invoke(app, ["import", "candidates", str(path), "--org", "Nobody"])
    assert missing.exit_code == 2 and "not_found" in missing.output


def test_the_cli_import_is_a_job_in_history_like_the_apis(
    client: TestClient, session: Session, tmp_path: Path
) -> None:
    path = tmp_path / "people.csv"
    rows = [[f"P{i}", f"p{i}@example.com", "", f"P{i}\nSkills: Go, Rust {i}"] for i in range(5)]
    path.write_bytes(_csv(CANDIDATE_HEADER, *rows, ["Bad", "nope", "", "Bad\nSkills: Go"]))
    result = CliRunner().invoke(app, ["import", "candidates", str(path), "--org", "Org A"])
    assert result.exit_code == 1, result.output
    (job,) = client.get("/api/jobs?kind=import_csv").json()
    assert job["status"] == "succeeded" and job["mode"] == "sync"
    assert job["subject_label"] == "import of candidates from people.csv"
    assert job["progress"] == {**job["progress"], "done": 6, "total": 6}
    assert job["result"]["created"] == 5 and job["result"]["errors"] == 1
    imported = client.get(f"/api/imports/{job['subject_id']}").json()
    assert imported["report"]["errors"][0]["row"] == 7 and imported["file_kept"] is False
    # A file that can't be read is refused before anything is stored or recorded.
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"colour\nred\n")
    refused = CliRunner().invoke(app, ["import", "candidates", str(bad), "--org", "Org A"])
    assert refused.exit_code == 2 and "invalid_input" in refused.output
    assert len(client.get("/api/jobs?kind=import_csv").json()) == 1
    assert _count(session, ImportFile) == 1


def test_the_cli_queues_an_import_for_a_worker(
    client: TestClient, session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sent: list[tuple[uuid.UUID, str]] = []
    monkeypatch.setattr(broker, "_plugged", [broker._plugged[0]])  # restored after the test
    monkeypatch.setattr(publish, "plug", lambda: broker.plug(lambda *job: bool(sent.append(job))))
    path = tmp_path / "people.csv"
    path.write_bytes(
        _csv(CANDIDATE_HEADER, ["Ada Quill", "ada@example.com", "", "Ada\nSkills: Go"])
    )
    result = CliRunner().invoke(
        app, ["import", "candidates", str(path), "--org", "Org A", "--queue"]
    )
    assert result.exit_code == 0, result.output
    (job,) = client.get("/api/jobs?kind=import_csv").json()
    assert job["status"] == "queued" and job["mode"] == "async" and job["id"] in result.output
    assert sent == [(uuid.UUID(job["id"]), "import_csv")]
    assert _count(session, Candidate) == 0
    assert runner.execute(uuid.UUID(job["id"]), worker="test") == "succeeded"
    assert _count(session, Candidate) == 1


def _zip(entries: dict[str, bytes]) -> bytes:
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return out.getvalue()


def test_resume_files_named_in_the_csv_come_from_an_uploaded_zip(
    client: TestClient, session: Session, tmp_path: Path
) -> None:
    archive = _zip(
        {
            "cvs/ada.txt": b"Ada Quill\nada@example.com\nSkills: Python, SQL",
            "grace.md": b"# Grace Hopper\nSkills: COBOL",
            "virus.exe": b"MZ...",
        }
    )
    content = _csv(
        ["name", "email", "resume_file"],
        ["Ada Quill", "ada@example.com", "cvs/ada.txt"],
        ["Grace Hopper", "", "grace.md"],  # found by its base name too
        ["Nobody", "", "missing.txt"],  # row 4
        ["Mal Ware", "", "virus.exe"],  # row 5
    )
    response = client.post(
        "/api/import/candidates",
        files={
            "file": ("c.csv", content, "text/csv"),
            "archive": ("cvs.zip", archive, "application/zip"),
        },
    )
    assert response.status_code == 200, response.text
    report = response.json()
    assert report["created"] == 2
    assert [(e["row"], e["field"]) for e in report["errors"]] == [
        (4, "resume_file"),
        (5, None),
    ] or [(e["row"], e["field"]) for e in report["errors"]] == [
        (4, "resume_file"),
        (5, "resume_file"),
    ]
    ada = client.get("/api/candidates?q=ada").json()[0]
    assert "Python" in ada["skills"]
    # Without the zip, each row that names a file says what is missing.
    alone = client.post("/api/import/candidates", files={"file": ("c.csv", content, "text/csv")})
    assert {e["field"] for e in alone.json()["errors"]} == {"resume_file"}
    bad = client.post(
        "/api/import/candidates",
        files={"file": ("c.csv", content, "text/csv"), "archive": ("x.zip", b"not a zip")},
    )
    assert bad.status_code == 422 and bad.json()["field"] == "archive"
    # And from the CLI.
    csv_path, zip_path = tmp_path / "c.csv", tmp_path / "cvs.zip"
    csv_path.write_bytes(_csv(["resume_file"], ["linus.txt"]))
    zip_path.write_bytes(_zip({"linus.txt": b"Linus T\nSkills: C, Git"}))
    result = CliRunner().invoke(
        app, ["import", "candidates", str(csv_path), "--org", "Org A", "--zip", str(zip_path)]
    )
    assert result.exit_code == 0, result.output
    assert session.scalar(select(func.count()).select_from(Candidate)) == 3
