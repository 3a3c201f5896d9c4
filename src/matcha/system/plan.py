"""`matcha plan`: the user's own memory arithmetic, done with measured footprints.

Pure functions: the only I/O is reading `footprints.json` next to this file.

Units. Every figure inside is MiB (2^20 bytes), as `free -m`, `docker stats` and /proc report.
Input sizes keep their unit's real meaning: `MB`/`GB`/`kB` are powers of 10 (the user's
"191MB" is 182.2 MiB), `MiB`/`GiB`/`KiB` are powers of 2, and the bare Docker/Compose
suffixes `K`/`M`/`G` (as in `memory: 512M`) are powers of 2, as Docker reads them.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from matcha.system.footprints import Footprints, shipped_footprints, with_measured
from matcha.system.sizes import MIB

Broker = Literal["embedded", "redis"]
BROKERS: tuple[Broker, ...] = ("embedded", "redis")


#: A mode is recommended only when it leaves at least this share of free memory unused.
MIN_MARGIN = 0.20
#: At or below this much RAM, combined goes first: paying for Python, SQLAlchemy and Celery
#: once instead of twice is worth more there than a separate worker's isolation.
SMALL_BOX_MIB = 2048.0
#: A container's or unit's memory limit is its peak RSS times this, rounded up to LIMIT_STEP.
LIMIT_HEADROOM = 1.2
LIMIT_STEP_MIB = 8
#: Redis's `--maxmemory` in deploy/docker-compose.yml (48mb, MB = 10^6); its limit must hold it.
REDIS_MAXMEMORY_BYTES = 48 * 10**6
#: Queued messages assumed for Redis under load (the measured 10k-message point).
DEFAULT_QUEUED = 10_000


@dataclass(frozen=True)
class Part:
    """One component of a layout: which process, in what state, and its RSS in MiB."""

    name: str
    state: str
    mib: float


@dataclass(frozen=True)
class Row:
    """One layout checked against free memory."""

    key: str
    mode: str
    state: str
    parts: tuple[Part, ...]
    total_mib: float
    fits: bool
    margin_mib: float
    margin_pct: float
    limits_mib: dict[str, int]
    comparison: bool = False

    @property
    def components(self) -> str:
        """The parts as one readable line."""
        return " + ".join(f"{p.name} {p.mib:.0f}" for p in self.parts)


@dataclass(frozen=True)
class Plan:
    """What fits on the box, and the mode to run."""

    ram_mib: float
    free_mib: float
    free_source: str
    swap_mib: float | None
    others_mib: dict[str, float]
    broker: Broker
    rows: tuple[Row, ...]
    recommended: str | None
    reason: str
    lean_max_memory_mib: int
    notes: tuple[str, ...] = field(default=())

    def row(self, key: str) -> Row:
        """The row with this key (KeyError when absent)."""
        for row in self.rows:
            if row.key == key:
                return row
        raise KeyError(key)

    @property
    def recommended_row(self) -> Row | None:
        """The peak row of the recommended mode."""
        return None if self.recommended is None else self.row(PEAK_ROW[self.recommended])

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (`matcha plan --json`)."""
        rows = []
        for row in self.rows:
            item = asdict(row)
            item["parts"] = [asdict(p) for p in row.parts]
            rows.append(item)
        best = self.recommended_row
        return {
            "unit": "MiB",
            "ram_mib": round(self.ram_mib, 1),
            "free_mib": round(self.free_mib, 1),
            "free_source": self.free_source,
            "swap_mib": None if self.swap_mib is None else round(self.swap_mib, 1),
            "others_mib": {k: round(v, 1) for k, v in self.others_mib.items()},
            "broker": self.broker,
            "min_margin_pct": MIN_MARGIN * 100,
            "rows": rows,
            "recommended": None
            if best is None
            else {
                "mode": self.recommended,
                "total_mib": best.total_mib,
                "margin_mib": best.margin_mib,
                "margin_pct": best.margin_pct,
                "limits_mib": best.limits_mib,
                "lean_max_memory_mib": self.lean_max_memory_mib,
            },
            "reason": self.reason,
            "notes": list(self.notes),
        }


MODES = ("combined", "always-on", "lean", "on-demand", "scheduled")
#: The row that decides whether a mode fits: its busiest state.
PEAK_ROW = {
    "combined": "combined",
    "always-on": "always-on",
    "lean": "lean",
    "on-demand": "on-demand-busy",
    "scheduled": "scheduled-busy",
}
#: Most capable first: a resident separate worker, then capped, then sharing the API process,
#: then started on demand (seconds of delay), then on a timer (minutes of delay).
CAPABILITY = ("always-on", "lean", "combined", "on-demand", "scheduled")


