"""Rich tables for job results, shared by the job commands and the demo."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.table import Table

from matcha.ai.schemas import CULTURE_DIMENSIONS, CultureData
from matcha.ai.wording import confidence_word, dimension_label, value_phrase
from matcha.system.status import SystemStatus

if TYPE_CHECKING:
    from matcha.demo.loader import DemoAccess


def confidence(value: float | None) -> str:
    """0.82 -> "high 0.82"; "not rated" when the provider gave none."""
    word = confidence_word(value)
    return word if value is None else f"{word} {value:.2f}"


def culture_table(title: str, culture: CultureData) -> Table:
    """Each dimension in the words the web UI uses, with how sure the reading is."""
    table = Table(title=title, show_lines=False)
    table.add_column("dimension")
    table.add_column("value")
    table.add_column("confidence")
    table.add_column("evidence", overflow="fold", max_width=70)
    for name in CULTURE_DIMENSIONS:
        dim = culture.dimension(name)
        table.add_row(
            dimension_label(name),
            value_phrase(name, dim.value),
            confidence(dim.confidence),
            dim.evidence[0] if dim.evidence else "",
        )
    table.add_row("values", ", ".join(culture.values), "", "")
    return table


def analysis(console: Console, data: dict[str, Any]) -> None:
    """An analysed interview: status, culture (if any), screening (if any), coverage."""
    console.print(f"interview {data['interview_id']}: [bold]{data['status']}[/]")
    if data.get("raw_culture_data"):
        culture = CultureData.model_validate(data["raw_culture_data"])
        console.print(culture_table("culture found in the transcript", culture))
    if data.get("screening_analysis"):
        s = data["screening_analysis"]
        console.print(f"screening: {s['overall_score']}/100 → [bold]{s['recommendation']}[/]")
    coverage = data["conversation_analysis"]["coverage_completeness"]
    console.print(
        f"coverage {coverage['overall_score']}/100; missed: "
        f"{', '.join(coverage['dimensions_missed']) or 'none'}"
    )


def aggregation(console: Console, data: dict[str, Any]) -> None:
    culture = CultureData.model_validate(data["profile"])
    console.print(culture_table(f"culture profile ({data['interview_count']} interviews)", culture))
    console.print(culture.culture_summary)


def company_matches(console: Console, data: dict[str, Any]) -> None:
    table = Table(title="culture matches, best first")
    for col in ("#", "candidate", "score", "strengths", "concerns"):
        table.add_column(col)
    for rank, m in enumerate(data["matches"], start=1):
        table.add_row(
            str(rank),
            m["candidate_name"],
            f"{m['match_score']:.0f}",
            "; ".join(m["strengths"][:2]),
            "; ".join(m["concerns"][:2]),
        )
    console.print(table)


def position_matches(console: Console, data: dict[str, Any]) -> None:
    table = Table(title="position matches, best first")
    for col in ("#", "candidate", "overall", "skills", "exp.", "culture", "missing skills"):
        table.add_column(col)
    for rank, m in enumerate(data["matches"], start=1):
        table.add_row(
            str(rank),
            m["candidate_name"],
            f"{m['overall_score']:.0f}",
            f"{m['skills_match_score']:.0f}",
            f"{m['experience_match_score']:.0f}",
            f"{m['culture_fit_score']:.0f}",
            ", ".join(m["skills_breakdown"].get("missing_required", [])),
        )
    console.print(table)


def result(console: Console, data: dict[str, Any]) -> None:
    """Any job's result, as JSON (for jobs without a table of their own)."""
    console.print_json(data=data)


def status(console: Console, report: SystemStatus) -> None:
    """The operators' view of `matcha status`."""
    console.print(f"mode [bold]{report.mode}[/], broker {report.broker}")
    queues = Table(title="queues")
    for col in ("queue", "queued", "oldest (s)"):
        queues.add_column(col)
    for q in report.queues:
        queues.add_row(q.name, str(q.queued), f"{q.oldest_queued_age_s or 0:.0f}")
    console.print(queues)
    workers = Table(title=f"live workers ({len(report.workers)})")
    for col in ("id", "mode", "status", "RSS MiB", "running"):
        workers.add_column(col)
    for w in report.workers:
        workers.add_row(w.id, w.mode, w.status, f"{w.rss_mib:.1f}", str(len(w.running_jobs)))
    console.print(workers)
    for job in report.running_jobs:
        console.print(
            f"running {job.kind} {job.id}: {job.progress['done']}/"
            f"{job.progress['total']} for {job.running_for_s:.0f}s on {job.worker}"
        )
    console.print(f"failed jobs in the last 24 h: {report.failed_jobs_24h}")
    for warning in report.warnings:
        console.print(f"[yellow]warning:[/] {warning}")
    if not report.warnings:
        console.print("[green]no warnings[/]")


def demo_access(console: Console, access: DemoAccess) -> None:
    """How to log in as the demo admin, and a token ready for curl."""
    password = access.password or "(the one set when it was created)"
    console.rule("log in")
    console.print(f"demo admin: [bold]{access.email}[/] / [bold]{password}[/]")
    console.print("a token for the next hours (or POST /api/auth/token for a new one):")
    console.print(f"  export MATCHA_TOKEN={access.token}", soft_wrap=True)
    console.print(
        '  curl -H "Authorization: Bearer $MATCHA_TOKEN" http://127.0.0.1:8000/api/companies',
        soft_wrap=True,
    )
