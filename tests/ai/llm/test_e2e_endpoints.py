"""Each provider end to end through the HTTP API, selected the way a user selects it: by
environment (MATCHA_AI_PROVIDER and the provider's URL, key and model), against the fake server.

Sync endpoints run the job inside the request; async ones answer 202 and the queued job is then
run in-process by the runner, as a worker would. Both must store the model's answers and record
the provider, model, calls and tokens on the job.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import BaseModel

from matcha.ai.llm.base import CultureSummary
from matcha.ai.llm.http import close_shared
from matcha.ai.llm.structured import output_schema
from matcha.ai.provider import get_provider
from matcha.ai.schemas import (
    ConversationAnalysis,
    CultureData,
    CultureMatch,
    PositionMatch,
    ScreeningAnalysis,
)
from matcha.config import get_settings
from matcha.jobs.engine import runner
from tests.ai.llm.conftest import undated, valid_answer
from tests.ai.llm.fake_server import FakeLLM
from tests.canned import CONVERSATION, CULTURE, CULTURE_MATCH, POSITION_MATCH, SUMMARY

TRANSCRIPT = "Interviewer: How do you work?\nAlex: We ship to production every day."
KEY = {"openai": "sk-e2e", "gemini": "g-e2e"}
MODEL = {"openai": "gpt-e2e", "gemini": "gemini-e2e"}
SCHEMAS: dict[str, type[BaseModel]] = {
    model.__name__: model
    for model in (
        CultureData,
        ConversationAnalysis,
        ScreeningAnalysis,
        CultureSummary,
        CultureMatch,
        PositionMatch,
    )
}
CANDIDATES = ("Jane", "Ravi", "Mei")


@pytest.fixture
def api(fake: FakeLLM, monkeypatch: pytest.MonkeyPatch, client: TestClient) -> Iterator[TestClient]:
    """The API with the fake's wire format selected through the environment, as a user would."""
    monkeypatch.setenv("MATCHA_AI_PROVIDER", fake.wire)
    if fake.wire == "openai":
        monkeypatch.setenv("OPENAI_BASE_URL", f"{fake.url}/v1")
        monkeypatch.setenv("OPENAI_API_KEY", KEY["openai"])
        monkeypatch.setenv("OPENAI_MODEL", MODEL["openai"])
    else:
        monkeypatch.setenv("GEMINI_BASE_URL", fake.url)
        monkeypatch.setenv("GEMINI_API_KEY", KEY["gemini"])
        monkeypatch.setenv("GEMINI_MODEL", MODEL["gemini"])
    get_settings.cache_clear()
    get_provider.cache_clear()
    fake.responder = valid_answer(fake)
    yield client
    close_shared()  # before the fake stops: no kept-alive connection holds its shutdown
    get_provider.cache_clear()


@pytest.fixture
def published(monkeypatch: pytest.MonkeyPatch) -> list[uuid.UUID]:
    """Queued job ids, recorded instead of sent to a broker; the test runs them itself."""
    ids: list[uuid.UUID] = []

    def publish(job_id: object, _kind: str) -> bool:
        ids.append(uuid.UUID(str(job_id)))
        return True

    monkeypatch.setattr("matcha.jobs.engine.broker.publish", publish)
    return ids


def _post(client: TestClient, url: str, body: dict[str, Any] | None = None, code: int = 200) -> Any:
    response = client.post(url, json=body)
    assert response.status_code == code, response.text
    return response.json()


def _setup(client: TestClient) -> tuple[str, str, str]:
    """A company with one culture interview, three candidates and a position (no AI yet)."""
    company = _post(client, "/api/companies", {"name": "Acme"}, 201)["id"]
    body = {"interview_type": "culture", "transcript": TRANSCRIPT}
    interview = _post(client, f"/api/companies/{company}/interviews", body, 201)["id"]
    for name in CANDIDATES:
        resume = f"{name} Roe\n{name.lower()}@example.com\nBackend engineer, Python.\n"
        _post(client, "/api/candidates", {"name": name, "resume_text": resume}, 201)
    body = {"company_id": company, "title": "Backend engineer", "required_skills": ["python"]}
    position = _post(client, "/api/positions", body, 201)["id"]
    return company, interview, position


def _assert_requests(fake: FakeLLM) -> None:
    """Every request: the configured model and key, and the exact schema of its output."""
    assert fake.requests
    for request in fake.requests:
        name = fake.schema_name(request)
        sent = output_schema(SCHEMAS[name])
        if fake.wire == "openai":
            assert request.path == "/v1/chat/completions"
            assert request.headers["authorization"] == f"Bearer {KEY['openai']}"
            assert request.body["model"] == MODEL["openai"]
            fmt = request.body["response_format"]["json_schema"]
            assert (fmt["schema"], fmt["strict"]) == (sent.schema, sent.strict)
        else:
            assert request.path == f"/v1beta/models/{MODEL['gemini']}:generateContent"
            assert request.headers["x-goog-api-key"] == KEY["gemini"]
            config = request.body["generationConfig"]
            assert config["responseJsonSchema"] == sent.schema
            assert config["responseMimeType"] == "application/json"


