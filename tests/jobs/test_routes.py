"""Every sync AI route (jobs/routes.py), end to end over HTTP with the embedded analyzer."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi.testclient import TestClient

from matcha.demo.loader import SAMPLE_DIR, manifest

TRANSCRIPTS = SAMPLE_DIR / "transcripts"


def _post(client: TestClient, url: str, body: dict[str, Any] | None = None, code: int = 200) -> Any:
    response = client.post(url, json=body)
    assert response.status_code == code, response.text
    return response.json()


def _lumen(client: TestClient) -> tuple[str, list[str]]:
    """Lumen Labs from the demo manifest, with its interviews (not analysed yet)."""
    company = next(c for c in manifest()["companies"] if c["key"] == "lumen")
    company_id = _post(client, "/api/companies", {"name": company["name"]}, 201)["id"]
    interviews = []
    for item in company["interviews"]:
        body = {k: v for k, v in item.items() if k != "file"}
        body["transcript"] = (SAMPLE_DIR / item["file"]).read_text()
        interviews.append(_post(client, f"/api/companies/{company_id}/interviews", body, 201)["id"])
    return company_id, interviews


def _candidates(client: TestClient) -> dict[str, str]:
    ids = {}
    for item in manifest()["candidates"]:
        body = {"name": item["name"], "resume_text": (SAMPLE_DIR / item["file"]).read_text()}
        ids[item["name"]] = _post(client, "/api/candidates", body, 201)["id"]
    return ids


def test_analyze_returns_the_interview_with_its_analysis(client: TestClient) -> None:
    _, interviews = _lumen(client)
    data = _post(client, f"/api/interviews/{interviews[0]}/analyze")
    assert data["status"] == "completed" and data["analyzed_at"]
    culture = data["raw_culture_data"]
    assert culture["remote_policy"]["value"] == "fully_remote"
    transcript = client.get(f"/api/interviews/{interviews[0]}").json()["transcript"]
    for sentence in culture["remote_policy"]["evidence"]:
        assert sentence in transcript
    assert data["conversation_analysis"]["coverage_completeness"]["dimensions_covered"]
    analysis = client.get(f"/api/interviews/{interviews[0]}/analysis").json()
    assert analysis["raw_culture_data"] == culture
    jobs = client.get("/api/jobs", params={"subject_id": interviews[0]}).json()
    assert [(j["mode"], j["status"]) for j in jobs] == [("sync", "succeeded")]


def test_screening_interviews_get_a_screening_analysis(client: TestClient) -> None:
    company_id = _post(client, "/api/companies", {"name": "Acme"}, 201)["id"]
    body = {
        "interview_type": "screening",
        "transcript": (TRANSCRIPTS / "screening_strong_priya.txt").read_text(),
    }
    interview = _post(client, f"/api/companies/{company_id}/interviews", body, 201)["id"]
    data = _post(client, f"/api/interviews/{interview}/analyze")
    assert data["raw_culture_data"] is None
    assert data["screening_analysis"]["recommendation"] in ("strong_pass", "pass")
    assert 0 <= data["screening_analysis"]["overall_score"] <= 100


def test_aggregation_then_both_matchings(client: TestClient) -> None:
    company_id, interviews = _lumen(client)
    for interview in interviews:
        _post(client, f"/api/interviews/{interview}/analyze")
    aggregated = _post(client, f"/api/companies/{company_id}/aggregate-culture")
    culture_count = sum(
        1
        for i in interviews
        if client.get(f"/api/interviews/{i}").json()["interview_type"] == "culture"
    )
    assert aggregated["interview_count"] == culture_count
    assert aggregated["profile"]["remote_policy"]["value"] == "fully_remote"
    profile = client.get(f"/api/companies/{company_id}/culture-profile").json()
    assert profile["interview_count"] == culture_count and profile["last_updated"]
    assert (
        client.get(f"/api/companies/{company_id}").json()["culture_profile"]["id"] == profile["id"]
    )

    names = _candidates(client)
    matched = _post(client, f"/api/companies/{company_id}/match", {})
    scores = [m["match_score"] for m in matched["matches"]]
    assert len(scores) == len(names) and scores == sorted(scores, reverse=True)
    first = matched["matches"][0]
    assert set(first["culture_fit_breakdown"]) == {
        "collaboration_fit",
        "pace_fit",
        "values_alignment",
        "growth_fit",
        "work_style_fit",
    }
    assert client.get(f"/api/companies/{company_id}/matches").json()[0]["id"] == first["id"]
    by_name = {m["candidate_name"]: m["culture_evidence"] for m in matched["matches"]}
    assert by_name["Priya Sharma"]["interviews"] == culture_count
    assert by_name["Priya Sharma"]["dimensions_total"] == 9
    assert (
        0
        < by_name["Priya Sharma"]["dimensions_compared"]
        <= by_name["Priya Sharma"]["dimensions_known"]
    )
    assert min(e["dimensions_compared"] for e in by_name.values()) < max(
        e["dimensions_compared"] for e in by_name.values()
    )

    position = _post(
        client,
        "/api/positions",
        {
            "company_id": company_id,
            "title": "Senior Backend Engineer (Go)",
            "required_skills": ["Go", "k8s", "Postgres"],
            "experience_level": "senior",
        },
        201,
    )
    subset = [names["Priya Sharma"], names["Sofía Álvarez"]]
    result = _post(client, f"/api/positions/{position['id']}/match", {"candidate_ids": subset})
    ranked = [m["candidate_name"] for m in result["matches"]]
    assert ranked == ["Priya Sharma", "Sofía Álvarez"]
    best = result["matches"][0]
    assert {"Go", "Kubernetes", "PostgreSQL"} <= set(best["skills_breakdown"]["matched_required"])
    assert best["culture_fit_score"] != 70 or best["culture_fit_breakdown"]["reasoning"]
    stored = client.get(f"/api/positions/{position['id']}/matches").json()
    assert [m["candidate_name"] for m in stored] == ranked
    assert stored[0]["culture_evidence"] == by_name["Priya Sharma"]


def test_position_matches_carry_their_qualification_and_weights(client: TestClient) -> None:
    company_id = _post(client, "/api/companies", {"name": "Acme"}, 201)["id"]
    resumes = {
        "Ada": "Ada Roe\nBackend engineer, 6 years of Python and PostgreSQL.\n",
        "Sam": "Sam Roe\nGraphic designer, 6 years of Figma.\n",
    }
    ids = {
        name: _post(client, "/api/candidates", {"name": name, "resume_text": text}, 201)["id"]
        for name, text in resumes.items()
    }
    body = {"company_id": company_id, "title": "Backend engineer", "required_skills": ["Python"]}
    position = _post(client, "/api/positions", body, 201)["id"]
    result = _post(client, f"/api/positions/{position}/match", {})
    stored = client.get(f"/api/positions/{position}/matches").json()
    for listed in (result["matches"], stored):
        assert [(m["candidate_id"], m["qualified"]) for m in listed] == [
            (ids["Ada"], True),
            (ids["Sam"], False),
        ]
        assert all(
            m["weights"] == {"skills": 0.4, "experience": 0.3, "culture": 0.3} for m in listed
        )


def test_rerunning_a_match_on_unchanged_inputs_reuses_the_scores(client: TestClient) -> None:
    company_id, interviews = _lumen(client)
    for interview in interviews:
        _post(client, f"/api/interviews/{interview}/analyze")
    _post(client, f"/api/companies/{company_id}/aggregate-culture")
    _candidates(client)
    first = _post(client, f"/api/companies/{company_id}/match", {})
    again = _post(client, f"/api/companies/{company_id}/match", {})
    assert (first["scored"], first["reused"]) == (len(first["matches"]), 0)
    assert (again["scored"], again["reused"]) == (0, len(first["matches"]))
    assert [m["match_score"] for m in again["matches"]] == [
        m["match_score"] for m in first["matches"]
    ]


def test_errors_are_clear_and_write_nothing(client: TestClient) -> None:
    company_id = _post(client, "/api/companies", {"name": "Acme"}, 201)["id"]
    no_profile = client.post(f"/api/companies/{company_id}/match", json={})
    assert no_profile.status_code == 409 and "culture profile" in no_profile.json()["detail"]
    nothing = client.post(f"/api/companies/{company_id}/aggregate-culture")
    assert nothing.status_code == 409
    empty = _post(client, f"/api/companies/{company_id}/interviews", {}, 201)["id"]
    assert client.post(f"/api/interviews/{empty}/analyze").status_code == 422
    unknown = uuid.uuid4()
    for url in (
        f"/api/interviews/{unknown}/analyze",
        f"/api/companies/{unknown}/match",
        f"/api/positions/{unknown}/match",
        f"/api/companies/{unknown}/aggregate-culture",
    ):
        response = client.post(url, json={})
        assert response.status_code == 404, url
        assert response.json()["code"] == "not_found"
    assert client.post("/api/positions/not-a-uuid/match", json={}).status_code == 422
    assert client.get("/api/jobs").json() == []
