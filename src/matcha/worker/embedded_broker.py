"""The embedded, server-less broker: kombu's SQLAlchemy transport over a SQLite file.

Stock kombu hands every transport option to `create_engine`, so `polling_interval` can't be
set, and SQLite runs without WAL or a busy timeout. This transport fixes both. Messages sit in a
file, so they survive a restart of every process.

Kombu keeps a delivered message (marked invisible) until the worker acks it; a worker killed mid-job
never gives its message back. Matcha does not depend on that: the job's lease lapses and the
sweeper publishes the job again from the database.
"""

from __future__ import annotations

from typing import Any

from kombu.transport import sqlalchemy as kombu_sqla
from sqlalchemy import inspect, text

from matcha.db import make_engine

EMBEDDED_TRANSPORT = "matcha.worker.embedded_broker:Transport"


def is_embedded(url: str) -> bool:
    """True for the server-less broker (a database URL behind `sqla+`)."""
    return url.startswith(("sqla+", "sqlalchemy+"))


# Options kombu reads itself; everything else would reach create_engine and break it.
_TRANSPORT_ONLY = {
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
}


class Channel(kombu_sqla.Channel):
    def _engine_from_config(self) -> Any:
        conninfo = self.connection.client
        options = {k: v for k, v in conninfo.transport_options.items() if k not in _TRANSPORT_ONLY}
        return make_engine(conninfo.hostname, **options)  # WAL and a busy timeout on SQLite


class Transport(kombu_sqla.Transport):
    Channel = Channel


def purge_delivered(url: str) -> int:
    """Delete messages kombu already handed out; it never reads them again, yet keeps them.

    Left alone they pile up and every poll gets slower (27 ms a poll at 200k rows, measured).
    """
    engine = make_engine(url.split("+", 1)[1])
    try:
        with engine.begin() as conn:
            if not inspect(conn).has_table("kombu_message"):
                return 0
            result = conn.execute(text("DELETE FROM kombu_message WHERE visible = false"))
            return result.rowcount
    finally:
        engine.dispose()
