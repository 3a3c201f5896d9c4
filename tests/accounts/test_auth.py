"""Registration, login, logout and what makes a bearer token invalid (always 401 + JSON)."""

from __future__ import annotations

import base64
import json
from datetime import timedelta

import httpx
import pytest
from fastapi.testclient import TestClient
from pwdlib import PasswordHash
from pwdlib.hashers.argon2 import Argon2Hasher
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from matcha.accounts import passwords
from matcha.accounts.models import AuthToken, User
from matcha.config import get_settings
from matcha.db import utcnow
from matcha.main import create_app
from matcha.tenancy import Organisation
from tests.conftest import PASSWORD, Account

NEW = {"organisation": "Acme Recruiting", "email": "Ada@Example.com", "password": "s3cret-enough"}


@pytest.fixture
def anon() -> TestClient:
    """The API with no credentials at all."""
    return TestClient(create_app(background=False))


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _login(anon: TestClient, email: str, password: str) -> httpx.Response:
    return anon.post("/api/auth/token", data={"username": email, "password": password})


def test_register_makes_an_organisation_and_its_admin_logged_in(
    anon: TestClient, system_session: Session
) -> None:
    response = anon.post("/api/auth/register", json=NEW)
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["organisation"]["name"] == "Acme Recruiting"
    assert body["user"]["email"] == "ada@example.com" and body["role"] == "admin"
    assert body["token_type"] == "bearer" and 0 < body["expires_in"] <= 720 * 60
    me = anon.get("/api/auth/me", headers=_bearer(body["access_token"]))
    assert me.status_code == 200
    assert me.json()["organisation"]["id"] == body["organisation"]["id"]
    assert me.json()["token_kind"] == "session"
    stored = system_session.scalar(select(User).where(User.email == "ada@example.com"))
    assert stored is not None and stored.password_hash.startswith("$argon2id$")
    assert "s3cret" not in stored.password_hash
    # Only a digest of the token is kept.
    digests = system_session.scalars(select(AuthToken.digest)).all()
    assert body["access_token"] not in digests


def test_register_refuses_a_taken_email_weak_password_and_extra_fields(
    anon: TestClient, system_session: Session
) -> None:
    assert anon.post("/api/auth/register", json=NEW).status_code == 201
    taken = anon.post("/api/auth/register", json={**NEW, "email": "ada@example.com"})
    assert taken.status_code == 409 and taken.json()["code"] == "conflict"
    weak = anon.post("/api/auth/register", json={**NEW, "email": "b@example.com", "password": "x"})
    assert weak.status_code == 422
    for extra in ({"role": "admin"}, {"org_id": "x"}, {"id": "x"}):
        sneaky = anon.post("/api/auth/register", json={**NEW, "email": "c@example.com", **extra})
        assert sneaky.status_code == 422, extra
    assert system_session.scalar(select(func.count()).select_from(Organisation)) == 1


