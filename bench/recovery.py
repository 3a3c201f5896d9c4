"""Recovery after a SIGKILL: from killing the worker that runs a position match to the job
running again on the other worker, and to its success.

    python3 bench/recovery.py [--trials 5] [--brokers redis,embedded] [--candidates 40]

Per broker: a fresh SQLite database, a private redis-server (or the embedded broker), the fake
LLM (`--latency`, 0.5 s a call) and two workers (`bench/harness.py worker -c 2`), every matcha
setting at its default (beat 3 s, dead after 10 s, sweep every 3 s, lease 60 s) except
MATCHA_LLM_CONCURRENCY=2, so a match of 40 candidates takes ~10 s. Each trial queues the match of
a new position (no cached score), waits until it runs with `--kill-after` candidates scored,
SIGKILLs the worker named on the job, and polls the job row (read-only SQLite) every 20 ms.
"running again" = the job's started_at for attempt 2 (written by the other worker's claim) minus
the kill time; "succeeded" = its finished_at minus the kill time (same clock: one machine). A
replacement worker is started before the next trial, so two are always up.
"""

from __future__ import annotations

import argparse
import os
import signal
import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from common import VENV_PY, Proc, Stack, child_env, median, save, table, wait_for
from throughput import HARNESS

GOAL_S = 15.0


def epoch(value: str | None) -> float | None:
    if value is None:
        return None
    stamp = datetime.fromisoformat(value)
    return (stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)).timestamp()


def job_row(db: Path, job_id: str) -> dict[str, Any]:
    query = (
        "SELECT status, attempts, worker, progress_done, started_at, finished_at, error_code "
        "FROM jobs WHERE id = ?"
    )
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10) as con:
        con.row_factory = sqlite3.Row
        # SQLAlchemy stores UUIDs in SQLite as 32 hex digits.
        row = con.execute(query, (job_id.replace("-", ""),)).fetchone()
    return dict(row) if row else {}


def pid_of(worker: str | None) -> int | None:
    return int(worker.split(":")[1]) if worker else None  # host:pid:nonce


def start_worker(st: Stack, env: dict[str, str], name: str) -> Proc:
    proc = st.start(name, [VENV_PY, HARNESS, "worker", "-c", "2"], env)
    proc.wait_for_output("ready.")
    return proc


def trial(
    st: Stack, env: dict[str, str], db: Path, workers: list[Proc], args: Any
) -> dict[str, Any]:
    position = st.producer("position", "--candidates", str(args.candidates), env=env)
    job_id = st.producer("match", "--position", position["position_id"], env=env)["job_id"]
    state: dict[str, Any] = {}

    def scoring() -> bool:
        state.update(job_row(db, job_id))
        return state.get("status") == "running" and state["progress_done"] >= args.kill_after

    wait_for(scoring, 60, f"job {job_id} to be scoring", every=0.02)
    victim = next(w for w in workers if w.pid == pid_of(state["worker"]))
    survivor = next(w for w in workers if w is not victim)
    os.killpg(victim.pid, signal.SIGKILL)
    killed = time.time()
    victim.popen.wait(timeout=10)
    scored_before = state["progress_done"]
    seen_running: float | None = None

    def finished() -> bool:
        nonlocal seen_running
        state.clear()
        state.update(job_row(db, job_id))
        if seen_running is None and state["status"] == "running" and state["attempts"] == 2:
            seen_running = time.time()
        return state["status"] in ("succeeded", "failed")

    wait_for(finished, 180, f"job {job_id} to finish after the kill", every=0.02)
    assert state["status"] == "succeeded", state
    assert state["attempts"] == 2 and pid_of(state["worker"]) == survivor.pid, state
    running_again = epoch(state["started_at"])
    done = epoch(state["finished_at"])
    assert running_again is not None and done is not None
    workers.remove(victim)
    workers.append(start_worker(st, env, f"worker-{len(st.procs)}"))  # two again
    return {
        "job_id": job_id,
        "scored_before_kill": scored_before,
        "to_running_s": running_again - killed,
        "to_running_polled_s": (seen_running - killed) if seen_running else None,
        "to_succeeded_s": done - killed,
    }


def run_broker(broker: str, args: Any) -> list[dict[str, Any]]:
    results = []
    with Stack() as st:
        db_url = st.database()
        url = st.redis()[1] if broker == "redis" else f"sqla+sqlite:///{st.dir / 'broker.db'}"
        env = child_env(
            DATABASE_URL=db_url,
            MATCHA_BROKER_URL=url,
            MATCHA_WORKER_MODE="always-on",
            MATCHA_LLM_CONCURRENCY="2",
            BENCH_LLM_URL=st.fake_llm(args.latency),
        )
        workers = [start_worker(st, env, f"worker-{n}") for n in (1, 2)]
        for i in range(args.trials):
            result = trial(st, env, st.dir / "matcha.db", workers, args)
            results.append(result)
            print(f"  {broker} trial {i + 1}/{args.trials}: {result}", flush=True)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--trials", type=int, default=5)
    parser.add_argument("--brokers", default="redis,embedded")
    parser.add_argument("--candidates", type=int, default=40)
    parser.add_argument("--latency", type=float, default=0.5, help="fake LLM s per call")
    parser.add_argument("--kill-after", type=int, default=4, help="candidates scored first")
    args = parser.parse_args()
    raw, rows = {}, []
    for broker in args.brokers.split(","):
        raw[broker] = results = run_broker(broker, args)
        again = [r["to_running_s"] for r in results]
        done = [r["to_succeeded_s"] for r in results]
        worst = max(again)
        verdict = "met" if worst <= GOAL_S else f"MISSED by {worst - GOAL_S:.1f}"
        rows.append([broker, "running again", len(again), min(again), median(again), worst,
                     f"<= {GOAL_S:.0f}", verdict])  # fmt: skip
        rows.append([broker, "succeeded", len(done), min(done), median(done), max(done), "-", "-"])
    path = save("recovery", raw)
    print(f"\n## recovery after SIGKILL mid position match (s; raw: {path})\n")
    headers = ["broker", "from the kill to", "trials", "min", "median", "max", "goal", "verdict"]
    print(table(headers, rows))


if __name__ == "__main__":
    main()
