"""Security headers on every response, the UI's strict CSP, and the MATCHA_API_DOCS switch."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from fastapi.testclient import TestClient

from matcha.config import get_settings
from matcha.headers import DOCS_CSP, SELF_ONLY_CSP
from matcha.main import create_app

TEMPLATES = Path(__file__).resolve().parent.parent / "src" / "matcha" / "web" / "templates"
ALWAYS = {
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",
}


def _directives(csp: str) -> dict[str, list[str]]:
    parts = (d.split() for d in csp.split(";") if d.strip())
    return {name: values for name, *values in parts}


def _app(monkeypatch: pytest.MonkeyPatch, **env: str) -> TestClient:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    get_settings.cache_clear()
    return TestClient(create_app(background=False), follow_redirects=False)


@pytest.fixture
def anon(monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    """The app as production runs it (MATCHA_ENV and MATCHA_API_DOCS unset), no credentials."""
    monkeypatch.delenv("MATCHA_API_DOCS", raising=False)
    monkeypatch.delenv("MATCHA_ENV", raising=False)
    with _app(monkeypatch) as client:
        yield client


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("GET", "/health", 200),
        ("GET", "/api/candidates", 401),
        ("GET", "/ui/login", 200),
        ("GET", "/ui/static/app.js", 200),
        ("GET", "/ui/static/app.css", 200),
        ("GET", "/", 303),
        ("GET", "/no/such/page", 404),
        ("POST", "/api/candidates", 413),
    ],
)
def test_every_response_carries_the_headers(
    anon: TestClient, method: str, path: str, status: int
) -> None:
    body = b"x" * (get_settings().max_body_bytes + 1) if status == 413 else None
    response = anon.request(method, path, content=body)
    assert response.status_code == status, response.text
    for name, value in ALWAYS.items():
        assert response.headers[name] == value, name
    assert response.headers["content-security-policy"] == SELF_ONLY_CSP


def test_the_ui_policy_allows_only_its_own_code_and_no_framing(anon: TestClient) -> None:
    policy = _directives(anon.get("/ui/login").headers["content-security-policy"])
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["object-src"] == ["'none'"]
    assert "'unsafe-inline'" not in SELF_ONLY_CSP
    assert "'unsafe-eval'" not in SELF_ONLY_CSP


def test_the_ui_loads_nothing_the_policy_refuses(anon: TestClient) -> None:
    page = anon.get("/ui/login").text
    sources = re.findall(r'<(?:script|link|img)\b[^>]*?(?:src|href)="([^"]*)"', page)
    assert any(s.startswith("/ui/static/app.js") for s in sources)
    assert any(s.startswith("/ui/static/app.css") for s in sources)
    for source in sources:  # same origin, or the data: favicon that img-src allows
        assert (source.startswith("/") and not source.startswith("//")) or source == "data:,"
        if source.startswith("/ui/static/"):
            assert anon.get(source).status_code == 200


@pytest.mark.parametrize("template", sorted(p.name for p in TEMPLATES.glob("*.html")))
def test_no_template_has_inline_script_or_style(template: str) -> None:
    """script-src and style-src 'self' would block them (and the browser tests would fail)."""
    html = (TEMPLATES / template).read_text()
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), "inline <script>"
    assert "<style" not in html
    assert not re.search(r"\sstyle=", html), "style attribute"
    assert not re.search(r"\son[a-z]+=", html), "inline event handler"
    assert "javascript:" not in html


def test_docs_are_off_in_production_by_default(anon: TestClient) -> None:
    for path in ("/docs", "/redoc", "/openapi.json", "/docs/oauth2-redirect"):
        assert anon.get(path).status_code == 404, path


@pytest.mark.parametrize(
    ("env", "served"),
    [
        ({"MATCHA_ENV": "dev"}, True),
        ({"MATCHA_ENV": "dev", "MATCHA_API_DOCS": "false"}, False),
        ({"MATCHA_ENV": "production", "MATCHA_API_DOCS": "true"}, True),
        ({"MATCHA_ENV": "production", "MATCHA_API_DOCS": "false"}, False),
    ],
)
def test_the_docs_setting(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], served: bool
) -> None:
    monkeypatch.delenv("MATCHA_API_DOCS", raising=False)
    with _app(monkeypatch, **env) as client:
        for path in ("/docs", "/redoc", "/openapi.json"):
            assert client.get(path).status_code == (200 if served else 404), path


def test_docs_pages_get_a_policy_that_lets_them_load(monkeypatch: pytest.MonkeyPatch) -> None:
    with _app(monkeypatch, MATCHA_API_DOCS="true") as client:
        schema = client.get("/openapi.json")
        assert schema.headers["content-security-policy"] == SELF_ONLY_CSP
        assert schema.json()["info"]["title"] == "matcha"
        for path in ("/docs", "/redoc", "/docs/oauth2-redirect"):
            response = client.get(path)
            assert response.status_code == 200, path
            assert response.headers["content-security-policy"] == DOCS_CSP
            assert response.headers["x-frame-options"] == "DENY"
            policy = _directives(DOCS_CSP)
            html = response.text
            for src in re.findall(r'<script[^>]*\bsrc="([^"]+)"', html):
                origin = "{0.scheme}://{0.netloc}".format(urlsplit(src))
                assert origin in policy["script-src"], src
            for href in re.findall(r'<link[^>]*href="(https://[^"]+)"', html):
                origin = "{0.scheme}://{0.netloc}".format(urlsplit(href))
                assert origin in policy["style-src"] + policy["img-src"], href
        # The relaxed policy is for the docs pages only.
        assert client.get("/ui/login").headers["content-security-policy"] == SELF_ONLY_CSP