def test_registration_can_be_closed(anon: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MATCHA_REGISTRATION", "closed")
    get_settings.cache_clear()
    response = anon.post("/api/auth/register", json=NEW)
    assert response.status_code == 403 and "closed" in response.json()["detail"]


def test_login_returns_a_session_token_that_logout_ends(anon: TestClient, account: Account) -> None:
    response = _login(anon, account.email, PASSWORD)
    assert response.status_code == 200, response.text
    token = response.json()["access_token"]
    assert token.startswith("mts_") and response.json()["role"] == "admin"
    assert anon.get("/api/companies", headers=_bearer(token)).status_code == 200
    assert anon.post("/api/auth/logout", headers=_bearer(token)).status_code == 204
    after = anon.get("/api/companies", headers=_bearer(token))
    assert after.status_code == 401 and "revoked" in after.json()["detail"]
    # The other token of the same user still works.
    assert anon.get("/api/companies", headers=account.headers).status_code == 200


def test_wrong_password_and_unknown_user_get_the_same_answer(
    anon: TestClient, account: Account
) -> None:
    wrong = _login(anon, account.email, "not the password")
    unknown = _login(anon, "nobody@example.com", PASSWORD)
    assert wrong.status_code == unknown.status_code == 401
    assert (
        wrong.json()
        == unknown.json()
        == {
            "detail": "wrong email or password",
            "code": "unauthorized",
        }
    )
    assert wrong.headers["www-authenticate"] == "Bearer"


def test_an_unknown_user_costs_one_full_argon2_verification_like_a_wrong_password(
    anon: TestClient, account: Account, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Timing is measured in bench/login_timing.py; here: the same work is done either way."""
    verified: list[str] = []

    class Counting(Argon2Hasher):
        def verify(self, password: str | bytes, hash: str | bytes) -> bool:
            verified.append(str(hash)[:9])
            return super().verify(password, hash)

    counting = PasswordHash((Counting(memory_cost=19 * 1024, time_cost=2, parallelism=1),))
    monkeypatch.setattr(passwords, "hasher", lambda: counting)
    _login(anon, account.email, "not the password")
    _login(anon, "nobody@example.com", "not the password")
    assert verified == ["$argon2id", "$argon2id"]


@pytest.mark.parametrize(
    "header",
    [
        None,
        "Bearer",
        "Basic YWRtaW46YWRtaW4=",
        "Bearer mta_" + "A" * 43,  # well-formed, never issued
        "Bearer not-a-matcha-token",
        "Bearer " + "mts_" + "x" * 500,
    ],
)
def test_missing_malformed_and_forged_tokens_are_401(anon: TestClient, header: str | None) -> None:
    headers = {"Authorization": header} if header is not None else {}
    response = anon.get("/api/companies", headers=headers)
    assert response.status_code == 401
    assert response.json()["code"] == "unauthorized"
    assert response.headers["www-authenticate"] == "Bearer"


def _jwt(header: dict[str, str], claims: dict[str, object], signature: str = "") -> str:
    def part(data: dict[str, object] | dict[str, str]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()

    return f"{part(header)}.{part(claims)}.{signature}"


@pytest.mark.parametrize("alg", ["none", "HS256"])
def test_jwts_are_not_matcha_tokens_whatever_their_alg(
    anon: TestClient, account: Account, alg: str
) -> None:
    claims = {"sub": str(account.user_id), "org": str(account.org_id), "role": "admin"}
    token = _jwt({"alg": alg, "typ": "JWT"}, claims, "" if alg == "none" else "c2lnbmF0dXJl")
    response = anon.get("/api/companies", headers=_bearer(token))
    assert response.status_code == 401


def test_an_expired_token_is_401(
    anon: TestClient, account: Account, system_session: Session
) -> None:
    system_session.execute(update(AuthToken).values(expires_at=utcnow() - timedelta(seconds=1)))
    system_session.commit()
    response = anon.get("/api/companies", headers=account.headers)
    assert response.status_code == 401 and "expired" in response.json()["detail"]


def test_a_disabled_users_tokens_stop_working(
    anon: TestClient, account: Account, system_session: Session
) -> None:
    system_session.execute(update(User).values(disabled=True))
    system_session.commit()
    assert anon.get("/api/companies", headers=account.headers).status_code == 401
    assert _login(anon, account.email, PASSWORD).status_code == 401


def test_repeated_bad_logins_get_429_even_with_the_right_password(
    anon: TestClient, account: Account
) -> None:
    attempts = get_settings().login_attempts
    for _ in range(attempts):
        assert _login(anon, account.email, "wrong password").status_code == 401
    blocked = _login(anon, account.email, PASSWORD)
    assert blocked.status_code == 429
    assert blocked.json()["code"] == "rate_limited"
    assert int(blocked.headers["retry-after"]) > 0
    # Another account is not locked out by this one's failures.
    other = _login(anon, "someone-else@example.com", "x")
    assert other.status_code == 401


def test_the_secret_key_is_required_outside_dev_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    from matcha.config import DEV_SECRET, InsecureConfig
    from matcha.server import run

    for value in (None, DEV_SECRET, "short"):
        if value is None:
            monkeypatch.delenv("MATCHA_SECRET_KEY", raising=False)
        else:
            monkeypatch.setenv("MATCHA_SECRET_KEY", value)
        get_settings.cache_clear()
        with pytest.raises(InsecureConfig, match="MATCHA_SECRET_KEY"):
            create_app(background=False)
        with pytest.raises(SystemExit, match="refusing to start"):
            run()
    monkeypatch.setenv("MATCHA_ENV", "dev")
    monkeypatch.delenv("MATCHA_SECRET_KEY")
    get_settings.cache_clear()
    assert create_app(background=False) is not None  # dev mode may use its known key
