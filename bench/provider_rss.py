"""Worker RSS with each AI provider loaded: `matcha worker` idle, before and after one job.

    python3 bench/provider_rss.py [--reps 3] [--concurrency 8,32]
                                  [--providers embedded,openai,gemini]

Per repetition and worker concurrency, on a fresh SQLite database and the embedded broker, a
`matcha worker -c N` is started once per provider (`MATCHA_AI_PROVIDER`; openai and gemini
pointed at `bench/fake_llm.py --wire …`, each in its own process, never measured). Its RSS and
PSS, summed over every process of the worker, are read 5 s after "ready." (the provider is not
imported yet: that happens on the first job), then it runs one interview analysis (enqueued by
bench/producer.py; 2 model calls), and is read again 5 s after the job ended. The job row must
show the provider and its calls (the embedded analyzer records none), so each number is for a
worker that really used its provider.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
from typing import Any

from common import BENCH, VENV_PY, Stack, child_env, free_port, http_get, median, save, table
from common import wait_for as wait
from throughput import db_path, finished_jobs, idle

GOAL_MIB = 90.0


def fake_llm(st: Stack, wire: str) -> str:
    port = free_port()
    argv = [VENV_PY, str(BENCH / "fake_llm.py"), "--port", str(port), "--wire", wire]
    st.start(f"fake-{wire}", [*argv, "--latency", "0.05"], child_env())
    base = f"http://127.0.0.1:{port}"
    wait(lambda: http_get(f"{base}/stats")[0] == 200, 10, f"the fake {wire} server")
    return base


def provider_env(provider: str, fakes: dict[str, str]) -> dict[str, str]:
    env = {"MATCHA_AI_PROVIDER": provider}
    if provider == "openai":
        env |= {"OPENAI_BASE_URL": f"{fakes['openai']}/v1", "OPENAI_API_KEY": "sk-bench"}
    elif provider == "gemini":
        env |= {"GEMINI_BASE_URL": fakes["gemini"], "GEMINI_API_KEY": "bench-key"}
    return env


def last_job(st: Stack) -> tuple[str, str | None, int]:
    """(status, provider, model calls) of the most recently finished job."""
    path = db_path(st)
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10) as con:
        row = con.execute(
            "SELECT status, provider, llm_calls FROM jobs ORDER BY finished_at DESC LIMIT 1"
        ).fetchone()
    return str(row[0]), row[1], int(row[2])


def one_worker(
    st: Stack, env: dict[str, str], provider: str, concurrency: int, interview: str
) -> dict[str, Any]:
    argv = [VENV_PY, "-m", "matcha", "worker", "-c", str(concurrency)]
    worker = st.start(f"worker-{provider}-{concurrency}", argv, env)
    worker.wait_for_output("ready.")
    before = idle([worker.pid])
    ended = finished_jobs(db_path(st))[0]
    ids = st.dir / "ids.json"
    ids.write_text(json.dumps([interview]))
    st.producer("enqueue", "--ids-file", str(ids), env=env)
    wait(lambda: finished_jobs(db_path(st))[0] > ended, 120, f"the {provider} job")
    status, used, calls = last_job(st)
    if status != "succeeded" or used != (None if provider == "embedded" else provider):
        raise RuntimeError(f"{provider}: the job ended {status} with provider {used}")
    after = idle([worker.pid])
    worker.stop()
    return {
        "before_rss": before.rss_mib,
        "after_rss": after.rss_mib,
        "after_pss": after.pss_mib,
        "procs": after.procs,
        "calls": calls,
    }


def one_rep(providers: list[str], concurrencies: list[int]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    with Stack() as st:
        fakes = {wire: fake_llm(st, wire) for wire in ("openai", "gemini") if wire in providers}
        base = child_env(
            DATABASE_URL=st.database(), MATCHA_BROKER_URL=f"sqla+sqlite:///{st.dir / 'broker.db'}"
        )
        runs = len(providers) * len(concurrencies)
        interviews = iter(st.producer("seed", "--n", str(runs), env=base)["interview_ids"])
        for concurrency in concurrencies:
            for provider in providers:
                env = {**base, **provider_env(provider, fakes)}
                key = f"{provider} -c {concurrency}"
                out[key] = one_worker(st, env, provider, concurrency, next(interviews))
                print(f"  {key}: {json.dumps(out[key])}", flush=True)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--concurrency", default="8,32", help="worker threads, comma-separated")
    parser.add_argument("--providers", default="embedded,openai,gemini")
    args = parser.parse_args()
    providers = args.providers.split(",")
    concurrencies = [int(c) for c in args.concurrency.split(",")]
    reps = []
    for i in range(args.reps):
        reps.append(one_rep(providers, concurrencies))
        print(f"rep {i + 1}/{args.reps} done", flush=True)
    rows = []
    for key in reps[0]:
        after = median([rep[key]["after_rss"] for rep in reps])
        rows.append([
            f"`matcha worker -c {key.split()[-1]}`, {key.split()[0]}",
            median([rep[key]["before_rss"] for rep in reps]), after,
            median([rep[key]["after_pss"] for rep in reps]), reps[0][key]["calls"],
            "met" if after <= GOAL_MIB else f"MISSED by {after - GOAL_MIB:.1f}",
        ])  # fmt: skip
    path = save("provider_rss", {"args": vars(args), "reps": reps})
    print(f"\n## worker RSS per provider (MiB, median of {args.reps}; raw: {path})\n")
    headers = ["worker, provider", "idle RSS before a job", "idle RSS after one job"]
    print(table([*headers, "PSS after", "model calls", f"goal <= {GOAL_MIB:.0f}"], rows))


if __name__ == "__main__":
    main()
