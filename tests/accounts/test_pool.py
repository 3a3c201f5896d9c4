"""A request never needs two pooled connections at once: a storm of failed logins or AI requests
larger than the pool gets 401/409/429, never a 500, and /health keeps answering."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from fastapi.testclient import TestClient

from matcha import db
from matcha.main import create_app
from tests.conftest import Account
from tests.pools import request_threads

STORM = 60  # requests in flight at once: 30 times the pool, more than the 40 request threads


def test_the_pool_is_sized_from_the_settings(small_pool: None) -> None:
    pool = db.get_engine().pool
    assert pool.size() == 2  # type: ignore[attr-defined]
    assert pool._max_overflow == 0  # type: ignore[attr-defined]
    assert pool._timeout == 10  # type: ignore[attr-defined]


def test_failed_logins_beyond_the_pool_get_401_or_429_and_health_answers(
    small_pool: None, account: Account
) -> None:
    with (
        TestClient(create_app(background=False), raise_server_exceptions=False) as anon,
        ThreadPoolExecutor(STORM) as threads,
    ):
        futures = [
            threads.submit(
                anon.post,
                "/api/auth/token",
                data={"username": account.email, "password": f"wrong password {i}"},
            )
            for i in range(STORM)
        ]
        health = anon.get("/health")
        answers = sorted(f.result().status_code for f in futures)
    assert health.status_code == 200
    assert set(answers) <= {401, 429}, answers


def test_ai_requests_beyond_the_pool_never_500_and_health_answers(
    small_pool: None, account: Account
) -> None:
    with (
        TestClient(
            create_app(background=False), headers=account.headers, raise_server_exceptions=False
        ) as client,
        ThreadPoolExecutor(STORM) as threads,
    ):
        company = client.post("/api/companies", json={"name": "Acme"}).json()["id"]
        # No culture profile yet: each request is counted, then answers 409 at once.
        futures = [
            threads.submit(client.post, f"/api/companies/{company}/match") for _ in range(STORM)
        ]
        health = client.get("/health")
        answers = sorted(f.result().status_code for f in futures)
    assert health.status_code == 200
    assert set(answers) <= {409, 429}, answers


def test_company_routes_beyond_the_pool_never_500_and_health_answers(
    small_pool: None, account: Account
) -> None:
    """valid_company_id reads the company in a dependency: it must not keep its connection
    while the route waits for a thread. With 4 request threads, 20 requests are enough to
    starve a pool of 2 if it did. (DELETE answers a small body built after the commit, so
    nothing else in the request waits for a thread while holding a connection.)"""
    with (
        TestClient(
            create_app(background=False), headers=account.headers, raise_server_exceptions=False
        ) as client,
        ThreadPoolExecutor(20) as threads,
    ):
        client.portal.call(request_threads, 4)  # type: ignore[union-attr]
        made = [client.post("/api/companies", json={"name": f"Co {i}"}) for i in range(20)]
        unknown = "00000000-0000-4000-8000-000000000000"
        ids = [r.json()["id"] if i % 4 else unknown for i, r in enumerate(made)]
        futures = [threads.submit(client.delete, f"/api/companies/{i}") for i in ids]
        health = client.get("/health")
        answers = sorted(f.result().status_code for f in futures)
    assert health.status_code == 200
    assert set(answers) == {200, 404}, answers
