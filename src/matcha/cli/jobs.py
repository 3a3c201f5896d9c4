"""One command per AI job: run it here, or `--queue` it for a worker (and `--wait` for it)."""

# No `from __future__ import annotations`: typer reads the annotations of the handlers built
# below at run time, and they name a type made in the function that builds them.

import time
import uuid
from collections.abc import Callable
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from matcha.cli import render
from matcha.jobs import aggregate_culture, analyze_interview, match_company, match_position
from matcha.jobs.engine.models import JobStatus
from matcha.jobs.registry import SPECS, JobKind
from matcha.jobs.spec import JobSpec

console = Console()
Queue = Annotated[bool, typer.Option("--queue", help="Queue the job for a worker")]
Wait = Annotated[bool, typer.Option("--wait", help="With --queue: follow the job to its end")]
Candidates = Annotated[
    list[uuid.UUID] | None, typer.Option("--candidate", help="Score only these (repeatable)")
]


def _sync(kind: JobKind, subject_id: uuid.UUID, params: dict[str, Any]) -> dict[str, Any]:
    from matcha.db import session_scope
    from matcha.jobs.engine.runner import run_sync
    from matcha.jobs.engine.service import scope_to_subject

    with session_scope() as session:
        result = run_sync(scope_to_subject(session, kind, subject_id), kind, subject_id, params)
        return result.model_dump(mode="json")


def follow(job_id: uuid.UUID) -> str:
    """Show a job's progress until it ends; its final status."""
    from matcha.db import get_sessionmaker
    from matcha.jobs.engine import records

    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console) as bar:
        task = bar.add_task("queued", total=None)
        while True:
            with get_sessionmaker()() as session:
                job = records.get_job(session, job_id)
            bar.update(
                task,
                description=job.status,
                completed=job.progress_done,
                total=job.progress_total or None,
            )
            if job.status in (JobStatus.succeeded, JobStatus.failed):
                if job.status == JobStatus.failed:
                    console.print(f"[red]failed[/] ({job.error_code}): {job.error_message}")
                else:
                    console.print(f"[green]succeeded[/]: {job.result}")
                return job.status
            time.sleep(0.2)


def _run(
    kind: JobKind,
    subject_id: uuid.UUID,
    params: dict[str, Any],
    queue: bool,
    wait: bool,
    show: Callable[[Console, dict[str, Any]], None],
) -> None:
    from matcha.errors import MatchaError

    try:
        if not queue:
            show(console, _sync(kind, subject_id, params))
            return
        from matcha.db import session_scope
        from matcha.jobs.engine import service as jobs_service
        from matcha.worker import publish

        publish.plug()

        with session_scope() as session:
            jobs_service.scope_to_subject(session, kind, subject_id)
            job, created = jobs_service.enqueue(session, kind, subject_id, params)
            job_id = job.id
        console.print(f"job {job_id} {'queued' if created else 'already live'}")
        if wait and follow(job_id) == JobStatus.failed:
            raise typer.Exit(1)
    except MatchaError as exc:
        console.print(f"[red]{exc.code}[/]: {exc.message}")
        raise typer.Exit(2) from exc


def _params(candidates: list[uuid.UUID] | None) -> dict[str, Any]:
    return {"candidate_ids": [str(c) for c in candidates]} if candidates else {}


# Results with a table of their own; any other job prints its summary.
SHOW: dict[str, Callable[[Console, dict[str, Any]], None]] = {
    analyze_interview.SPEC.kind: render.analysis,
    aggregate_culture.SPEC.kind: render.aggregation,
    match_company.SPEC.kind: render.company_matches,
    match_position.SPEC.kind: render.position_matches,
}


def _command(spec: JobSpec) -> Callable[..., None]:
    """`matcha <kind>`: the subject's id, `--candidate` for a matching job, `--queue`/`--wait`."""
    show = SHOW.get(spec.kind, render.result)
    subject = Annotated[uuid.UUID, typer.Argument(metavar=f"{spec.subject_noun}_id")]
    if spec.scores_candidates:

        def matching(
            subject_id: subject,
            candidate: Candidates = None,
            queue: Queue = False,
            wait: Wait = False,
        ) -> None:
            _run(spec.kind, subject_id, _params(candidate), queue, wait, show)

        matching.__doc__ = spec.description
        return matching

    def single(subject_id: subject, queue: Queue = False, wait: Wait = False) -> None:
        _run(spec.kind, subject_id, {}, queue, wait, show)

    single.__doc__ = spec.description
    return single


def register(app: typer.Typer) -> None:
    """Add one command per job in the registry to `app`."""
    for spec in SPECS:
        if spec.route is None:  # queued by its own command (the CSV import: `matcha import`)
            continue
        app.command(spec.kind.replace("_", "-"))(_command(spec))
