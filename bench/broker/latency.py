#!/usr/bin/env python
"""Celery broker benchmark for matcha's embedded default broker.

Measures, for one broker/transport configuration:
  * persistence: 5 tasks published by a short-lived process while NO worker
    runs; a worker started afterwards must run all 5;
  * publish -> task-start latency (p50/p95/max) and apply_async() call
    duration (p50/p95), tasks published one at a time ~0.3 s apart;
  * idle CPU of the worker process over 10 s (utime+stime from /proc);
  * optional: --dup-test (2 workers on one broker, N tasks, count executions);
  * optional: --kill-test (SIGTERM and SIGKILL a worker holding 4 running +
    4 prefetched tasks, count what a fresh worker re-runs).

The same file is the Celery app module for the worker subprocess
(``celery -A latency worker``); configuration is passed via BENCH_* env vars.

Usage (from the repo root):
  .venv/bin/python bench/broker/latency.py --broker sqlite --polling-interval 0.25
  .venv/bin/python bench/broker/latency.py --broker filesystem --polling-interval 0.1
  .venv/bin/python bench/broker/latency.py --broker redis
  .venv/bin/python bench/broker/latency.py --summarize /tmp/results.jsonl
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
VENV_BIN = os.path.dirname(sys.executable)
REDIS_URL = "redis://127.0.0.1:6379/15"

# --------------------------------------------------------------------------
# SQLite transport: kombu 5.7's sqlalchemy Channel passes *every* transport
# option except a hard-coded list to sqlalchemy.create_engine(), and
# 'polling_interval' is not in that list -> TypeError "Invalid argument(s)
# 'polling_interval' sent to create_engine()".  This subclass strips the
# kombu-only keys; it changes nothing else.
# --------------------------------------------------------------------------
from kombu.transport import sqlalchemy as _ksqla  # noqa: E402

_KOMBU_ONLY_OPTS = (
    "queue_tablename",
    "message_tablename",
    "callback",
    "errback",
    "max_retries",
    "interval_start",
    "interval_step",
    "interval_max",
    "retry_errors",
    "polling_interval",
)


class SQLiteChannel(_ksqla.Channel):
    def _engine_from_config(self):
        from sqlalchemy import create_engine

        client = self.connection.client
        opts = {k: v for k, v in client.transport_options.items() if k not in _KOMBU_ONLY_OPTS}
        return create_engine(client.hostname, **opts)


class SQLiteTransport(_ksqla.Transport):
    Channel = SQLiteChannel


# --------------------------------------------------------------------------
# Celery app (configured from env so the worker subprocess matches)
# --------------------------------------------------------------------------
def _build_app():
    from celery import Celery

    broker = os.environ.get("BENCH_BROKER", "sqlite")
    d = os.environ.get("BENCH_DIR", "/tmp/matcha-broker-bench")
    poll = float(os.environ.get("BENCH_POLL", "1.0"))
    queue = os.environ.get("BENCH_QUEUE", "matcha-bench")
    impl = os.environ.get("BENCH_SQLITE_IMPL", "patched")

    app = Celery("latency")
    conf = dict(
        task_default_queue=queue,
        task_default_exchange=queue,
        task_default_routing_key=queue,
        worker_enable_remote_control=False,  # no pidbox fanout queues
        worker_hijack_root_logger=False,
        broker_connection_retry_on_startup=True,
        task_ignore_result=True,
        result_backend=None,
    )
    if broker == "sqlite":
        if impl == "stock":
            # stock kombu; polling_interval can NOT be passed (see above),
            # so this is always the transport default of 1.0 s.
            conf.update(broker_url=f"sqla+sqlite:///{d}/broker.db", broker_transport_options={})
        else:
            conf.update(
                broker_url=f"sqlite:///{d}/broker.db",
                broker_transport="latency:SQLiteTransport",
                broker_transport_options={"polling_interval": poll},
            )
    elif broker == "filesystem":
        q = os.path.join(d, "queue")
        conf.update(
            broker_url="filesystem://",
            broker_transport_options={
                "data_folder_in": q,
                "data_folder_out": q,
                "control_folder": os.path.join(d, "control"),
                "store_processed": False,
                "processed_folder": os.path.join(d, "processed"),
                "polling_interval": poll,
            },
        )
    elif broker == "redis":
        conf.update(
            broker_url=REDIS_URL,
            broker_transport_options={"global_keyprefix": os.environ["BENCH_REDIS_PREFIX"]},
        )
    else:
        raise SystemExit(f"unknown broker {broker}")
    app.conf.update(conf)

    from celery.signals import worker_ready

    @worker_ready.connect(weak=False)
    def _ready(**_):
        with open(os.path.join(d, f"ready.{os.getpid()}"), "w") as f:
            f.write("ok")

    @app.task(name="bench.stamp", ignore_result=True)
    def stamp(tag, sleep=0.0):
        _append(d, f"start {tag} {time.time():.6f} {os.getpid()}\n")
        if sleep:
            time.sleep(sleep)
        _append(d, f"end {tag} {time.time():.6f} {os.getpid()}\n")

    return app, stamp


def _append(d, line):
    fd = os.open(os.path.join(d, "events.log"), os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(fd, line.encode())  # single small O_APPEND write: atomic
    finally:
        os.close(fd)


def ensure_app():
    global app, stamp
    if "app" not in globals():
        app, stamp = _build_app()
    return sys.modules[__name__]


if os.environ.get("BENCH_DIR"):  # worker subprocess / publisher child
    ensure_app()


# --------------------------------------------------------------------------
# helpers for the driver
# --------------------------------------------------------------------------
def read_events(d):
    """-> {'start': {tag: [(t, pid), ...]}, 'end': {...}}"""
    out = {"start": {}, "end": {}}
    try:
        with open(os.path.join(d, "events.log")) as f:
            for line in f:
                parts = line.split()
                if len(parts) != 4:
                    continue
                kind, tag, t, pid = parts
                out[kind].setdefault(tag, []).append((float(t), int(pid)))
    except FileNotFoundError:
        pass
    return out


def wait_for(pred, timeout, step=0.05):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if pred():
            return True
        time.sleep(step)
    return pred()


class Worker:
    def __init__(self, env, d, queue, name):
        self.log_path = os.path.join(d, f"worker-{name}.log")
        self.log = open(self.log_path, "ab")
        cmd = [
            os.path.join(VENV_BIN, "celery"),
            "-A",
            "latency",
            "worker",
            "-P",
            "threads",
            "-c",
            "4",
            "--without-mingle",
            "--without-gossip",
            "--without-heartbeat",
            "-Q",
            queue,
            "--loglevel",
            "WARNING",
            "-n",
            f"{name}@%h",
        ]
        self.proc = subprocess.Popen(
            cmd, cwd=HERE, env=env, stdout=self.log, stderr=subprocess.STDOUT
        )
        self.pid = self.proc.pid
        self.d = d

    def wait_ready(self, timeout=30):
        ok = wait_for(
            lambda: (
                os.path.exists(os.path.join(self.d, f"ready.{self.pid}"))
                or self.proc.poll() is not None
            ),
            timeout,
        )
        if not ok or self.proc.poll() is not None:
            raise RuntimeError(
                f"worker {self.pid} not ready; see {self.log_path}:\n{self.read_log()[-3000:]}"
            )

    def cpu_seconds(self):
        with open(f"/proc/{self.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        # fields[0] is field 3 (state); utime=field 14, stime=field 15
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stop(self, sig=signal.SIGTERM, timeout=20):
        if self.proc.poll() is None:
            try:
                os.kill(self.pid, sig)
            except ProcessLookupError:
                pass
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                os.kill(self.pid, signal.SIGKILL)
                self.proc.wait(10)
        self.log.close()

    def read_log(self):
        try:
            with open(self.log_path, errors="replace") as f:
                return f.read()
        except FileNotFoundError:
            return ""


def pct(values, p):
    if not values:
        return float("nan")
    s = sorted(values)
    k = (len(s) - 1) * p / 100.0
    lo, hi = int(k), min(int(k) + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def log_flags(text):
    low = text.lower()
    return {
        "database_is_locked": low.count("database is locked"),
        "tracebacks": text.count("Traceback"),
        "restoring_msgs": low.count("restoring"),
    }


def redis_cleanup(prefix):
    import redis

    r = redis.Redis.from_url(REDIS_URL)
    keys = list(r.scan_iter(match=prefix + "*", count=500))
    if keys:
        r.delete(*keys)
    return len(keys)


def redis_unacked(prefix):
    import redis

    r = redis.Redis.from_url(REDIS_URL)
    return r.hlen(prefix + "unacked")


# --------------------------------------------------------------------------
# phases
# --------------------------------------------------------------------------
def publish_only(n, prefix):
    """Runs in a separate short-lived process (persistence test)."""
    for i in range(n):
        stamp.apply_async(args=(f"{prefix}-{i}",))
    # process exits normally; nothing is killed


def run(args):
    d = tempfile.mkdtemp(prefix="matcha-broker-", dir="/tmp")
    queue = f"matcha-bench-{uuid.uuid4().hex[:8]}"
    env = dict(
        os.environ,
        BENCH_BROKER=args.broker,
        BENCH_DIR=d,
        BENCH_POLL=str(args.polling_interval),
        BENCH_QUEUE=queue,
        BENCH_SQLITE_IMPL=args.sqlite_impl,
        BENCH_REDIS_PREFIX=f"{queue}:",
        PYTHONPATH=HERE + os.pathsep + os.environ.get("PYTHONPATH", ""),
    )
    os.environ.update(env)
    if args.broker == "filesystem":
        for sub in ("queue", "control", "processed"):
            os.makedirs(os.path.join(d, sub), exist_ok=True)
    if args.broker == "sqlite" and args.wal:
        import sqlite3

        c = sqlite3.connect(os.path.join(d, "broker.db"))
        c.execute("PRAGMA journal_mode=WAL")  # persistent in the db file
        c.close()

    label = args.broker
    if args.broker == "sqlite":
        label += "+wal" if args.wal else ""
        label += "(stock)" if args.sqlite_impl == "stock" else ""
    res = {
        "broker": label,
        "poll": None if args.broker == "redis" else args.polling_interval,
        "n": args.n,
    }
    workers = []
    try:
        # ---- 1. persistence: publish from a separate process, no worker --
        if not args.skip_persistence:
            p = subprocess.run(
                [
                    sys.executable,
                    os.path.join(HERE, "latency.py"),
                    "--publish-only",
                    "5",
                    "--tag-prefix",
                    "persist",
                ],
                env=env,
                cwd=HERE,
                timeout=60,
                capture_output=True,
                text=True,
            )
            if p.returncode:
                raise RuntimeError("publisher failed:\n" + p.stderr[-3000:])
        # ---- start the worker -------------------------------------------
        mod = ensure_app()  # same module the worker imports
        w = Worker(env, d, queue, "w1")
        workers.append(w)
        w.wait_ready()
        if not args.skip_persistence:
            ok = wait_for(
                lambda: sum(1 for t in read_events(d)["start"] if t.startswith("persist-")) >= 5,
                timeout=max(15, 5 * args.polling_interval + 10),
            )
            res["persist_5_of_5"] = "yes" if ok else "NO"
            res["persist_ran"] = sum(1 for t in read_events(d)["start"] if t.startswith("persist-"))

        if args.dup_test:
            w2 = Worker(env, d, queue, "w2")
            workers.append(w2)
            w2.wait_ready()
            return dup_test(args, d, mod, workers, res)

        # ---- 2. latency --------------------------------------------------
        mod.stamp.apply_async(args=("warmup",))  # connection setup
        wait_for(lambda: "warmup" in read_events(d)["start"], 30)
        pub_t, pub_dur = {}, []
        for i in range(args.n):
            tag = f"lat-{i}"
            t0 = time.time()
            mod.stamp.apply_async(args=(tag,))
            t1 = time.time()
            pub_t[tag] = t0
            pub_dur.append(t1 - t0)
            time.sleep(args.spacing)
        wait_for(
            lambda: all(t in read_events(d)["start"] for t in pub_t),
            timeout=max(15, 5 * args.polling_interval + 10),
        )
        ev = read_events(d)["start"]
        lat = [ev[t][0][0] - pub_t[t] for t in pub_t if t in ev]
        res.update(
            delivered=f"{len(lat)}/{args.n}",
            lat_p50_ms=pct(lat, 50) * 1e3,
            lat_p95_ms=pct(lat, 95) * 1e3,
            lat_max_ms=max(lat) * 1e3 if lat else float("nan"),
            pub_p50_ms=pct(pub_dur, 50) * 1e3,
            pub_p95_ms=pct(pub_dur, 95) * 1e3,
        )

        # ---- 3. idle CPU -------------------------------------------------
        time.sleep(2)
        c0, t0 = w.cpu_seconds(), time.monotonic()
        time.sleep(args.idle_seconds)
        c1, t1 = w.cpu_seconds(), time.monotonic()
        res["idle_cpu_pct"] = 100.0 * (c1 - c0) / (t1 - t0)

        # ---- 4. optional kill test ----------------------------------------
        if args.kill_test:
            kill_test(args, d, env, queue, mod, workers, res)
        return res
    finally:
        for w in workers:
            w.stop()
        text = "".join(w.read_log() for w in workers)
        res.update(log_flags(text))
        if args.show_logs:
            print(text[-5000:])
        if args.broker == "sqlite":
            import sqlite3

            try:
                c = sqlite3.connect(os.path.join(d, "broker.db"), timeout=5)
                res["sqlite_rows_visible_invisible"] = [
                    c.execute("SELECT count(*) FROM kombu_message WHERE visible=%d" % v).fetchone()[
                        0
                    ]
                    for v in (1, 0)
                ]
                res["sqlite_journal_mode"] = c.execute("PRAGMA journal_mode").fetchone()[0]
                c.close()
            except sqlite3.Error as exc:
                res["sqlite_rows_visible_invisible"] = repr(exc)
        if args.broker == "redis":
            res["redis_keys_removed"] = redis_cleanup(env["BENCH_REDIS_PREFIX"])
        if args.keep:
            print("kept", d)
        else:
            shutil.rmtree(d, ignore_errors=True)


def dup_test(args, d, mod, workers, res):
    n = args.dup_n
    for i in range(n):
        mod.stamp.apply_async(args=(f"dup-{i}",))
    tags = [f"dup-{i}" for i in range(n)]
    wait_for(lambda: all(t in read_events(d)["start"] for t in tags), timeout=60)
    time.sleep(max(3, 3 * args.polling_interval))  # let duplicates show up
    ev = read_events(d)["start"]
    counts = [len(ev.get(t, [])) for t in tags]
    per_worker = {}
    for t in tags:
        for _, pid in ev.get(t, []):
            per_worker[pid] = per_worker.get(pid, 0) + 1
    res.update(
        dup_n=n,
        dup_executions=sum(counts),
        dup_missing=sum(1 for c in counts if c == 0),
        dup_duplicated=sum(1 for c in counts if c > 1),
        dup_per_worker=sorted(per_worker.values()),
    )
    return res


def kill_test(args, d, env, queue, mod, workers, res):
    """4 running (sleep 3 s) + 4 prefetched tasks, then stop worker by sig."""
    for sig_name, sig in (("sigterm", signal.SIGTERM), ("sigkill", signal.SIGKILL)):
        w = workers[-1]
        tags = [f"{sig_name}-{i}" for i in range(8)]
        for t in tags:
            mod.stamp.apply_async(args=(t,), kwargs={"sleep": 3.0})
        wait_for(lambda: sum(t in read_events(d)["start"] for t in tags) >= 4, timeout=15)
        time.sleep(0.5)
        started_before = sum(t in read_events(d)["start"] for t in tags)
        w.stop(sig=sig, timeout=30)
        if args.broker == "redis":
            res[f"{sig_name}_redis_unacked_after_stop"] = redis_unacked(env["BENCH_REDIS_PREFIX"])
        w2 = Worker(env, d, queue, f"w{len(workers) + 1}")
        workers.append(w2)
        w2.wait_ready()
        wait_for(lambda: all(t in read_events(d)["end"] for t in tags), timeout=20)
        ev = read_events(d)
        res[f"{sig_name}_started_before_stop"] = started_before
        res[f"{sig_name}_completed"] = sum(t in ev["end"] for t in tags)
        res[f"{sig_name}_never_started"] = sum(t not in ev["start"] for t in tags)
        res[f"{sig_name}_ran_twice"] = sum(len(ev["start"].get(t, [])) > 1 for t in tags)


# --------------------------------------------------------------------------
# output
# --------------------------------------------------------------------------
COLS = [
    ("broker", "broker", "{}"),
    ("poll", "poll s", "{}"),
    ("persist_5_of_5", "persist 5/5", "{}"),
    ("delivered", "delivered", "{}"),
    ("lat_p50_ms", "lat p50 ms", "{:.1f}"),
    ("lat_p95_ms", "lat p95 ms", "{:.1f}"),
    ("lat_max_ms", "lat max ms", "{:.1f}"),
    ("pub_p50_ms", "pub p50 ms", "{:.2f}"),
    ("pub_p95_ms", "pub p95 ms", "{:.2f}"),
    ("idle_cpu_pct", "idle CPU %", "{:.2f}"),
    ("database_is_locked", "db locked", "{}"),
    ("tracebacks", "tracebacks", "{}"),
]


def fmt_table(rows, cols):
    head = [c[1] for c in cols]
    body = [
        [(c[2].format(r[c[0]]) if r.get(c[0]) is not None else "-") for c in cols] for r in rows
    ]
    widths = [max(len(x) for x in col) for col in zip(head, *body)]
    line = lambda cells: "| " + " | ".join(x.ljust(wd) for x, wd in zip(cells, widths)) + " |"
    out = [line(head), "|" + "|".join("-" * (wd + 2) for wd in widths) + "|"]
    out += [line(b) for b in body]
    return "\n".join(out)


def summarize(path):
    rows = [json.loads(x) for x in open(path) if x.strip()]
    lat = [r for r in rows if "lat_p50_ms" in r]
    if lat:
        print(fmt_table(lat, COLS))
    dup = [r for r in rows if "dup_n" in r]
    if dup:
        print()
        print(
            fmt_table(
                dup,
                [
                    ("broker", "broker", "{}"),
                    ("poll", "poll s", "{}"),
                    ("dup_n", "tasks", "{}"),
                    ("dup_executions", "executions", "{}"),
                    ("dup_missing", "missing", "{}"),
                    ("dup_duplicated", "duplicated", "{}"),
                    ("dup_per_worker", "per worker", "{}"),
                    ("database_is_locked", "db locked", "{}"),
                    ("tracebacks", "tracebacks", "{}"),
                ],
            )
        )
    kill = [r for r in rows if "sigkill_completed" in r]
    if kill:
        print()
        print(
            fmt_table(
                kill,
                [
                    ("broker", "broker", "{}"),
                    ("poll", "poll s", "{}"),
                    ("sigterm_started_before_stop", "TERM: started", "{}"),
                    ("sigterm_completed", "TERM: completed/8", "{}"),
                    ("sigterm_ran_twice", "TERM: ran twice", "{}"),
                    ("sigkill_started_before_stop", "KILL: started", "{}"),
                    ("sigkill_completed", "KILL: completed/8", "{}"),
                    ("sigkill_never_started", "KILL: never started", "{}"),
                    ("sigkill_redis_unacked_after_stop", "KILL: redis unacked", "{}"),
                ],
            )
        )


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--broker", choices=["sqlite", "filesystem", "redis"], default="sqlite")
    ap.add_argument("--n", type=int, default=50)
    ap.add_argument("--polling-interval", type=float, default=1.0)
    ap.add_argument("--spacing", type=float, default=0.3)
    ap.add_argument("--idle-seconds", type=float, default=10.0)
    ap.add_argument(
        "--wal", action="store_true", help="sqlite: set PRAGMA journal_mode=WAL on the db file"
    )
    ap.add_argument(
        "--sqlite-impl",
        choices=["patched", "stock"],
        default="patched",
        help="stock = plain sqla+sqlite:// URL (poll fixed 1.0)",
    )
    ap.add_argument(
        "--dup-test", action="store_true", help="2 workers, --dup-n tasks, count executions"
    )
    ap.add_argument("--dup-n", type=int, default=100)
    ap.add_argument("--kill-test", action="store_true")
    ap.add_argument("--skip-persistence", action="store_true")
    ap.add_argument("--results", help="append the result as a JSON line")
    ap.add_argument("--keep", action="store_true", help="keep temp dir")
    ap.add_argument("--show-logs", action="store_true")
    ap.add_argument("--summarize", metavar="JSONL")
    ap.add_argument("--publish-only", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--tag-prefix", default="persist", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.summarize:
        return summarize(args.summarize)
    if args.publish_only:
        ensure_app().publish_only(args.publish_only, args.tag_prefix)
        return None
    if args.broker == "sqlite" and args.sqlite_impl == "stock":
        args.polling_interval = 1.0
    res = run(args)
    print(json.dumps(res))
    if args.results:
        with open(args.results, "a") as f:
            f.write(json.dumps(res) + "\n")


if __name__ == "__main__":
    sys.path.insert(0, HERE)
    import latency as _mod  # run everything in the importable module

    _mod.main()
