"""Rich tables for job results, shared by the job commands and the demo."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table

from matcha.ai.schemas import CULTURE_DIMENSIONS, CultureData


def culture_table(title: str, culture: CultureData) -> Table:
    table = Table(title=title, show_lines=False)
    table.add_column("dimension")
    table.add_column("value")
    table.add_column("evidence", overflow="fold", max_width=70)
    for name in CULTURE_DIMENSIONS:
        dim = culture.dimension(name)
        table.add_row(name, dim.value, dim.evidence[0] if dim.evidence else "")
    table.add_row("values", ", ".join(culture.values), "")
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
    console.print(f"coverage {coverage['overall_score']}/100; missed: "
                  f"{', '.join(coverage['dimensions_missed']) or 'none'}")


def aggregation(console: Console, data: dict[str, Any]) -> None:
    culture = CultureData.model_validate(data["profile"])
    console.print(culture_table(f"culture profile ({data['interview_count']} interviews)", culture))
    console.print(culture.culture_summary)


def company_matches(console: Console, data: dict[str, Any]) -> None:
    table = Table(title="culture matches, best first")
    for col in ("#", "candidate", "score", "strengths", "concerns"):
        table.add_column(col)
    for rank, m in enumerate(data["matches"], start=1):
        table.add_row(str(rank), m["candidate_name"], f"{m['match_score']:.0f}",
                      "; ".join(m["strengths"][:2]), "; ".join(m["concerns"][:2]))
    console.print(table)


def position_matches(console: Console, data: dict[str, Any]) -> None:
    table = Table(title="position matches, best first")
    for col in ("#", "candidate", "overall", "skills", "exp.", "culture", "missing skills"):
        table.add_column(col)
    for rank, m in enumerate(data["matches"], start=1):
        table.add_row(
            str(rank), m["candidate_name"], f"{m['overall_score']:.0f}",
            f"{m['skills_match_score']:.0f}", f"{m['experience_match_score']:.0f}",
            f"{m['culture_fit_score']:.0f}",
            ", ".join(m["skills_breakdown"].get("missing_required", [])),
        )
    console.print(table)
