"""Roles (viewer reads, recruiter writes, admin manages users and API tokens) and API tokens."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from matcha.accounts.deps import SESSION_COOKIE
from matcha.accounts.models import AuthToken
from matcha.companies.models import Company
from matcha.main import create_app
from tests.conftest import PASSWORD, Account


def _as(account: Account) -> TestClient:
    return _with(account.token)


def _with(token: str) -> TestClient:
    headers = {"Authorization": f"Bearer {token}"}
    return TestClient(create_app(background=False), headers=headers)


def _companies(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Company)) or 0


def test_a_viewer_reads_and_cannot_write(account: Account, system_session: Session) -> None:
    admin = _as(account)
    company = admin.post("/api/companies", json={"name": "Acme"}).json()["id"]
    viewer = _as(_viewer_in(account, admin))
    assert viewer.get(f"/api/companies/{company}").status_code == 200
    for method, path, body in [
        ("POST", "/api/companies", {"name": "Nope"}),
        ("PATCH", f"/api/companies/{company}", {"name": "Renamed"}),
        ("DELETE", f"/api/companies/{company}", None),
        ("POST", f"/api/companies/{company}/aggregate-culture", None),
    ]:
        response = viewer.request(method, path, json=body)
        assert response.status_code == 403, (method, path, response.text)
        assert response.json()["code"] == "forbidden"
    assert _companies(system_session) == 1
    assert admin.get(f"/api/companies/{company}").json()["name"] == "Acme"


def _viewer_in(account: Account, admin: TestClient) -> Account:
    """A viewer user in `account`'s organisation, with an API token of its own."""
    made = admin.post(
        "/api/users",
        json={"email": "viewer@example.com", "password": "viewer-password", "role": "viewer"},
    )
    assert made.status_code == 201, made.text
    login = admin.post(
        "/api/auth/token", data={"username": "viewer@example.com", "password": "viewer-password"}
    )
    assert login.status_code == 200 and login.json()["role"] == "viewer"
    user_id = made.json()["id"]
    return Account(account.org_id, user_id, "viewer@example.com", login.json()["access_token"])


def test_only_an_admin_manages_users_and_tokens(account: Account) -> None:
    admin = _as(account)
    made = admin.post(
        "/api/users",
        json={"email": "rec@example.com", "password": "recruiter-pw", "role": "recruiter"},
    )
    assert made.status_code == 201
    token = admin.post(
        "/api/auth/token", data={"username": "rec@example.com", "password": "recruiter-pw"}
    ).json()["access_token"]
    recruiter = _with(token)
    assert recruiter.post("/api/companies", json={"name": "Fine"}).status_code == 201
    for method, path in [
        ("GET", "/api/users"),
        ("POST", "/api/tokens"),
        ("GET", "/api/tokens"),
        ("DELETE", f"/api/users/{account.user_id}"),
    ]:
        body = {"name": "x"} if method == "POST" else None
        response = recruiter.request(method, path, json=body)
        assert response.status_code == 403, (method, path)
    assert {u["email"] for u in admin.get("/api/users").json()} == {
        account.email,
        "rec@example.com",
    }


def test_api_tokens_are_shown_once_act_with_their_role_and_can_be_revoked(
    account: Account, system_session: Session
) -> None:
    admin = _as(account)
    created = admin.post("/api/tokens", json={"name": "nightly import", "role": "viewer"})
    assert created.status_code == 201, created.text
    token = created.json()["token"]
    assert token.startswith("mta_") and created.json()["expires_at"] is None
    listed = admin.get("/api/tokens").json()
    assert sorted(t["name"] for t in listed) == ["nightly import", "tests"]
    assert all("token" not in t for t in listed)
    script = _with(token)
    assert script.get("/api/companies").status_code == 200
    assert script.post("/api/companies", json={"name": "x"}).status_code == 403
    me = script.get("/api/auth/me").json()
    assert me["role"] == "viewer" and me["token_kind"] == "api"
    revoked = admin.delete(f"/api/tokens/{created.json()['id']}")
    assert revoked.status_code == 200 and revoked.json()["revoked_at"] is not None
    assert script.get("/api/companies").status_code == 401
    assert system_session.scalar(select(func.count()).select_from(AuthToken)) == 2


