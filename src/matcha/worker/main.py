"""`matcha worker`: a Celery worker (threads pool) on every matcha queue, with matcha's stop rules.

Run as `python -m matcha.worker.main [options]` (what `matcha worker` execs into), so the worker
process loads no CLI libraries.
"""

from __future__ import annotations

import argparse
import os
import sys

from matcha.worker import lifecycle


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="matcha worker", description=__doc__.splitlines()[0])
    p.add_argument("-c", "--concurrency", type=int, help="worker threads (default: settings)")
    p.add_argument("--burst", action="store_true", help="drain the queues, then exit when idle")
    p.add_argument(
        "--idle-timeout",
        type=float,
        default=10.0,
        help="with --burst: seconds without work before exiting",
    )
    p.add_argument(
        "--max-runtime",
        type=float,
        help="stop taking jobs after this many seconds (running jobs finish)",
    )
    p.add_argument(
        "--max-memory", type=float, help="lean: restart cleanly between jobs above this RSS in MiB"
    )
    p.add_argument("--mode", help="label shown by `matcha status` (default: inferred)")
    p.add_argument("--loglevel", default="INFO")
    return p


def celery_argv(concurrency: int, loglevel: str) -> list[str]:
    """Celery worker arguments: a threads pool suits jobs that wait on I/O."""
    return [
        "worker",
        "--pool=threads",
        f"--concurrency={concurrency}",
        f"--loglevel={loglevel}",
        # One node name per process: RabbitMQ holds a node's control queue exclusively, so two
        # workers on one host under Celery's default name (celery@host) would refuse each other.
        f"--hostname=matcha-{os.getpid()}@%h",
        # Mingle, gossip and heartbeat cost start-up time and serve only Celery's events; matcha
        # keeps liveness in the database, and `inspect ping` needs none of them.
        "--without-mingle",
        "--without-gossip",
        "--without-heartbeat",
        "--prefetch-multiplier=1",
        "-Q",
        "matcha.interactive,matcha.bulk",
    ]


def main(argv: list[str] | None = None) -> None:
    args = parser().parse_args(argv)
    from matcha.config import get_settings
    from matcha.worker import publish
    from matcha.worker.celery_app import app

    publish.plug()  # what the supervisor's sweeps re-publish

    threads = args.concurrency or get_settings().worker_concurrency
    inferred = (
        "scheduled"
        if args.max_runtime
        else "on-demand"
        if args.burst
        else "lean"
        if args.max_memory
        else "always-on"
    )
    lifecycle.configure(
        lifecycle.WorkerOptions(
            mode=args.mode or inferred,
            concurrency=threads,
            burst=args.burst,
            idle_timeout=args.idle_timeout,
            max_runtime=args.max_runtime,
            max_memory_mib=args.max_memory,
        )
    )
    try:
        app.worker_main(celery_argv(threads, args.loglevel))
    finally:
        supervisor = lifecycle.SUPERVISOR
        if supervisor is not None and supervisor.restart:
            # A clean restart in place: same pid, fresh memory (what a lean box needs).
            print(f"restarting: {supervisor.stop_reason}", flush=True)
            os.execv(sys.executable, sys.orig_argv)


if __name__ == "__main__":
    main()
