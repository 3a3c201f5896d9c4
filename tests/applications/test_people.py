"""Interviews tied to people: who an interview was with, the candidate's page in the API, and
what a finished screening interview records on the application it was for."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from fastapi.testclient import TestClient

from matcha.config import get_settings
from tests.applications.conftest import transcript
from tests.conftest import make_account


def _application(client: TestClient, position_id: str, candidate_id: str) -> str:
    response = client.post(
        f"/api/positions/{position_id}/applications",
        json={"candidate_id": candidate_id, "stage": "screening"},
    )
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


def _screen(client: TestClient, company_id: str, body: dict[str, object]) -> dict[str, Any]:
    response = client.post(
        f"/api/companies/{company_id}/interviews", json={"interview_type": "screening", **body}
    )
    assert response.status_code == 201, response.text
    analysed = client.post(f"/api/interviews/{response.json()['id']}/analyze")
    assert analysed.status_code == 200, analysed.text
    data: dict[str, Any] = response.json()
    return data


def test_an_interview_names_its_candidate_and_position(
    client: TestClient, company_id: str, position_id: str, candidate_ids: list[str]
) -> None:
    body = {
        "interview_type": "candidate",
        "candidate_id": candidate_ids[0],
        "position_id": position_id,
    }
    created = client.post(f"/api/companies/{company_id}/interviews", json=body)
    assert created.status_code == 201, created.text
    assert created.json()["candidate_name"] == "Ada Lovelace"
    listed = client.get(f"/api/companies/{company_id}/interviews").json()
    assert [(i["candidate_id"], i["candidate_name"], i["position_id"]) for i in listed] == [
        (candidate_ids[0], "Ada Lovelace", position_id)
    ]
    plain = client.post(f"/api/companies/{company_id}/interviews", json={}).json()
    assert plain["candidate_id"] is None and plain["candidate_name"] is None


def test_an_interview_refuses_people_it_cant_name(
    client: TestClient, company_id: str, position_id: str, candidate_ids: list[str]
) -> None:
    url = f"/api/companies/{company_id}/interviews"
    culture = client.post(url, json={"candidate_id": candidate_ids[0]})
    assert culture.status_code == 422 and culture.json()["code"] == "invalid_input"
    ghost = {"interview_type": "screening", "candidate_id": str(uuid.uuid4())}
    assert client.post(url, json=ghost).status_code == 404
    assert client.post(url, json={"position_id": str(uuid.uuid4())}).status_code == 404
    other = client.post("/api/companies", json={"name": "Other"}).json()["id"]
    elsewhere = client.post(f"/api/companies/{other}/interviews", json={"position_id": position_id})
    assert elsewhere.status_code == 422
    assert client.get(url).json() == []


def test_another_organisations_candidate_is_404(
    client: TestClient, company_id: str, position_id: str
) -> None:
    theirs = make_account("Org B")
    foreign = client.post(
        "/api/candidates",
        json={"name": "Eve", "resume_text": "Eve\nSpy\n"},
        headers=theirs.headers,
    ).json()["id"]
    body = {"interview_type": "screening", "candidate_id": foreign}
    assert client.post(f"/api/companies/{company_id}/interviews", json=body).status_code == 404
    add = client.post(f"/api/positions/{position_id}/applications", json={"candidate_id": foreign})
    assert add.status_code == 404
    assert client.post(f"/api/candidates/{foreign}/notes", json={"body": "hi"}).status_code == 404


def test_a_passing_screening_moves_the_application_to_interview(
    client: TestClient, company_id: str, position_id: str, candidate_ids: list[str]
) -> None:
    app_id = _application(client, position_id, candidate_ids[0])
    interview = _screen(
        client,
        company_id,
        {
            "candidate_id": candidate_ids[0],
            "position_id": position_id,
            "transcript": transcript("screening_strong_priya"),
        },
    )
    app = client.get(f"/api/applications/{app_id}").json()
    assert app["stage"] == "interview"
    assert app["screening_interview_id"] == interview["id"]
    assert app["screening_recommendation"] in ("pass", "strong_pass")
    assert app["screening_score"] >= 60
    last = app["history"][-1]
    assert (last["kind"], last["from_stage"], last["to_stage"], last["actor"]) == (
        "screening",
        "screening",
        "interview",
        "screening interview",
    )
    candidate = client.get(f"/api/candidates/{candidate_ids[0]}").json()
    assert [(a["position_id"], a["stage"]) for a in candidate["applications"]] == [
        (position_id, "interview")
    ]
    (seen,) = candidate["interviews"]
    assert (
        seen["id"] == interview["id"] and seen["recommendation"] == app["screening_recommendation"]
    )
    assert seen["screening_score"] == app["screening_score"]


def test_with_suggest_a_pass_only_suggests_the_move(
    client: TestClient,
    company_id: str,
    position_id: str,
    candidate_ids: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("MATCHA_SCREENING_ADVANCE", "suggest")
    get_settings.cache_clear()
    app_id = _application(client, position_id, candidate_ids[0])
    _screen(
        client,
        company_id,
        {
            "candidate_id": candidate_ids[0],
            "position_id": position_id,
            "transcript": transcript("screening_strong_priya"),
        },
    )
    app = client.get(f"/api/applications/{app_id}").json()
    assert (app["stage"], app["suggested_stage"]) == ("screening", "interview")


def test_a_failing_screening_only_suggests_rejecting(
    client: TestClient, company_id: str, position_id: str, candidate_ids: list[str]
) -> None:
    app_id = _application(client, position_id, candidate_ids[1])
    _screen(
        client,
        company_id,
        {
            "candidate_id": candidate_ids[1],
            "position_id": position_id,
            "transcript": transcript("screening_weak_jake"),
        },
    )
    app = client.get(f"/api/applications/{app_id}").json()
    assert app["screening_recommendation"] == "fail"
    assert (app["stage"], app["suggested_stage"]) == ("screening", "rejected")  # never silently
    assert "suggests rejecting" in app["history"][-1]["note"]
    moved = client.patch(
        f"/api/applications/{app_id}", json={"stage": "rejected", "reason": "screening"}
    ).json()
    assert moved["suggested_stage"] is None


def test_a_screening_without_an_application_changes_nothing(
    client: TestClient, company_id: str, position_id: str, candidate_ids: list[str]
) -> None:
    _screen(
        client,
        company_id,
        {
            "candidate_id": candidate_ids[2],
            "position_id": position_id,
            "transcript": transcript("screening_strong_priya"),
        },
    )
    assert client.get(f"/api/positions/{position_id}/applications").json() == []
    candidate = client.get(f"/api/candidates/{candidate_ids[2]}").json()
    assert candidate["applications"] == [] and len(candidate["interviews"]) == 1
