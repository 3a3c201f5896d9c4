"""OpenAI-compatible chat completions: the request's shape, auth, and configuration."""

from __future__ import annotations

import pytest

from matcha.ai.llm.openai import OpenAIProvider
from matcha.ai.provider import get_provider
from matcha.errors import ProviderError
from tests.ai.llm.fake_server import FakeLLM, Reply, answer
from tests.canned import CANDIDATE, CULTURE, CULTURE_MATCH


@pytest.fixture(params=["openai"])
def wire(request: pytest.FixtureRequest) -> str:
    value: str = request.param
    return value


def test_the_request_is_a_strict_json_schema_chat_completion(
    fake: FakeLLM, provider: OpenAIProvider
) -> None:
    fake.then(answer(CULTURE_MATCH))
    provider.match_culture(CULTURE, CANDIDATE)
    (request,) = fake.requests
    assert request.path == "/v1/chat/completions"
    assert request.headers["authorization"] == "Bearer sk-test"
    assert request.headers["content-type"] == "application/json"
    body = request.body
    assert body["model"] == "gpt-test"
    assert [m["role"] for m in body["messages"]] == ["system", "user"]
    fmt = body["response_format"]
    assert fmt["type"] == "json_schema"
    assert fmt["json_schema"]["name"] == "CultureMatch"
    assert fmt["json_schema"]["strict"] is True
    schema = fmt["json_schema"]["schema"]
    assert schema["additionalProperties"] is False
    assert "match_score" in schema["required"]
    assert schema["properties"]["match_score"] == {"maximum": 100, "minimum": 0, "type": "integer"}
    assert body["max_completion_tokens"] > 0
    assert "temperature" not in body  # reasoning models reject anything but their default


def test_a_local_server_needs_no_key(fake: FakeLLM, provider: OpenAIProvider) -> None:
    provider.api_key = None
    fake.then(answer(CULTURE_MATCH))
    assert provider.match_culture(CULTURE, CANDIDATE) == CULTURE_MATCH
    assert "authorization" not in fake.requests[0].headers


def test_a_refusal_is_final_invalid_output(fake: FakeLLM, provider: OpenAIProvider) -> None:
    message = {"role": "assistant", "content": None, "refusal": "I can't help with that."}
    fake.then(Reply(body={"choices": [{"index": 0, "message": message}]}))
    with pytest.raises(ProviderError) as caught:
        provider.match_culture(CULTURE, CANDIDATE)
    assert caught.value.code == "invalid_output" and "can't help" in caught.value.message
    assert len(fake.requests) == 1


def test_from_settings_reads_the_openai_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-env")
    monkeypatch.setenv("OPENAI_BASE_URL", "https://llm.example.com/v1/")
    monkeypatch.setenv("OPENAI_MODEL", "gpt-4.1-mini")
    provider = OpenAIProvider.from_settings()
    assert (provider.name, provider.model) == ("openai", "gpt-4.1-mini")
    assert provider.url == "https://llm.example.com/v1/chat/completions"
    assert provider.api_key == "sk-env"


def test_matcha_ai_model_overrides_the_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-env")
    monkeypatch.setenv("MATCHA_AI_MODEL", "gpt-override")
    assert OpenAIProvider.from_settings().model == "gpt-override"


def test_openai_itself_without_a_key_is_not_configured() -> None:
    with pytest.raises(ProviderError) as caught:
        OpenAIProvider.from_settings()
    assert caught.value.code == "not_configured" and "OPENAI_API_KEY" in caught.value.message


def test_ollama_needs_only_a_base_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", "http://localhost:11434/v1")
    monkeypatch.setenv("OPENAI_MODEL", "llama3.2")
    provider = OpenAIProvider.from_settings()
    assert provider.api_key is None and provider.url == "http://localhost:11434/v1/chat/completions"


def test_get_provider_builds_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-env")
    get_provider.cache_clear()
    try:
        provider = get_provider("openai")
        assert isinstance(provider, OpenAIProvider) and provider.name == "openai"
    finally:
        get_provider.cache_clear()
