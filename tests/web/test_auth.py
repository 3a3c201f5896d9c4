"""Logging in and out of the UI, the session cookie, and the CSRF rules for cookie callers."""

from __future__ import annotations

from fastapi.testclient import TestClient

from matcha.accounts.deps import SESSION_COOKIE
from matcha.accounts.service import session_ttl
from tests.conftest import PASSWORD, Account
from tests.web.conftest import login


def test_a_logged_out_browser_is_sent_to_the_login_page(web: TestClient) -> None:
    for path in ("/ui/companies", "/ui/operators", "/ui/candidates/new"):
        response = web.get(path)
        assert response.status_code == 303
        assert response.headers["location"].startswith("/ui/login?next=")
    assert web.get("/").headers["location"] == "/ui/companies"
    page = web.get("/ui/login")
    assert page.status_code == 200 and 'name="password"' in page.text
    assert '<label for="email">' in page.text and '<label for="password">' in page.text


def test_login_sets_a_strict_http_only_cookie_for_the_session(
    web: TestClient, account: Account
) -> None:
    response = web.post(
        "/ui/login",
        data={"email": account.email, "password": PASSWORD, "next": "/ui/operators"},
    )
    assert response.status_code == 303 and response.headers["location"] == "/ui/operators"
    cookie = response.headers["set-cookie"]
    assert cookie.startswith(f"{SESSION_COOKIE}=mts_")
    for part in ("HttpOnly", "SameSite=strict", "Path=/"):
        assert part.lower() in cookie.lower()
    assert f"Max-Age={int(session_ttl().total_seconds())}" in cookie
    assert "secure" not in cookie.lower()  # plain http: the browser would drop a Secure cookie
    assert web.get("/ui/companies").status_code == 200


def test_the_cookie_is_secure_over_https(account: Account) -> None:
    from matcha.main import create_app

    with TestClient(create_app(background=False), base_url="https://testserver") as https:
        response = https.post(
            "/ui/login",
            data={"email": account.email, "password": PASSWORD},
            follow_redirects=False,
        )
    assert "; secure" in response.headers["set-cookie"].lower()


def test_a_wrong_password_shows_an_error_on_the_login_page(
    web: TestClient, account: Account
) -> None:
    response = web.post("/ui/login", data={"email": account.email, "password": "wrong password"})
    assert response.status_code == 401
    assert "Wrong email or password." in response.text and 'role="alert"' in response.text
    assert f'value="{account.email}"' in response.text  # the form keeps what was typed
    assert "set-cookie" not in response.headers
    empty = web.post("/ui/login", data={"email": "", "password": ""})
    assert empty.status_code == 422 and "Enter your email and password." in empty.text


def test_next_never_leaves_the_ui(web: TestClient, account: Account) -> None:
    for target in ("https://evil.example/", "//evil.example/ui/x", "/api/companies", "/ui/login"):
        response = web.post(
            "/ui/login", data={"email": account.email, "password": PASSWORD, "next": target}
        )
        assert response.headers["location"] == "/ui/companies", target


def test_a_logged_in_browser_skips_the_login_form(web: TestClient, logged_in: str) -> None:
    response = web.get("/ui/login?next=/ui/positions")
    assert response.status_code == 303 and response.headers["location"] == "/ui/positions"


def test_logout_revokes_the_session_and_clears_the_cookie(web: TestClient, logged_in: str) -> None:
    token = web.cookies[SESSION_COOKIE]
    response = web.post("/ui/logout", data={"csrf": logged_in})
    assert response.status_code == 303 and response.headers["location"] == "/ui/login?logged_out=1"
    assert f'{SESSION_COOKIE}=""' in response.headers["set-cookie"]
    assert "You are logged out." in web.get("/ui/login?logged_out=1").text
    me = web.get("/api/auth/me", headers={"Authorization": f"Bearer {token}"})
    assert me.status_code == 401
    web.cookies.set(SESSION_COOKIE, token)  # a copy of the old cookie no longer works
    assert web.get("/ui/companies").headers["location"].startswith("/ui/login")


def test_ui_forms_need_their_csrf_token_and_our_origin(web: TestClient, logged_in: str) -> None:
    assert web.post("/ui/logout").status_code == 403
    assert web.post("/ui/logout", data={"csrf": "0" * 64}).status_code == 403
    forged = web.post(
        "/ui/companies",
        data={"csrf": logged_in, "name": "Forged"},
        headers={"Origin": "https://evil.example"},
    )
    assert forged.status_code == 403 and "another site" in forged.text
    assert web.get("/ui/companies").status_code == 200  # still logged in


def test_api_calls_with_the_cookie_must_send_x_requested_with(
    web: TestClient, logged_in: str
) -> None:
    assert web.get("/api/companies").status_code == 200
    refused = web.post("/api/companies", json={"name": "Acme"})
    assert refused.status_code == 403 and "X-Requested-With" in refused.json()["detail"]
    made = web.post("/api/companies", json={"name": "Acme"}, headers={"X-Requested-With": "matcha"})
    assert made.status_code == 201


def test_login_is_rate_limited_with_a_message(web: TestClient, account: Account) -> None:
    from matcha.config import get_settings

    for _ in range(get_settings().login_attempts):
        web.post("/ui/login", data={"email": account.email, "password": "wrong password"})
    response = web.post("/ui/login", data={"email": account.email, "password": PASSWORD})
    assert response.status_code == 429 and "too many failed logins" in response.text


def test_login_helper_logs_in(web: TestClient, account: Account) -> None:
    assert len(login(web, account.email)) == 64
