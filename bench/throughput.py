"""(b) I/O-bound throughput per MiB: matcha's worker vs the user's setup, side by side in one run.

    python3 bench/throughput.py [--reps 3] [--jobs 400] [--latency 0.2]

Per repetition, on a private redis-server, a fresh SQLite database and the fake LLM:
1. matcha worker (`bench/harness.py worker -c 32`: threads pool, LLM provider over httpx);
2. matcha combined (`bench/harness.py serve`, MATCHA_WORKER_MODE=combined, 32 threads);
3. BASELINE: Celery prefork --concurrency=2 over bench/baseline_tasks.py (genai + FastAPI +
   SQLAlchemy imported at module top), the same LLM calls per job, an INCR per job.
Each starts, is idle 5 s after ready (idle RSS), then 400 interview analyses (2 LLM calls each)
are enqueued in one burst. jobs/s = jobs / (first enqueue → last job's finished_at). Peak RSS/PSS
is sampled every 0.1 s over the component's process tree during the drain. Medians are printed.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from common import (
    BENCH,
    VENV_PY,
    Mem,
    PeakSampler,
    Proc,
    Stack,
    child_env,
    cpu_seconds,
    free_port,
    median,
    redis_cmd,
    save,
    table,
    tree_mem,
    wait_for,
    wait_http_ready,
)

CONCURRENCY = 32
HARNESS = str(BENCH / "harness.py")


def matcha_env(db: str, broker: str, llm: str, **extra: str) -> dict[str, str]:
    return child_env(DATABASE_URL=db, MATCHA_BROKER_URL=broker, BENCH_LLM_URL=llm, **extra)


def start_worker(st: Stack, env: dict[str, str], name: str = "worker") -> Proc:
    proc = st.start(name, [VENV_PY, HARNESS, "worker", "-c", str(CONCURRENCY)], env)
    proc.wait_for_output("ready.")
    return proc


def start_api(st: Stack, env: dict[str, str], name: str, harness: bool = True) -> tuple[Proc, str]:
    """The API (`harness.py serve`, or the real `matcha serve`); its mode comes from `env`."""
    port = free_port()
    argv = (
        [VENV_PY, HARNESS, "serve", "--port", str(port)]
        if harness
        else [VENV_PY, "-m", "matcha", "serve", "--port", str(port)]
    )
    proc = st.start(name, argv, env)
    base = f"http://127.0.0.1:{port}"
    wait_http_ready(proc, base)
    if env.get("MATCHA_WORKER_MODE") == "combined":  # its consumer heartbeats once ready
        wait_for(lambda: worker_alive(db_path(st), proc.pid), 60, "the combined worker")
    return proc, base


def db_path(st: Stack) -> Path:
    return st.dir / "matcha.db"


def worker_alive(path: Path, pid: int | None = None) -> bool:
    """A `workers` row that says running (for `pid`, if given)."""
    query = "SELECT count(*) FROM workers WHERE status = 'running'"
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10) as con:
        if pid is None:
            return bool(con.execute(query).fetchone()[0])
        return bool(con.execute(query + " AND pid = ?", (pid,)).fetchone()[0])


def finished_jobs(path: Path) -> tuple[int, int, float]:
    """(jobs ended, of which failed, epoch of the last finished_at) in a matcha SQLite DB."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10) as con:
        row = con.execute(
            "SELECT count(*), sum(status = 'failed'), max(finished_at) FROM jobs"
            " WHERE status IN ('succeeded', 'failed')"
        ).fetchone()
    last = datetime.fromisoformat(row[2]).replace(tzinfo=UTC).timestamp() if row[2] else 0.0
    return int(row[0]), int(row[1] or 0), last


def drain(
    roots: Callable[[], list[int]],
    enqueue: Callable[[], float],
    progress: Callable[[], tuple[int, float]],
    jobs: int,
    timeout: float,
) -> dict[str, Any]:
    """Enqueue `jobs` in one burst while sampling memory; wait for them all to end.

    `enqueue` returns the epoch of the first enqueue; `progress` returns (jobs ended so far in
    this drain, epoch of the last end).
    """
    cpu0 = cpu_seconds(*roots())
    sampler = PeakSampler(roots)
    sampler.start()
    try:
        t_first = enqueue()
        wait_for(lambda: progress()[0] >= jobs, timeout, f"{jobs} jobs to end", every=0.02)
    finally:
        peak = sampler.stop()
    cpu = cpu_seconds(*roots()) - cpu0
    seconds = progress()[1] - t_first
    return {
        "jobs": jobs,
        "seconds": seconds,
        "jobs_per_s": jobs / seconds,
        "peak_rss_mib": peak.rss_mib,
        "peak_pss_mib": peak.pss_mib,
        "procs": peak.procs,
        "cpu_ms_per_job": 1000 * cpu / jobs,
    }


def idle(roots: list[int], settle: float = 5.0) -> Mem:
    time.sleep(settle)
    return tree_mem(*roots)


