"""No more requests in flight than the pool has connections, so a burst never starves it.

Reads that return a response model hold their connection while FastAPI checks the model on
another request thread; with more requests in flight than connections, threads and
connections wait on each other until the pool's timeout answers 500 (issue 12, defect 1).
"""

from __future__ import annotations

import socket
from concurrent.futures import ThreadPoolExecutor

import httpx
from fastapi.testclient import TestClient

from matcha.main import create_app
from tests.conftest import Account
from tests.jobs.engine.test_events import _queued_job
from tests.live_server import live_server, read_until
from tests.pools import request_threads

BURST = 60


def test_a_burst_of_reads_larger_than_the_pool_gets_answers_not_500s(
    small_pool: None, account: Account
) -> None:
    with (
        TestClient(
            create_app(background=False), headers=account.headers, raise_server_exceptions=False
        ) as client,
        ThreadPoolExecutor(BURST) as threads,
    ):
        client.portal.call(request_threads, 4)  # type: ignore[union-attr]
        ids = [
            client.post("/api/companies", json={"name": f"Co {i}"}).json()["id"] for i in range(6)
        ]
        futures = [
            threads.submit(client.get, f"/api/companies/{ids[i % len(ids)]}") for i in range(BURST)
        ]
        futures += [threads.submit(client.get, "/api/companies") for _ in range(BURST // 2)]
        health = client.get("/health")
        answers = sorted(f.result().status_code for f in futures)
    assert health.status_code == 200
    assert set(answers) == {200}, answers


def test_event_streams_are_not_counted(
    small_pool: None, client: TestClient, account: Account
) -> None:
    """Streams stay open for minutes: with a pool of 2, four open streams must not stop reads."""
    job = _queued_job(client)
    streams: list[socket.socket] = []
    with live_server(4) as server:
        try:
            for _ in range(4):
                sock = server.open_stream(f"/api/jobs/{job}/events?timeout=30", account.headers)
                streams.append(sock)
                assert b"event: queued" in read_until(sock, b"event: queued")
            response = httpx.get(
                f"{server.url}/api/jobs/{job}", headers=account.headers, timeout=10
            )
            assert response.status_code == 200
        finally:
            for sock in streams:
                sock.close()
