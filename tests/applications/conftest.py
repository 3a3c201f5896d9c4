"""A company, a position and candidates to put in its pipeline, made over HTTP."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

DEMO = Path(__file__).resolve().parents[2] / "src" / "matcha" / "demo"


def transcript(name: str) -> str:
    return (DEMO / "transcripts" / f"{name}.txt").read_text()


@pytest.fixture
def company_id(client: TestClient) -> str:
    return str(client.post("/api/companies", json={"name": "Lumen"}).json()["id"])


@pytest.fixture
def position_id(client: TestClient, company_id: str) -> str:
    body = {"company_id": company_id, "title": "Backend engineer", "required_skills": ["Python"]}
    response = client.post("/api/positions", json=body)
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


def add_candidate(client: TestClient, name: str, skills: str = "Python, SQL") -> str:
    resume = f"{name}\n{name.split()[0].lower()}@example.com\nEngineer\nSkills: {skills}\n"
    response = client.post("/api/candidates", json={"name": name, "resume_text": resume})
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


@pytest.fixture
def candidate_ids(client: TestClient) -> list[str]:
    return [
        add_candidate(client, "Ada Lovelace"),
        add_candidate(client, "Alan Turing", "Python, Go"),
        add_candidate(client, "Grace Hopper", "COBOL"),
    ]
