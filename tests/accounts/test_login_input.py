"""Odd login input (NUL bytes, control characters, very long usernames) gets a clear answer on
every database, and any username, however long, is rate-limited."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from matcha.accounts.passwords import MAX_PASSWORD
from matcha.config import get_settings
from matcha.main import create_app
from matcha.ratelimit import RateCounter
from tests.conftest import PASSWORD, Account

LONG = "x" * 250 + "@example.com"  # past the 200 characters of a rate-limit key


@pytest.fixture
def anon() -> TestClient:
    return TestClient(create_app(background=False))


def _login(anon: TestClient, username: str, password: str = "wrong password") -> int:
    response = anon.post("/api/auth/token", data={"username": username, "password": password})
    if response.status_code == 422:
        assert response.json()["code"] == "invalid_input", response.text
    return response.status_code


@pytest.mark.parametrize(
    ("username", "password"),
    [
        ("ada\x00@example.com", "wrong password"),
        ("ada\x07@example.com", "wrong password"),
        ("ada@example.com\n", "wrong password"),
        ("a" * 321 + "@example.com", "wrong password"),
        ("ada@example.com", "p" * (MAX_PASSWORD + 1)),
    ],
)
def test_malformed_logins_get_422_and_change_nothing(
    anon: TestClient, system_session: Session, username: str, password: str
) -> None:
    assert _login(anon, username, password) == 422
    assert system_session.scalar(select(func.count()).select_from(RateCounter)) == 0


def test_a_long_username_is_rate_limited_like_any_other(anon: TestClient) -> None:
    attempts = get_settings().login_attempts
    answers = [_login(anon, LONG) for _ in range(attempts + 2)]
    assert answers == [401] * attempts + [429, 429]


def test_a_long_email_of_a_real_user_logs_in(anon: TestClient) -> None:
    email = "a" * 300 + "@example.com"
    body = {"organisation": "Long", "email": email, "password": PASSWORD}
    assert anon.post("/api/auth/register", json=body).status_code == 201
    assert _login(anon, email, PASSWORD) == 200


def test_the_ui_login_answers_odd_input_with_the_form_and_limits_long_names(
    account: Account,
) -> None:
    with TestClient(create_app(background=False), follow_redirects=False) as web:
        nul = web.post("/ui/login", data={"email": "ada\x00@example.com", "password": "x" * 9})
        assert nul.status_code == 422 and 'name="password"' in nul.text
        attempts = get_settings().login_attempts
        answers = [
            web.post("/ui/login", data={"email": LONG, "password": "wrong password"}).status_code
            for _ in range(attempts + 1)
        ]
        assert answers == [401] * attempts + [429]
