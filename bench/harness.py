"""Real matcha processes whose AI provider waits on a (fake) LLM over HTTP, for the benches.

    python bench/harness.py worker [matcha worker args…]      # e.g. worker -c 32
    python bench/harness.py serve [--host H] [--port P]       # the API (combined mode: + worker)

The provider wraps the embedded analyzer. Before each call it makes one HTTP request with httpx
to BENCH_LLM_URL (bench/fake_llm.py, which answers after a set latency): that request stands in
for the LLM's I/O. One module-level `httpx.Client` is shared by every thread, as a real provider
would do. The patch (as in tests/worker_harness.py) replaces `matcha.jobs.common.get_provider`
before the worker or the app is imported.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import threading
import uuid
from collections.abc import Callable
from typing import Any

import httpx

from matcha.ai.provider import AIProvider, get_provider
from matcha.jobs import common

LLM_URL = os.environ.get("BENCH_LLM_URL", "http://127.0.0.1:8765/v1/generate")
CLIENT = httpx.Client(
    timeout=httpx.Timeout(60.0, connect=5.0),
    limits=httpx.Limits(max_connections=256, max_keepalive_connections=256),
)


# BENCH_PROVIDER=llm (default): what a real LLM provider does per call: one HTTP round trip,
# then validate the model's JSON answer with the output schema. The answer is the embedded
# analyzer's, computed once per distinct input and kept as JSON (the model "knows" it).
# BENCH_PROVIDER=embedded: run the embedded analysis on every call as well (CPU-bound).
MODE = os.environ.get("BENCH_PROVIDER", "llm")


class LLMProvider:
    """A stand-in for an LLM provider: one HTTP round trip per call to the fake LLM."""

    def __init__(self, url: str = LLM_URL) -> None:
        self.inner: AIProvider = get_provider("embedded")
        self.name, self.model = "bench-llm", self.inner.model
        self.url = url
        self.answers: dict[tuple[str, str], tuple[type[Any], str]] = {}
        self.lock = threading.Lock()

    def _answer(self, method: str, args: tuple[Any, ...], real: Callable[..., Any]) -> Any:
        key = (method, repr(args))
        with self.lock:
            known = self.answers.get(key)
        if known is None:
            result = real(*args)
            known = (type(result), result.model_dump_json())
            with self.lock:
                self.answers[key] = known
        schema, text = known
        return schema.model_validate_json(text)

    def __getattr__(self, method: str) -> Callable[..., Any]:
        real = getattr(self.inner, method)

        def call(*args: Any, **kwargs: Any) -> Any:
            response = CLIENT.post(self.url, json={"method": method, "chars": len(str(args))})
            response.raise_for_status()
            if MODE == "embedded":
                return real(*args, **kwargs)
            return self._answer(method, args, real)

        return call


def install() -> None:
    """Every job in this process now uses the LLM provider."""
    logging.getLogger("httpx").setLevel(logging.WARNING)  # not one INFO line per LLM call
    provider = LLMProvider()
    common.get_provider = lambda _name: provider  # type: ignore[assignment,return-value]


def wake_on_publish() -> None:
    """Bench-only what-if of two fixes (BENCH_WAKE_ON_PUBLISH=1) for an on-demand API:
    - it starts a worker as soon as it publishes a job, not at its sweeper's next pass (<= 10 s);
    - the launch lock is released once the launched worker exits, instead of being held for
      its whole 20 s start-up grace (which blocks the next launch)."""
    import threading

    from matcha.db import get_sessionmaker
    from matcha.jobs.engine import broker
    from matcha.jobs.engine.runner import worker_name
    from matcha.system import launcher, locks
    from matcha.system.launcher import ensure_worker
    from matcha.worker import publish as worker_publish

    reap = launcher._reap

    def reap_and_release(proc: Any) -> None:
        reap(proc)
        with get_sessionmaker()() as session:
            locks.release(session, launcher.LAUNCH_LOCK, worker_name())

    launcher._reap = reap_and_release

    publish = worker_publish.publish

    def publish_and_wake(job_id: uuid.UUID, kind: str) -> bool:
        sent = publish(job_id, kind)
        threading.Thread(target=ensure_worker, name="wake", daemon=True).start()
        return sent

    broker.plug(publish_and_wake)


def serve(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="harness.py serve")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args(argv)
    install()
    if os.environ.get("BENCH_WAKE_ON_PUBLISH") == "1":
        wake_on_publish()
    import uvicorn

    from matcha.main import app  # after the patch: combined mode's worker uses it

    uvicorn.run(app, host=args.host, port=args.port, log_level="info")


def worker(argv: list[str]) -> None:
    install()
    from matcha.worker.main import main as worker_main

    worker_main(argv)  # the CLI-free worker, as `matcha worker` execs into


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in ("worker", "serve"):
        sys.exit(__doc__)
    command, rest = sys.argv[1], sys.argv[2:]
    serve(rest) if command == "serve" else worker(rest)


if __name__ == "__main__":
    main()