def _job(client: TestClient, job_id: str | uuid.UUID) -> dict[str, Any]:
    response = client.get(f"/api/jobs/{job_id}")
    assert response.status_code == 200, response.text
    job: dict[str, Any] = response.json()
    return job


def _assert_billed(job: dict[str, Any], wire: str, calls: int) -> None:
    assert job["status"] == "succeeded", job["error"]
    assert (job["provider"], job["model"], job["llm_calls"]) == (wire, MODEL[wire], calls)
    assert (job["tokens_in"], job["tokens_out"]) == (11 * calls, 7 * calls)  # the fake's counts


def _schemas_asked(fake: FakeLLM, since: int) -> list[str]:
    return sorted(fake.schema_name(r) for r in fake.requests[since:])


def test_the_sync_endpoints(fake: FakeLLM, api: TestClient) -> None:
    company, interview, position = _setup(api)

    analysed = _post(api, f"/api/interviews/{interview}/analyze")
    assert analysed["raw_culture_data"] == CULTURE.model_dump(mode="json")
    assert undated(analysed, "conversation_analysis") == CONVERSATION.model_dump(mode="json")
    assert _schemas_asked(fake, 0) == ["ConversationAnalysis", "CultureData"]

    aggregated = _post(api, f"/api/companies/{company}/aggregate-culture")
    assert aggregated["profile"]["culture_summary"] == SUMMARY["culture_summary"]
    assert _schemas_asked(fake, 2) == ["CultureSummary"]

    culture = _post(api, f"/api/companies/{company}/match", {})
    assert [m["scored_by"] for m in culture["matches"]] == [fake.wire] * len(CANDIDATES)
    assert {m["match_score"] for m in culture["matches"]} == {CULTURE_MATCH.match_score}
    assert _schemas_asked(fake, 3) == ["CultureMatch"] * len(CANDIDATES)

    matched = _post(api, f"/api/positions/{position}/match", {})
    assert [m["scored_by"] for m in matched["matches"]] == [fake.wire] * len(CANDIDATES)
    assert {m["overall_score"] for m in matched["matches"]} == {POSITION_MATCH.overall_score}
    stored = api.get(f"/api/positions/{position}/matches").json()
    assert {m["match_reasoning"] for m in stored} == {POSITION_MATCH.match_reasoning}
    _assert_requests(fake)

    calls = {
        "analyze_interview": 2,
        "aggregate_culture": 1,
        "match_company": len(CANDIDATES),
        "match_position": len(CANDIDATES),
    }
    jobs = api.get("/api/jobs").json()
    assert sorted(j["kind"] for j in jobs) == sorted(calls)
    for job in jobs:
        assert job["mode"] == "sync"
        _assert_billed(_job(api, job["id"]), fake.wire, calls[job["kind"]])


def test_the_async_endpoints(fake: FakeLLM, api: TestClient, published: list[uuid.UUID]) -> None:
    company, interview, position = _setup(api)
    steps = [
        (f"/api/interviews/{interview}/complete", 2),
        (f"/api/companies/{company}/aggregate-culture/async", 1),
        (f"/api/companies/{company}/match/async", len(CANDIDATES)),
        (f"/api/positions/{position}/match/async", len(CANDIDATES)),
    ]
    for url, calls in steps:
        response = api.post(url, json={} if "match" in url else None)
        assert response.status_code == 202, response.text
        job_id = response.json()["job_id"]
        assert response.headers["location"] == f"/api/jobs/{job_id}"
        assert published[-1] == uuid.UUID(job_id)
        assert _job(api, job_id)["status"] == "queued"
        assert runner.execute(uuid.UUID(job_id), worker="test") == "succeeded"
        _assert_billed(_job(api, job_id), fake.wire, calls)

    analysis = api.get(f"/api/interviews/{interview}/analysis").json()
    assert analysis["raw_culture_data"] == CULTURE.model_dump(mode="json")
    profile = api.get(f"/api/companies/{company}/culture-profile").json()
    assert profile["profile_data"]["culture_summary"] == SUMMARY["culture_summary"]
    culture = api.get(f"/api/companies/{company}/matches").json()
    assert [(m["scored_by"], m["match_score"]) for m in culture] == [
        (fake.wire, CULTURE_MATCH.match_score)
    ] * len(CANDIDATES)
    matched = api.get(f"/api/positions/{position}/matches").json()
    assert [(m["scored_by"], m["overall_score"]) for m in matched] == [
        (fake.wire, POSITION_MATCH.overall_score)
    ] * len(CANDIDATES)
    assert len(fake.requests) == 2 + 1 + 2 * len(CANDIDATES)
    _assert_requests(fake)
