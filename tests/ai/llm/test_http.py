"""The one retry layer, over real loopback HTTP: backoff, Retry-After, error codes, the cap."""

from __future__ import annotations

import socket
import threading
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

from matcha.ai.llm import http
from matcha.ai.llm.base import LLMProvider
from matcha.ai.llm.http import Transport, parse_retry_after, shared_transport
from matcha.config import get_settings
from matcha.errors import ProviderError, TransientError
from tests.ai.llm.conftest import make_provider
from tests.ai.llm.fake_server import FakeLLM, Reply, answer, error
from tests.canned import CULTURE, SCREENING


def test_a_429_is_retried_after_its_retry_after(
    fake: FakeLLM, provider: LLMProvider, sleeps: list[float]
) -> None:
    fake.then(error(429, retry_after="2"), answer(SCREENING))
    assert provider.analyze_screening("transcript") == SCREENING
    assert len(fake.requests) == 2
    assert sleeps == [2.0]


def test_retry_after_as_an_http_date_is_honoured(
    fake: FakeLLM, provider: LLMProvider, sleeps: list[float]
) -> None:
    when = format_datetime(datetime.now(UTC) + timedelta(seconds=5), usegmt=True)
    fake.then(error(503, retry_after=when), answer(SCREENING))
    assert provider.analyze_screening("transcript") == SCREENING
    assert len(sleeps) == 1 and 3.0 <= sleeps[0] <= 5.0


def test_without_retry_after_the_backoff_is_exponential_with_full_jitter(
    fake: FakeLLM, provider: LLMProvider, sleeps: list[float]
) -> None:
    fake.then(error(500), error(502), error(500), answer(SCREENING))
    assert provider.analyze_screening("transcript") == SCREENING
    assert len(sleeps) == 3
    for attempt, wait in enumerate(sleeps):
        assert 0.0 <= wait <= min(http.BACKOFF_CAP, http.BACKOFF_BASE * 2**attempt)


def test_500_forever_is_transient_after_the_retries_run_out(
    fake: FakeLLM, provider: LLMProvider, transport: Transport
) -> None:
    fake.responder = lambda _request: error(500, message="backend exploded")
    with pytest.raises(TransientError) as caught:
        provider.analyze_screening("transcript")
    assert caught.value.code == "provider_unavailable"
    assert "backend exploded" in caught.value.message and "4 attempts" in caught.value.message
    assert len(fake.requests) == transport.max_retries + 1


def test_a_429_that_never_clears_hands_its_retry_after_to_the_job_runner(
    fake: FakeLLM, provider: LLMProvider, sleeps: list[float]
) -> None:
    fake.responder = lambda _request: error(429, retry_after="3")
    with pytest.raises(TransientError) as caught:
        provider.analyze_screening("transcript")
    assert caught.value.code == "rate_limited" and caught.value.retry_after == 3.0
    assert sleeps == [3.0, 3.0, 3.0]


def test_a_long_retry_after_is_not_slept_in_the_thread(
    fake: FakeLLM, provider: LLMProvider, sleeps: list[float]
) -> None:
    fake.then(error(429, retry_after="120"))
    with pytest.raises(TransientError) as caught:
        provider.analyze_screening("transcript")
    assert caught.value.code == "rate_limited" and caught.value.retry_after == 120.0
    assert len(fake.requests) == 1 and sleeps == []


def test_googles_retry_delay_in_the_body_counts_as_retry_after(
    fake: FakeLLM, provider: LLMProvider, sleeps: list[float]
) -> None:
    retry_info = {"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "7s"}
    body = {"error": {"code": 429, "message": "quota", "details": [retry_info]}}
    fake.then(Reply(status=429, body=body), answer(SCREENING))
    assert provider.analyze_screening("transcript") == SCREENING
    assert sleeps == [7.0]


def test_a_slow_answer_times_out_as_transient(fake: FakeLLM) -> None:
    fake.then(Reply(delay=1.0), Reply(delay=1.0))
    transport = Transport(fake.wire, timeout=0.2, max_retries=1, concurrency=2)
    try:
        with pytest.raises(TransientError) as caught:
            make_provider(fake, transport).analyze_screening("transcript")
    finally:
        transport.close()
    assert caught.value.code == "timeout"
    assert len(fake.requests) == 2


@pytest.mark.parametrize("status", [401, 403])
def test_bad_credentials_are_final_auth_failed(
    fake: FakeLLM, provider: LLMProvider, status: int
) -> None:
    fake.then(error(status, message="API key not valid"))
    with pytest.raises(ProviderError) as caught:
        provider.analyze_screening("transcript")
    assert caught.value.code == "auth_failed" and "API key not valid" in caught.value.message
    assert len(fake.requests) == 1


@pytest.mark.parametrize("status", [400, 404, 422])
def test_other_client_errors_are_final_bad_request(
    fake: FakeLLM, provider: LLMProvider, status: int
) -> None:
    fake.then(error(status, message="model not found"))
    with pytest.raises(ProviderError) as caught:
        provider.analyze_screening("transcript")
    assert caught.value.code == "bad_request" and "model not found" in caught.value.message
    assert len(fake.requests) == 1


def test_a_refused_connection_is_retried_then_transient(sleeps: list[float]) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    transport = Transport("openai", timeout=1.0, max_retries=2, concurrency=1)
    try:
        with pytest.raises(TransientError) as caught:
            transport.post_json(f"http://127.0.0.1:{port}/v1", model="m", headers={}, body={})
    finally:
        transport.close()
    assert caught.value.code == "provider_unavailable"
    assert len(sleeps) == 2


def test_the_cap_holds_across_threads(fake: FakeLLM) -> None:
    fake.responder = lambda _request: Reply(text=CULTURE.model_dump_json(), delay=0.1)
    transport = Transport(fake.wire, timeout=5.0, max_retries=0, concurrency=3)
    provider = make_provider(fake, transport)
    errors: list[BaseException] = []

    def call() -> None:
        try:
            provider.extract_culture("transcript")
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=call) for _ in range(12)]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        transport.close()
    assert errors == []
    assert len(fake.requests) == 12
    assert fake.max_in_flight == 3  # never more, and the cap is actually used


def test_one_shared_transport_per_provider_and_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MATCHA_LLM_CONCURRENCY", "5")
    first = shared_transport("openai")
    assert shared_transport("openai") is first and first.concurrency == 5
    assert shared_transport("gemini") is not first
    monkeypatch.setenv("MATCHA_LLM_CONCURRENCY", "6")
    get_settings.cache_clear()
    assert shared_transport("openai").concurrency == 6


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("3", 3.0),
        (" 1.5 ", 1.5),
        ("-4", 0.0),
        ("Wed, 21 Oct 2015 07:28:10 GMT", 10.0),
        ("Wed, 21 Oct 2015 07:27:00 GMT", 0.0),
        ("soon", None),
        (None, None),
    ],
)
def test_parse_retry_after(value: str | None, seconds: float | None) -> None:
    now = datetime(2015, 10, 21, 7, 28, 0, tzinfo=UTC)
    assert parse_retry_after(value, now=now) == seconds
