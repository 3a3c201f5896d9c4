"""The on-demand API's sweeper: recover lost work, and wake a worker when any is due."""

from __future__ import annotations

import logging

from matcha.db import get_sessionmaker
from matcha.jobs.engine import records
from matcha.jobs.engine.sweeper import SweeperThread, sweep
from matcha.system.launcher import ensure_worker

log = logging.getLogger(__name__)


class OnDemandSweeper(SweeperThread):
    """Sweeps like a worker does, then starts a worker if queued jobs wait with none alive.

    This catches work queued while the API was down, and retries whose time has come.
    """

    def run(self) -> None:
        while not self.stopped.wait(self.interval):
            try:
                with get_sessionmaker()() as session:
                    sweep(session)
                    due = records.due_jobs_exist(session)
                if due:
                    ensure_worker()
            except Exception:
                log.warning("on-demand sweep failed; will try again", exc_info=True)
