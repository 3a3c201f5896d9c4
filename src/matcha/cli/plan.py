"""`matcha plan`: which worker modes fit this box's memory, from measured footprints."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from matcha.system import memory
from matcha.system.plan import MIN_MARGIN, Plan, plan
from matcha.system.sizes import MIB, SizeError, parse_mib, parse_named

console = Console()


class BrokerChoice(StrEnum):
    """The brokers a plan can assume."""

    embedded = "embedded"
    redis = "redis"


@dataclass(frozen=True)
class LiveProcess:
    """A running matcha or Redis process found by `--measure`."""

    pid: int
    component: str
    rss_mib: float
    cmdline: str


MATCHA_COMMANDS = ("serve", "worker", "up")


def classify(argv: list[str], comm: str = "", environ: dict[str, str] | None = None) -> str | None:
    """The plan component a command line runs (api, worker, combined, redis), or None."""
    if comm == "redis-server" or (argv and Path(argv[0]).name.startswith("redis-server")):
        return "redis"
    interpreted = bool(argv) and Path(argv[0]).name.startswith("python")
    for i, token in enumerate(argv):
        name = Path(token).name
        # the program itself, a script run by python, or `python -m name`
        runs = i == 0 or (interpreted and (i == 1 or argv[i - 1] == "-m"))
        rest = argv[i + 1 :]
        if not runs:
            continue
        if name == "matcha" and rest and rest[0] in MATCHA_COMMANDS:
            if rest[0] == "worker":
                return "worker"
            mode = (environ or {}).get("MATCHA_WORKER_MODE", "combined")
            return "combined" if mode == "combined" else "api"
        if name == "celery" and "worker" in rest:
            return "worker"
    return None


def _read_argv(pid: int) -> list[str]:
    """A process's argv from /proc (NUL-separated)."""
    raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    return [part.decode(errors="replace") for part in raw.split(b"\0") if part]


def _read_environ(pid: int) -> dict[str, str]:
    """A process's environment, to tell a combined `matcha serve` from a plain API."""
    try:
        raw = Path(f"/proc/{pid}/environ").read_bytes()
    except OSError:  # another user's process: assume the default mode
        return {}
    pairs = (part.decode(errors="replace").partition("=") for part in raw.split(b"\0") if part)
    return {key: value for key, _, value in pairs}


