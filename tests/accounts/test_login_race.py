"""The per-email login limit counts and checks in one atomic step: however many wrong passwords
arrive at once, at most MATCHA_LOGIN_ATTEMPTS of them are checked."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from fastapi.testclient import TestClient

from matcha.accounts import passwords
from matcha.config import get_settings
from matcha.main import create_app
from tests.conftest import PASSWORD, Account

AT_ONCE = 40


class CountingVerifier:
    """Stands in for the Argon2 check: counts the calls, and takes a while, as Argon2 does."""

    def __init__(self) -> None:
        self.calls = 0
        self._lock = threading.Lock()

    def __call__(self, password: str, hashed: str | None) -> tuple[bool, str | None]:
        with self._lock:
            self.calls += 1
        time.sleep(0.02)
        return password == PASSWORD and hashed is not None, None


@pytest.fixture
def verifier(monkeypatch: pytest.MonkeyPatch) -> CountingVerifier:
    fake = CountingVerifier()
    monkeypatch.setattr(passwords, "verify", fake)
    return fake


def _storm(email: str, passwords_sent: list[str]) -> list[int]:
    with (
        TestClient(create_app(background=False), raise_server_exceptions=False) as anon,
        ThreadPoolExecutor(len(passwords_sent)) as threads,
    ):
        futures = [
            threads.submit(
                anon.post, "/api/auth/token", data={"username": email, "password": password}
            )
            for password in passwords_sent
        ]
        return [f.result().status_code for f in futures]


def test_concurrent_wrong_passwords_check_at_most_the_limit(
    verifier: CountingVerifier, account: Account
) -> None:
    attempts = get_settings().login_attempts
    answers = _storm(account.email, [f"wrong {i}" for i in range(AT_ONCE)])
    assert set(answers) <= {401, 429}, answers
    assert verifier.calls <= attempts
    assert answers.count(401) == verifier.calls and answers.count(429) == AT_ONCE - verifier.calls


def test_an_unknown_email_is_limited_the_same_way(verifier: CountingVerifier) -> None:
    answers = _storm("nobody@example.com", [f"wrong {i}" for i in range(AT_ONCE)])
    assert set(answers) <= {401, 429}, answers
    assert verifier.calls <= get_settings().login_attempts


def test_successful_logins_do_not_use_up_the_allowance(
    verifier: CountingVerifier, account: Account
) -> None:
    attempts = get_settings().login_attempts
    anon = TestClient(create_app(background=False))
    for _ in range(attempts + 5):
        ok = anon.post("/api/auth/token", data={"username": account.email, "password": PASSWORD})
        assert ok.status_code == 200, ok.text
    wrong = [
        anon.post("/api/auth/token", data={"username": account.email, "password": "nope"})
        for _ in range(attempts + 1)
    ]
    assert [r.status_code for r in wrong] == [401] * attempts + [429]
