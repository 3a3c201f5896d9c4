"""Load test: concurrent clients against `matcha up` (combined mode) for a fixed time.

    .venv/bin/python bench/load.py [--clients 100] [--duration 180] [--orgs 10] [--think 0.5]

The server is the real `matcha up` with MATCHA_WORKER_MODE=combined, a fresh SQLite database and
embedded broker in a temp dir, the embedded AI provider, production mode with its own secret,
listening on 127.0.0.1 only. The limits are set for the test (see --ai-rate, --max-jobs,
--login-attempts) and every 429 is counted apart from the errors.

Seeding (not measured): `--orgs` organisations registered over the API, each with 2 companies
(3 analysed culture interviews, a culture profile, a position), 8 candidates, and one recruiter
user per client, logged in. Then `--clients` clients (bench/load_mix.py) mix logins, reads,
creates, sync AI, async AI and job event streams until `--duration` ends.

Printed: requests/s; per route group the count and p50/p95/p99 latency; the 5xx (goal 0) and
the other non-2xx by status; the RSS of the server's process tree (common.tree_mem) every second,
shown every 15 s, and its growth over the last minute (goal: none); the jobs' end states; the
server log's tracebacks. Raw JSON via common.save; the server log is copied to bench/results/.
The driver runs in the venv (httpx) outside the measured tree.
"""

from __future__ import annotations

import argparse
import asyncio
import re
import shutil
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
from common import (
    RESULTS,
    VENV_PY,
    Stack,
    child_env,
    cpu_seconds,
    free_port,
    median,
    save,
    table,
    tree_mem,
    wait_http_ready,
)
from load_mix import GROUPS, Client, Driver, Stats

GROWTH_GOAL_MIB = 1.0  # "no growth in the last minute", within sampling noise
ACCESS = re.compile(r'"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/[\d.]+" (?P<status>\d{3})')
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


class RssSeries(threading.Thread):
    """RSS (MiB) and CPU seconds of the server's tree, once a second, until stopped."""

    def __init__(self, pid: int) -> None:
        super().__init__(name="rss-series", daemon=True)
        self.pid = pid
        self.samples: list[tuple[float, float, float]] = []  # (t, rss MiB, cpu s)
        self.stopped = threading.Event()
        self.t0 = time.monotonic()

    def run(self) -> None:
        while not self.stopped.is_set():
            t = time.monotonic() - self.t0
            self.samples.append((t, tree_mem(self.pid).rss_mib, cpu_seconds(self.pid)))
            self.stopped.wait(1.0)

    def stop(self) -> list[tuple[float, float, float]]:
        self.stopped.set()
        self.join(5)
        return self.samples


def server_env(st: Stack, args: argparse.Namespace) -> dict[str, str]:
    env = child_env(
        DATABASE_URL=st.database(),
        MATCHA_BROKER_URL=f"sqla+sqlite:///{st.dir / 'broker.db'}",
        MATCHA_WORKER_MODE="combined",
        MATCHA_AI_PROVIDER="embedded",
        MATCHA_ENV="production",
        MATCHA_REGISTRATION="open",
        MATCHA_DATA_DIR=str(st.dir / "data"),
        MATCHA_AI_RATE_PER_MINUTE=str(args.ai_rate),
        MATCHA_MAX_ACTIVE_JOBS=str(args.max_jobs),
        MATCHA_LOGIN_ATTEMPTS=str(args.login_attempts),
        # Every organisation is registered from 127.0.0.1, and each gets a user per client.
        MATCHA_REGISTER_ATTEMPTS=str(args.orgs + 5),
        MATCHA_USER_CREATE_ATTEMPTS=str(args.clients + 5),
    )
    if args.concurrency:
        env["MATCHA_WORKER_CONCURRENCY"] = str(args.concurrency)
    return env


