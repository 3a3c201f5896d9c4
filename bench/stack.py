"""(d) The whole stack on the box: peak RSS and PSS summed over every process it needs.

    python3 bench/stack.py [--reps 3] [--jobs 400]

Per repetition (fresh SQLite database, private redis-server, fake LLM outside the sum):
- separate: `matcha serve` (always-on) + `bench/harness.py worker -c 32` + redis-server, under
  the load of (b): 400 analyses POSTed to /api/interviews/{id}/analyze/async by 4 client
  threads (so the API publishes too, as in production);
- combined: `bench/harness.py serve` in combined mode (32 threads) + redis-server, same load;
- on-demand idle: `matcha serve` (on-demand) + redis-server, 5 s after ready, and again once a
  job has woken a burst worker and that worker has exited (the API then holds the Celery client).
"""

from __future__ import annotations

import argparse
import json
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from common import (
    VENV_PY,
    Mem,
    Stack,
    descendants,
    http_post,
    median,
    save,
    table,
    tree_mem,
    use_token,
    wait_for,
)
from throughput import (
    CONCURRENCY,
    HARNESS,
    db_path,
    drain,
    finished_jobs,
    matcha_env,
    start_api,
)

GOALS = {"separate": 170.0, "combined": 105.0, "on-demand idle": 90.0}


def post_all(base: str, ids: list[str]) -> float:
    """POST every async analysis with 4 client threads; returns the epoch of the first POST."""
    t_first = time.time()
    with ThreadPoolExecutor(4) as pool:
        urls = [f"{base}/api/interviews/{i}/analyze/async" for i in ids]
        list(pool.map(http_post, urls))
    return t_first


def loaded(st: Stack, roots: list[int], base: str, ids: list[str]) -> dict[str, Any]:
    time.sleep(5)
    idle = tree_mem(*roots)
    before = finished_jobs(db_path(st))[0]

    def progress() -> tuple[int, float]:
        ended, _failed, last = finished_jobs(db_path(st))
        return ended - before, last

    result = drain(lambda: roots, lambda: post_all(base, ids), progress, len(ids), timeout=300)
    return {"idle_rss_mib": idle.rss_mib, "idle_pss_mib": idle.pss_mib, **result}


def one_rep(jobs: int) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    with Stack() as st:
        llm = st.fake_llm(0.2)
        redis, broker = st.redis()
        env = matcha_env(st.database(), broker, llm, MATCHA_WORKER_CONCURRENCY=str(CONCURRENCY))
        seeded = st.producer("seed", "--n", str(jobs), env=env)
        ids = seeded["interview_ids"]
        use_token(seeded["token"])

        api, base = start_api(st, {**env, "MATCHA_WORKER_MODE": "always-on"}, "api", False)
        worker = st.start("worker", [VENV_PY, HARNESS, "worker", "-c", str(CONCURRENCY)], env)
        worker.wait_for_output("ready.")
        out["separate"] = loaded(st, [api.pid, worker.pid, redis.pid], base, ids)
        worker.stop()
        api.stop()

        combined, base = start_api(st, {**env, "MATCHA_WORKER_MODE": "combined"}, "combined")
        out["combined"] = loaded(st, [combined.pid, redis.pid], base, ids)
        combined.stop()

        od_env = {**env, "MATCHA_WORKER_MODE": "on-demand"}
        ondemand, base = start_api(st, od_env, "on-demand", harness=False)
        time.sleep(5)
        cold = tree_mem(ondemand.pid, redis.pid)
        http_post(f"{base}/api/interviews/{ids[0]}/analyze/async")
        wait_for(lambda: len(descendants(ondemand.pid)) > 1, 30, "the burst worker to start")
        wait_for(lambda: len(descendants(ondemand.pid)) == 1, 90, "the burst worker to exit")
        time.sleep(5)
        after = tree_mem(ondemand.pid, redis.pid)
        out["on-demand idle"] = mem_row(cold, after)
        ondemand.stop()
    return out


def mem_row(cold: Mem, after: Mem) -> dict[str, Any]:
    return {
        "idle_rss_mib": cold.rss_mib, "idle_pss_mib": cold.pss_mib,
        "peak_rss_mib": after.rss_mib, "peak_pss_mib": after.pss_mib, "procs": after.procs,
    }  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=400)
    args = parser.parse_args()
    reps = []
    for i in range(args.reps):
        reps.append(one_rep(args.jobs))
        print(f"rep {i + 1}/{args.reps}: {json.dumps(reps[-1])}", flush=True)
    path: Path = save("stack", {"args": vars(args), "reps": reps})
    rows = []
    for name, goal in GOALS.items():
        m = {k: median([rep[name][k] for rep in reps]) for k in reps[0][name]}
        verdict = (
            "met" if m["peak_rss_mib"] <= goal else f"MISSED by {m['peak_rss_mib'] - goal:.1f}"
        )
        rows.append([
            name, int(m["procs"]), m["idle_rss_mib"], m["peak_rss_mib"], m["peak_pss_mib"],
            m.get("jobs_per_s", "-"), f"<= {goal:.0f}", verdict,
        ])  # fmt: skip
    print(f"\n## whole stack incl. redis-server (MiB, median of {args.reps}; raw: {path})")
    print("on-demand idle: 'idle' = never woken, 'peak' = after one wake cycle, worker gone\n")
    headers = ["stack", "procs", "idle RSS", "peak RSS", "peak PSS", "jobs/s", "goal", "verdict"]
    print(table(headers, rows))


if __name__ == "__main__":
    main()
