"""Combined mode: the API process runs the Celery consumer itself, on a thread pool.

SQLAlchemy, Pydantic and Celery are then loaded once for both roles. Stopping is a warm
shutdown: running jobs finish, reserved messages go back to the broker.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
from typing import Any

from matcha.worker import lifecycle

log = logging.getLogger(__name__)


class EmbeddedWorker:
    def __init__(self, concurrency: int, *, shutdown_timeout: float = 60.0) -> None:
        self.concurrency = concurrency
        self.shutdown_timeout = shutdown_timeout
        self.thread: threading.Thread | None = None
        self.controller: Any = None

    def start(self) -> None:
        from celery.worker import state

        from matcha.worker.celery_app import app

        lifecycle.configure(lifecycle.WorkerOptions(mode="combined", concurrency=self.concurrency))
        state.should_stop = None
        state.should_terminate = None
        self.controller = app.WorkController(
            app=app,
            # One node name per process, as in worker/main.py.
            hostname=f"combined-{os.getpid()}@{socket.gethostname()}",
            pool="threads",
            concurrency=self.concurrency,
            queues=lifecycle.OPTIONS.queues,
            without_heartbeat=False,
            without_mingle=True,
            without_gossip=True,
            loglevel="INFO",
        )
        self.thread = threading.Thread(target=self.controller.start, name="celery", daemon=True)
        self.thread.start()
        lifecycle.start_supervisor()
        log.info("combined mode: worker with %d threads started in the API", self.concurrency)

    def stop(self) -> None:
        if self.thread is None:
            return
        lifecycle.request_stop()
        self.thread.join(self.shutdown_timeout)
        if self.thread.is_alive():
            log.warning("worker thread still busy after %.0fs; leaving", self.shutdown_timeout)
        self.thread = None
