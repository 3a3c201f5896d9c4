"""`matcha demo`: run every job on the loaded sample, printing what each found."""

from __future__ import annotations

import uuid
from typing import Any

from rich.console import Console
from sqlalchemy.orm import Session

from matcha.cli import render
from matcha.demo.loader import Sample, load_sample
from matcha.jobs import aggregate_culture, analyze_interview, match_company, match_position
from matcha.jobs.engine.runner import run_sync
from matcha.jobs.registry import JobKind


def _run(session: Session, kind: JobKind, subject_id: uuid.UUID) -> dict[str, Any]:
    result = run_sync(session, kind, subject_id, {})
    return result.model_dump(mode="json")


def run_demo(session: Session, console: Console) -> Sample:
    """Load the sample and run all four jobs on it, printing what they found."""
    sample = load_sample(session)
    console.print(
        f"[green]loaded[/] {len(sample.companies)} companies, {len(sample.interviews)} interviews, "
        f"{len(sample.positions)} positions, {len(sample.candidates)} candidates"
    )
    for interview_id in sample.interviews:
        _run(session, analyze_interview.SPEC.kind, interview_id)
    console.print(f"analysed {len(sample.interviews)} interviews")
    for key, company_id in sample.companies.items():
        console.rule(key)
        render.aggregation(console, _run(session, aggregate_culture.SPEC.kind, company_id))
        render.company_matches(console, _run(session, match_company.SPEC.kind, company_id))
    for position_id in sample.positions:
        render.position_matches(console, _run(session, match_position.SPEC.kind, position_id))
    return sample