def test_a_token_never_outranks_its_maker(account: Account) -> None:
    admin = _as(account)
    second = admin.post(
        "/api/users",
        json={"email": "second@example.com", "password": "second-admin", "role": "admin"},
    ).json()
    login = admin.post(
        "/api/auth/token", data={"username": "second@example.com", "password": "second-admin"}
    ).json()["access_token"]
    second_admin = _with(login)
    script = second_admin.post("/api/tokens", json={"name": "ci", "role": "admin"}).json()["token"]
    # Demoted to viewer: the admin token they made now acts as a viewer.
    demoted = admin.patch(f"/api/users/{second['id']}", json={"role": "viewer"})
    assert demoted.status_code == 200 and demoted.json()["role"] == "viewer"
    scripted = _with(script)
    assert scripted.get("/api/auth/me").json()["role"] == "viewer"
    assert scripted.post("/api/companies", json={"name": "x"}).status_code == 403
    # Removed: every token they made ends.
    assert admin.delete(f"/api/users/{second['id']}").status_code == 204
    assert scripted.get("/api/companies").status_code == 401


def test_the_last_admin_stays(account: Account) -> None:
    admin = _as(account)
    demote = admin.patch(f"/api/users/{account.user_id}", json={"role": "viewer"})
    assert demote.status_code == 409 and "last admin" in demote.json()["detail"]
    disable = admin.patch(f"/api/users/{account.user_id}", json={"disabled": True})
    assert disable.status_code == 409
    assert admin.delete(f"/api/users/{account.user_id}").status_code == 409
    assert admin.get("/api/auth/me").json()["role"] == "admin"


def test_a_new_password_or_disabling_ends_the_users_sessions(account: Account) -> None:
    admin = _as(account)
    user = admin.post(
        "/api/users", json={"email": "r@example.com", "password": "first-password"}
    ).json()
    assert user["role"] == "recruiter"
    token = admin.post(
        "/api/auth/token", data={"username": "r@example.com", "password": "first-password"}
    ).json()["access_token"]
    them = _with(token)
    assert them.get("/api/companies").status_code == 200
    assert (
        admin.patch(f"/api/users/{user['id']}", json={"password": "second-password"}).status_code
        == 200
    )
    assert them.get("/api/companies").status_code == 401
    new = admin.post(
        "/api/auth/token", data={"username": "r@example.com", "password": "second-password"}
    )
    assert new.status_code == 200
    assert admin.patch(f"/api/users/{user['id']}", json={"disabled": True}).status_code == 200
    after = TestClient(
        create_app(background=False),
        headers={"Authorization": f"Bearer {new.json()['access_token']}"},
    )
    assert after.get("/api/companies").status_code == 401


@pytest.mark.parametrize("with_header", [False, True])
def test_the_session_cookie_reads_and_writes_only_with_the_csrf_header(
    account: Account, with_header: bool, system_session: Session
) -> None:
    anon = TestClient(create_app(background=False))
    token = anon.post(
        "/api/auth/token", data={"username": account.email, "password": PASSWORD}
    ).json()["access_token"]
    anon.cookies.set(SESSION_COOKIE, token)
    assert anon.get("/api/companies").status_code == 200
    headers = {"X-Requested-With": "matcha"} if with_header else {}
    response = anon.post("/api/companies", json={"name": "Via cookie"}, headers=headers)
    assert response.status_code == (201 if with_header else 403), response.text
    assert _companies(system_session) == (1 if with_header else 0)


def test_an_update_cannot_null_a_role_a_flag_or_a_password(account: Account) -> None:
    admin = _as(account)
    for field in ("role", "disabled", "password"):
        response = admin.patch(f"/api/users/{account.user_id}", json={field: None})
        assert response.status_code == 422 and f"{field} cannot be null" in response.text
    cleared = admin.patch(f"/api/users/{account.user_id}", json={"name": None})
    assert cleared.status_code == 200 and cleared.json()["name"] is None
