"""The `matcha` command line, in-process (typer's runner) over the test database."""

from __future__ import annotations

import json
import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from matcha.candidates.models import Candidate
from matcha.cli.main import app
from matcha.interviews.models import Interview
from matcha.jobs.models import Job

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
    ):
        assert command in result.output


def test_demo_loads_the_sample_once_and_runs_every_job(session: Session) -> None:
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


def test_job_commands_run_here_or_queue(session: Session) -> None:
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
