"""Rich tables for `matcha eval`: one per measure, then what the run spent."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from matcha.evaluation.report import DimensionScore, Miss, Report


def pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.0%}"


def num(value: float | None, digits: int = 2) -> str:
    return "n/a" if value is None else f"{value:.{digits}f}"


def _culture_row(table: Table, name: str, s: DimensionScore, style: str = "") -> None:
    table.add_row(
        name,
        pct(s.accuracy),
        pct(s.unknown_rate),
        pct(s.guess_rate),
        str(s.labelled),
        str(s.unlabelled),
        style=style,
    )


def culture(console: Console, report: Report) -> None:
    if report.culture is None:
        console.print("culture: no culture.json in this split")
        return
    table = Table(title=f"culture, per transcript ({report.culture.transcripts} transcripts)")
    table.add_column("dimension", no_wrap=True)
    for col in ("accuracy", "unknown", "guessed", "labelled", "unlabelled"):
        table.add_column(col, justify="right")
    table.caption = (
        "accuracy, unknown: of labelled values (unknown counts as wrong); "
        "guessed: of unlabelled ones"
    )
    for name, score in report.culture.dimensions.items():
        _culture_row(table, name, score)
    _culture_row(table, "overall", report.culture.overall, style="bold")
    console.print(table)


def aggregation(console: Console, report: Report) -> None:
    agg = report.aggregation
    if agg is None:
        return
    table = Table(title=f"aggregation, per company profile ({len(agg.companies)} companies)")
    table.add_column("dimension", no_wrap=True)
    for col in ("accuracy", "unknown", "labelled"):
        table.add_column(col, justify="right")
    for name, s in agg.dimensions.items():
        if s.labelled:
            table.add_row(name, pct(s.accuracy), pct(s.unknown_rate), str(s.labelled))
    o = agg.overall
    table.add_row("overall", pct(o.accuracy), pct(o.unknown_rate), str(o.labelled), style="bold")
    console.print(table)


def resumes(console: Console, report: Report) -> None:
    if report.resumes is None:
        console.print("résumés and ranking: no resumes.json in this split")
        return
    r = report.resumes
    table = Table(title=f"résumés, parsed by the embedded parser ({len(r.resumes)} résumés)")
    for col in ("field", "score", "measure"):
        table.add_column(col, justify="right" if col == "score" else "left")
    table.add_row("name", pct(r.name_accuracy), "exact, ignoring case and spacing")
    table.add_row("experience_years", pct(r.years_within_1), "within ±1 year")
    table.add_row("skills recall", pct(r.skills_recall), "labelled skills found")
    table.add_row("skills precision", pct(r.skills_precision), "parsed skills that are labelled")
    table.add_row("education", pct(r.education_found), "labelled entries found")
    console.print(table)


def ranking(console: Console, report: Report) -> None:
    rk = report.ranking
    if rk is None:
        return
    if not rk.positions:
        console.print("ranking: no positions.json in this split")
        return
    table = Table(title=f"ranking, per position ({len(rk.positions)} positions)")
    table.add_column("position", no_wrap=True)
    table.add_column("title", no_wrap=True, overflow="ellipsis", max_width=28)
    for col in ("N", "NDCG@5", "top is grade 3", "grade 0 in top half", "years MAE"):
        table.add_column(col, justify="right")
    for p in rk.positions:
        table.add_row(
            p.id,
            p.title,
            str(len(p.ranking)),
            num(p.ndcg_at_5),
            "yes" if p.top_is_strong else "no",
            f"{p.grade0_in_top_half}/{p.top_half} (≥{p.grade0_in_top_half_at_best})",
            num(p.relevant_years_mae, 1),
        )
    table.add_row(
        "mean",
        "",
        "",
        num(rk.mean_ndcg_at_5),
        pct(rk.top_is_strong),
        num(rk.mean_grade0_in_top_half, 1),
        num(rk.mean_relevant_years_mae, 1),
        style="bold",
    )
    console.print(table)


def misses(console: Console, title: str, rows: list[Miss]) -> None:
    """One miss per entry: where, the dimension, label → answer, then the first evidence."""
    console.rule(f"{title} ({len(rows)})")
    for m in rows:
        console.print(
            f"{m.file}  [bold]{m.dimension}[/]: {m.label} → [red]{m.predicted}[/]",
            highlight=False,
            soft_wrap=True,
        )
        if m.evidence:
            console.print(f"    “{m.evidence}”", highlight=False, style="dim")


def spend(console: Console, report: Report) -> None:
    s = report.spend
    if report.provider == "embedded":
        console.print(f"embedded ({report.model}): wall {s.wall_seconds:.1f} s")
    else:
        console.print(
            f"{report.provider} ({report.model}): {s.calls} calls, {s.tokens_in} tokens in, "
            f"{s.tokens_out} tokens out, wall {s.wall_seconds:.1f} s"
        )
    if report.failures:
        console.print(
            f"[yellow]{len(report.failures)} answers failed validation[/] and count as wrong "
            "(culture) or last (ranking); --json lists them"
        )


def full(console: Console, report: Report, *, show_misses: bool = False) -> None:
    console.print(
        f"matcha eval: provider [bold]{report.provider}[/] ({report.model}), split "
        f"[bold]{report.split}[/], data {report.data_dir}",
        soft_wrap=True,
    )
    culture(console, report)
    aggregation(console, report)
    resumes(console, report)
    ranking(console, report)
    if show_misses and report.culture is not None:
        misses(console, "culture misses", report.culture.misses)
    if show_misses and report.aggregation is not None:
        misses(console, "aggregation misses", report.aggregation.misses)
    spend(console, report)
