"""`matcha import KIND FILE.csv --org ORG`: the CSV import as the API runs a large file, an
`import_csv` job (in job history, with progress and the whole report kept), here with a
progress bar; `--queue` leaves it to a worker instead."""

from __future__ import annotations

import threading
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

if TYPE_CHECKING:
    from matcha.imports.schemas import ImportKind, ImportReport

console = Console()
SHOWN = 50  # rows of errors printed; --json has all of them
POLL_SECONDS = 0.2


def import_command(
    kind: Annotated[str, typer.Argument(help="candidates, companies or positions")],
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, readable=True)],
    org: Annotated[str, typer.Option(help="The organisation, by name or id")],
    json_out: Annotated[
        Path | None, typer.Option("--json", help="Write the whole report here")
    ] = None,
    zip_file: Annotated[
        Path | None,
        typer.Option("--zip", exists=True, dir_okay=False, help="The résumé files it names"),
    ] = None,
    queue: Annotated[bool, typer.Option("--queue", help="Queue the job for a worker")] = False,
    wait: Annotated[
        bool, typer.Option("--wait", help="With --queue: follow it to its end")
    ] = False,
) -> None:
    """Import a CSV file (columns as in GET /api/import/KIND/template) into an organisation.
    Good rows are kept; each bad row and duplicate is reported. Exit 1 if any row failed."""
    from matcha.errors import MatchaError

    if kind not in ("candidates", "companies", "positions"):
        console.print("[red]invalid[/]: KIND is candidates, companies or positions")
        raise typer.Exit(2)
    wanted: ImportKind = kind  # type: ignore[assignment]
    try:
        import_id = _store(wanted, file, org, zip_file)
        if queue:
            _queue(import_id, wait)
            if not wait:
                return
        else:
            _run_here(import_id)
        report = _report(import_id)
    except MatchaError as exc:
        console.print(f"[red]{exc.code}[/]: {exc.message}")
        raise typer.Exit(2) from exc
    if json_out is not None:
        json_out.write_text(report.model_dump_json(indent=2), encoding="utf-8")
    console.print(
        f"{report.rows} rows: [green]{report.created} created[/], "
        f"{len(report.duplicates)} duplicates, [red]{len(report.errors)} errors[/]"
    )
    _problems(report.model_dump(mode="json"))
    if report.errors:
        raise typer.Exit(1)


def _store(kind: ImportKind, file: Path, org: str, zip_file: Path | None) -> uuid.UUID:
    """Keep the checked file in the organisation for its job (InvalidInput if unreadable)."""
    from matcha.db import session_scope
    from matcha.imports import service
    from matcha.tenancy import scope

    with session_scope() as session:
        org_id = service.organisation_id(session, org)
        stored = service.store_file(
            scope(session, org_id),
            kind=kind,
            filename=file.name,
            content=file.read_bytes(),
            archive=zip_file.read_bytes() if zip_file else None,
        )
        return stored.id


def _run_here(import_id: uuid.UUID) -> None:
    """Run the import job in this process (a sync run in job history), showing the progress
    its job row records; the job's own error, if any, is raised here."""
    from matcha.db import session_scope
    from matcha.jobs import import_csv as import_job
    from matcha.jobs.engine import runner
    from matcha.jobs.engine.service import scope_to_subject
    from matcha.jobs.registry import JobKind

    kind = JobKind(import_job.SPEC.kind)
    failed: list[BaseException] = []

    def work() -> None:
        try:
            with session_scope() as session:
                runner.run_sync(scope_to_subject(session, kind, import_id), kind, import_id, {})
        except BaseException as exc:  # handed to the main thread, which reports it
            failed.append(exc)

    worker = threading.Thread(target=work, name=f"import-{import_id}")
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn())
    with Progress(*columns, TimeElapsedColumn(), console=console) as bar:
        task = bar.add_task("importing", total=None)
        worker.start()
        while worker.is_alive():
            worker.join(POLL_SECONDS)
            done, total = _progress(import_id)
            bar.update(task, completed=done, total=total or None)
    if failed:
        raise failed[0]


def _progress(import_id: uuid.UUID) -> tuple[int, int]:
    from sqlalchemy import select

    from matcha.db import get_sessionmaker
    from matcha.jobs.engine.models import Job

    with get_sessionmaker()() as session:
        query = select(Job.progress_done, Job.progress_total).where(Job.subject_id == import_id)
        row = session.execute(query.order_by(Job.created_at.desc()).limit(1)).first()
    return (int(row[0] or 0), int(row[1] or 0)) if row else (0, 0)


def _queue(import_id: uuid.UUID, wait: bool) -> None:
    """Queue the job for a worker; with `wait`, follow it (exit 1 if it fails)."""
    from matcha.cli.jobs import follow
    from matcha.db import session_scope
    from matcha.jobs import import_csv as import_job
    from matcha.jobs.engine import service as jobs_service
    from matcha.jobs.registry import JobKind
    from matcha.worker import publish

    publish.plug()
    kind = JobKind(import_job.SPEC.kind)
    with session_scope() as session:
        jobs_service.scope_to_subject(session, kind, import_id)
        job, _created = jobs_service.enqueue(session, kind, import_id, {})
        job_id = job.id
    console.print(f"job {job_id} queued: import {import_id} (GET /api/imports/{import_id})")
    if wait and follow(job_id) == "failed":
        raise typer.Exit(1)


def _report(import_id: uuid.UUID) -> ImportReport:
    from matcha.db import get_sessionmaker
    from matcha.imports.models import ImportFile
    from matcha.imports.schemas import ImportReport

    with get_sessionmaker()() as session:
        stored = session.get(ImportFile, import_id)
        assert stored is not None and stored.report is not None  # the job succeeded
        return ImportReport.model_validate(stored.report)


def _problems(report: dict[str, object]) -> None:
    rows = [
        (str(e["row"]), str(e.get("field") or ""), str(e["message"]))
        for e in report["errors"]  # type: ignore[attr-defined]
    ] + [
        (str(d["row"]), "", f"duplicate ({d['reason']}) of {d['existing_id']}")
        for d in report["duplicates"]  # type: ignore[attr-defined]
    ]
    if not rows:
        return
    table = Table("row", "field", "problem")
    for row in sorted(rows, key=lambda r: int(r[0]))[:SHOWN]:
        table.add_row(*row)
    console.print(table)
    if len(rows) > SHOWN:
        console.print(f"… and {len(rows) - SHOWN} more (see --json)")


def register(app: typer.Typer) -> None:
    app.command("import")(import_command)
