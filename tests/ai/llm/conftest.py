"""Fixtures: a fake server per wire format, a provider pointed at it, and no real waiting."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from matcha.ai.llm import http
from matcha.ai.llm.base import LLMProvider
from matcha.ai.llm.gemini import GeminiProvider
from matcha.ai.llm.http import Transport
from matcha.ai.llm.openai import OpenAIProvider
from matcha.config import get_settings
from tests.ai.llm.fake_server import FakeLLM, Recorded, Reply, Wire, answer
from tests.canned import BY_SCHEMA

SETTINGS_ENV = (
    "MATCHA_AI_PROVIDER",
    "MATCHA_AI_MODEL",
    "GEMINI_API_KEY",
    "GOOGLE_API_KEY",
    "GEMINI_MODEL",
    "GEMINI_BASE_URL",
    "GOOGLE_CLOUD_PROJECT",
    "VERTEX_PROJECT",
    "GOOGLE_CLOUD_LOCATION",
    "GOOGLE_ACCESS_TOKEN",
    "OPENAI_API_KEY",
    "OPENAI_BASE_URL",
    "OPENAI_MODEL",
    "MATCHA_DAILY_CALL_BUDGET",
    "MATCHA_DAILY_TOKEN_BUDGET",
)


@pytest.fixture(autouse=True)
def _isolated_settings(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No real key or budget from the environment leaks in; settings are re-read per test."""
    for name in SETTINGS_ENV:
        monkeypatch.delenv(name, raising=False)
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


@pytest.fixture(autouse=True)
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Backoff waits are recorded, not slept; tiny constants keep the jitter bounds small."""
    waits: list[float] = []
    monkeypatch.setattr(http, "sleep", waits.append)
    monkeypatch.setattr(http, "BACKOFF_BASE", 0.01)
    monkeypatch.setattr(http, "BACKOFF_CAP", 0.05)
    return waits


def valid_answer(fake: FakeLLM) -> Callable[[Recorded], Reply]:
    """A responder: the valid payload for whichever schema the request asks for."""

    def respond(request: Recorded) -> Reply:
        return answer(BY_SCHEMA[fake.schema_name(request)])

    return respond


@pytest.fixture(params=["openai", "gemini"])
def wire(request: pytest.FixtureRequest) -> Wire:
    value: Wire = request.param
    return value


@pytest.fixture
def fake(wire: Wire) -> Iterator[FakeLLM]:
    with FakeLLM(wire) as server:
        yield server


@pytest.fixture
def transport(fake: FakeLLM) -> Iterator[Transport]:
    """Closed before the server stops (teardown runs in reverse), so no connection lingers."""
    t = Transport(fake.wire, timeout=2.0, max_retries=3, concurrency=4)
    yield t
    t.close()


def make_provider(fake: FakeLLM, transport: Transport) -> LLMProvider:
    """A provider of the fake's wire format, as get_provider would build it, but local."""
    if fake.wire == "openai":
        return OpenAIProvider(
            model="gpt-test", base_url=f"{fake.url}/v1", api_key="sk-test", transport=transport
        )
    return GeminiProvider(
        model="gemini-test", api_key="g-test", base_url=fake.url, transport=transport
    )


@pytest.fixture
def provider(fake: FakeLLM, transport: Transport) -> LLMProvider:
    return make_provider(fake, transport)


def undated(interview: dict[str, Any], field: str) -> dict[str, Any]:
    """An analysis as the API shows it, less the `analyzed_at` it adds for the original
    frontend (which must be the interview's own)."""
    analysis = dict(interview[field])
    assert analysis.pop("analyzed_at") == interview["analyzed_at"]
    return analysis