def matcha_drain(
    st: Stack, proc: Proc, env: dict[str, str], ids: Path, jobs: int
) -> dict[str, Any]:
    """One burst of analyses through the producer (rows in one commit, then publishes)."""
    idle_mem = idle([proc.pid])
    before = finished_jobs(db_path(st))[0]

    def enqueue() -> float:
        return float(st.producer("enqueue", "--ids-file", str(ids), env=env)["t_first"])

    def progress() -> tuple[int, float]:
        ended, _failed, last = finished_jobs(db_path(st))
        return ended - before, last

    result = drain(lambda: [proc.pid], enqueue, progress, jobs, timeout=300)
    result["failed"] = finished_jobs(db_path(st))[1]
    return {"idle_rss_mib": idle_mem.rss_mib, "idle_pss_mib": idle_mem.pss_mib, **result}


def baseline_drain(st: Stack, broker: str, llm: str, jobs: int) -> dict[str, Any]:
    env = child_env(PYTHONPATH=str(BENCH), BENCH_BROKER_URL=broker, BENCH_LLM_URL=llm)
    argv = [VENV_PY, "-m", "celery", "-A", "baseline_tasks", "worker"]
    proc = st.start("baseline", [*argv, "--pool=prefork", "--concurrency=2", "-l", "INFO"], env)
    proc.wait_for_output("ready.")
    idle_mem = idle([proc.pid])
    port = int(broker.rsplit(":", 1)[1].split("/")[0])
    redis_cmd(port, "DEL", "bench:done", "bench:last")

    def enqueue() -> float:
        args = ("baseline", "--n", str(jobs), "--broker", broker)
        return float(st.producer(*args, env=child_env())["t_first"])

    def progress() -> tuple[int, float]:
        return int(redis_cmd(port, "GET", "bench:done") or 0), float(
            redis_cmd(port, "GET", "bench:last") or 0
        )

    result = drain(lambda: [proc.pid], enqueue, progress, jobs, timeout=600)
    proc.stop()
    return {"idle_rss_mib": idle_mem.rss_mib, "idle_pss_mib": idle_mem.pss_mib, **result}


def one_rep(jobs: int, latency: float) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    with Stack() as st:
        llm = st.fake_llm(latency)
        _redis, broker = st.redis()
        env = matcha_env(st.database(), broker, llm, MATCHA_WORKER_CONCURRENCY=str(CONCURRENCY))
        ids = st.dir / "ids.json"
        ids.write_text(json.dumps(st.producer("seed", "--n", str(jobs), env=env)["interview_ids"]))
        worker = start_worker(st, env)
        out["matcha worker (threads c=32)"] = matcha_drain(st, worker, env, ids, jobs)
        worker.stop()
        combined, _ = start_api(st, {**env, "MATCHA_WORKER_MODE": "combined"}, "combined")
        out["matcha combined (API + 32 threads)"] = matcha_drain(st, combined, env, ids, jobs)
        combined.stop()
        out["BASELINE (prefork c=2, heavy module)"] = baseline_drain(st, broker, llm, jobs)
    return out


def summarize(reps: list[dict[str, dict[str, Any]]]) -> dict[str, dict[str, float]]:
    """Median of every number, per configuration."""
    return {
        name: {key: median([rep[name][key] for rep in reps]) for key in reps[0][name]}
        for name in reps[0]
    }


def report(med: dict[str, dict[str, float]]) -> str:
    base = med["BASELINE (prefork c=2, heavy module)"]
    base_eff = base["jobs_per_s"] / base["peak_rss_mib"] * 100
    rows = []
    for name, m in med.items():
        eff = m["jobs_per_s"] / m["peak_rss_mib"] * 100
        rows.append([
            name, m["jobs_per_s"], m["idle_rss_mib"], m["peak_rss_mib"], m["peak_pss_mib"],
            eff, f"{eff / base_eff:.1f}x", m["cpu_ms_per_job"],
        ])  # fmt: skip
    headers = ["configuration", "jobs/s", "idle RSS MiB", "peak RSS MiB", "peak PSS MiB"]
    lines = [table([*headers, "jobs/s per 100 MiB RSS", "vs baseline", "CPU ms/job"], rows)]
    w = med["matcha worker (threads c=32)"]
    c = med["matcha combined (API + 32 threads)"]
    ratio = (w["jobs_per_s"] / w["peak_rss_mib"] * 100) / base_eff
    lines += [
        "",
        f"ratio matcha worker / baseline (jobs/s per 100 MiB): {ratio:.1f}x (goal >= 30x)",
        f"matcha worker idle {w['idle_rss_mib']:.1f} MiB, peak with 32 in flight "
        f"{w['peak_rss_mib']:.1f} MiB: +{w['peak_rss_mib'] - w['idle_rss_mib']:.1f} "
        "(goal <= idle + 10)",
        f"combined process with 32 in flight: {c['peak_rss_mib']:.1f} MiB (goal <= 90)",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=400)
    parser.add_argument("--latency", type=float, default=0.2, help="fake LLM seconds per call")
    args = parser.parse_args()
    reps = []
    for i in range(args.reps):
        reps.append(one_rep(args.jobs, args.latency))
        print(f"rep {i + 1}/{args.reps}: " + json.dumps(reps[-1]), flush=True)
    med = summarize(reps)
    path = save("throughput", {"args": vars(args), "reps": reps, "median": med})
    print(f"\n## throughput: {args.jobs} interview analyses, 2 LLM calls x {args.latency}s each")
    print(f"(median of {args.reps}; raw: {path})\n")
    print(report(med))


if __name__ == "__main__":
    main()