def find_live() -> list[LiveProcess]:
    """Running matcha/celery/redis processes, each with RSS summed over its own process tree.

    A different matched command inside another's tree (the worker that `matcha up` starts, a
    burst worker started by the API) is counted on its own, not twice; a forked copy of the
    same command (a prefork pool child) stays in its parent's sum.
    """
    me = os.getpid()
    matched: dict[int, str] = {}
    argvs: dict[int, list[str]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == me:
            continue
        pid = int(entry.name)
        try:
            argv = _read_argv(pid)
            comm = (entry / "comm").read_text().strip()
        except OSError:
            continue
        if not argv:
            continue
        component = classify(argv, comm, _read_environ(pid))
        if component is not None:
            matched[pid] = component
            argvs[pid] = argv
    trees = {pid: memory.children(pid) for pid in matched}
    # A forked copy (a prefork pool child) belongs to its parent's tree, not on its own.
    forks = {d for pid, kids in trees.items() for d in kids if argvs.get(d) == argvs[pid]}
    found = []
    for pid, component in matched.items():
        if pid in forks:
            continue
        descendants = trees[pid]
        nested = {d for d in descendants if d in matched and d not in forks}
        if nested:
            skip = set(nested)
            for child in nested:
                skip.update(memory.children(child))
            rss = memory.rss_bytes(pid) + sum(
                memory.rss_bytes(d) for d in descendants if d not in skip
            )
        else:
            rss = memory.tree_rss_bytes(pid)
        if rss:
            found.append(LiveProcess(pid, component, rss / MIB, " ".join(argvs[pid])))
    return sorted(found, key=lambda p: (p.component, p.pid))


def measured_figures(live: list[LiveProcess]) -> dict[str, float]:
    """One figure per component: the largest running instance (a plan adds one of each)."""
    figures: dict[str, float] = {}
    for proc in live:
        figures[proc.component] = max(figures.get(proc.component, 0.0), proc.rss_mib)
    return figures


def _size(text: str, option: str) -> float:
    """MiB from a size option, or a usage error (exit code 2) naming the option."""
    try:
        return parse_mib(text)
    except SizeError as exc:
        raise typer.BadParameter(str(exc), param_hint=option) from exc


def _maybe_size(text: str | None, option: str) -> float | None:
    """_size for an option that may be absent."""
    return None if text is None else _size(text, option)


def _others(items: list[str]) -> dict[str, float]:
    """The `--other name=size` options as MiB by name; a bad or repeated one is an error."""
    others: dict[str, float] = {}
    for item in items:
        try:
            name, mib = parse_named(item)
        except SizeError as exc:
            raise typer.BadParameter(str(exc), param_hint="--other") from exc
        if name in others:
            raise typer.BadParameter(f"{name!r} is given twice", param_hint="--other")
        others[name] = mib
    return others


def render(result: Plan, out: Console) -> None:
    """The plan as a table, then the recommendation in words."""
    table = Table(
        title=f"{result.ram_mib:.0f} MiB RAM, {result.free_mib:.0f} MiB free "
        f"({result.free_source}); broker: {result.broker}",
        title_justify="left",
    )
    for column, justify in (
        ("mode", "left"),
        ("state", "left"),
        ("components (MiB RSS)", "left"),
        ("total MiB", "right"),
        ("fits?", "center"),
        ("margin MiB", "right"),
        ("margin %", "right"),
        ("limits MiB", "left"),
    ):
        table.add_column(column, justify=justify)  # type: ignore[arg-type]
    for row, previous in zip(result.rows, (None, *result.rows), strict=False):
        if row.comparison and (previous is None or not previous.comparison):
            table.add_section()
        mark = "[green]yes[/]" if row.fits else "[red]no[/]"
        if row.fits and row.margin_pct < MIN_MARGIN * 100:
            mark = "[yellow]tight[/]"
        name = f"[bold]{row.mode}[/]" if row.mode == result.recommended else row.mode
        limits = " ".join(f"{k}={v}" for k, v in row.limits_mib.items()) or "-"
        table.add_row(
            name,
            row.state,
            row.components,
            f"{row.total_mib:.1f}",
            mark,
            f"{row.margin_mib:+.1f}",
            f"{row.margin_pct:+.0f}",
            limits,
        )
    out.print(table)
    if result.recommended is None:
        out.print(f"[red]Recommendation: none[/]. {result.reason}")
    else:
        out.print(f"[green]Recommendation: MATCHA_WORKER_MODE={result.recommended}[/]")
        out.print(result.reason, highlight=False)
        if result.recommended == "lean":
            out.print(f"Run the worker with --max-memory {result.lean_max_memory_mib}.")
    for note in result.notes:
        out.print(f"- {note}", highlight=False)


def plan_command(
    ram: Annotated[str, typer.Option(help="The box's RAM, e.g. 1GiB (MB = 10^6, MiB = 2^20)")],
    free: Annotated[
        str | None, typer.Option(help="Free memory now, e.g. 191MB ('available' in free -m)")
    ] = None,
    used: Annotated[str | None, typer.Option(help="Memory in use now (free = ram - used)")] = None,
    swap: Annotated[
        str | None, typer.Option(help="Swap size (shown, never counted as room)")
    ] = None,
    other: Annotated[
        list[str] | None,
        typer.Option(help="Another process or container, name=size (repeatable)"),
    ] = None,
    broker: Annotated[
        BrokerChoice, typer.Option(help="embedded (a SQLite file, no Redis) or redis")
    ] = BrokerChoice.embedded,
    measure: Annotated[
        bool, typer.Option(help="Use the live RSS of running matcha/celery/redis processes")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the plan as JSON")] = False,
) -> None:
    """Which worker modes fit this box's memory, and which one to run."""
    ram_mib = _size(ram, "--ram")
    if free is not None and used is not None:
        raise typer.BadParameter("give --free or --used, not both", param_hint="--free/--used")
    others = _others(other or [])
    measured: dict[str, float] | None = None
    live: list[LiveProcess] = []
    if measure:
        live = find_live()
        measured = measured_figures(live) or None
    result = plan(
        ram_mib,
        free=_maybe_size(free, "--free"),
        used=_maybe_size(used, "--used"),
        swap=_maybe_size(swap, "--swap"),
        others=others,
        broker=broker.value,
        measured=measured,
    )
    if result.free_mib <= 0:
        raise typer.BadParameter(
            f"no free memory left ({result.free_mib:.0f} MiB, {result.free_source})",
            param_hint="--ram",
        )
    if as_json:
        data = result.to_dict()
        if measure:
            data["measured_processes"] = [
                {"pid": p.pid, "component": p.component, "rss_mib": round(p.rss_mib, 1)}
                for p in live
            ]
        typer.echo(json.dumps(data, indent=2))
        return
    if measure:
        if live:
            for p in live:
                console.print(
                    f"measured {p.component}: {p.rss_mib:.1f} MiB (pid {p.pid}) {p.cmdline[:80]}",
                    highlight=False,
                )
        else:
            console.print("measured: no running matcha, celery or redis process; shipped figures")
    render(result, console)


def register(app: typer.Typer) -> None:
    """Add `plan` to a typer app (main.py calls this)."""
    app.command("plan")(plan_command)
