"""HTTP tests for /api/positions."""

from __future__ import annotations

import uuid

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from matcha.positions.models import Position


@pytest.fixture
def company_id(client: TestClient) -> str:
    return str(client.post("/api/companies", json={"name": "Acme"}).json()["id"])


def _count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Position)) or 0


def _create(client: TestClient, company_id: str, **body: object) -> dict[str, object]:
    response = client.post(
        "/api/positions", json={"company_id": company_id, "title": "Engineer", **body}
    )
    assert response.status_code == 201, response.text
    data: dict[str, object] = response.json()
    return data


FULL = {
    "title": " Senior Backend Engineer ",
    "description": "Build things.\n\nWith care.",
    "required_skills": ["Python", " SQL "],
    "preferred_skills": ["Go"],
    "experience_level": "senior",
    "min_years": 5,
    "max_years": 10,
    "remote_policy": "hybrid",
    "requirements": ["5+ years"],
    "responsibilities": ["Own the API"],
    "location": "Berlin",
    "employment_type": "full-time",
    "salary_min": 80000,
    "salary_max": 120000,
    "department": "Platform",
    "status": "draft",
}


def test_create_with_every_field(client: TestClient, company_id: str) -> None:
    data = _create(client, company_id, **FULL)
    assert uuid.UUID(str(data["id"]))
    assert data["company_id"] == company_id
    assert data["title"] == "Senior Backend Engineer"
    assert data["required_skills"] == ["Python", "SQL"]
    for field in ("experience_level", "remote_policy", "employment_type", "status", "location"):
        assert data[field] == FULL[field]
    assert (data["min_years"], data["max_years"]) == (5.0, 10.0)
    assert (data["salary_min"], data["salary_max"]) == (80000, 120000)


def test_create_minimal_uses_defaults(client: TestClient, company_id: str) -> None:
    data = _create(client, company_id)
    assert data["status"] == "active"
    assert data["required_skills"] == [] and data["responsibilities"] == []
    assert data["experience_level"] is None and data["description"] is None


def test_create_for_unknown_company_is_404(client: TestClient, session: Session) -> None:
    response = client.post("/api/positions", json={"company_id": str(uuid.uuid4()), "title": "x"})
    assert response.status_code == 404
    assert response.json()["kind"] == "company"
    assert _count(session) == 0


@pytest.mark.parametrize(
    "extra",
    [
        {"experience_level": "guru"},
        {"remote_policy": "fully_remote"},
        {"employment_type": "gig"},
        {"status": "open"},
        {"min_years": 5, "max_years": 2},
        {"salary_min": 100, "salary_max": 50},
        {"salary_min": -1},
        {"min_years": "many"},
        {"required_skills": "Python"},
        {"required_skills": [""]},
        {"required_skills": ["x" * 501]},
        {"id": str(uuid.uuid4())},
        {"created_at": "2020-01-01T00:00:00Z"},
        {"title": ""},
        {"title": None},
        {"description": "bad\x00byte"},
    ],
)
def test_bad_create_is_422_and_writes_nothing(
    client: TestClient, session: Session, company_id: str, extra: dict[str, object]
) -> None:
    body = {"company_id": company_id, "title": "Engineer", **extra}
    response = client.post("/api/positions", json=body)
    assert response.status_code == 422, response.text
    assert _count(session) == 0


def test_create_needs_a_valid_company_id(client: TestClient, session: Session) -> None:
    assert client.post("/api/positions", json={"title": "x"}).status_code == 422
    response = client.post("/api/positions", json={"company_id": "acme", "title": "x"})
    assert response.status_code == 422
    malformed = client.post(
        "/api/positions", content=b"[", headers={"content-type": "application/json"}
    )
    assert malformed.status_code == 422
    assert _count(session) == 0


def test_list_filters_and_paginates(client: TestClient, company_id: str) -> None:
    other = str(client.post("/api/companies", json={"name": "Other"}).json()["id"])
    mine = {_create(client, company_id, title=f"Role {i}")["id"] for i in range(3)}
    closed = _create(client, company_id, status="closed")["id"]
    _create(client, other)

    assert client.get("/api/positions").headers["X-Total-Count"] == "5"
    by_company = client.get("/api/positions", params={"company_id": company_id, "limit": 2})
    assert len(by_company.json()) == 2
    assert by_company.headers["X-Total-Count"] == "4"
    active = client.get("/api/positions", params={"company_id": company_id, "status": "active"})
    assert {p["id"] for p in active.json()} == mine
    closed_list = client.get("/api/positions", params={"status": "closed"}).json()
    assert [p["id"] for p in closed_list] == [closed]
    assert client.get("/api/positions", params={"company_id": str(uuid.uuid4())}).json() == []
    assert client.get("/api/positions", params={"company_id": "x"}).status_code == 422
    assert client.get("/api/positions", params={"status": "open"}).status_code == 422


def test_get_patch_delete(client: TestClient, company_id: str) -> None:
    position_id = _create(client, company_id, min_years=2, max_years=4)["id"]
    url = f"/api/positions/{position_id}"

    assert client.get(url).json()["title"] == "Engineer"
    patched = client.patch(url, json={"title": "Lead", "max_years": 8, "location": None})
    assert patched.status_code == 200
    assert patched.json()["title"] == "Lead"
    assert patched.json()["max_years"] == 8
    assert patched.json()["min_years"] == 2

    deleted = client.delete(url)
    assert deleted.status_code == 200
    assert deleted.json() == {"status": "deleted", "id": position_id}
    assert client.get(url).status_code == 404


@pytest.mark.parametrize(
    "body",
    [
        {"min_years": 9},
        {"min_years": 3, "max_years": 1},
        {"title": None},
        {"required_skills": None},
        {"status": None},
        {"company_id": str(uuid.uuid4())},
        {"id": str(uuid.uuid4())},
        {"experience_level": "wizard"},
    ],
)
def test_bad_patch_is_422_and_changes_nothing(
    client: TestClient, company_id: str, body: dict[str, object]
) -> None:
    created = _create(client, company_id, min_years=2, max_years=4)
    url = f"/api/positions/{created['id']}"
    response = client.patch(url, json=body)
    assert response.status_code == 422, response.text
    after = client.get(url).json()  # GET adds the pipeline to the position's fields
    assert {k: after[k] for k in created} == created | {"updated_at": after["updated_at"]}


def test_unknown_and_malformed_ids(client: TestClient) -> None:
    missing = uuid.uuid4()
    for method in ("GET", "PATCH", "DELETE"):
        kwargs: dict[str, object] = {"json": {}} if method == "PATCH" else {}
        response = client.request(method, f"/api/positions/{missing}", **kwargs)  # type: ignore[arg-type]
        assert response.status_code == 404
        assert response.json()["code"] == "not_found"
        assert client.request(method, "/api/positions/zzz", **kwargs).status_code == 422  # type: ignore[arg-type]
