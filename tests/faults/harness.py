"""A real `matcha worker` whose AI provider is a counting, scriptable fake LLM.

`python -m tests.faults.harness [worker args…]` runs `matcha worker`. The provider wraps the
embedded analyzer. Before each call it appends one JSON line to the file named by
`MATCHA_FAULT_CALLS` with a single O_APPEND write (atomic across threads and processes):
`{"job", "subject", "attempt", "method", "tags", "pid", "t"}`. The job, subject and attempt come
from the claim this thread made (the runner calls the provider on the thread that claimed).

Scripted behaviour:
- `MATCHA_FAULT_DELAY`: seconds each call sleeps (LLM latency); a `#delay=S` tag in the
  transcript overrides it for that interview;
- `#crash` in a transcript: the process SIGKILLs itself in the middle of the call, on every
  attempt (a poison job);
- `#crash-once`: the same, only the first time this subject is analysed (a marker file per
  subject, in `MATCHA_FAULT_CALLS` + `.markers/`).

`MATCHA_FAULT_RESTORE_INTERVAL` sets kombu's Redis restore sweep to every that many seconds
(throttle 1) instead of about 100 s, so a message unacked for longer than the visibility
timeout (`MATCHA_BROKER_VISIBILITY_TIMEOUT`) comes back within a test.
"""

from __future__ import annotations

import json
import os
import re
import signal
import sys
import threading
import time
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from matcha.ai.provider import get_provider
from matcha.jobs import common
from matcha.jobs.engine import records
from matcha.jobs.engine.models import Job

TAG = re.compile(r"#([a-z][\w.=-]*)")
_run = threading.local()  # (job id, subject id, attempt) of the run on this thread


def tags(text: str) -> list[str]:
    return TAG.findall(text)


def _record(path: str, entry: dict[str, Any]) -> None:
    line = (json.dumps(entry, sort_keys=True) + "\n").encode()
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(fd, line)
    finally:
        os.close(fd)


def _first_time(markers: Path, subject: str) -> bool:
    """True only for the first caller for `subject`, across processes (O_EXCL)."""
    markers.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(markers / subject, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return False
    os.close(fd)
    return True


def _crash(after: float) -> None:
    time.sleep(after)  # in the middle of the call
    os.kill(os.getpid(), signal.SIGKILL)


class CountingProvider:
    def __init__(self) -> None:
        self.inner = get_provider("embedded")
        self.name, self.model = self.inner.name, self.inner.model
        self.calls = os.environ.get("MATCHA_FAULT_CALLS", "")
        self.delay = float(os.environ.get("MATCHA_FAULT_DELAY", "0"))

    def __getattr__(self, method: str) -> Any:
        real = getattr(self.inner, method)

        def call(*args: Any, **kwargs: Any) -> Any:
            text = args[0] if args and isinstance(args[0], str) else ""
            found = tags(text)
            job, subject, attempt = getattr(_run, "current", (None, None, 0))
            if self.calls:
                _record(
                    self.calls,
                    {
                        "job": job,
                        "subject": subject,
                        "attempt": attempt,
                        "method": method,
                        "tags": found,
                        "pid": os.getpid(),
                        "t": time.time(),
                    },
                )
            delay = self.delay
            for tag in found:
                if tag.startswith("delay="):
                    delay = float(tag.removeprefix("delay="))
            if "crash" in found:
                _crash(max(delay / 2, 0.1))
            if "crash-once" in found and _first_time(Path(self.calls + ".markers"), str(subject)):
                _crash(max(delay / 2, 0.1))
            time.sleep(delay)
            return real(*args, **kwargs)

        return call


_real_claim = records.claim


def _claim(session: Session, job_id: uuid.UUID, **kwargs: Any) -> records.Lease | None:
    lease = _real_claim(session, job_id, **kwargs)
    if lease is not None:
        subject = session.scalar(select(Job.subject_id).where(Job.id == job_id))
        _run.current = (str(job_id), str(subject), lease.attempt)
    return lease


def _transport_overrides() -> None:
    from matcha.worker.celery_app import app

    options = dict(app.conf.broker_transport_options or {})
    if interval := os.environ.get("MATCHA_FAULT_RESTORE_INTERVAL"):
        options["unacked_restore_interval"] = float(interval)
        options["unacked_restore_throttle"] = 1
    app.conf.broker_transport_options = options


def main() -> None:
    provider = CountingProvider()
    common.get_provider = lambda _name: provider  # type: ignore[assignment]
    records.claim = _claim  # type: ignore[assignment]
    _transport_overrides()
    from matcha.cli.main import app

    app(["worker", *sys.argv[1:]])


if __name__ == "__main__":
    main()