async def seed(driver: Driver, orgs: int, clients: int) -> list[Client]:
    """The organisations, 3 at a time; clients spread over them round-robin."""
    sizes = [clients // orgs + (1 if i < clients % orgs else 0) for i in range(orgs)]
    firsts = [sum(sizes[:i]) for i in range(orgs)]
    gate = asyncio.Semaphore(3)

    async def one(i: int) -> list[Client]:
        async with gate:
            return await driver.seed_org(i, sizes[i], firsts[i])

    return [c for org in await asyncio.gather(*(one(i) for i in range(orgs))) for c in org]


async def job_states(driver: Driver, clients: list[Client]) -> dict[str, Any]:
    """Each organisation's jobs by status (X-Total-Count) and the failed ones' error codes."""
    tokens = {id(c.org): c.token for c in clients}.values()
    states: Counter[str] = Counter()
    failures: Counter[str] = Counter()
    for token in tokens:
        auth = {"Authorization": f"Bearer {token}"}
        for status in ("queued", "running", "succeeded", "failed"):
            resp = await driver.http.get(f"/api/jobs?status={status}&limit=500", headers=auth)
            states[status] += int(resp.headers.get("x-total-count", 0))
            if status == "failed":
                failures.update(str(j.get("error_code")) for j in resp.json())
    return {"states": dict(states), "failed_codes": dict(failures)}


async def load(base: str, args: argparse.Namespace, pid: int) -> dict[str, Any]:
    # Idle connections are dropped before uvicorn's 5 s keep-alive timeout closes them: at the
    # same 5 s, a request sent on a connection the server is closing fails with ReadError.
    limits = httpx.Limits(
        max_connections=args.clients * 2, max_keepalive_connections=args.clients, keepalive_expiry=3
    )
    timeout = httpx.Timeout(args.timeout)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=timeout) as http:
        driver = Driver(http)
        started = time.monotonic()
        clients = await seed(driver, args.orgs, args.clients)
        seeding = driver.stats
        print(
            f"seeded {args.orgs} organisations, {len(clients)} users in "
            f"{time.monotonic() - started:.0f} s; RSS {tree_mem(pid).rss_mib:.1f} MiB; "
            f"load for {args.duration} s",
            flush=True,
        )
        driver.stats = Stats()
        series = RssSeries(pid)
        series.start()
        cpu0, driver_cpu0 = cpu_seconds(pid), time.process_time()
        start = time.monotonic()
        await asyncio.gather(
            *(driver.client(c, start + args.duration, args.think) for c in clients)
        )
        elapsed = time.monotonic() - start
        samples = series.stop()
        cpu, driver_cpu = cpu_seconds(pid) - cpu0, time.process_time() - driver_cpu0
        await asyncio.sleep(args.settle)
        try:
            jobs = await job_states(driver, clients)
        except (httpx.HTTPError, ValueError, KeyError) as exc:
            jobs = {"states": f"unknown: {exc!r}", "failed_codes": "unknown"}
    after = tree_mem(pid).rss_mib
    return {
        "stats": driver.stats, "seeding_errors": dict(seeding.not_ok), "elapsed": elapsed,
        "samples": samples, "server_cpu_s": cpu, "driver_cpu_s": driver_cpu, "jobs": jobs,
        "rss_after_settle": after,
    }  # fmt: skip


def pct(values: list[float], q: float) -> float:
    """The q-th percentile (nearest rank), in ms."""
    if not values:
        return float("nan")
    ranked = sorted(values)
    return 1000 * ranked[min(len(ranked) - 1, max(0, round(q / 100 * len(ranked) + 0.5) - 1))]


def window(samples: list[tuple[float, float, float]], start: float, end: float) -> float:
    """The median RSS of the samples taken in [start, end]."""
    inside = [rss for t, rss, _ in samples if start <= t <= end]
    return median(inside) if inside else float("nan")


def server_log(text: str) -> dict[str, Any]:
    """5xx answers by route, and the tracebacks' last lines, from the server's log."""
    fives: Counter[str] = Counter()
    for m in ACCESS.finditer(text):
        if m["status"].startswith("5"):
            fives[f"{m['status']} {m['method']} {UUID.sub('{id}', m['path'].split('?')[0])}"] += 1
    excs: Counter[str] = Counter()
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if line.startswith("Traceback"):
            j = i + 1
            while j < len(lines) and (lines[j].startswith((" ", "\t")) or not lines[j].strip()):
                j += 1
            if j < len(lines):
                excs[lines[j][:240]] += 1
    return {"5xx_by_route": dict(fives), "tracebacks": dict(excs)}


