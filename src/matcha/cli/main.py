"""Top-level commands: serve, worker, up, db, demo, and one command per AI job."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from typing import Annotated

import typer
from rich.console import Console

from matcha.cli import jobs as jobs_cli

app = typer.Typer(help="matcha: learn a company's culture, match candidates to it.",
                  no_args_is_help=True, add_completion=False)
db_app = typer.Typer(help="Database schema.", no_args_is_help=True)
app.add_typer(db_app, name="db")
jobs_cli.register(app)
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
    """Serve the HTTP API."""
    import uvicorn

    uvicorn.run("matcha.main:app", host=host, port=port, log_level="info")


def worker_argv(concurrency: int | None, loglevel: str) -> list[str]:
    """Celery worker arguments: a threads pool suits jobs that wait on I/O."""
    from matcha.config import get_settings

    threads = concurrency or get_settings().worker_concurrency
    return [
        "worker", "--pool=threads", f"--concurrency={threads}", f"--loglevel={loglevel}",
        "--without-mingle", "--without-gossip", "-Q", "matcha.interactive,matcha.bulk",
    ]


@app.command()
def worker(concurrency: Concurrency = None, loglevel: str = "INFO") -> None:
    """Run a Celery worker on every matcha queue."""
    from matcha.worker.celery_app import app as celery_app

    celery_app.worker_main(worker_argv(concurrency, loglevel))


@app.command()
def up(host: Host = "127.0.0.1", port: Port = 8000, concurrency: Concurrency = None) -> None:
    """Run the API and a worker together (stopping one stops both)."""
    argv = [sys.executable, "-m", "matcha", "worker"]
    if concurrency:
        argv += ["--concurrency", str(concurrency)]
    child = subprocess.Popen(argv)
    console.print(f"[green]worker started[/] (pid {child.pid}); API on http://{host}:{port}")
    try:
        serve(host=host, port=port)
    finally:
        if child.poll() is None:
            child.send_signal(signal.SIGTERM)
            try:
                child.wait(timeout=30)
            except subprocess.TimeoutExpired:
                child.kill()


@app.command()
def demo(
    if_empty: Annotated[bool, typer.Option(help="Do nothing when data exists")] = False,
) -> None:
    """Load a realistic sample into an empty database and run every job on it."""
    from matcha.db import session_scope
    from matcha.demo import loader

    with session_scope() as session:
        if if_empty and not loader.is_empty(session):
            console.print("database has data: demo not loaded")
            return
        if not loader.is_empty(session):
            console.print("[red]the database is not empty; the demo loads only into an empty one")
            raise typer.Exit(1)
        loader.run_demo(session, console)


def main() -> None:  # pragma: no cover - thin entry point
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    app()
