"""The broker misbehaves: restarted (with and without persistence), down, or out of memory."""

from __future__ import annotations

import time
import uuid

import pytest
import redis
from fastapi.testclient import TestClient

from matcha.jobs.engine.models import JobStatus
from tests.conftest import Account
from tests.faults.support import (
    Faults,
    RedisServer,
    assert_done_once,
    complete,
    job_row,
    new_interviews,
    wait_finished,
)

pytestmark = [pytest.mark.slow, pytest.mark.redis]


def _post_complete(client: TestClient, interview_id: uuid.UUID) -> tuple[uuid.UUID, float]:
    """POST /complete; (job id, seconds the request took). Always 202 and queued."""
    started = time.monotonic()
    response = client.post(f"/api/interviews/{interview_id}/complete")
    took = time.monotonic() - started
    assert response.status_code == 202, response.text
    assert response.json()["status"] == "queued"
    return uuid.UUID(response.json()["job_id"]), took


@pytest.mark.parametrize(
    ("redis_server", "how"),
    [(False, "shutdown-nosave"), (False, "sigkill"), (True, "sigkill-aof-always")],
    indirect=["redis_server"],
)
def test_jobs_queued_across_a_redis_restart_are_each_done_once(
    faults: Faults, redis_server: RedisServer, how: str
) -> None:
    interviews = new_interviews(5)
    jobs = [complete(i) for i in interviews]
    assert redis_server.llen() == 5  # published, and no worker to take them

    if how == "shutdown-nosave":
        redis_server.shutdown_nosave()
    else:
        redis_server.kill()
    redis_server.start()
    restarted = time.monotonic()
    assert redis_server.llen() == (5 if redis_server.aof else 0)

    faults.worker()
    for job_id in jobs:
        assert wait_finished(job_id, timeout=30).status == JobStatus.succeeded
    recovered = time.monotonic() - restarted
    for interview_id in interviews:
        assert_done_once(faults, interview_id, attempts=1)
    print(f"{how}: 5 jobs done {recovered:.1f}s after the restart")


@pytest.mark.parametrize("how", ["stopped", "frozen"])
def test_redis_down_at_submit_answers_202_fast_and_the_job_is_done_later(
    faults: Faults, client: TestClient, account: Account, how: str
) -> None:
    """Stopped: connections are refused. Frozen (SIGSTOP): they connect, and nothing answers.

    A first request while Redis is up leaves a pooled connection behind, as in a live API."""
    warm, interview_id = new_interviews(2, org_id=account.org_id)
    warm_job, _ = _post_complete(client, warm)
    if how == "stopped":
        faults.redis.kill()
    else:
        faults.redis.freeze()

    job_id, took = _post_complete(client, interview_id)
    print(f"202 with Redis {how} in {took:.2f}s")
    assert took < 2.0
    assert job_row(job_id).status == JobStatus.queued

    if how == "stopped":
        faults.redis.start()  # empty: the first job's message is gone too
    else:
        faults.redis.thaw()
    back = time.monotonic()
    faults.worker()
    for job in (warm_job, job_id):
        assert wait_finished(job, timeout=30).status == JobStatus.succeeded
    assert_done_once(faults, warm, attempts=1)
    assert_done_once(faults, interview_id, attempts=1)
    print(f"done {time.monotonic() - back:.1f}s after Redis came back")


def test_redis_out_of_memory_loses_nothing(
    faults: Faults, client: TestClient, account: Account
) -> None:
    worker = faults.worker()
    interviews = new_interviews(3, org_id=account.org_id)
    with faults.redis.client() as r:
        used = int(r.info("memory")["used_memory"])
        r.config_set("maxmemory", used + 2 * 1024 * 1024)
        with pytest.raises(redis.exceptions.OutOfMemoryError):  # fill it up with junk
            for _ in range(1000):
                r.append("junk", b"x" * 64 * 1024)
        with pytest.raises(redis.exceptions.OutOfMemoryError):
            r.set("probe", b"1")

        jobs = []
        for interview_id in interviews:
            job_id, took = _post_complete(client, interview_id)
            assert took < 2.0
            jobs.append(job_id)
        time.sleep(2.5)  # the worker's sweeper tries to publish them again, and fails too
        assert {job_row(j).status for j in jobs} == {JobStatus.queued}
        assert {job_row(j).attempts for j in jobs} == {0}
        assert r.llen("faults:matcha.interactive") == 0
        assert int(r.info("stats")["evicted_keys"]) == 0
        assert "maxmemory" in worker.output()  # its sweeper tried, and was refused

        r.delete("junk")
        freed = time.monotonic()
    for job_id in jobs:
        assert wait_finished(job_id, timeout=30).status == JobStatus.succeeded
    for interview_id in interviews:
        assert_done_once(faults, interview_id, attempts=1)
    print(f"3 jobs done {time.monotonic() - freed:.1f}s after memory was freed")