def limit_mib(peak_mib: float) -> int:
    """A memory limit for a peak RSS: LIMIT_HEADROOM over it, rounded up to LIMIT_STEP_MIB."""
    return math.ceil(peak_mib * LIMIT_HEADROOM / LIMIT_STEP_MIB) * LIMIT_STEP_MIB


def redis_limit_mib(idle_mib: float) -> int:
    """Redis's limit: its idle RSS plus a full `--maxmemory` of data, with the same headroom."""
    return limit_mib(idle_mib + REDIS_MAXMEMORY_BYTES / MIB)


def lean_cap_mib(fp: Footprints) -> int:
    """The lean worker's `--max-memory`: its loaded RSS rounded up to LIMIT_STEP_MIB."""
    return math.ceil(fp.worker.loaded_mib / LIMIT_STEP_MIB) * LIMIT_STEP_MIB


def _row(
    key: str,
    mode: str,
    state: str,
    parts: list[Part],
    free: float,
    limits: dict[str, int],
    comparison: bool = False,
) -> Row:
    """One layout's total and its margin against free memory."""
    total = round(sum(p.mib for p in parts), 1)
    margin = round(free - total, 1)
    pct = round(100 * margin / free, 1) if free > 0 else -100.0
    return Row(key, mode, state, tuple(parts), total, margin >= 0, margin, pct, limits, comparison)


def layouts(fp: Footprints, free: float, broker: Broker, queued: int = DEFAULT_QUEUED) -> list[Row]:
    """Every matcha mode (idle and busy where they differ), then the user's plan for comparison."""
    use_redis = broker == "redis"
    redis_idle = Part("redis", "idle", fp.redis_idle_mib)
    redis_busy = Part(
        "redis", f"{queued} queued", fp.redis_idle_mib + fp.redis_per_10k_mib * queued / 10_000
    )
    api_idle = Part("api", "idle", fp.api.idle_mib)
    api_busy = Part("api", "loaded", fp.api.loaded_mib)
    worker_busy = Part("worker", "32 in flight", fp.worker.loaded_mib)
    cap = lean_cap_mib(fp)
    lean_worker = Part("worker", f"capped --max-memory {cap}", float(cap))
    combined = Part("api+worker", "32 in flight", fp.combined.loaded_mib)

    r_limit = {"redis": redis_limit_mib(fp.redis_idle_mib)} if use_redis else {}
    api_only = limit_mib(fp.api.loaded_mib)
    api_with_burst = limit_mib(fp.api.loaded_mib + fp.worker.loaded_mib)
    worker_limit = limit_mib(fp.worker.loaded_mib)

    def plus(parts: list[Part], busy: bool = True) -> list[Part]:
        """Add Redis when the broker is Redis: loaded when busy, idle otherwise."""
        if not use_redis:
            return parts
        return [*parts, redis_busy if busy else redis_idle]

    # On-demand workers are the API's children, so the API's container or unit holds both.
    on_demand_limits = {"api": api_with_burst, **r_limit}
    scheduled_limits = {"api": api_only, "worker": worker_limit, **r_limit}
    both = [api_busy, worker_busy]
    return [
        _row(
            "combined",
            "combined",
            "busy",
            plus([combined]),
            free,
            {"api": limit_mib(fp.combined.loaded_mib), **r_limit},
        ),
        _row(
            "always-on",
            "always-on",
            "busy",
            plus(both),
            free,
            {"api": api_only, "worker": worker_limit, **r_limit},
        ),
        _row(
            "lean",
            "lean",
            "busy",
            plus([api_busy, lean_worker]),
            free,
            {"api": api_only, "worker": limit_mib(cap), **r_limit},
        ),
        _row(
            "on-demand-idle", "on-demand", "idle", plus([api_idle], False), free, on_demand_limits
        ),
        _row("on-demand-busy", "on-demand", "busy", plus(both), free, on_demand_limits),
        _row(
            "scheduled-idle", "scheduled", "idle", plus([api_idle], False), free, scheduled_limits
        ),
        _row("scheduled-busy", "scheduled", "busy", plus(both), free, scheduled_limits),
        _row(
            "user-reserved",
            "user's plan",
            "reserved",
            [
                Part("celery worker", "512MB", fp.user_worker_reserved_mib),
                Part("redis", "128MB", fp.user_redis_reserved_mib),
            ],
            free,
            {},
            comparison=True,
        ),
        _row(
            "user-measured",
            "user's stack",
            "measured",
            [
                Part("prefork c=2 worker", "idle", fp.user_worker_measured_mib),
                Part("redis", "idle", fp.user_redis_measured_mib),
            ],
            free,
            {},
            comparison=True,
        ),
    ]


