"""companies/culture_router.py: a company's culture profile, once its culture has been
aggregated."""

from __future__ import annotations

import uuid

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from matcha.companies.models import Company
from matcha.jobs.aggregate_culture import aggregate_culture
from tests import canned
from tests.fakes import FakeProvider
from tests.jobs import subjects


def test_a_company_has_a_profile_only_once_its_culture_is_aggregated(
    client: TestClient, session: Session
) -> None:
    company_id = client.post("/api/companies", json={"name": "Acme"}).json()["id"]
    missing = client.get(f"/api/companies/{company_id}/culture-profile")
    assert missing.status_code == 404 and missing.json()["code"] == "not_found"
    owner = session.get(Company, uuid.UUID(company_id))
    assert owner is not None
    row = subjects.interview(session, owner, status="completed")
    row.raw_culture_data = canned.CULTURE.model_dump(mode="json")
    aggregate_culture(session, owner.id, ai=FakeProvider())
    session.commit()
    found = client.get(f"/api/companies/{company_id}/culture-profile")
    assert found.status_code == 200, found.text
    assert found.json()["interview_count"] == 1


def test_an_unknown_company_is_not_found(client: TestClient) -> None:
    response = client.get(f"/api/companies/{uuid.uuid4()}/culture-profile")
    assert response.status_code == 404 and "company" in response.json()["detail"]
