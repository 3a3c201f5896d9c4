"""Settings that refuse an unsafe start: weak secret keys outside dev mode."""

from __future__ import annotations

import secrets

import pytest

from matcha.config import InsecureConfig, get_settings
from matcha.main import create_app

WEAK = {
    "one character": "k" * 48,
    "two characters": "ab" * 24,
    "a short pattern": "0123456789" * 4,
    "a pattern, cut": "s3cr3tK3y!" * 4 + "s3c",
    "few distinct": "aabbccdd" * 6,
    "mostly a run": "Zq8#xL2m" + "0" * 40,
    "changeme": "changeme-changeme-changeme-changeme",
    "a placeholder sentence": "CHANGE_ME_to_a_long_random_value_please",
    "your secret": "your-secret-key-goes-here-1234567890abcdef",
    "a template's": "replace-me-with-48-random-characters-0123456789",
}


@pytest.mark.parametrize("key", list(WEAK.values()), ids=list(WEAK))
def test_a_weak_secret_key_is_refused_at_startup(monkeypatch: pytest.MonkeyPatch, key: str) -> None:
    assert len(key) >= 32  # long enough: what is refused here is the lack of randomness
    monkeypatch.setenv("MATCHA_SECRET_KEY", key)
    monkeypatch.delenv("MATCHA_ENV", raising=False)
    get_settings.cache_clear()
    with pytest.raises(InsecureConfig, match="MATCHA_SECRET_KEY looks guessable"):
        create_app(background=False)


@pytest.mark.parametrize(
    "key",
    [
        secrets.token_urlsafe(48),
        secrets.token_urlsafe(24),
        secrets.token_hex(16),
        secrets.token_hex(32),
        "tests-only-secret-" + "x" * 40,  # the suite's own key (tests/conftest.py)
    ],
)
def test_a_random_secret_key_is_accepted(monkeypatch: pytest.MonkeyPatch, key: str) -> None:
    monkeypatch.setenv("MATCHA_SECRET_KEY", key)
    monkeypatch.delenv("MATCHA_ENV", raising=False)
    get_settings.cache_clear()
    assert create_app(background=False) is not None
    assert get_settings().signing_key() == key.encode()


def test_dev_mode_still_starts_with_a_weak_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MATCHA_SECRET_KEY", "k" * 48)
    monkeypatch.setenv("MATCHA_ENV", "dev")
    get_settings.cache_clear()
    assert create_app(background=False) is not None
