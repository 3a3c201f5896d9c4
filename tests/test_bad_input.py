"""Bad input gets a clear 4xx JSON error and writes nothing."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from matcha.companies.models import Company
from matcha.config import get_settings
from matcha.interviews.models import Interview
from matcha.jobs.engine.models import Job


def _counts(session: Session) -> tuple[int, int, int]:
    session.expire_all()
    return tuple(  # type: ignore[return-value]
        session.scalar(select(func.count()).select_from(m)) or 0 for m in (Company, Interview, Job)
    )


@pytest.fixture
def small_body_limit(monkeypatch: pytest.MonkeyPatch) -> Iterator[int]:
    monkeypatch.setenv("MATCHA_MAX_BODY_BYTES", "2048")
    get_settings.cache_clear()
    yield 2048
    get_settings.cache_clear()


@pytest.fixture
def company_id(client: TestClient) -> str:
    return str(client.post("/api/companies", json={"name": "Acme"}).json()["id"])


def test_a_body_over_the_limit_is_413_before_the_endpoint_runs(
    small_body_limit: int, session: Session
) -> None:
    from matcha.main import create_app

    with TestClient(create_app(background=False)) as client:
        before = _counts(session)
        response = client.post("/api/companies", json={"name": "x" * 5000})
        assert response.status_code == 413
        assert response.json()["code"] == "payload_too_large"
        assert response.json()["max_bytes"] == small_body_limit
        assert _counts(session) == before


def test_a_chunked_body_over_the_limit_is_413_too(small_body_limit: int, session: Session) -> None:
    from matcha.main import create_app

    sent: list[int] = []

    def chunks() -> Iterator[bytes]:
        yield b'{"name": "'
        for _ in range(100):  # 100 kB, far past the limit, with no Content-Length
            sent.append(1)
            yield b"x" * 1000
        yield b'"}'

    with TestClient(create_app(background=False)) as client:
        before = _counts(session)
        response = client.post(
            "/api/companies", content=chunks(), headers={"content-type": "application/json"}
        )
        assert response.status_code == 413
        assert _counts(session) == before


def test_a_content_length_that_lies_is_caught_by_counting(
    small_body_limit: int, session: Session
) -> None:
    from matcha.limits import BodySizeLimit

    received: list[bytes] = []

    async def app(scope: object, receive: object, send: object) -> None:
        while True:
            message = await receive()  # type: ignore[operator]
            received.append(message.get("body", b""))
            if not message.get("more_body"):
                break

    messages = [{"type": "http.request", "body": b"x" * 1500, "more_body": True}] * 3
    out: list[dict[str, object]] = []

    async def receive() -> dict[str, object]:
        return messages.pop(0)

    async def send(message: dict[str, object]) -> None:
        out.append(message)

    import asyncio

    scope = {"type": "http", "headers": [(b"content-length", b"10")]}
    asyncio.run(BodySizeLimit(app, 2048)(scope, receive, send))  # type: ignore[arg-type]
    assert out[0]["status"] == 413
    assert sum(map(len, received)) <= 2048  # the app never saw more than the limit


def test_malformed_json_is_422(client: TestClient, session: Session) -> None:
    before = _counts(session)
    response = client.post(
        "/api/companies", content=b'{"name": "Acme",', headers={"content-type": "application/json"}
    )
    assert response.status_code == 422 and response.json()["code"] == "validation_error"
    assert "JSON" in response.json()["detail"]
    assert _counts(session) == before


def test_a_body_that_is_not_utf8_is_a_clear_400(client: TestClient, session: Session) -> None:
    before = _counts(session)
    response = client.post(
        "/api/companies",
        content=b'{"name": "\xff\xfe"}',
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 400
    assert response.json()["code"] == "http_400" and "UTF-8" in response.json()["detail"]
    assert _counts(session) == before


@pytest.mark.parametrize("bad", ["Acme\x00", "Acme\x07corp", "line\nbreak"])
def test_control_characters_in_names_are_422(client: TestClient, bad: str) -> None:
    assert client.post("/api/companies", json={"name": bad}).status_code == 422


def test_control_characters_in_a_transcript_are_422(
    client: TestClient, company_id: str, session: Session
) -> None:
    before = _counts(session)
    url = f"/api/companies/{company_id}/interviews"
    assert client.post(url, json={"transcript": "hello\x00world"}).status_code == 422
    assert client.post(url, json={"transcript": "   \n\t "}).status_code == 422
    assert _counts(session) == before


@pytest.mark.parametrize(
    "field", ["id", "status", "created_at", "culture_profile", "interview_count"]
)
def test_mass_assignment_is_refused(client: TestClient, field: str) -> None:
    response = client.post("/api/companies", json={"name": "Acme", field: "x"})
    assert response.status_code == 422
    assert field in response.json()["detail"]


def test_scores_and_status_cannot_be_set_on_interviews_or_jobs(
    client: TestClient, company_id: str
) -> None:
    url = f"/api/companies/{company_id}/interviews"
    for field, value in (
        ("status", "completed"),
        ("screening_analysis", {"overall_score": 100}),
        ("raw_culture_data", {}),
    ):
        assert client.post(url, json={field: value}).status_code == 422
    assert (
        client.post(
            "/api/candidates",
            json={"name": "A", "resume_text": "Python developer", "skills": ["x"]},
        ).status_code
        == 422
    )


def test_unknown_and_malformed_ids(client: TestClient) -> None:
    assert client.get("/api/companies/00000000-0000-0000-0000-000000000000").status_code == 404
    assert client.get("/api/companies/not-a-uuid").status_code == 422
    assert client.get("/api/jobs/123").status_code == 422
