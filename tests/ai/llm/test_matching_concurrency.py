"""A matching job's model calls run concurrently against the fake server, within the caps.

The pool of one job is bounded by MATCHA_LLM_CONCURRENCY, and every thread of the process shares
the provider's own cap (http.Transport); the server's max-in-flight shows both. Saves stay on the
job's thread, in candidate order, so a failed call fails the job as a sequential loop would.
"""

from __future__ import annotations

import threading
import uuid

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from matcha.ai.llm.base import LLMProvider
from matcha.candidates import service as candidates_service
from matcha.config import get_settings
from matcha.db import get_sessionmaker
from matcha.jobs.engine import runner
from matcha.jobs.engine.models import Job, JobStatus
from matcha.matching.models import PositionMatchResult
from tests.ai.llm.conftest import valid_answer
from tests.ai.llm.fake_server import FakeLLM, Recorded, Reply, error

# One distinct skill per candidate: prompts carry no names, so this tells the requests apart.
SKILLS = ["Go", "Rust", "Java", "Kotlin", "Scala", "Ruby", "PHP", "Elixir", "Haskell", "Swift"]
POOL = len(SKILLS)
DELAY = 0.05


@pytest.fixture
def published(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Queued job ids, recorded instead of sent to a broker (the test runs them in-process)."""
    ids: list[str] = []

    def publish(job_id: object, _kind: str) -> bool:
        ids.append(str(job_id))
        return True

    monkeypatch.setattr("matcha.jobs.engine.broker.publish", publish)
    return ids


@pytest.fixture
def model(monkeypatch: pytest.MonkeyPatch, provider: LLMProvider) -> LLMProvider:
    """Every job uses the fixture's provider (its transport caps calls at 4)."""
    monkeypatch.setattr("matcha.jobs.common.get_provider", lambda _name: provider)
    return provider


def _slow_valid(fake: FakeLLM) -> None:
    valid = valid_answer(fake)

    def respond(request: Recorded) -> Reply:
        reply = valid(request)
        reply.delay = DELAY
        return reply

    fake.responder = respond


def _position(client: TestClient) -> uuid.UUID:
    company = client.post("/api/companies", json={"name": "Acme"})
    assert company.status_code == 201, company.text
    body = {"company_id": company.json()["id"], "title": "Backend", "required_skills": ["python"]}
    position = client.post("/api/positions", json=body)
    assert position.status_code == 201, position.text
    for i, skill in enumerate(SKILLS):
        resume = f"Cand{i} Roe\ncand{i}@example.com\nBackend engineer\nSKILLS: Python, {skill}\n"
        response = client.post("/api/candidates", json={"name": f"Cand{i}", "resume_text": resume})
        assert response.status_code == 201, response.text
    return uuid.UUID(position.json()["id"])


def _run_match(client: TestClient, position: uuid.UUID, published: list[str]) -> Job:
    accepted = client.post(f"/api/positions/{position}/match/async", json={})
    assert accepted.status_code == 202, accepted.text
    job_id = uuid.UUID(accepted.json()["job_id"])
    assert published == [str(job_id)]
    runner.execute(job_id, worker="test")
    with get_sessionmaker()() as fresh:
        job = fresh.get(Job, job_id)
        assert job is not None
        fresh.expunge(job)
        return job


def test_calls_overlap_up_to_the_providers_cap(
    fake: FakeLLM, model: LLMProvider, client: TestClient, published: list[str], session: Session
) -> None:
    _slow_valid(fake)
    position = _position(client)
    job = _run_match(client, position, published)
    assert job.status == JobStatus.succeeded, job.error_message
    assert len(fake.requests) == POOL
    # the job's pool is 8 (the default), the provider's cap 4: the cap holds, and is used
    assert fake.max_in_flight == model.transport.concurrency == 4
    assert (job.llm_calls, job.tokens_in, job.tokens_out) == (POOL, 11 * POOL, 7 * POOL)
    rows = session.scalars(select(PositionMatchResult)).all()
    assert len(rows) == POOL and {r.scored_by for r in rows} == {fake.wire}


def test_the_jobs_pool_is_bounded_by_matcha_llm_concurrency(
    fake: FakeLLM,
    model: LLMProvider,
    client: TestClient,
    published: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("MATCHA_LLM_CONCURRENCY", "2")
    get_settings.cache_clear()
    _slow_valid(fake)
    job = _run_match(client, _position(client), published)
    assert job.status == JobStatus.succeeded, job.error_message
    assert len(fake.requests) == POOL and fake.max_in_flight == 2


def test_a_final_error_fails_the_job_and_stops_the_other_calls(
    fake: FakeLLM,
    model: LLMProvider,
    client: TestClient,
    published: list[str],
    session: Session,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("MATCHA_LLM_CONCURRENCY", "4")  # the job's pool = the provider's cap
    get_settings.cache_clear()
    valid = valid_answer(fake)
    refused: list[Recorded] = []
    answered: list[Recorded] = []
    lock = threading.Lock()

    def respond(request: Recorded) -> Reply:
        with lock:
            answered.append(request)
            third = len(answered) == 3
        if third:  # the third request is refused at once; the rest are slow
            refused.append(request)
            return error(401, message="key revoked")
        reply = valid(request)
        reply.delay = 0.3
        return reply

    fake.responder = respond
    position = _position(client)
    job = _run_match(client, position, published)
    assert (job.status, job.error_code) == (JobStatus.failed, "auth_failed")
    assert len(fake.requests) <= 4  # those in flight finished; none was started after the 401
    assert job.llm_calls == len(fake.requests) - 1  # every answered call is on the bill
    # saved: exactly the candidates before the refused one, in the job's order, as if sequential
    order = candidates_service.list_candidates_by_ids(session, None)
    _role, prompt = fake.texts(refused[0])[-1]
    (failed,) = [i for i, c in enumerate(order) if f'"{c.skills[-1]}"' in prompt]
    saved = {r.candidate_id for r in session.scalars(select(PositionMatchResult))}
    assert saved == {c.id for c in order[:failed]}
    assert job.progress_done == failed
