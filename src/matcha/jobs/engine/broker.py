"""Where a committed job's id goes. jobs/ knows no broker: each process plugs its publisher in
once at start (the worker's, over Celery); with none, a job waits queued in the database until
a sweeper that has one publishes it."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable

log = logging.getLogger(__name__)

Publish = Callable[[uuid.UUID, str], bool]  # (job id, kind) -> False when it stays queued


def _nowhere(job_id: uuid.UUID, kind: str) -> bool:
    log.warning("no broker plugged in: job %s (%s) stays queued", job_id, kind)
    return False


_plugged: list[Publish] = [_nowhere]


def plug(publisher: Publish) -> None:
    """Send every job queued or swept in this process through `publisher` from now on."""
    _plugged[0] = publisher


def publish(job_id: uuid.UUID, kind: str) -> bool:
    """Send the job to its queue; False when that failed (the job stays queued: the DB rules)."""
    return _plugged[0](job_id, kind)
