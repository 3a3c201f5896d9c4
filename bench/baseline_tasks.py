"""The BASELINE worker, configured as the user's was, for side-by-side throughput.

    celery -A baseline_tasks worker --pool=prefork --concurrency=2     (PYTHONPATH=bench)

As in the user's setup, google-genai, FastAPI and SQLAlchemy are imported at module top, and the
worker is stock Celery prefork with 2 children. A task makes the same HTTP call(s) to the fake
LLM that matcha's provider makes for one interview analysis (BENCH_LLM_CALLS, default 2: culture
or screening, then conversation), then records its end in redis (INCR and SET of the time).
google-genai is a bench-only dependency (`pip install google-genai`).
"""

from __future__ import annotations

import os
import time

import fastapi  # noqa: F401  (imported at module top, as the user's tasks module did)
import httpx
import redis
import sqlalchemy
import sqlalchemy.orm  # noqa: F401
from celery import Celery
from google import genai  # noqa: F401
from google.genai import types  # noqa: F401

BROKER = os.environ["BENCH_BROKER_URL"]
LLM_URL = os.environ["BENCH_LLM_URL"]
CALLS = int(os.environ.get("BENCH_LLM_CALLS", "2"))

app = Celery("baseline", broker=BROKER)
app.conf.update(task_ignore_result=True, accept_content=["json"], task_serializer="json")
CLIENT = httpx.Client(timeout=60.0)
STORE = redis.Redis.from_url(BROKER)


@app.task(name="bench.analyze")
def analyze(n: int) -> None:
    for _ in range(CALLS):
        CLIENT.post(LLM_URL, json={"method": "analyze", "n": n}).raise_for_status()
    pipe = STORE.pipeline()
    pipe.incr("bench:done")
    pipe.set("bench:last", repr(time.time()))
    pipe.execute()
