"""Emails: control characters are refused on every database, an existing email is never echoed,
and probing for accounts through registration or user creation is rate-limited."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from matcha.accounts.models import User
from matcha.config import get_settings
from matcha.main import create_app
from matcha.tenancy import Organisation
from tests.conftest import Account, make_account

NEW = {"organisation": "Acme", "email": "ada@example.com", "password": "s3cret-enough"}
BAD_EMAILS = [
    "ada\x00@example.com",
    "ada@exa\x00mple.com",
    "ada\x01@example.com",
    "ada@example.com\x7f",
    "ada\x85@example.com",
    "\tada@example.com",
]


@pytest.fixture
def anon() -> TestClient:
    return TestClient(create_app(background=False))


@pytest.mark.parametrize("email", BAD_EMAILS)
def test_register_refuses_control_characters_in_the_email(
    anon: TestClient, system_session: Session, email: str
) -> None:
    response = anon.post("/api/auth/register", json={**NEW, "email": email})
    assert response.status_code == 422, response.text
    assert response.json()["code"] == "validation_error"
    assert system_session.scalar(select(func.count()).select_from(User)) == 0
    assert system_session.scalar(select(func.count()).select_from(Organisation)) == 0


@pytest.mark.parametrize("email", BAD_EMAILS)
def test_an_admin_cannot_add_a_user_with_control_characters(
    client: TestClient, system_session: Session, email: str
) -> None:
    body = {"email": email, "password": "another passphrase"}
    response = client.post("/api/users", json=body)
    assert response.status_code == 422, response.text
    assert system_session.scalar(select(func.count()).select_from(User)) == 1  # the admin


def test_an_existing_email_is_never_echoed(client: TestClient, account: Account) -> None:
    anon = TestClient(create_app(background=False))
    taken = anon.post("/api/auth/register", json={**NEW, "email": account.email.upper()})
    assert taken.status_code == 409 and taken.json()["code"] == "conflict"
    assert account.email not in taken.text.lower()
    added = client.post("/api/users", json={"email": account.email, "password": "passphrase!"})
    assert added.status_code == 409 and account.email not in added.text.lower()


def test_registrations_from_one_address_are_limited(
    anon: TestClient, monkeypatch: pytest.MonkeyPatch, system_session: Session
) -> None:
    monkeypatch.setenv("MATCHA_REGISTER_ATTEMPTS", "3")
    get_settings.cache_clear()
    answers = [
        anon.post("/api/auth/register", json={**NEW, "email": f"u{i}@example.com"}).status_code
        for i in range(3)
    ]
    # A taken email counts too: every attempt tells the caller something.
    answers.append(anon.post("/api/auth/register", json={**NEW, "email": "u0@example.com"}))
    blocked = answers.pop()
    assert answers == [201, 201, 201]
    assert blocked.status_code == 429 and blocked.json()["code"] == "rate_limited"
    assert int(blocked.headers["retry-after"]) >= 1
    assert system_session.scalar(select(func.count()).select_from(Organisation)) == 3


def test_user_creation_is_limited_per_organisation(
    client: TestClient, monkeypatch: pytest.MonkeyPatch, account: Account
) -> None:
    monkeypatch.setenv("MATCHA_USER_CREATE_ATTEMPTS", "3")
    get_settings.cache_clear()
    probes = [account.email, "free-1@example.com", "free-2@example.com", "free-3@example.com"]
    answers = [
        client.post("/api/users", json={"email": email, "password": "passphrase!"})
        for email in probes
    ]
    assert [a.status_code for a in answers] == [409, 201, 201, 429]
    assert answers[-1].json()["code"] == "rate_limited"
    # Another organisation has its own allowance.
    other = TestClient(create_app(background=False), headers=make_account("B").headers)
    made = other.post("/api/users", json={"email": "free-3@example.com", "password": "passphrase!"})
    assert made.status_code == 201, made.text
