"""GET /api/candidates: full-text search (the database's own), filters and sort."""

from __future__ import annotations

import uuid

from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlalchemy.orm import Session

from matcha.candidates.models import Candidate

PRIYA = (
    "Priya Sharma\npriya.sharma@mailbox.example\n\nSenior backend engineer.\n"
    "Skills: Python, PostgreSQL, Kubernetes\n\nExperience\n2015 - 2024 Data platform lead at "
    "Orbital Games, built a streaming pipeline.\n\nEducation\nMSc Computer Science, "
    "University of Leeds, 2014"
)
TOM = (
    "Tom Nguyen\ntom@nguyen.example\n\nFrontend developer.\nSkills: JavaScript, React, CSS\n\n"
    "Experience\n2021 - 2024 Developer at Lumen, accessible design systems.\n\n"
    "Education\nBSc Design, Leeds Beckett, 2020"
)
ANA = (
    "Ana Lima\nana@lima.example\n\nData analyst.\nSkills: SQL, Excel, Python\n\nExperience\n"
    "2018 - 2024 Analyst at Harbor Health, reporting on the priyanka programme.\n"
)


def _add(client: TestClient, name: str, resume: str) -> str:
    response = client.post("/api/candidates", json={"name": name, "resume_text": resume})
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


def _names(client: TestClient, query: str) -> list[str]:
    response = client.get(f"/api/candidates?{query}")
    assert response.status_code == 200, response.text
    return [c["name"] for c in response.json()]


def _three(client: TestClient) -> dict[str, str]:
    return {
        "priya": _add(client, "Priya Sharma", PRIYA),
        "tom": _add(client, "Tom Nguyen", TOM),
        "ana": _add(client, "Ana Lima", ANA),
    }


def test_q_finds_a_candidate_by_any_word_of_name_email_skills_or_resume(
    client: TestClient,
) -> None:
    _three(client)
    assert _names(client, "q=Priya")[0] == "Priya Sharma"  # the name outranks Ana's résumé
    assert set(_names(client, "q=priya")) == {"Priya Sharma", "Ana Lima"}  # "priyanka" by prefix
    assert _names(client, "q=sharma") == ["Priya Sharma"]
    assert _names(client, "q=mailbox") == ["Priya Sharma"]  # a word of the email
    assert _names(client, "q=nguyen.example") == ["Tom Nguyen"]
    assert _names(client, "q=kubernetes") == ["Priya Sharma"]  # a skill
    assert _names(client, "q=streaming+pipeline") == ["Priya Sharma"]  # résumé words, all of them
    assert _names(client, "q=react+python") == []
    assert _names(client, "search=lumen") == ["Tom Nguyen"]  # `search` is q's alias
    assert _names(client, "q=%22%3B+DROP+TABLE") == []  # punctuation is not syntax
    assert _names(client, "q=%21%21") == []


def test_search_folds_accents_both_ways(client: TestClient) -> None:
    _add(client, "José Núñez", "José Núñez\njose@nunez.example\nSkills: Python\nLed Zürich office")
    _add(client, "Jose Pena", "Jose Pena\npena@example.com\nSkills: Go\nBuilt a café app")
    _add(client, "Łukasz Dvořák", "Łukasz Dvořák\nlukasz@example.com\nSkills: Rust")
    _add(client, "Jürgen Straße", "Jürgen Straße\njs@example.com\nSkills: Java")
    assert set(_names(client, "q=Jose")) == {"José Núñez", "Jose Pena"}
    assert set(_names(client, "q=José")) == {"José Núñez", "Jose Pena"}
    assert _names(client, "q=nunez") == _names(client, "q=NÚÑEZ") == ["José Núñez"]
    assert _names(client, "q=zurich") == ["José Núñez"]  # a résumé word
    assert _names(client, "q=cafe") == _names(client, "q=café") == ["Jose Pena"]
    assert _names(client, "q=lukasz+dvorak") == ["Łukasz Dvořák"]
    assert _names(client, "q=Dvořák") == ["Łukasz Dvořák"]
    assert _names(client, "q=jurgen") == _names(client, "q=straße") == ["Jürgen Straße"]


def test_search_ranks_name_over_resume_and_reports_the_total(client: TestClient) -> None:
    _three(client)
    response = client.get("/api/candidates?q=python&limit=1")
    assert response.headers["X-Total-Count"] == "2"
    assert len(response.json()) == 1


def test_the_index_follows_edits_and_deletes(client: TestClient, session: Session) -> None:
    ids = _three(client)
    row = session.get(Candidate, uuid.UUID(ids["tom"]))
    assert row is not None
    row.name = "Thomas Quill"
    session.commit()
    assert _names(client, "q=quill") == ["Thomas Quill"]
    assert _names(client, "q=tom+nguyen") == ["Thomas Quill"]  # the email and résumé still hold it
    session.delete(row)
    session.commit()
    assert _names(client, "q=quill") == []


def test_filters_on_skills_experience_and_education(client: TestClient) -> None:
    _three(client)
    assert set(_names(client, "skills=python")) == {"Priya Sharma", "Ana Lima"}
    assert _names(client, "skills=python,sql") == ["Ana Lima"]
    assert _names(client, "skill=react") == ["Tom Nguyen"]
    assert _names(client, "min_experience=8") == ["Priya Sharma"]
    assert set(_names(client, "max_experience=6")) == {"Tom Nguyen", "Ana Lima"}
    assert _names(client, "education=computer+science") == ["Priya Sharma"]
    assert set(_names(client, "education=leeds")) == {"Priya Sharma", "Tom Nguyen"}
    assert _names(client, "q=leeds&skills=javascript") == ["Tom Nguyen"]


def test_sort_by_name_experience_and_date(client: TestClient) -> None:
    _three(client)
    assert _names(client, "sort=name") == ["Ana Lima", "Priya Sharma", "Tom Nguyen"]
    assert _names(client, "sort=-name") == ["Tom Nguyen", "Priya Sharma", "Ana Lima"]
    assert _names(client, "sort=-experience_years")[0] == "Priya Sharma"
    assert _names(client, "sort=experience_years")[0] == "Tom Nguyen"
    assert _names(client, "sort=created_at") == ["Priya Sharma", "Tom Nguyen", "Ana Lima"]
    assert _names(client, "sort=-created_at") == ["Ana Lima", "Tom Nguyen", "Priya Sharma"]
    assert _names(client, "q=python&sort=name") == ["Ana Lima", "Priya Sharma"]


def test_unknown_sort_and_inverted_range_are_422(client: TestClient) -> None:
    response = client.get("/api/candidates?sort=salary")
    assert response.status_code == 422
    assert response.json()["code"] == "validation_error"
    response = client.get("/api/candidates?min_experience=9&max_experience=2")
    assert response.status_code == 422
    assert response.json()["code"] == "invalid_input"


def test_search_sees_only_the_callers_organisation(client: TestClient) -> None:
    from tests.conftest import make_account

    _three(client)
    assert _names(client, "q=sharma") == ["Priya Sharma"]
    other = make_account("Org B")
    response = client.get("/api/candidates?q=priya", headers=other.headers)
    assert response.status_code == 200
    assert response.json() == []


def test_the_index_lives_in_the_database(client: TestClient, session: Session) -> None:
    """SQLite holds an FTS5 table, PostgreSQL a generated tsvector column with a GIN index."""
    _three(client)
    if session.get_bind().dialect.name == "sqlite":
        count = session.scalar(text("SELECT count(*) FROM candidates_fts"))
        assert count == 3
    else:
        kind = session.scalar(
            text("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_candidates_search_vector'")
        )
        assert kind is not None and "gin" in kind
