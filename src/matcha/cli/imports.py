"""`matcha import KIND FILE.csv --org ORG`: the CSV import, with a progress bar and a report."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

console = Console()
SHOWN = 50  # rows of errors printed; --json has all of them


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
) -> None:
    """Import a CSV file (columns as in GET /api/import/KIND/template) into an organisation.
    Good rows are kept; each bad row and duplicate is reported. Exit 1 if any row failed."""
    from matcha.db import session_scope
    from matcha.errors import MatchaError
    from matcha.imports import service
    from matcha.imports.schemas import ImportKind
    from matcha.tenancy import scope

    if kind not in ("candidates", "companies", "positions"):
        console.print("[red]invalid[/]: KIND is candidates, companies or positions")
        raise typer.Exit(2)
    wanted: ImportKind = kind  # type: ignore[assignment]
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    try:
        with session_scope() as session, Progress(*columns, console=console) as bar:
            org_id = service.organisation_id(session, org)
            task = bar.add_task(f"importing {kind}", total=None)
            report = service.import_csv(
                scope(session, org_id),
                kind=wanted,
                content=file.read_bytes(),
                archive=zip_file.read_bytes() if zip_file else None,
                progress=lambda done, total: bar.update(task, completed=done, total=total),
            )
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
