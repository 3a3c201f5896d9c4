"""Per-organisation limits: AI requests per minute, and live jobs; each a 429 with a JSON body."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from matcha.config import get_settings
from matcha.jobs.engine.models import Job
from matcha.main import create_app
from tests.conftest import Account, make_account


def _company(client: TestClient) -> str:
    response = client.post("/api/companies", json={"name": "Acme"})
    assert response.status_code == 201
    return str(response.json()["id"])


def test_ai_requests_past_the_per_minute_allowance_get_429(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MATCHA_AI_RATE_PER_MINUTE", "3")
    get_settings.cache_clear()
    company = _company(client)
    answers = [client.post(f"/api/companies/{company}/match").status_code for _ in range(4)]
    # No culture profile yet: the job's own check answers 409; the fourth never gets that far.
    assert answers == [409, 409, 409, 429]
    blocked = client.post(f"/api/companies/{company}/aggregate-culture/async")
    assert blocked.status_code == 429
    assert blocked.json()["code"] == "rate_limited" and int(blocked.headers["retry-after"]) >= 1
    # Not an AI route: unaffected. Another organisation: its own allowance.
    assert client.get(f"/api/companies/{company}").status_code == 200
    other = TestClient(create_app(background=False), headers=make_account("B").headers)
    theirs = _company(other)
    assert other.post(f"/api/companies/{theirs}/match").status_code != 429


def _interview(client: TestClient, company: str) -> str:
    response = client.post(
        f"/api/companies/{company}/interviews",
        json={"interview_type": "culture", "transcript": "We ship small changes every day."},
    )
    assert response.status_code == 201
    return str(response.json()["id"])


def test_a_full_queue_answers_429_queue_full_and_queues_nothing(
    client: TestClient, monkeypatch: pytest.MonkeyPatch, system_session: Session
) -> None:
    monkeypatch.setenv("MATCHA_MAX_ACTIVE_JOBS", "2")
    get_settings.cache_clear()
    company = _company(client)
    interviews = [_interview(client, company) for _ in range(3)]
    for interview in interviews[:2]:
        accepted = client.post(f"/api/interviews/{interview}/complete")
        assert accepted.status_code == 202, accepted.text
    full = client.post(f"/api/interviews/{interviews[2]}/complete")
    assert full.status_code == 429, full.text
    assert full.json()["code"] == "queue_full" and "cap is 2" in full.json()["detail"]
    assert system_session.scalar(select(func.count()).select_from(Job)) == 2
    assert client.get(f"/api/interviews/{interviews[2]}").json()["status"] != "analyzing"
    # Asking again for a subject already queued returns that job: no new one, no 429.
    again = client.post(f"/api/interviews/{interviews[0]}/analyze/async")
    assert again.status_code == 202 and again.json()["created"] is False
    # The cap is per organisation.
    other = TestClient(create_app(background=False), headers=make_account("B").headers)
    theirs = _interview(other, _company(other))
    assert other.post(f"/api/interviews/{theirs}/complete").status_code == 202


AT_ONCE = 7


def test_simultaneous_enqueues_never_pass_the_cap(
    account: Account, monkeypatch: pytest.MonkeyPatch, system_session: Session
) -> None:
    monkeypatch.setenv("MATCHA_MAX_ACTIVE_JOBS", "3")
    get_settings.cache_clear()
    monkeypatch.setattr("matcha.jobs.engine.broker.publish", lambda _job_id, _kind: True)
    with (
        TestClient(
            create_app(background=False), headers=account.headers, raise_server_exceptions=False
        ) as client,
        ThreadPoolExecutor(AT_ONCE) as threads,
    ):
        company = _company(client)
        positions = [_position(client, company) for _ in range(AT_ONCE)]
        futures = [
            threads.submit(client.post, f"/api/positions/{position}/match/async")
            for position in positions
        ]
        answers = sorted(f.result().status_code for f in futures)
    assert answers == [202] * 3 + [429] * (AT_ONCE - 3), answers
    assert system_session.scalar(select(func.count()).select_from(Job)) == 3


def _position(client: TestClient, company: str) -> str:
    body = {"company_id": company, "title": "Backend", "required_skills": ["python"]}
    response = client.post("/api/positions", json=body)
    assert response.status_code == 201, response.text
    return str(response.json()["id"])
