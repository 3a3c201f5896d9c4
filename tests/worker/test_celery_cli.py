"""Celery's own tooling keeps working against a matcha worker."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.processes import ROOT, start_worker

pytestmark = pytest.mark.slow


def test_inspect_ping_answers(broker: str, tmp_path: Path) -> None:
    if broker.startswith("sqla"):
        pytest.skip("the embedded broker has no broadcast channel; `matcha status` shows liveness")
    worker = start_worker(tmp_path / "worker.log")
    try:
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "matcha.worker.celery_app",
                "inspect",
                "ping",
                "--timeout",
                "5",
            ],
            capture_output=True,
            text=True,
            timeout=60,
            cwd=ROOT,
            check=False,
        )
    finally:
        worker.stop()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "pong" in result.stdout


def test_queue_and_wait_follows_the_job_to_its_end(broker: str, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from matcha.cli.main import app

    assert CliRunner().invoke(app, ["demo"]).exit_code == 0
    from sqlalchemy import select

    from matcha.db import get_sessionmaker
    from matcha.positions.models import Position

    with get_sessionmaker()() as session:
        position = session.scalars(select(Position)).first()
        assert position is not None
    worker = start_worker(tmp_path / "worker.log")
    try:
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "matcha",
                "match-position",
                str(position.id),
                "--queue",
                "--wait",
            ],
            capture_output=True,
            text=True,
            timeout=120,
            cwd=ROOT,
            check=False,
        )
    finally:
        worker.stop()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "queued" in result.stdout and "succeeded" in result.stdout


def test_celery_own_worker_command_runs_matcha_jobs(
    broker: str, tmp_path: Path, client: TestClient
) -> None:
    from tests.processes import Proc
    from tests.worker.test_worker_process import CULTURE, _company, _interview, _wait_job

    argv = [
        sys.executable,
        "-m",
        "celery",
        "-A",
        "matcha.worker.celery_app",
        "worker",
        "--pool",
        "threads",
        "-c",
        "2",
        "-Q",
        "matcha.interactive,matcha.bulk",
        "--without-mingle",
        "--without-gossip",
        "--loglevel",
        "INFO",
        "--hostname",
        f"plain-{os.getpid()}@%h",  # not celery@host, which another test's worker may hold
    ]
    worker = Proc(argv, tmp_path / "celery.log")
    try:
        worker.wait_for_output("ready.", timeout=30)
        interview = _interview(client, _company(client), CULTURE)
        job = client.post(f"/api/interviews/{interview}/complete").json()["job_id"]
        assert _wait_job(client, job)["status"] == "succeeded"
    finally:
        worker.stop()
