"""Cost accounting: tokens as the API reports them, and the daily budget refusing calls."""

from __future__ import annotations

import pytest

from matcha.ai import usage
from matcha.ai.llm.base import LLMProvider
from matcha.config import get_settings
from matcha.errors import ProviderError
from tests.ai.llm.fake_server import FakeLLM, answer, error
from tests.canned import SCREENING


def test_every_successful_call_reports_its_tokens(fake: FakeLLM, provider: LLMProvider) -> None:
    fake.then(answer("not json", tokens=(120, 9)), error(500), answer(SCREENING, tokens=(150, 60)))
    with usage.tracking() as used:
        assert provider.analyze_screening("t") == SCREENING
    # the repair is a second billed call; the 500 in between is neither a call nor tokens
    assert (used.calls, used.tokens_in, used.tokens_out) == (2, 270, 69)
    assert (used.provider, used.model) == (fake.wire, provider.model)


def test_a_spent_budget_refuses_before_any_http_call(
    fake: FakeLLM, provider: LLMProvider, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MATCHA_DAILY_CALL_BUDGET", "0")
    get_settings.cache_clear()
    with usage.tracking(), pytest.raises(ProviderError) as caught:
        provider.analyze_screening("t")
    assert caught.value.code == "budget_exceeded"
    assert fake.requests == []


def test_the_token_budget_counts_what_the_job_already_spent(
    fake: FakeLLM, provider: LLMProvider, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MATCHA_DAILY_TOKEN_BUDGET", "1000")
    get_settings.cache_clear()
    fake.then(answer(SCREENING, tokens=(900, 200)))
    with usage.tracking(spent_today=lambda: (0, 0)):
        provider.analyze_screening("t")
        with pytest.raises(ProviderError) as caught:
            provider.analyze_screening("t")
    assert caught.value.code == "budget_exceeded"
    assert len(fake.requests) == 1