def report(args: argparse.Namespace, res: dict[str, Any], log: dict[str, Any]) -> None:
    stats: Stats = res["stats"]
    rows = []
    for g in [*GROUPS, "**all**"]:
        lat = stats.latency[g] if g in GROUPS else [x for v in stats.latency.values() for x in v]
        st = stats.status[g] if g in GROUPS else sum(stats.status.values(), Counter())
        five = sum(n for s, n in st.items() if s >= 500)
        other = sum(n for s, n in st.items() if not 200 <= s < 300 and s != 429 and s < 500)
        errs = sum(n for (grp, _, _), n in stats.errors.items() if g in (grp, "**all**"))
        rows.append([g, len(lat), len(lat) / res["elapsed"], pct(lat, 50), pct(lat, 95),
                     pct(lat, 99), st[429], other, five, errs])  # fmt: skip
    print(
        f"\n## Load: {args.clients} clients, {res['elapsed']:.0f} s, {args.orgs} organisations, "
        f"think 0-{2 * args.think:.1f} s\n"
    )
    headers = [
        "group",
        "requests",
        "req/s",
        "p50 ms",
        "p95 ms",
        "p99 ms",
        "429",
        "other non-2xx",
        "5xx",
        "transport errors",
    ]
    print(table(headers, rows))
    held = stats.sse_held
    print(
        f"\nSSE: {len(held)} streams, {stats.sse_events} events, each open "
        f"{sum(held) / max(len(held), 1):.1f} s on average (a stream ends when its job does). "
        f"Server CPU {res['server_cpu_s']:.0f} s "
        f"({100 * res['server_cpu_s'] / res['elapsed']:.0f} % of one core); driver CPU "
        f"{res['driver_cpu_s']:.0f} s."
    )
    print("\nNon-2xx by status and route:")
    for (g, route, status), n in sorted(stats.not_ok.items(), key=lambda kv: (kv[0][2], kv[0][1])):
        print(f"- {status} x{n}: {route} ({g})")
    for (g, route, err), n in stats.errors.items():
        print(f"- {err} x{n}: {route} ({g})")
    if res["seeding_errors"]:
        print(f"- during seeding: {res['seeding_errors']}")
    samples = res["samples"]
    shown = [
        f"{t:.0f}s {rss:.1f}"
        for k in range(0, int(samples[-1][0]) + 1, 15)
        for t, rss, _ in [min(samples, key=lambda s: abs(s[0] - k))]
    ]
    shown.append(f"end ({samples[-1][0]:.0f}s) {samples[-1][1]:.1f}")
    print("\nServer RSS (MiB, process tree) every 15 s: " + ", ".join(shown))
    end = samples[-1][0]
    last = [rss for t, rss, _ in samples if t >= end - 60]
    before = [rss for t, rss, _ in samples if t < end - 60]
    # RSS swings by several MiB from second to second under load: compare medians of 15 s.
    growth = window(samples, end - 15, end) - window(samples, end - 75, end - 60)
    peak_growth = max(last) - max(before) if before else float("nan")
    verdict = "met" if growth <= GROWTH_GOAL_MIB and not peak_growth > GROWTH_GOAL_MIB else "MISSED"
    peak = max(r for _, r, _ in samples)
    print(
        f"Peak {peak:.1f}; growth over the last minute (median of its last 15 s minus median of "
        f"the 15 s before it) {growth:+.1f} MiB "
        f"(its peak vs the peak before: {peak_growth:+.1f}); goal <= {GROWTH_GOAL_MIB:.0f} MiB: "
        f"{verdict}. After {args.settle:.0f} s idle: {res['rss_after_settle']:.1f} MiB."
    )
    print(
        f"\nJobs {args.settle:.0f} s after the load: {res['jobs']['states']}; failed by code: "
        f"{res['jobs']['failed_codes']}"
    )
    print(
        f"Server log: 5xx by route {log['5xx_by_route'] or 'none'}; "
        f"tracebacks {log['tracebacks'] or 'none'}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=100)
    parser.add_argument("--duration", type=float, default=180)
    parser.add_argument("--orgs", type=int, default=10)
    parser.add_argument("--think", type=float, default=0.5, help="mean pause between actions, s")
    parser.add_argument("--ai-rate", type=int, default=600, help="MATCHA_AI_RATE_PER_MINUTE")
    parser.add_argument("--max-jobs", type=int, default=500, help="MATCHA_MAX_ACTIVE_JOBS")
    parser.add_argument("--login-attempts", type=int, default=100, help="MATCHA_LOGIN_ATTEMPTS")
    parser.add_argument("--concurrency", type=int, help="MATCHA_WORKER_CONCURRENCY (default 8)")
    parser.add_argument("--timeout", type=float, default=60, help="per request, s")
    parser.add_argument("--settle", type=float, default=10, help="idle seconds after the load")
    args = parser.parse_args()
    with Stack(prefix="matcha-load-") as st:
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        argv = [VENV_PY, "-m", "matcha", "up", "--host", "127.0.0.1", "--port", str(port)]
        server = st.start("server", argv, server_env(st, args))
        wait_http_ready(server, base)
        time.sleep(5)
        idle = tree_mem(server.pid).rss_mib
        print(f"server ready (pid {server.pid}), idle RSS {idle:.1f} MiB", flush=True)
        try:
            res = asyncio.run(load(base, args, server.pid))
        finally:  # keep the server's log even when the driver fails
            server.stop()
            RESULTS.mkdir(exist_ok=True)
            kept = shutil.copy(
                server.log_path, RESULTS / f"load-server-{time.strftime('%Y%m%d-%H%M%S')}.log"
            )
            print(f"server log: {kept}", flush=True)
        log = server_log(Path(kept).read_text(errors="replace"))
    stats: Stats = res["stats"]
    path = save("load", {
        "args": vars(args), "idle_rss_mib": idle, "elapsed": res["elapsed"],
        "latency_s": stats.latency, "status": {g: dict(c) for g, c in stats.status.items()},
        "not_ok": [[*k, n] for k, n in stats.not_ok.items()],
        "errors": [[*k, n] for k, n in stats.errors.items()], "sse_events": stats.sse_events,
        "rss_series": res["samples"], "server_cpu_s": res["server_cpu_s"],
        "driver_cpu_s": res["driver_cpu_s"], "jobs": res["jobs"],
        "rss_after_settle": res["rss_after_settle"], "server_log": log, "server_log_path": kept,
    })  # fmt: skip
    report(args, res, log)
    print(f"\nraw: {path}; server log: {kept}")


if __name__ == "__main__":
    main()
