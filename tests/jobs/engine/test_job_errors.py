"""A failed job tells users a code and a plain sentence; the database's own text (SQL, values)
goes to the log, never into the stored error."""

from __future__ import annotations

import logging
import sqlite3
import uuid
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError, ProgrammingError

from matcha.ai.schemas import CandidateProfile, CultureData, PositionMatch, PositionSpec
from matcha.db import get_sessionmaker
from matcha.jobs.engine import runner
from matcha.jobs.engine.models import JobStatus
from matcha.positions.models import Position
from tests.fakes import FakeProvider

SQL_WORDS = ("[SQL", "INSERT INTO", "[parameters", "IntegrityError", "sqlalche.me")


class DeletesThePosition(FakeProvider):
    """Scores candidates, but the position is deleted during the first call."""

    def __init__(self, client: TestClient, position_id: str) -> None:
        super().__init__()
        self.client, self.position_id = client, position_id

    def match_position(
        self, position: PositionSpec, candidate: CandidateProfile, profile: CultureData | None
    ) -> PositionMatch:
        if self.calls["match_position"] == 0:
            # The API refuses while the job runs (409, naming it); a row can still vanish
            # under a job by other ways (a race, SQL by hand): delete it behind the API's back.
            response = self.client.delete(f"/api/positions/{self.position_id}")
            assert response.status_code == 409 and response.json()["code"] == "job_running"
            with get_sessionmaker()() as other:
                other.execute(delete(Position).where(Position.id == uuid.UUID(self.position_id)))
                other.commit()
        return super().match_position(position, candidate, profile)


def _position_with_candidates(client: TestClient) -> str:
    company = client.post("/api/companies", json={"name": "Acme"}).json()["id"]
    position = client.post(
        "/api/positions",
        json={"company_id": company, "title": "Backend Engineer", "required_skills": ["Go"]},
    ).json()["id"]
    for name in ("Ada", "Grace", "Linus"):
        made = client.post(
            "/api/candidates", json={"name": name, "resume_text": f"{name}\nGo engineer"}
        )
        assert made.status_code == 201, made.text
    return str(position)


def test_deleting_the_subject_mid_job_fails_it_plainly(
    client: TestClient, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("MATCHA_LLM_CONCURRENCY", "1")  # the deletion lands before any save
    position = _position_with_candidates(client)
    provider = DeletesThePosition(client, position)
    monkeypatch.setattr("matcha.jobs.common.get_provider", lambda _name: provider)
    job_id = client.post(f"/api/positions/{position}/match/async").json()["job_id"]
    with caplog.at_level(logging.WARNING, logger="matcha.jobs.engine.runner"):
        assert runner.execute(uuid.UUID(job_id)) == JobStatus.failed
    job = client.get(f"/api/jobs/{job_id}").json()
    assert job["error_code"] == "subject_deleted"
    assert job["error"] == "The position was deleted while it was being matched."
    assert job["subject_label"] == "a deleted position"
    assert job["no_retry_reason"] == "not retried: its subject was deleted"
    page = client.get("/ui/operators", headers={"Cookie": f"matcha_session={_token(client)}"}).text
    assert "The position was deleted while it was being matched." in page
    for word in SQL_WORDS:
        assert word not in str(job) and word not in page
    # The whole story is in the log, for whoever runs the server.
    assert any(r.exc_info for r in caplog.records), caplog.text


def _token(client: TestClient) -> str:
    return str(client.headers["Authorization"]).removeprefix("Bearer ")


@pytest.mark.parametrize(
    ("exc", "code", "retryable"),
    [
        (
            IntegrityError(
                "INSERT INTO position_match_results (id, org_id) VALUES (?, ?)",
                {"id": "secret-value"},
                sqlite3.IntegrityError("FOREIGN KEY constraint failed"),
            ),
            "data_changed",
            True,
        ),
        (
            ProgrammingError("SELECT * FROM jobs", {}, sqlite3.ProgrammingError("no such column")),
            "database_error",
            False,
        ),
        (sqlite3.DatabaseError("malformed: SELECT secret"), "database_error", False),
    ],
)
def test_database_errors_never_reach_the_stored_message(
    exc: BaseException, code: str, retryable: bool
) -> None:
    got_code, message, got_retryable = runner.classify(exc)
    assert (got_code, got_retryable) == (code, retryable)
    for word in (*SQL_WORDS, "SELECT", "secret", "FOREIGN KEY", "no such column"):
        assert word not in message
    assert message.endswith(".")


def test_our_own_errors_keep_their_message() -> None:
    from matcha.errors import ProviderError

    error: Any = ProviderError("GEMINI_API_KEY is not set", code="not_configured")
    assert runner.classify(error) == ("not_configured", "GEMINI_API_KEY is not set", False)
