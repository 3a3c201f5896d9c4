"""Who said what behind each profile dimension: recorded by the aggregation job, served by the
API beside the profile, whatever the provider (issue 14)."""

from __future__ import annotations

import uuid

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from matcha.ai.embedded.provider import EmbeddedProvider
from matcha.ai.schemas import CultureData, Dimension
from matcha.culture import service as culture_service
from matcha.interviews.models import Interview, InterviewStatus
from matcha.jobs.aggregate_culture import aggregate_culture


def _company(client: TestClient) -> uuid.UUID:
    response = client.post("/api/companies", json={"name": "Acme"})
    assert response.status_code == 201, response.text
    return uuid.UUID(response.json()["id"])


def _analysed(client: TestClient, session: Session, company: uuid.UUID, data: CultureData) -> str:
    """A completed culture interview whose analysis is `data` (no extractor involved)."""
    body = {"interview_type": "culture"}
    response = client.post(f"/api/companies/{company}/interviews", json=body)
    assert response.status_code == 201, response.text
    interview = session.get(Interview, uuid.UUID(response.json()["id"]))
    assert interview is not None
    interview.status = InterviewStatus.completed
    interview.raw_culture_data = data.model_dump(mode="json")
    session.commit()
    return str(interview.id)


def _remote(value: str, confidence: float, sentence: str) -> CultureData:
    return CultureData(
        remote_policy=Dimension(value=value, evidence=[sentence], confidence=confidence),
        pace=Dimension(value="steady", evidence=["We keep a steady pace."], confidence=0.5),
    )


def test_two_against_one_keeps_the_majority_and_records_the_minority(
    client: TestClient, session: Session
) -> None:
    company = _company(client)
    first = _analysed(client, session, company, _remote("hybrid", 0.5, "We are hybrid."))
    second = _analysed(
        client, session, company, _remote("fully_remote", 0.6, "Work from anywhere.")
    )
    third = _analysed(client, session, company, CultureData())  # silent on everything
    fourth = _analysed(client, session, company, _remote("hybrid", 0.45, "Office on Tuesdays."))
    result = aggregate_culture(session, company, ai=EmbeddedProvider())
    session.commit()
    assert result.profile.remote_policy.value == "hybrid"

    body = client.get(f"/api/companies/{company}/culture-profile").json()
    assert body["profile_data"]["remote_policy"]["value"] == "hybrid"
    assert "dimension_evidence" not in body["profile_data"]
    remote = body["dimension_evidence"]["remote_policy"]
    assert remote["value"] == "hybrid" and 0 < remote["confidence"] < 1
    assert [(s["interview_id"], s["value"]) for s in remote["sources"]] == [
        (first, "hybrid"),
        (second, "fully_remote"),
        (fourth, "hybrid"),
    ]
    assert remote["sources"][1] == {
        "interview_id": second,
        "value": "fully_remote",
        "confidence": 0.6,
        "evidence": ["Work from anywhere."],
    }
    assert remote["disagreement"] == [{"value": "fully_remote", "interview_ids": [second]}]
    pace = body["dimension_evidence"]["pace"]
    assert pace["disagreement"] == [] and len(pace["sources"]) == 3  # the silent one is absent
    assert third not in {s["interview_id"] for s in pace["sources"]}
    assert body["dimension_evidence"]["team_size"] == {
        "value": "unknown",
        "confidence": None,
        "sources": [],
        "disagreement": [],
    }
    assert result.model_dump(mode="json")["dimension_evidence"] == body["dimension_evidence"]
    # Readers that want the profile alone still get a valid CultureData.
    profile = culture_service.profile_data(session, company)
    assert profile is not None and profile.remote_policy.value == "hybrid"
    listed = client.get(f"/api/companies/{company}").json()
    assert listed["culture_profile"]["dimension_evidence"]["remote_policy"] == remote


def test_a_profile_stored_before_the_evidence_was_recorded_still_reads(
    client: TestClient, session: Session
) -> None:
    company = _company(client)
    _analysed(client, session, company, _remote("hybrid", 0.5, "We are hybrid."))
    aggregate_culture(session, company, ai=EmbeddedProvider())
    row = culture_service.get_profile(session, company)
    assert row is not None
    row.profile_data = {k: v for k, v in row.profile_data.items() if k != "dimension_evidence"}
    session.commit()
    body = client.get(f"/api/companies/{company}/culture-profile").json()
    assert body["dimension_evidence"] == {}
    assert body["profile_data"]["remote_policy"]["value"] == "hybrid"
    assert culture_service.dimension_evidence(session, company) == {}
