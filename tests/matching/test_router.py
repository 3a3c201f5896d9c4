"""matching/router.py: the stored matches of a position, best first."""

from __future__ import annotations

import uuid

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from matcha.jobs.match_position import match_position
from tests.fakes import FakeProvider
from tests.jobs import subjects


def test_a_positions_stored_matches_are_listed_best_first(
    client: TestClient, session: Session
) -> None:
    role = subjects.position(session, subjects.company(session))
    few, many = subjects.candidates(session)
    match_position(session, role.id, ai=FakeProvider())
    session.commit()
    response = client.get(f"/api/positions/{role.id}/matches")
    assert response.status_code == 200, response.text
    assert [m["candidate_id"] for m in response.json()] == [str(many.id), str(few.id)]


def test_an_unknown_position_has_no_matches_to_list(client: TestClient) -> None:
    response = client.get(f"/api/positions/{uuid.uuid4()}/matches")
    assert response.status_code == 404 and response.json()["code"] == "not_found"