def free_memory(
    ram_mib: float,
    free_mib: float | None = None,
    used_mib: float | None = None,
    others_mib: dict[str, float] | None = None,
) -> tuple[float, str]:
    """Free MiB and how it was found: `--free`, else ram − `--used`, else ram − the others."""
    if free_mib is not None:
        return free_mib, "--free"
    if used_mib is not None:
        return ram_mib - used_mib, "ram − used"
    others = others_mib or {}
    if others:
        return ram_mib - sum(others.values()), f"ram − {len(others)} other process(es)"
    return ram_mib, "ram (nothing else assumed running)"


def choose(rows: list[Row], free: float, ram_mib: float) -> tuple[str | None, str]:
    """The most capable mode that fits with MIN_MARGIN to spare (combined first on small boxes)."""
    by_key = {r.key: r for r in rows}
    small = ram_mib <= SMALL_BOX_MIB
    order = ("combined", *[m for m in CAPABILITY if m != "combined"]) if small else CAPABILITY
    why_first = (
        f"on a box of {SMALL_BOX_MIB / 1024:.0f} GiB or less combined goes first: one process "
        "pays for Python, SQLAlchemy and Celery once"
        if small
        else "the most capable mode with room to spare"
    )
    for mode in order:
        row = by_key[PEAK_ROW[mode]]
        if row.fits and row.margin_mib >= MIN_MARGIN * free:
            return mode, (
                f"{mode}: {row.total_mib:.0f} MiB at its peak leaves {row.margin_mib:.0f} MiB "
                f"({row.margin_pct:.0f} %) of {free:.0f} MiB free; {why_first}."
            )
    fitting = [m for m in order if by_key[PEAK_ROW[m]].fits]
    if fitting:
        mode = fitting[0]
        row = by_key[PEAK_ROW[mode]]
        return mode, (
            f"{mode}, with a thin margin: {row.total_mib:.0f} MiB at its peak leaves only "
            f"{row.margin_mib:.0f} MiB ({row.margin_pct:.0f} %, under {MIN_MARGIN:.0%}) of "
            f"{free:.0f} MiB free. Free more memory or use a bigger box for headroom."
        )
    smallest = min((by_key[PEAK_ROW[m]] for m in MODES), key=lambda r: r.total_mib)
    return None, (
        f"no mode fits: the smallest, {smallest.mode}, needs {smallest.total_mib:.0f} MiB at its "
        f"peak and {free:.0f} MiB are free ({-smallest.margin_mib:.0f} MiB short). Stop something "
        "else or use a bigger box."
    )


def plan(
    ram: float,
    free: float | None = None,
    used: float | None = None,
    swap: float | None = None,
    others: dict[str, float] | None = None,
    broker: Broker = "embedded",
    measured: dict[str, float] | None = None,
    *,
    footprints: Footprints | None = None,
    queued: int = DEFAULT_QUEUED,
) -> Plan:
    """Check every mode against the box's free memory and pick one (all sizes in MiB)."""
    if broker not in BROKERS:
        raise ValueError(f"broker must be one of {', '.join(BROKERS)}, not {broker!r}")
    if free is not None and used is not None:
        raise ValueError("give free or used, not both")
    fp = footprints or shipped_footprints()
    if measured:
        fp = with_measured(fp, measured)
    others = dict(others or {})
    free_mib, free_source = free_memory(ram, free, used, others)
    rows = layouts(fp, free_mib, broker, queued)
    mode, reason = choose(rows, free_mib, ram)

    user = next(r for r in rows if r.key == "user-reserved")
    verdict = "fits" if user.fits else f"does NOT fit ({-user.margin_mib:.0f} MiB short)"
    notes = [
        f"The user's plan: 512 MB worker + 128 MB Redis = 640 MB = {user.total_mib:.0f} MiB "
        f"in {free_mib:.0f} MiB free: {verdict}.",
    ]
    if free is None and used is None and others:
        notes.append(
            "Free memory was computed as ram − the other processes, which leaves out the kernel, "
            "the container runtime and system services; pass --free with the 'available' "
            "column of `free -m` for the real figure."
        )
    if swap:
        notes.append(
            f"Swap ({swap:.0f} MiB) is not counted as room: a job that pages crawls. It only "
            "keeps the OOM killer away."
        )
    if broker == "embedded":
        notes.append("The embedded broker (a SQLite file) lives inside the processes: no Redis.")
    if measured:
        notes.append(f"Live RSS replaced the shipped figures for: {', '.join(sorted(measured))}.")
    notes.append(
        "Each limit is the peak RSS × "
        f"{LIMIT_HEADROOM} rounded up to {LIMIT_STEP_MIB} MiB; Redis's also holds its 48mb "
        "--maxmemory. Use them as mem_limit / MemoryMax."
    )
    return Plan(
        ram_mib=ram,
        free_mib=free_mib,
        free_source=free_source,
        swap_mib=swap,
        others_mib=others,
        broker=broker,
        rows=tuple(rows),
        recommended=mode,
        reason=reason,
        lean_max_memory_mib=lean_cap_mib(fp),
        notes=tuple(notes),
    )
