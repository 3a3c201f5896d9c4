"""The `matcha` command line, in-process (typer's runner) over the test database."""

from __future__ import annotations

import json
import re
import uuid

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from matcha.accounts.models import Organisation, User
from matcha.candidates.models import Candidate
from matcha.cli.main import app
from matcha.config import get_settings
from matcha.demo.loader import DEMO_ORG
from matcha.interviews.models import Interview
from matcha.jobs.engine.models import Job
from matcha.main import create_app

runner = CliRunner()


def _count(session: Session, model: type) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def test_help_lists_every_command() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in (
        "serve",
        "worker",
        "up",
        "db",
        "demo",
        "status",
        "plan",
        "sweep",
        "analyze-interview",
        "aggregate-culture",
        "match-company",
        "match-position",
        "user",
        "eval",
        "import",
    ):
        assert command in result.output


def test_demo_loads_the_sample_once_and_runs_every_job(system_session: Session) -> None:
    session = system_session
    result = runner.invoke(app, ["demo"])
    assert result.exit_code == 0, result.output
    assert "loaded 2 companies, 13 interviews, 3 positions, 23 candidates" in result.output
    assert "position matches, best first" in result.output
    assert _count(session, Candidate) == 23
    session.expire_all()
    statuses = set(session.scalars(select(Interview.status)))
    assert statuses == {"completed"}
    assert {j.status for j in session.scalars(select(Job))} == {"succeeded"}

    again = runner.invoke(app, ["demo"])
    assert again.exit_code == 1 and "not empty" in again.output
    skipped = runner.invoke(app, ["demo", "--if-empty"])
    assert skipped.exit_code == 0 and "demo not loaded" in skipped.output
    assert _count(session, Candidate) == 23


def test_job_commands_run_here_or_queue(system_session: Session) -> None:
    session = system_session
    assert runner.invoke(app, ["demo"]).exit_code == 0
    interview = session.scalars(select(Interview).order_by(Interview.created_at)).first()
    assert interview is not None
    here = runner.invoke(app, ["analyze-interview", str(interview.id)])
    assert here.exit_code == 0 and "completed" in here.output
    queued = runner.invoke(app, ["analyze-interview", str(interview.id), "--queue"])
    assert queued.exit_code == 0 and "queued" in queued.output
    status = runner.invoke(app, ["status", "--json"])
    report = json.loads(status.output)
    assert {q["name"]: q["queued"] for q in report["queues"]}["matcha.interactive"] == 1


def test_unknown_ids_exit_with_a_clear_message() -> None:
    result = runner.invoke(app, ["match-company", str(uuid.uuid4())])
    assert result.exit_code == 2
    assert "not_found" in result.output and "company" in result.output


def test_sweep_reports_what_it_did() -> None:
    result = runner.invoke(app, ["sweep"])
    assert result.exit_code == 0
    assert "republished 0, requeued 0, failed 0" in result.output


def _token_in(output: str) -> str:
    match = re.search(r"export MATCHA_TOKEN=(\S+)", output)
    assert match is not None, output
    return match.group(1)


def test_demo_prints_a_login_and_a_token_that_work(
    monkeypatch: pytest.MonkeyPatch, system_session: Session
) -> None:
    monkeypatch.setenv("MATCHA_ENV", "dev")
    get_settings.cache_clear()
    result = runner.invoke(app, ["demo"])
    assert result.exit_code == 0, result.output
    assert "demo@matcha.local / matcha-demo" in result.output
    again = runner.invoke(app, ["demo", "--if-empty"])
    tokens = {_token_in(result.output), _token_in(again.output)}
    assert len(tokens) == 2  # a fresh token each time
    with TestClient(create_app(background=False)) as http:
        for token in tokens:
            companies = http.get("/api/companies", headers={"Authorization": f"Bearer {token}"})
            assert companies.status_code == 200 and len(companies.json()) == 2
        login = http.post(
            "/api/auth/token", data={"username": "demo@matcha.local", "password": "matcha-demo"}
        )
        assert login.status_code == 200, login.text
    org = system_session.scalar(select(Organisation).where(Organisation.name == DEMO_ORG))
    assert org is not None


def test_demo_outside_dev_mode_gets_a_random_password(system_session: Session) -> None:
    result = runner.invoke(app, ["demo"])
    assert result.exit_code == 0, result.output
    assert "matcha-demo" not in result.output
    match = re.search(r"demo@matcha.local / (\S+)", result.output)
    assert match is not None and len(match.group(1)) >= 12


def test_user_add_gives_someone_access_to_an_existing_organisation(
    system_session: Session,
) -> None:
    missing = runner.invoke(
        app, ["user", "add", "ops@example.com", "--org", "Nope", "--password", "long enough pw"]
    )
    assert missing.exit_code == 2 and "not_found" in missing.output
    made = runner.invoke(
        app,
        ["user", "add", "ops@example.com", "--org", "Ops", "--create-org", "--role", "viewer"],
        input="long enough pw\nlong enough pw\n",
    )
    assert made.exit_code == 0, made.output
    user = system_session.scalar(select(User).where(User.email == "ops@example.com"))
    assert user is not None and user.role == "viewer"
    assert user.password_hash.startswith("$argon2id$")
    twice = runner.invoke(
        app, ["user", "add", "ops@example.com", "--org", "Ops", "--password", "long enough pw"]
    )
    assert twice.exit_code == 2 and "already exists" in twice.output
    short = runner.invoke(
        app, ["user", "add", "x@example.com", "--org", "Ops", "--password", "short"]
    )
    assert short.exit_code == 2 and "password" in short.output
