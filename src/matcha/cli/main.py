"""Top-level commands: serve, worker, up, db, demo, eval, and one command per AI job."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from typing import Annotated

import typer
from rich.console import Console

from matcha.cli import evaluate as eval_cli
from matcha.cli import imports as imports_cli
from matcha.cli import jobs as jobs_cli
from matcha.cli import plan as plan_cli

app = typer.Typer(
    help="matcha: learn a company's culture, match candidates to it.",
    no_args_is_help=True,
    add_completion=False,
)
db_app = typer.Typer(help="Database schema.", no_args_is_help=True)
app.add_typer(db_app, name="db")
user_app = typer.Typer(help="Users of an organisation.", no_args_is_help=True)
app.add_typer(user_app, name="user")
jobs_cli.register(app)
plan_cli.register(app)
eval_cli.register(app)
imports_cli.register(app)
console = Console()

Host = Annotated[str, typer.Option(help="Interface to bind")]
Port = Annotated[int, typer.Option(help="Port to listen on")]
Concurrency = Annotated[
    int | None, typer.Option("--concurrency", "-c", help="Worker threads (default: settings)")
]


@db_app.command("upgrade")
def db_upgrade(revision: str = "head") -> None:
    """Create or migrate the database schema (Alembic)."""
    from matcha.config import get_settings
    from matcha.migrate import upgrade

    upgrade(revision=revision)
    console.print(f"[green]database is at {revision}[/] ({get_settings().database_url})")


@app.command()
def serve(host: Host = "127.0.0.1", port: Port = 8000) -> None:
    """Serve the HTTP API (in combined mode, with its worker inside)."""
    from matcha.server import run

    run(host, port)


@app.command(
    context_settings={"allow_extra_args": True, "ignore_unknown_options": True},
    add_help_option=False,
)
def worker(ctx: typer.Context) -> None:
    """Run a Celery worker on every matcha queue (`matcha worker --help` lists its options)."""
    from matcha.worker.main import main as worker_main

    worker_main(ctx.args)


@app.command()
def up(host: Host = "127.0.0.1", port: Port = 8000, concurrency: Concurrency = None) -> None:
    """Run the API with the worker its mode needs (combined: in-process; always-on: a child)."""
    from matcha.config import get_settings

    settings = get_settings()
    if settings.worker_mode not in ("always-on", "lean"):
        console.print(f"mode {settings.worker_mode}: API on http://{host}:{port}")
        from matcha.fast import exec_fast

        exec_fast("serve", ["--host", host, "--port", str(port)])  # no CLI in the server
        return
    argv = [sys.executable, "-m", "matcha", "worker"]
    if concurrency:
        argv += ["--concurrency", str(concurrency)]
    if settings.worker_mode == "lean":
        from matcha.system.footprints import shipped_footprints
        from matcha.system.plan import lean_cap_mib

        ceiling = settings.worker_max_memory_mib or lean_cap_mib(shipped_footprints())
        argv += ["--max-memory", str(ceiling)]
    child = subprocess.Popen(argv)
    console.print(f"[green]worker started[/] (pid {child.pid}); API on http://{host}:{port}")
    try:
        serve(host=host, port=port)
    finally:
        if child.poll() is None:
            child.send_signal(signal.SIGTERM)
            try:
                child.wait(timeout=120)
            except subprocess.TimeoutExpired:
                child.kill()


@app.command()
def sweep() -> None:
    """Re-publish queued jobs nobody took, and recover jobs of dead workers (once)."""
    from matcha.db import session_scope
    from matcha.jobs.engine.sweeper import sweep as run_sweep
    from matcha.worker import publish

    publish.plug()
    with session_scope() as session:
        report = run_sweep(session)
    console.print(
        f"republished {len(report.republished)}, requeued {len(report.requeued)}, "
        f"failed {len(report.failed)}"
    )


@app.command()
def status(as_json: Annotated[bool, typer.Option("--json", help="Print JSON")] = False) -> None:
    """The mode, queues, live workers, running jobs and warnings."""
    from matcha.cli import render
    from matcha.db import session_scope
    from matcha.system.status import system_status

    with session_scope() as session:
        report = system_status(session)
    if as_json:
        console.print_json(report.model_dump_json())
    else:
        render.status(console, report)


@app.command()
def demo(
    if_empty: Annotated[bool, typer.Option(help="Do nothing when data exists")] = False,
) -> None:
    """Load a realistic sample into the demo organisation and run every job on it; print how
    to log in as its admin, with a ready token."""
    from matcha.cli import render
    from matcha.cli.demo import run_demo
    from matcha.db import session_scope
    from matcha.demo import loader

    with session_scope() as session:
        access = loader.demo_account(session)
        if loader.is_empty(session):
            run_demo(session, console)
        elif if_empty:
            console.print("the demo organisation has data: demo not loaded again")
        else:
            console.print("[red]the demo organisation is not empty; the demo loads only once")
            raise typer.Exit(1)
    render.demo_access(console, access)


@user_app.command("add")
def user_add(
    email: str,
    org: Annotated[str, typer.Option(help="The organisation's name")],
    role: Annotated[str, typer.Option(help="admin, recruiter or viewer")] = "admin",
    create_org: Annotated[bool, typer.Option(help="Create the organisation if missing")] = False,
    password: Annotated[
        str, typer.Option(prompt=True, hide_input=True, confirmation_prompt=True)
    ] = "",
) -> None:
    """Add a user to an organisation (e.g. an admin for the "Default organisation" that an
    upgrade from a single-team install creates)."""
    from pydantic import ValidationError

    from matcha.accounts import service as accounts
    from matcha.accounts.schemas import UserCreate
    from matcha.db import session_scope
    from matcha.errors import MatchaError

    try:
        data = UserCreate.model_validate({"email": email, "password": password, "role": role})
        with session_scope() as session:
            user = accounts.add_user_to_named_org(session, org, data, create=create_org)
    except ValidationError as exc:
        console.print(f"[red]invalid[/]: {exc.errors()[0]['loc'][0]}: {exc.errors()[0]['msg']}")
        raise typer.Exit(2) from exc
    except MatchaError as exc:
        console.print(f"[red]{exc.code}[/]: {exc.message}")
        raise typer.Exit(2) from exc
    console.print(f"[green]added[/] {user.email} ({user.role}) to {org}")


def main() -> None:  # pragma: no cover - thin entry point
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    app()
