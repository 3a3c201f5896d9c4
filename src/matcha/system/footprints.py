"""The measured footprint of each component, shipped in `footprints.json` or read live."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from matcha.system.sizes import MIB

FOOTPRINTS = Path(__file__).with_name("footprints.json")


@dataclass(frozen=True)
class Footprint:
    """One component's RSS in MiB: at rest and at its peak (32 jobs in flight, or reserved)."""

    idle_mib: float
    loaded_mib: float
    source: str


@dataclass(frozen=True)
class Footprints:
    """The figures a plan adds up, with where each came from."""

    api: Footprint
    worker: Footprint
    combined: Footprint
    redis_idle_mib: float
    redis_per_10k_mib: float
    redis_source: str
    user_worker_reserved_mib: float
    user_worker_measured_mib: float
    user_redis_reserved_mib: float
    user_redis_measured_mib: float
    user_source: str


def footprints_from_dict(data: dict[str, Any]) -> Footprints:
    """Footprints from footprints.json's structure (so tests and bench scripts can pass theirs)."""
    c = data["components"]

    def fp(name: str) -> Footprint:
        entry = c[name]
        return Footprint(float(entry["idle_mib"]), float(entry["loaded_mib"]), entry["source"])

    return Footprints(
        api=fp("api"),
        worker=fp("worker"),
        combined=fp("combined"),
        redis_idle_mib=float(c["redis"]["idle_mib"]),
        redis_per_10k_mib=float(c["redis"]["per_10k_queued_mib"]),
        redis_source=c["redis"]["source"],
        user_worker_reserved_mib=float(c["user_worker"]["reserved_mb"]) * 10**6 / MIB,
        user_worker_measured_mib=float(c["user_worker"]["measured_mib"]),
        user_redis_reserved_mib=float(c["user_redis"]["reserved_mb"]) * 10**6 / MIB,
        user_redis_measured_mib=float(c["user_redis"]["measured_mib"]),
        user_source=f"{c['user_worker']['source']} {c['user_redis']['source']}",
    )


@lru_cache
def shipped_footprints() -> Footprints:
    """The figures shipped in footprints.json."""
    return footprints_from_dict(json.loads(FOOTPRINTS.read_text(encoding="utf-8")))


def with_measured(base: Footprints, measured: dict[str, float]) -> Footprints:
    """Replace shipped figures with live RSS snapshots (MiB) for api, worker, combined, redis.

    A snapshot cannot tell idle from loaded, so it becomes the idle figure and the shipped
    growth under load is added on top of it.
    """

    def swap(name: str, old: Footprint) -> Footprint:
        if name not in measured:
            return old
        now = measured[name]
        growth = max(0.0, old.loaded_mib - old.idle_mib)
        return Footprint(now, now + growth, f"measured live RSS {now:.1f} MiB (+{growth:.1f} load)")

    redis = measured.get("redis")
    return Footprints(
        api=swap("api", base.api),
        worker=swap("worker", base.worker),
        combined=swap("combined", base.combined),
        redis_idle_mib=base.redis_idle_mib if redis is None else redis,
        redis_per_10k_mib=base.redis_per_10k_mib,
        redis_source=base.redis_source if redis is None else f"measured live RSS {redis:.1f} MiB",
        user_worker_reserved_mib=base.user_worker_reserved_mib,
        user_worker_measured_mib=base.user_worker_measured_mib,
        user_redis_reserved_mib=base.user_redis_reserved_mib,
        user_redis_measured_mib=base.user_redis_measured_mib,
        user_source=base.user_source,
    )
