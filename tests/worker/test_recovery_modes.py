"""A dead worker's job, in the modes where the API runs or starts the worker: combined (a new
API process takes it back) and on-demand (the API starts a new worker for it). The lease is 60 s
here, so only the dead-worker rule can be this quick."""

from __future__ import annotations

import os
import signal
import uuid
from pathlib import Path

import pytest

from matcha.db import get_sessionmaker
from matcha.jobs.engine.models import Job
from tests.conftest import Account
from tests.processes import free_port, start_api, wait_for
from tests.worker.test_modes import _http_job, _http_wait

pytestmark = pytest.mark.slow
QUICK_RECOVERY = {
    "MATCHA_JOB_LEASE_SECONDS": "60",
    "MATCHA_WORKER_HEARTBEAT": "0.5",
    "MATCHA_WORKER_DEAD_AFTER": "2",
    "MATCHA_SWEEP_INTERVAL": "0.5",
    "MATCHA_TEST_AI_DELAY": "1.5",  # two calls: the job runs ~3 s
}


def _job(job_id: str) -> Job:
    with get_sessionmaker()() as session:
        job = session.get(Job, uuid.UUID(job_id))
        assert job is not None
        return job


# Bounds for a hang, not timings: a launch on a busy 2-core machine can take many seconds.
def _running_pid(job_id: str) -> int:
    wait_for(lambda: _job(job_id).status == "running", 60, "the job to start")
    worker = _job(job_id).worker
    assert worker is not None
    return int(worker.split(":")[1])  # host:pid:nonce


def test_combined_a_new_api_takes_back_the_killed_apis_job(
    broker: str, tmp_path: Path, account: Account
) -> None:
    env = {**QUICK_RECOVERY, "MATCHA_WORKER_MODE": "combined"}
    port = free_port()
    first = start_api(tmp_path / "api1.log", env, port)
    try:
        job_id = _http_job(f"http://127.0.0.1:{port}", account)
        assert _running_pid(job_id) == first.pid
    finally:
        first.stop(signal.SIGKILL)
    port = free_port()
    second = start_api(tmp_path / "api2.log", env, port)
    try:
        job = _http_wait(f"http://127.0.0.1:{port}", account, job_id, timeout=60)
        assert job["status"] == "succeeded" and job["attempts"] == 2
        assert job["worker"].split(":")[1] == str(second.pid)
    finally:
        second.stop()


def test_on_demand_starts_a_new_worker_for_the_killed_workers_job(
    broker: str, tmp_path: Path, account: Account
) -> None:
    env = {**QUICK_RECOVERY, "MATCHA_WORKER_MODE": "on-demand", "MATCHA_ONDEMAND_IDLE_TIMEOUT": "1"}
    port = free_port()
    api = start_api(tmp_path / "api.log", env, port)
    base = f"http://127.0.0.1:{port}"
    try:
        job_id = _http_job(base, account)
        victim = _running_pid(job_id)
        assert victim != api.pid  # the burst worker the API launched
        os.kill(victim, signal.SIGKILL)
        job = _http_wait(base, account, job_id, timeout=60)
        assert job["status"] == "succeeded" and job["attempts"] == 2
        assert int(job["worker"].split(":")[1]) not in (victim, api.pid)  # a second launch
    finally:
        api.stop()
