"""HTTP tests for /api/candidates: JSON, single and bulk upload, listing, reading, deleting."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from matcha.ai.schemas import CandidateProfile
from matcha.candidates import service
from matcha.candidates.models import Candidate
from matcha.config import get_settings

from .docs import make_docx, make_pdf

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PUBLIC_FIELDS = {
    "id",
    "name",
    "email",
    "phone",
    "skills",
    "experience_years",
    "education",
    "resume_text",
    "parsed_data",
    "created_at",
    "updated_at",
}


def _count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Candidate)) or 0


@pytest.fixture
def small_upload_limit(monkeypatch: pytest.MonkeyPatch) -> Iterator[int]:
    monkeypatch.setenv("MATCHA_MAX_UPLOAD_BYTES", "2048")
    get_settings.cache_clear()
    yield 2048
    monkeypatch.delenv("MATCHA_MAX_UPLOAD_BYTES")
    get_settings.cache_clear()


@pytest.fixture
def nameless_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(service, "parse_resume", lambda text: CandidateProfile(skills=["Go"]))


def _create(client: TestClient, **body: object) -> dict[str, object]:
    response = client.post("/api/candidates", json={"name": "Jane", **body})
    assert response.status_code == 201, response.text
    data: dict[str, object] = response.json()
    return data


def test_create_returns_the_public_candidate(client: TestClient) -> None:
    data = _create(client, email="jane@example.com", phone="+1 (555) 010-0000", resume_text=" CV ")
    assert set(data) == PUBLIC_FIELDS
    assert uuid.UUID(str(data["id"]))
    assert data["name"] == "Jane"
    assert data["email"] == "jane@example.com"
    assert data["resume_text"] == "CV"
    assert isinstance(data["skills"], list)
    assert isinstance(data["education"], list)
    assert isinstance(data["parsed_data"], dict)
    assert isinstance(data["experience_years"], float)


def test_duplicate_resume_is_409_with_existing_id(client: TestClient, session: Session) -> None:
    first = _create(client, resume_text="Jane Doe\nPython")
    response = client.post(
        "/api/candidates", json={"name": "Other", "resume_text": "jane doe   python"}
    )
    assert response.status_code == 409
    assert response.json()["code"] == "conflict"
    assert response.json()["existing_id"] == first["id"]
    assert _count(session) == 1


@pytest.mark.parametrize(
    "body",
    [
        {"name": "Jane"},
        {"resume_text": "cv"},
        {"name": "", "resume_text": "cv"},
        {"name": "Jane", "resume_text": ""},
        {"name": "Jane", "resume_text": "   "},
        {"name": "Jane", "resume_text": "cv\x00"},
        {"name": "Jane", "resume_text": ["cv"]},
        {"name": "Jane", "resume_text": "cv", "email": "not-an-email"},
        {"name": "Jane", "resume_text": "cv", "phone": "call me"},
        {"name": "Jane", "resume_text": "cv", "id": str(uuid.uuid4())},
        {"name": "Jane", "resume_text": "cv", "skills": ["Go"]},
        {"name": "Jane", "resume_text": "cv", "resume_hash": "0" * 64},
    ],
)
def test_bad_create_is_422_and_writes_nothing(
    client: TestClient, session: Session, body: dict[str, object]
) -> None:
    response = client.post("/api/candidates", json=body)
    assert response.status_code == 422, response.text
    assert _count(session) == 0


def test_malformed_json_is_422(client: TestClient, session: Session) -> None:
    response = client.post(
        "/api/candidates", content=b"{,}", headers={"content-type": "application/json"}
    )
    assert response.status_code == 422
    assert _count(session) == 0


def test_upload_txt_uses_form_fields(client: TestClient) -> None:
    response = client.post(
        "/api/candidates/upload",
        files={"file": ("cv.txt", b"Jane Doe\nGo developer", "text/plain")},
        data={"name": "Jane D", "email": "jd@example.com"},
    )
    assert response.status_code == 201, response.text
    data = response.json()
    assert set(data) == PUBLIC_FIELDS
    assert (data["name"], data["email"]) == ("Jane D", "jd@example.com")
    assert data["resume_text"] == "Jane Doe\nGo developer"


def test_upload_name_falls_back_to_the_file_stem(client: TestClient, nameless_parser: None) -> None:
    response = client.post(
        "/api/candidates/upload", files={"file": ("john_smith.md", b"# CV\n\nRust, Go")}
    )
    assert response.status_code == 201
    assert response.json()["name"] == "john smith"
    assert response.json()["skills"] == ["Go"]


def test_upload_pdf_extracts_its_text(client: TestClient) -> None:
    pdf = make_pdf("Priya Raman", "Staff engineer, Kubernetes and Go")
    response = client.post(
        "/api/candidates/upload", files={"file": ("priya.pdf", pdf, "application/pdf")}
    )
    assert response.status_code == 201, response.text
    text = response.json()["resume_text"]
    assert "Priya Raman" in text
    assert "Staff engineer, Kubernetes and Go" in text


def test_upload_docx_extracts_its_text(client: TestClient) -> None:
    content = make_docx("Marco Rossi", "Data engineer", table=[["Skills", "Spark, SQL"]])
    response = client.post("/api/candidates/upload", files={"file": ("marco.docx", content, DOCX)})
    assert response.status_code == 201, response.text
    assert response.json()["resume_text"] == "Marco Rossi\nData engineer\nSkills\tSpark, SQL"


def test_upload_of_an_exe_is_415(client: TestClient, session: Session) -> None:
    response = client.post(
        "/api/candidates/upload",
        files={"file": ("setup.exe", b"MZ\x90\x00", "application/octet-stream")},
    )
    assert response.status_code == 415
    assert response.json()["code"] == "unsupported_media_type"
    assert _count(session) == 0


def test_upload_over_the_limit_is_413(
    client: TestClient, session: Session, small_upload_limit: int
) -> None:
    over = client.post(
        "/api/candidates/upload", files={"file": ("big.txt", b"a" * (small_upload_limit + 1))}
    )
    assert over.status_code == 413
    assert over.json()["code"] == "payload_too_large"
    assert _count(session) == 0
    at_limit = client.post(
        "/api/candidates/upload", files={"file": ("ok.txt", b"a" * small_upload_limit)}
    )
    assert at_limit.status_code == 201


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("empty.txt", b""),
        ("blank.txt", b"  \n "),
        ("fake.pdf", b"%PDF-1.4 junk"),
        ("x.docx", b"PK"),
    ],
)
def test_unreadable_upload_is_422(
    client: TestClient, session: Session, name: str, content: bytes
) -> None:
    response = client.post("/api/candidates/upload", files={"file": (name, content)})
    assert response.status_code == 422
    assert response.json()["code"] == "invalid_input"
    assert _count(session) == 0


def test_upload_requires_a_file_and_valid_fields(client: TestClient, session: Session) -> None:
    assert client.post("/api/candidates/upload", data={"name": "x"}).status_code == 422
    bad_email = client.post(
        "/api/candidates/upload", files={"file": ("a.txt", b"cv")}, data={"email": "nope"}
    )
    assert bad_email.status_code == 422
    assert _count(session) == 0


def test_bulk_upload_creates_what_it_can(client: TestClient, session: Session) -> None:
    response = client.post(
        "/api/candidates/bulk-upload",
        files=[
            ("files", ("one.txt", b"First resume")),
            ("files", ("two.pdf", make_pdf("Second resume"))),
            ("files", ("three.exe", b"MZ")),
            ("files", ("four.txt", b"first   RESUME")),
            ("files", ("five.docx", make_docx("Fifth resume"))),
        ],
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert len(body["created"]) == 3
    assert {c["resume_text"] for c in body["created"]} == {
        "First resume",
        "Second resume",
        "Fifth resume",
    }
    errors = {e["filename"]: e for e in body["errors"]}
    assert set(errors) == {"three.exe", "four.txt"}
    assert errors["three.exe"]["code"] == "unsupported_media_type"
    assert errors["four.txt"]["code"] == "conflict"
    assert errors["four.txt"]["existing_id"] == body["created"][0]["id"]
    assert all(e["detail"] for e in body["errors"])
    assert _count(session) == 3


def test_bulk_upload_reports_oversized_files(client: TestClient, small_upload_limit: int) -> None:
    response = client.post(
        "/api/candidates/bulk-upload",
        files=[
            ("files", ("big.txt", b"a" * (small_upload_limit + 1))),
            ("files", ("ok.txt", b"ok")),
        ],
    )
    assert response.status_code == 200
    assert [e["code"] for e in response.json()["errors"]] == ["payload_too_large"]
    assert len(response.json()["created"]) == 1


def test_bulk_upload_needs_files(client: TestClient) -> None:
    assert client.post("/api/candidates/bulk-upload").status_code == 422


def test_list_get_delete(client: TestClient) -> None:
    ids = {_create(client, resume_text=f"resume {i}")["id"] for i in range(3)}

    page = client.get("/api/candidates", params={"limit": 2, "offset": 1})
    assert page.status_code == 200
    assert len(page.json()) == 2
    assert page.headers["X-Total-Count"] == "3"
    everyone = client.get("/api/candidates").json()
    assert {c["id"] for c in everyone} == ids

    one = ids.pop()
    assert client.get(f"/api/candidates/{one}").json()["id"] == one
    assert client.delete(f"/api/candidates/{one}").status_code == 200
    assert client.get(f"/api/candidates/{one}").status_code == 404
    assert client.get("/api/candidates").headers["X-Total-Count"] == "2"


def test_list_filters_by_skill(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        service,
        "parse_resume",
        lambda text: CandidateProfile(skills=text.split(":", 1)[1].split(",")),
    )
    py = _create(client, resume_text="skills:Python,Go")["id"]
    _create(client, resume_text="skills:JavaScript")
    response = client.get("/api/candidates", params={"skill": "python"})
    assert [c["id"] for c in response.json()] == [py]
    assert response.headers["X-Total-Count"] == "1"
    assert client.get("/api/candidates", params={"skill": "java"}).json() == []


def test_unknown_and_malformed_ids(client: TestClient) -> None:
    missing = uuid.uuid4()
    for method in ("GET", "DELETE"):
        response = client.request(method, f"/api/candidates/{missing}")
        assert response.status_code == 404
        assert response.json()["id"] == str(missing)
        assert client.request(method, "/api/candidates/12345").status_code == 422
