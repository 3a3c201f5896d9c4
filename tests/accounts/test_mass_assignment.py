"""Create and update bodies can't set what the server owns: ids, organisation, statuses, scores,
timestamps. Each such body is a 422 that names the field, and nothing is written."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from tests.accounts.test_isolation import _snapshot
from tests.conftest import Account, make_account

OWNED_BY_SERVER: dict[str, Any] = {
    "id": str(uuid.uuid4()),
    "org_id": None,  # filled with another organisation's id
    "created_at": "2020-01-01T00:00:00Z",
    "updated_at": "2020-01-01T00:00:00Z",
}


def _ids(client: TestClient) -> dict[str, str]:
    company = client.post("/api/companies", json={"name": "Acme"}).json()["id"]
    interview = client.post(f"/api/companies/{company}/interviews", json={}).json()["id"]
    position = client.post("/api/positions", json={"company_id": company, "title": "Dev"}).json()
    user = client.post(
        "/api/users", json={"email": "u@example.com", "password": "long-password"}
    ).json()["id"]
    return {"company": company, "interview": interview, "position": position["id"], "user": user}


def _routes(ids: dict[str, str]) -> list[tuple[str, str, dict[str, Any], tuple[str, ...]]]:
    """(method, path, a valid body, fields of the server's own this body must not set)."""
    return [
        ("POST", "/api/companies", {"name": "X"}, ()),
        ("PATCH", f"/api/companies/{ids['company']}", {"name": "X"}, ()),
        (
            "POST",
            f"/api/companies/{ids['company']}/interviews",
            {"interviewer_name": "Sam"},
            ("status", "company_id", "raw_culture_data", "analyzed_at"),
        ),
        (
            "PATCH",
            f"/api/interviews/{ids['interview']}",
            {"interviewer_name": "Sam"},
            ("status", "company_id", "raw_culture_data", "screening_analysis"),
        ),
        (
            "POST",
            "/api/candidates",
            {"name": "Ada", "resume_text": "Ada. Python, 5 years."},
            ("skills", "parsed_data", "resume_hash", "match_score", "experience_years"),
        ),
        (
            "POST",
            "/api/positions",
            {"company_id": ids["company"], "title": "Dev"},
            ("overall_score",),
        ),
        (
            "PATCH",
            f"/api/positions/{ids['position']}",
            {"title": "Dev"},
            ("company_id", "overall_score"),
        ),
        (
            "POST",
            f"/api/companies/{ids['company']}/match",
            {},
            ("match_score", "status", "scored_by"),
        ),
        ("POST", "/api/users", {"email": "v@example.com", "password": "long-password"}, ()),
        ("PATCH", f"/api/users/{ids['user']}", {"name": "U"}, ("email", "password_hash")),
        ("POST", "/api/tokens", {"name": "ci"}, ("token", "digest", "user_id", "revoked_at")),
    ]


@pytest.mark.parametrize("index", range(11))
def test_server_owned_fields_are_rejected(
    client: TestClient, account: Account, system_session: Session, index: int
) -> None:
    other = make_account("Other")
    ids = _ids(client)
    method, path, body, extra = _routes(ids)[index]
    fields = {**OWNED_BY_SERVER, "org_id": str(other.org_id)}
    fields |= dict.fromkeys(extra, "forged")
    before = _snapshot(system_session, account.org_id), _snapshot(system_session, other.org_id)
    for name, value in fields.items():
        response = client.request(method, path, json={**body, name: value})
        assert response.status_code == 422, (method, path, name, response.text)
        assert response.json()["code"] == "validation_error"
        assert name in response.json()["detail"], response.json()["detail"]
    after = _snapshot(system_session, account.org_id), _snapshot(system_session, other.org_id)
    assert after == before
