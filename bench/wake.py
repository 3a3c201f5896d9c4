"""(c) On-demand wake latency: from POST …/analyze/async to the job running, with no worker alive.

    python3 bench/wake.py [--trials 20] [--brokers redis,embedded]

`matcha serve` runs with MATCHA_WORKER_MODE=on-demand on a fresh SQLite database (and a private
redis-server, or the embedded broker). Each trial POSTs an async analysis of a new interview,
then polls GET /api/jobs/{id} every 20 ms. Latency = the job's started_at minus the POST time
(same clock). A thread also polls the API's children every 20 ms, to split the latency into
"POST → burst worker spawned" and "spawned → job running". Between trials the burst worker must
have exited. "redis"/"embedded" run matcha as shipped, with every default (idle timeout 10 s,
sweeper every 10 s). "+wake" runs the API through bench/harness.py with BENCH_WAKE_ON_PUBLISH=1
(the suggested fixes: wake on publish, release the launch lock when the worker exits) and
MATCHA_ONDEMAND_IDLE_TIMEOUT=--idle-timeout (2 s), so trials need not wait 10 s each.
"""

from __future__ import annotations

import argparse
import threading
import time
from datetime import UTC, datetime
from typing import Any

from common import (
    BENCH,
    Stack,
    child_env,
    descendants,
    http_get,
    http_post,
    save,
    table,
    use_token,
    wait_for,
)
from throughput import start_api

TRANSCRIPT = (BENCH.parent / "src/matcha/demo/transcripts/lumen_culture_engineer.txt").read_text()


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100)."""
    ordered = sorted(values)
    rank = max(1, round(q / 100 * len(ordered) + 0.5 - 1e-9))
    return ordered[min(rank, len(ordered)) - 1]


def epoch(iso: str) -> float:
    stamp = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    return (stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)).timestamp()


class SpawnWatch(threading.Thread):
    """Notes when the API first has a child process (the burst worker) after `arm()`."""

    def __init__(self, api_pid: int) -> None:
        super().__init__(name="spawn-watch", daemon=True)
        self.api_pid = api_pid
        self.spawned_at: float | None = None
        self.armed = threading.Event()
        self.stopped = threading.Event()

    def arm(self) -> None:
        self.spawned_at = None
        self.armed.set()

    def run(self) -> None:
        while not self.stopped.wait(0.02):
            if self.armed.is_set() and len(descendants(self.api_pid)) > 1:
                self.spawned_at = time.time()
                self.armed.clear()


def trial(base: str, company: str, watch: SpawnWatch) -> dict[str, Any]:
    interview = http_post(
        f"{base}/api/companies/{company}/interviews",
        {"interview_type": "culture", "transcript": TRANSCRIPT},
    )["id"]
    watch.arm()
    posted = time.time()
    job = http_post(f"{base}/api/interviews/{interview}/analyze/async")["job_id"]
    state: dict[str, Any] = {}

    def started() -> bool:
        status, body = http_get(f"{base}/api/jobs/{job}", timeout=5)
        if status == 200:
            import json

            state.update(json.loads(body))
        return bool(state.get("started_at"))

    wait_for(started, 60, f"job {job} to start", every=0.02)
    spawned = watch.spawned_at
    return {
        "latency_s": epoch(state["started_at"]) - posted,
        "to_spawn_s": (spawned - posted) if spawned else None,
        "status_seen": state["status"],
    }


def run_broker(broker: str, trials: int, idle_timeout: float) -> list[dict[str, Any]]:
    """`broker` is redis or embedded; a `+wake` suffix serves through bench/harness.py with
    BENCH_WAKE_ON_PUBLISH=1 (the suggested fixes, see bench/harness.py)."""
    results = []
    kind, _, fix = broker.partition("+")
    with Stack() as st:
        db = st.database()
        url = st.redis()[1] if kind == "redis" else f"sqla+sqlite:///{st.dir / 'broker.db'}"
        env = child_env(DATABASE_URL=db, MATCHA_BROKER_URL=url, MATCHA_WORKER_MODE="on-demand")
        if fix:
            env["BENCH_WAKE_ON_PUBLISH"] = "1"
            env["MATCHA_ONDEMAND_IDLE_TIMEOUT"] = str(idle_timeout)
        api, base = start_api(st, env, "api-on-demand", harness=bool(fix))
        use_token(st.producer("account", env=env)["token"])
        company = http_post(f"{base}/api/companies", {"name": "Wake Co"})["id"]
        watch = SpawnWatch(api.pid)
        watch.start()
        for i in range(trials):
            alone = lambda: len(descendants(api.pid)) == 1  # noqa: E731
            wait_for(alone, 90, "the burst worker to exit", every=0.1)
            result = trial(base, company, watch)
            results.append(result)
            print(f"  {broker} trial {i + 1}/{trials}: {result}", flush=True)
        watch.stopped.set()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--brokers", default="redis+wake,embedded+wake,redis,embedded")
    parser.add_argument("--idle-timeout", type=float, default=2.0, help="burst worker idle s")
    args = parser.parse_args()
    goals = {"redis": 1.5, "embedded": 2.5}
    raw, rows = {}, []
    for broker in args.brokers.split(","):
        raw[broker] = results = run_broker(broker, args.trials, args.idle_timeout)
        lat = [r["latency_s"] for r in results]
        spawn = [r["to_spawn_s"] for r in results if r["to_spawn_s"] is not None]
        cold = [r["latency_s"] - r["to_spawn_s"] for r in results if r["to_spawn_s"] is not None]
        p95, goal = percentile(lat, 95), goals[broker.partition("+")[0]]
        verdict = "met" if p95 <= goal else f"MISSED by {p95 - goal:.1f} s"
        rows.append([
            broker, len(lat), percentile(lat, 50), p95, max(lat),
            percentile(spawn, 50) if spawn else "-", percentile(cold, 50) if cold else "-",
            f"p95 <= {goal}", verdict,
        ])  # fmt: skip
    path = save("wake", raw)
    print(f"\n## on-demand wake latency, POST → running (s; raw: {path})\n")
    headers = ["broker", "trials", "p50", "p95", "max", "p50 POST→spawn", "p50 spawn→running"]
    print(table([*headers, "goal", "verdict"], [[*r[:3], f"{r[3]:.2f}", *r[4:]] for r in rows]))


if __name__ == "__main__":
    main()
