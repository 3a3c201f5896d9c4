"""HTTP tests for interviews: create, list, read, edit, start, delete, and transcript checks."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from matcha.config import get_settings
from matcha.interviews.models import Interview


@pytest.fixture
def company_id(client: TestClient) -> str:
    response = client.post("/api/companies", json={"name": "Acme"})
    assert response.status_code == 201
    return str(response.json()["id"])


@pytest.fixture
def small_transcript_limit(monkeypatch: pytest.MonkeyPatch) -> Iterator[int]:
    monkeypatch.setenv("MATCHA_MAX_TRANSCRIPT_CHARS", "1000")
    get_settings.cache_clear()
    yield 1000
    monkeypatch.delenv("MATCHA_MAX_TRANSCRIPT_CHARS")
    get_settings.cache_clear()


def _count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Interview)) or 0


def _create(client: TestClient, company_id: str, **body: object) -> dict[str, object]:
    response = client.post(f"/api/companies/{company_id}/interviews", json=body)
    assert response.status_code == 201, response.text
    data: dict[str, object] = response.json()
    return data


def test_create_defaults_to_a_pending_culture_interview(
    client: TestClient, company_id: str
) -> None:
    data = _create(client, company_id, interviewer_name=" Ann ", transcript="  Q: hi\nA: hello ")
    assert uuid.UUID(str(data["id"]))
    assert data["company_id"] == company_id
    assert data["interview_type"] == "culture"
    assert data["status"] == "pending"
    assert data["interviewer_name"] == "Ann"
    assert data["transcript"] == "Q: hi\nA: hello"
    for field in ("raw_culture_data", "conversation_analysis", "screening_analysis"):
        assert data[field] is None
    assert data["completed_at"] is None and data["analyzed_at"] is None
    assert "status_reason" in data


def test_create_accepts_each_type_and_no_transcript(client: TestClient, company_id: str) -> None:
    for kind in ("culture", "candidate", "screening"):
        data = _create(client, company_id, interview_type=kind)
        assert data["interview_type"] == kind
        assert data["transcript"] is None


def test_create_for_unknown_company_is_404(client: TestClient, session: Session) -> None:
    response = client.post(f"/api/companies/{uuid.uuid4()}/interviews", json={})
    assert response.status_code == 404
    assert response.json()["kind"] == "company"
    assert _count(session) == 0


@pytest.mark.parametrize(
    "body",
    [
        {"interview_type": "exit"},
        {"interview_type": 3},
        {"status": "completed"},
        {"id": str(uuid.uuid4())},
        {"raw_culture_data": {}},
        {"transcript": 12},
        {"interviewer_name": "x" * 201},
        {"interviewer_role": "a\nb"},
        {"transcript": ""},
        {"transcript": "   \n\t "},
        {"transcript": "hello\x00world"},
        {"transcript": "bell\x07"},
        {"transcript": "escape \x1b[31m red"},
    ],
)
def test_bad_create_is_422_and_writes_nothing(
    client: TestClient, session: Session, company_id: str, body: dict[str, object]
) -> None:
    response = client.post(f"/api/companies/{company_id}/interviews", json=body)
    assert response.status_code == 422, response.text
    assert response.json()["code"] in ("validation_error", "invalid_input")
    assert _count(session) == 0


def test_malformed_json_is_422(client: TestClient, session: Session, company_id: str) -> None:
    response = client.post(
        f"/api/companies/{company_id}/interviews",
        content=b'{"transcript": ',
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 422
    assert _count(session) == 0


def test_too_long_transcript_is_413_with_a_clear_message(
    client: TestClient, session: Session, company_id: str, small_transcript_limit: int
) -> None:
    response = client.post(
        f"/api/companies/{company_id}/interviews",
        json={"transcript": "a" * (small_transcript_limit + 1)},
    )
    assert response.status_code == 413
    assert response.json()["code"] == "payload_too_large"
    assert str(small_transcript_limit) in response.json()["detail"]
    assert _count(session) == 0
    # Exactly at the limit is fine.
    _create(client, company_id, transcript="a" * small_transcript_limit)


def test_list_is_paginated_and_filtered(client: TestClient, company_id: str) -> None:
    culture = [_create(client, company_id)["id"] for _ in range(3)]
    screening = _create(client, company_id, interview_type="screening")["id"]
    client.post(f"/api/interviews/{culture[0]}/start")
    url = f"/api/companies/{company_id}/interviews"

    page = client.get(url, params={"limit": 2})
    assert page.status_code == 200
    assert len(page.json()) == 2
    assert page.headers["X-Total-Count"] == "4"

    by_type = client.get(url, params={"interview_type": "screening"}).json()
    assert [i["id"] for i in by_type] == [screening]
    by_status = client.get(url, params={"status": "in_progress"}).json()
    assert [i["id"] for i in by_status] == [culture[0]]
    both = client.get(url, params={"status": "pending", "interview_type": "culture"})
    assert both.headers["X-Total-Count"] == "2"


def test_list_rejects_bad_filters_and_unknown_company(client: TestClient, company_id: str) -> None:
    url = f"/api/companies/{company_id}/interviews"
    assert client.get(url, params={"interview_type": "exit"}).status_code == 422
    assert client.get(url, params={"status": "done"}).status_code == 422
    assert client.get(f"/api/companies/{uuid.uuid4()}/interviews").status_code == 404
    assert client.get("/api/companies/nope/interviews").status_code == 422


def test_other_companies_interviews_are_not_listed(client: TestClient, company_id: str) -> None:
    other = client.post("/api/companies", json={"name": "Other"}).json()["id"]
    _create(client, other)
    assert client.get(f"/api/companies/{company_id}/interviews").json() == []


def test_get_and_analysis(client: TestClient, session: Session, company_id: str) -> None:
    interview_id = str(_create(client, company_id, transcript="Q? A.")["id"])
    row = session.get(Interview, uuid.UUID(interview_id))
    assert row is not None
    row.status = "completed"
    row.conversation_analysis = {"interview_summary": "short"}
    row.raw_culture_data = {"pace": {"value": "steady", "evidence": []}}
    session.commit()

    assert client.get(f"/api/interviews/{interview_id}").json()["status"] == "completed"
    analysis = client.get(f"/api/interviews/{interview_id}/analysis")
    assert analysis.status_code == 200
    assert analysis.json() == {
        "interview_id": interview_id,
        "status": "completed",
        "conversation_analysis": {"interview_summary": "short"},
        "screening_analysis": None,
        "raw_culture_data": {"pace": {"value": "steady", "evidence": []}},
        # the conversation analysis again at the top level, as the original backend answered
        "interview_summary": "short",
    }


def test_unknown_and_malformed_ids(client: TestClient) -> None:
    missing = uuid.uuid4()
    for method, path in [
        ("GET", f"/api/interviews/{missing}"),
        ("GET", f"/api/interviews/{missing}/analysis"),
        ("PATCH", f"/api/interviews/{missing}"),
        ("POST", f"/api/interviews/{missing}/start"),
        ("DELETE", f"/api/interviews/{missing}"),
    ]:
        response = client.request(method, path, json={} if method == "PATCH" else None)
        assert response.status_code == 404, path
        assert response.json()["code"] == "not_found"
        bad = client.request(method, path.replace(str(missing), "xyz"), json={})
        assert bad.status_code == 422, path


def test_patch_edits_open_interviews(client: TestClient, company_id: str) -> None:
    interview_id = _create(client, company_id)["id"]
    url = f"/api/interviews/{interview_id}"

    response = client.patch(url, json={"transcript": " Q: a\nA: b ", "interviewer_role": "CTO"})
    assert response.status_code == 200
    assert response.json()["transcript"] == "Q: a\nA: b"
    assert response.json()["interviewer_role"] == "CTO"
    assert response.json()["interviewer_name"] is None

    client.post(f"{url}/start")
    response = client.patch(url, json={"transcript": "more"})
    assert response.status_code == 200
    assert response.json()["transcript"] == "more"
    assert response.json()["status"] == "in_progress"
    assert client.patch(url, json={"transcript": None}).json()["transcript"] is None


def test_patch_rejects_bad_input(client: TestClient, company_id: str) -> None:
    interview_id = _create(client, company_id, transcript="keep")["id"]
    url = f"/api/interviews/{interview_id}"
    for body in (
        {"status": "completed"},
        {"interview_type": "screening"},
        {"transcript": "  "},
        {"transcript": "x\x00"},
    ):
        assert client.patch(url, json=body).status_code == 422, body
    data = client.get(url).json()
    assert (data["status"], data["transcript"], data["interview_type"]) == (
        "pending",
        "keep",
        "culture",
    )


@pytest.mark.parametrize("status", ["analyzing", "completed", "failed"])
def test_patch_is_409_once_closed(
    client: TestClient, session: Session, company_id: str, status: str
) -> None:
    interview_id = str(_create(client, company_id, transcript="original")["id"])
    row = session.get(Interview, uuid.UUID(interview_id))
    assert row is not None
    row.status = status
    session.commit()

    response = client.patch(f"/api/interviews/{interview_id}", json={"transcript": "changed"})

    assert response.status_code == 409
    assert response.json()["code"] == "conflict"
    assert response.json()["status"] == status
    assert client.get(f"/api/interviews/{interview_id}").json()["transcript"] == "original"


def test_start_moves_pending_to_in_progress_once(client: TestClient, company_id: str) -> None:
    interview_id = _create(client, company_id)["id"]

    first = client.post(f"/api/interviews/{interview_id}/start")
    second = client.post(f"/api/interviews/{interview_id}/start")

    assert first.status_code == 200
    assert first.json()["status"] == "in_progress"
    assert second.status_code == 409
    assert "in_progress" in second.json()["detail"]


def test_delete(client: TestClient, session: Session, company_id: str) -> None:
    interview_id = _create(client, company_id)["id"]
    deleted = client.delete(f"/api/interviews/{interview_id}")
    assert deleted.status_code == 200
    assert deleted.json() == {"status": "deleted", "id": interview_id}
    assert client.get(f"/api/interviews/{interview_id}").status_code == 404
    assert _count(session) == 0
    assert client.get(f"/api/companies/{company_id}").json()["interview_count"] == 0
