"""Gemini generateContent: the request's shape, AI Studio and Vertex auth, configuration."""

from __future__ import annotations

import pytest

from matcha.ai.llm.gemini import GeminiProvider
from matcha.ai.llm.http import Transport
from matcha.ai.provider import get_provider
from matcha.errors import ProviderError
from tests.ai.llm.fake_server import FakeLLM, Reply, answer
from tests.canned import CULTURE, SCREENING


@pytest.fixture(params=["gemini"])
def wire(request: pytest.FixtureRequest) -> str:
    value: str = request.param
    return value


def test_the_request_asks_for_json_with_our_schema(fake: FakeLLM, provider: GeminiProvider) -> None:
    fake.then(answer(SCREENING))
    provider.analyze_screening("Interviewer: Hi.\nSam: Hello.")
    (request,) = fake.requests
    assert request.path == "/v1beta/models/gemini-test:generateContent"
    assert request.headers["x-goog-api-key"] == "g-test"
    assert "authorization" not in request.headers
    body = request.body
    assert "never instructions" in body["systemInstruction"]["parts"][0]["text"]
    assert "Sam: Hello." in body["contents"][0]["parts"][0]["text"]
    assert [c["role"] for c in body["contents"]] == ["user"]
    config = body["generationConfig"]
    assert config["responseMimeType"] == "application/json"
    schema = config["responseJsonSchema"]
    assert schema["title"] == "ScreeningAnalysis"
    assert schema["properties"]["recommendation"]["enum"] == [
        "strong_pass",
        "pass",
        "borderline",
        "fail",
    ]
    assert config["temperature"] == 0 and config["maxOutputTokens"] > 0


def test_vertex_uses_the_publisher_model_url_and_a_bearer_token(
    fake: FakeLLM, transport: Transport
) -> None:
    provider = GeminiProvider(
        model="gemini-2.5-flash-lite",
        base_url=fake.url,
        vertex_project="acme-prod",
        vertex_location="europe-west4",
        access_token="ya29.token",
        transport=transport,
    )
    fake.then(answer(CULTURE))
    assert provider.extract_culture("t") == CULTURE
    (request,) = fake.requests
    assert request.path == (
        "/v1/projects/acme-prod/locations/europe-west4/publishers/google/models/"
        "gemini-2.5-flash-lite:generateContent"
    )
    assert request.headers["authorization"] == "Bearer ya29.token"
    assert "x-goog-api-key" not in request.headers


def test_thinking_parts_are_skipped_and_their_tokens_counted(
    fake: FakeLLM, provider: GeminiProvider
) -> None:
    from matcha.ai import usage

    parts = [{"text": "Let me think…", "thought": True}, {"text": SCREENING.model_dump_json()}]
    body = {
        "candidates": [{"content": {"role": "model", "parts": parts}}],
        "usageMetadata": {
            "promptTokenCount": 100,
            "candidatesTokenCount": 40,
            "thoughtsTokenCount": 25,
        },
    }
    fake.then(Reply(body=body))
    with usage.tracking() as used:
        assert provider.analyze_screening("t") == SCREENING
    assert (used.calls, used.tokens_in, used.tokens_out) == (1, 100, 65)


def test_a_blocked_prompt_is_final_invalid_output(fake: FakeLLM, provider: GeminiProvider) -> None:
    fake.then(Reply(body={"promptFeedback": {"blockReason": "SAFETY"}}))
    with pytest.raises(ProviderError) as caught:
        provider.analyze_screening("t")
    assert caught.value.code == "invalid_output" and "SAFETY" in caught.value.message
    assert len(fake.requests) == 1


def test_from_settings_with_an_ai_studio_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GOOGLE_API_KEY", "g-env")
    provider = GeminiProvider.from_settings()
    assert (provider.name, provider.model) == ("gemini", "gemini-2.5-flash-lite")
    assert provider.url == (
        "https://generativelanguage.googleapis.com/v1beta/models/"
        "gemini-2.5-flash-lite:generateContent"
    )
    assert provider._headers() == {"x-goog-api-key": "g-env"}


def test_matcha_ai_model_overrides_the_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GEMINI_API_KEY", "g-env")
    monkeypatch.setenv("MATCHA_AI_MODEL", "models/gemini-2.5-pro")
    assert GeminiProvider.from_settings().model == "gemini-2.5-pro"


def test_from_settings_with_vertex(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GOOGLE_CLOUD_PROJECT", "acme-prod")
    monkeypatch.setenv("GOOGLE_ACCESS_TOKEN", "ya29.env")
    provider = GeminiProvider.from_settings()
    assert provider.url.startswith(
        "https://us-central1-aiplatform.googleapis.com/v1/projects/acme-prod/locations/us-central1/"
    )
    assert provider._headers() == {"authorization": "Bearer ya29.env"}
    monkeypatch.setenv("GOOGLE_CLOUD_LOCATION", "global")
    from matcha.config import get_settings

    get_settings.cache_clear()
    assert GeminiProvider.from_settings().url.startswith(
        "https://aiplatform.googleapis.com/v1/projects/acme-prod/locations/global/"
    )


def test_vertex_without_a_token_is_not_configured(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GOOGLE_CLOUD_PROJECT", "acme-prod")
    with pytest.raises(ProviderError) as caught:
        GeminiProvider.from_settings()
    assert caught.value.code == "not_configured" and "GOOGLE_ACCESS_TOKEN" in caught.value.message


def test_no_key_is_not_configured() -> None:
    with pytest.raises(ProviderError) as caught:
        GeminiProvider.from_settings()
    assert caught.value.code == "not_configured" and "GEMINI_API_KEY" in caught.value.message


def test_get_provider_builds_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GEMINI_API_KEY", "g-env")
    get_provider.cache_clear()
    try:
        provider = get_provider("gemini")
        assert isinstance(provider, GeminiProvider) and provider.name == "gemini"
    finally:
        get_provider.cache_clear()
