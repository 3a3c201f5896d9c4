"""GET /api/positions and /api/companies: filters, words and sort."""

from __future__ import annotations

from fastapi.testclient import TestClient


def _company(client: TestClient, name: str, industry: str | None) -> str:
    response = client.post("/api/companies", json={"name": name, "industry": industry})
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


def _position(client: TestClient, company_id: str, **body: object) -> None:
    response = client.post("/api/positions", json={"company_id": company_id, **body})
    assert response.status_code == 201, response.text


def _titles(client: TestClient, query: str) -> list[str]:
    response = client.get(f"/api/positions?{query}")
    assert response.status_code == 200, response.text
    return [p["title"] for p in response.json()]


def _setup(client: TestClient) -> None:
    acme = _company(client, "Acme", "Logistics")
    _position(
        client,
        acme,
        title="Backend Engineer",
        experience_level="senior",
        remote_policy="remote",
        min_years=5,
        description="Python services for 100% of our routes",
    )
    _position(
        client,
        acme,
        title="Designer",
        experience_level="mid",
        remote_policy="onsite",
        status="draft",
        min_years=2,
        location="Leeds",
    )
    _position(client, acme, title="Analyst", experience_level="entry", status="closed")


def test_position_filters(client: TestClient) -> None:
    _setup(client)
    assert _titles(client, "status=draft") == ["Designer"]
    assert _titles(client, "experience_level=senior") == ["Backend Engineer"]
    assert _titles(client, "remote_policy=onsite") == ["Designer"]
    assert _titles(client, "search=python") == ["Backend Engineer"]
    assert _titles(client, "search=leeds") == ["Designer"]
    assert _titles(client, "search=100%25") == ["Backend Engineer"]  # % is a character, not LIKE's
    assert _titles(client, "search=engineer+python") == ["Backend Engineer"]
    assert _titles(client, "search=engineer+leeds") == []
    response = client.get("/api/positions?status=closed")
    assert response.headers["X-Total-Count"] == "1"


def test_position_sort(client: TestClient) -> None:
    _setup(client)
    assert _titles(client, "sort=title") == ["Analyst", "Backend Engineer", "Designer"]
    assert _titles(client, "sort=-title") == ["Designer", "Backend Engineer", "Analyst"]
    assert _titles(client, "sort=min_years") == ["Designer", "Backend Engineer", "Analyst"]
    assert _titles(client, "sort=-created_at") == ["Analyst", "Designer", "Backend Engineer"]


def test_unknown_values_are_422(client: TestClient) -> None:
    for query in ("sort=salary", "experience_level=guru", "remote_policy=moon", "status=open"):
        response = client.get(f"/api/positions?{query}")
        assert response.status_code == 422, query
        assert response.json()["code"] == "validation_error"
    assert client.get("/api/companies?sort=size").status_code == 422


def test_company_search_and_sort(client: TestClient) -> None:
    _company(client, "Acme", "Logistics")
    _company(client, "Lumen", "Design")
    _company(client, "Harbor Health", None)
    names = [c["name"] for c in client.get("/api/companies?search=lum").json()]
    assert names == ["Lumen"]
    names = [c["name"] for c in client.get("/api/companies?search=logistics").json()]
    assert names == ["Acme"]
    names = [c["name"] for c in client.get("/api/companies?sort=name").json()]
    assert names == ["Acme", "Harbor Health", "Lumen"]
    names = [c["name"] for c in client.get("/api/companies?sort=-name").json()]
    assert names == ["Lumen", "Harbor Health", "Acme"]
