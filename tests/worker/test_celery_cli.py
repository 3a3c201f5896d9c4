"""Celery's own tooling keeps working against a matcha worker."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

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
