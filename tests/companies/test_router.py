"""HTTP tests for /api/companies."""

from __future__ import annotations

import uuid

from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from matcha.ai.schemas import CultureData, Dimension
from matcha.companies.models import Company
from matcha.culture.models import CultureProfile
from matcha.interviews.models import Interview

STEADY = CultureData(
    pace=Dimension(value="steady", evidence=["We keep a steady pace."])
).model_dump(mode="json")


def _count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Company)) or 0


def _create(client: TestClient, **body: object) -> dict[str, object]:
    response = client.post("/api/companies", json={"name": "Acme", **body})
    assert response.status_code == 201, response.text
    data: dict[str, object] = response.json()
    return data


def test_create_returns_201_with_the_public_fields(client: TestClient) -> None:
    data = _create(client, name="  Acme Corp ", industry="Software", size="51-200")
    assert uuid.UUID(str(data["id"]))
    assert data["name"] == "Acme Corp"
    assert data["industry"] == "Software"
    assert data["size"] == "51-200"
    assert data["interview_count"] == 0
    assert data["culture_profile"] is None
    assert str(data["created_at"]).endswith(("Z", "+00:00"))
    assert set(data) == {
        "id",
        "name",
        "industry",
        "size",
        "created_at",
        "updated_at",
        "interview_count",
        "culture_profile",
    }


def test_get_includes_interview_count_and_culture_profile(
    client: TestClient, session: Session
) -> None:
    company_id = uuid.UUID(str(_create(client)["id"]))
    session.add_all([Interview(company_id=company_id), Interview(company_id=company_id)])
    session.add(CultureProfile(company_id=company_id, profile_data=STEADY, interview_count=2))
    session.commit()

    data = client.get(f"/api/companies/{company_id}").json()

    assert data["interview_count"] == 2
    profile = data["culture_profile"]
    assert profile["company_id"] == str(company_id)
    assert profile["profile_data"] == STEADY
    assert profile["interview_count"] == 2
    assert profile["last_updated"] == profile["updated_at"]


def test_list_is_a_plain_array_with_pagination_headers(client: TestClient) -> None:
    ids = {_create(client, name=f"Company {i}")["id"] for i in range(3)}

    first = client.get("/api/companies", params={"limit": 2})
    second = client.get("/api/companies", params={"limit": 2, "offset": 2})

    assert first.status_code == second.status_code == 200
    assert isinstance(first.json(), list)
    assert len(first.json()) == 2
    assert len(second.json()) == 1
    assert first.headers["X-Total-Count"] == "3"
    assert 'rel="next"' in first.headers["Link"]
    assert "Link" not in second.headers
    assert {c["id"] for c in first.json() + second.json()} == ids


def test_list_rejects_bad_pagination(client: TestClient) -> None:
    assert client.get("/api/companies", params={"limit": 0}).status_code == 422
    assert client.get("/api/companies", params={"offset": -1}).status_code == 422


def test_patch_changes_only_the_fields_sent(client: TestClient) -> None:
    company = _create(client, industry="Retail", size="10")

    response = client.patch(f"/api/companies/{company['id']}", json={"industry": "Fintech"})

    assert response.status_code == 200
    assert response.json()["industry"] == "Fintech"
    assert response.json()["name"] == "Acme"
    assert response.json()["size"] == "10"


def test_patch_can_clear_optional_fields_but_not_the_name(client: TestClient) -> None:
    company = _create(client, industry="Retail")
    url = f"/api/companies/{company['id']}"

    assert client.patch(url, json={"industry": None}).json()["industry"] is None
    assert client.patch(url, json={"name": None}).status_code == 422
    assert client.get(url).json()["name"] == "Acme"


def test_delete_returns_200_with_a_body_and_cascades_to_interviews(
    client: TestClient, session: Session
) -> None:
    company_id = uuid.UUID(str(_create(client)["id"]))
    session.add(Interview(company_id=company_id))
    session.commit()

    response = client.delete(f"/api/companies/{company_id}")

    assert response.status_code == 200
    assert response.json() == {"status": "deleted", "id": str(company_id)}
    assert client.get(f"/api/companies/{company_id}").status_code == 404
    assert session.scalar(select(func.count()).select_from(Interview)) == 0


def test_unknown_id_is_404_with_the_error_shape(client: TestClient) -> None:
    missing = uuid.uuid4()
    for method in ("get", "patch", "delete"):
        kwargs = {"json": {"name": "x"}} if method == "patch" else {}
        response = client.request(method, f"/api/companies/{missing}", **kwargs)  # type: ignore[arg-type]
        assert response.status_code == 404
        assert response.json()["code"] == "not_found"
        assert response.json()["id"] == str(missing)


def test_malformed_uuid_is_422(client: TestClient) -> None:
    assert client.get("/api/companies/not-a-uuid").status_code == 422
    assert client.delete("/api/companies/123").status_code == 422


def test_bad_input_is_422_and_writes_nothing(client: TestClient, session: Session) -> None:
    bad_bodies: list[object] = [
        {},
        {"name": ""},
        {"name": "   "},
        {"name": 42},
        {"name": "x" * 201},
        {"name": "Acme\x00"},
        {"name": "Acme", "id": str(uuid.uuid4())},
        {"name": "Acme", "created_at": "2020-01-01T00:00:00Z"},
        {"name": "Acme", "interview_count": 9},
        ["Acme"],
    ]
    for body in bad_bodies:
        response = client.post("/api/companies", json=body)
        assert response.status_code == 422, body
        assert response.json()["code"] == "validation_error"
    malformed = client.post(
        "/api/companies", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert malformed.status_code == 422
    assert _count(session) == 0


def test_patch_rejects_unknown_fields(client: TestClient) -> None:
    company = _create(client)
    response = client.patch(f"/api/companies/{company['id']}", json={"id": str(uuid.uuid4())})
    assert response.status_code == 422
    assert client.get(f"/api/companies/{company['id']}").json()["id"] == company["id"]


def test_companies_sort_by_every_documented_field(client: TestClient) -> None:
    """Dates sort as dates: lower() of a timestamp failed on PostgreSQL (found by schemathesis)."""
    for name in ("beta", "Alpha", "gamma"):
        assert client.post("/api/companies", json={"name": name}).status_code == 201
    for sort in ("name", "-name", "created_at", "-created_at", "industry", "-industry"):
        response = client.get("/api/companies", params={"sort": sort, "search": "a"})
        assert response.status_code == 200, (sort, response.text)
    names = [c["name"] for c in client.get("/api/companies", params={"sort": "name"}).json()]
    assert names == ["Alpha", "beta", "gamma"]
