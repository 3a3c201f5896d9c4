"""`matcha eval`: measure a provider's answers on the hand-labelled set (eval/README.md)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

console = Console()


class ProviderChoice(StrEnum):
    embedded = "embedded"
    gemini = "gemini"
    openai = "openai"


class SplitChoice(StrEnum):
    dev = "dev"
    dev2 = "dev2"
    dev3 = "dev3"
    dev5 = "dev5"
    dev6 = "dev6"
    dev7 = "dev7"
    test = "test"


def eval_command(
    provider: Annotated[
        ProviderChoice | None,
        typer.Option(help="The provider to measure (default: MATCHA_AI_PROVIDER)"),
    ] = None,
    split: Annotated[
        SplitChoice,
        typer.Option(
            help="dev, dev2, dev3, dev6 or dev7 (for tuning), dev5 (held out, never tuned on), "
            "or test (frozen: report only)"
        ),
    ] = SplitChoice.dev,
    data: Annotated[
        Path | None, typer.Option(help="The directory holding dev/ and test/ (default: eval/data)")
    ] = None,
    json_file: Annotated[
        Path | None, typer.Option("--json", help="Write the whole report, misses included, here")
    ] = None,
    misses: Annotated[
        bool, typer.Option("--misses", help="Print every wrong culture value and its evidence")
    ] = False,
) -> None:
    """Run a provider over a labelled split; print culture, aggregation, résumé and ranking
    figures, and the calls, tokens and time it took."""
    from matcha.ai.provider import get_provider
    from matcha.cli import eval_render
    from matcha.config import get_settings
    from matcha.errors import MatchaError
    from matcha.evaluation.dataset import DatasetError, default_data_dir, load_split
    from matcha.evaluation.run import planned_calls, run_split

    settings = get_settings()
    if json_file is not None and not json_file.parent.is_dir():  # before any paid call
        console.print(f"[red]--json[/]: no directory {json_file.parent}", soft_wrap=True)
        raise typer.Exit(2)
    try:
        loaded = load_split(data or default_data_dir(), split.value)
    except DatasetError as exc:
        console.print(f"[red]bad evaluation data[/]: {exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from exc
    name = provider.value if provider is not None else settings.ai_provider
    try:
        ai = get_provider(name)
    except MatchaError as exc:
        console.print(f"[red]{exc.code}[/]: {exc.message}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from exc
    workers = 1 if name == "embedded" else settings.llm_concurrency
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn())
    try:
        with Progress(*columns, TimeElapsedColumn(), console=console, transient=True) as bar:
            tasks = {t: bar.add_task(t, total=n) for t, n in planned_calls(loaded).items() if n}
            report = run_split(
                ai,
                loaded,
                workers=workers,
                progress=lambda task, n: bar.advance(tasks[task], n),
            )
    except MatchaError as exc:
        console.print(f"[red]{exc.code}[/]: {exc.message}", highlight=False, soft_wrap=True)
        raise typer.Exit(1) from exc
    eval_render.full(console, report, show_misses=misses)
    if json_file is not None:
        json_file.write_text(report.model_dump_json(indent=2) + "\n", encoding="utf-8")
        console.print(f"report written to {json_file}", soft_wrap=True)


def register(app: typer.Typer) -> None:
    """Add `eval` to a typer app (main.py calls this)."""
    app.command("eval")(eval_command)
