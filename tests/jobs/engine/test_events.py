"""GET /api/jobs/{id}/events: streams hold no request thread, are capped per organisation and
last at most five minutes."""

from __future__ import annotations

import json
import socket

import httpx
import pytest
from fastapi.testclient import TestClient

from matcha import sse
from matcha.config import get_settings
from tests.conftest import Account, make_account
from tests.live_server import live_server, read_until
from tests.processes import wait_for

TRANSCRIPT = "Interviewer: How do you work?\nDana: We are a flat team, fully remote, async first."
THREADS = 4


def _queued_job(client: TestClient) -> str:
    """A job that stays queued (no worker runs in these tests), so its stream never ends."""
    company = client.post("/api/companies", json={"name": "Acme"}).json()["id"]
    interview = client.post(
        f"/api/companies/{company}/interviews",
        json={"interview_type": "culture", "interviewer_name": "Sam", "transcript": TRANSCRIPT},
    ).json()["id"]
    response = client.post(f"/api/interviews/{interview}/complete")
    assert response.status_code == 202, response.text
    return str(response.json()["job_id"])


def test_open_streams_leave_the_request_threads_free(client: TestClient, account: Account) -> None:
    job = _queued_job(client)
    streams: list[socket.socket] = []
    with live_server(THREADS) as server:
        try:
            path = f"/api/jobs/{job}/events?timeout=30"
            for _ in range(3):  # as many streams as request threads, then twice more
                opened = [server.open_stream(path, account.headers) for _ in range(THREADS)]
                streams += opened
                for sock in opened:  # each stream is live and says where the job is
                    assert b"event: queued" in read_until(sock, b"event: queued")
                # A hang test: /health must answer at all while the streams are open (the old
                # sync generator held a request thread per stream until its timeout).
                health = httpx.get(f"{server.url}/health", timeout=10)
                assert health.status_code == 200
            assert sse.open_streams(account.org_id) == THREADS * 3
        finally:
            for sock in streams:
                sock.close()
        wait_for(lambda: sse.open_streams(account.org_id) == 0, 10, "the streams to close")


def test_each_organisation_may_hold_its_cap_of_streams(
    client: TestClient, account: Account, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MATCHA_MAX_STREAMS_PER_ORG", "2")
    get_settings.cache_clear()
    job = _queued_job(client)
    other = make_account("Org B")
    with TestClient(client.app, headers=other.headers) as theirs:
        their_job = _queued_job(theirs)
    with live_server(THREADS) as server:
        url = f"/api/jobs/{job}/events?timeout=30"
        first = server.open_stream(url, account.headers)
        second = server.open_stream(url, account.headers)
        try:
            for sock in (first, second):
                read_until(sock, b"event: queued")
            refused = httpx.get(f"{server.url}{url}", headers=account.headers, timeout=10)
            assert refused.status_code == 429, refused.text
            assert refused.json()["code"] == "too_many_streams"
            assert refused.headers["Retry-After"] == str(sse.RETRY_AFTER)
            # The UI's live regions count against the same cap.
            cookie = {"Cookie": f"matcha_session={account.token}"}
            ui = httpx.get(f"{server.url}/ui/operators/live", headers=cookie, timeout=10)
            assert ui.status_code == 429 and ui.headers["Retry-After"]
            # Another organisation has a cap of its own.
            theirs_url = f"{server.url}/api/jobs/{their_job}/events?timeout=0.3"
            with httpx.stream("GET", theirs_url, headers=other.headers, timeout=10) as stream:
                assert stream.status_code == 200
                assert "event: queued" in "".join(stream.iter_text())
        finally:
            first.close()
        # A closed stream gives its place back.
        wait_for(lambda: sse.open_streams(account.org_id) == 1, 10, "the slot to be released")
        with httpx.stream(
            "GET", f"{server.url}/api/jobs/{job}/events?timeout=0.3", headers=account.headers
        ) as again:
            assert again.status_code == 200
            body = "".join(again.iter_text())
        second.close()
    events = [line for line in body.splitlines() if line.startswith("event: ")]
    assert events == ["event: queued", "event: timeout"]
    data = next(line for line in body.splitlines() if line.startswith("data: "))
    assert json.loads(data.removeprefix("data: "))["subject_label"] == (
        "Acme: culture interview with Sam"
    )


def test_a_stream_lasts_at_most_five_minutes(client: TestClient) -> None:
    job = _queued_job(client)
    response = client.get(f"/api/jobs/{job}/events?timeout=301")
    assert response.status_code == 422
    assert client.get(f"/api/jobs/{job}/events?timeout=3600").status_code == 422
    with client.stream("GET", f"/api/jobs/{job}/events?timeout=0.3") as stream:
        assert stream.status_code == 200
        assert "event: timeout" in "".join(stream.iter_text())
