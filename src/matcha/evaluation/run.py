"""Run one provider over one split and measure its answers against the labels."""

from __future__ import annotations

import contextvars
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import Generic, TypeVar

from matcha.ai import usage
from matcha.ai.embedded.resume import parse_resume
from matcha.ai.provider import AIProvider
from matcha.ai.schemas import CandidateProfile, CultureData, PositionSpec
from matcha.errors import ProviderError
from matcha.evaluation import score
from matcha.evaluation.dataset import CompanyCase, PositionCase, Split
from matcha.evaluation.report import Failure, RankingReport, Report, Spend

# The labels count "present" as January 2026 (eval/README.md); a fixed day, so that a
# résumé's "2019 – present" means the same on every run.
AS_OF = date(2026, 1, 31)

R = TypeVar("R")
Progress = Callable[[str, int], None]  # (task, items just finished)


@dataclass
class _Outcome(Generic[R]):
    value: R | None
    failure: Failure | None = None


class _Runner:
    """Provider calls, in a bounded pool when `workers` > 1; an answer that failed validation
    is recorded as a failure, anything else (auth, budget, network) stops the run."""

    def __init__(self, workers: int, progress: Progress | None) -> None:
        self.workers = max(1, workers)
        self.progress = progress
        self.failures: list[Failure] = []

    def _one(self, task: str, key: str, call: Callable[[], R]) -> _Outcome[R]:
        try:
            return _Outcome(call())
        except ProviderError as exc:
            if exc.code != "invalid_output":
                raise
            return _Outcome(None, Failure(task=task, item=key, code=exc.code, message=exc.message))
        finally:
            if self.progress is not None:
                self.progress(task, 1)

    def map(self, task: str, calls: Sequence[tuple[str, Callable[[], R]]]) -> list[R | None]:
        """Each call's answer (None where it failed), in the order given."""
        if self.workers == 1 or len(calls) <= 1:
            outcomes = [self._one(task, key, call) for key, call in calls]
        else:
            with ThreadPoolExecutor(self.workers, thread_name_prefix="matcha-eval") as pool:
                # A copy of this context per call: the usage counter lives in it.
                futures = [
                    pool.submit(contextvars.copy_context().run, self._one, task, key, call)
                    for key, call in calls
                ]
                try:
                    outcomes = [future.result() for future in futures]
                except BaseException:
                    pool.shutdown(wait=True, cancel_futures=True)
                    raise
        self.failures += [o.failure for o in outcomes if o.failure is not None]
        return [o.value for o in outcomes]


def position_spec(position: PositionCase) -> PositionSpec:
    return PositionSpec(
        title=position.title,
        description=position.description,
        required_skills=position.required_skills,
        preferred_skills=position.preferred_skills,
        experience_level=position.experience_level,
        min_years=position.min_years,
        max_years=position.max_years,
    )


def _aggregated_companies(split: Split) -> list[CompanyCase]:
    return [c for c in split.companies if c.profile is not None and len(c.interviews) >= 2]


def planned_calls(split: Split) -> dict[str, int]:
    """How many provider answers each task asks for (for a progress bar)."""
    return {
        "culture": len(split.interviews),
        "aggregation": len(_aggregated_companies(split)),
        "ranking": len(split.positions) * len(split.resumes),
    }


def run_split(
    provider: AIProvider, split: Split, *, workers: int = 1, progress: Progress | None = None
) -> Report:
    """Every measure the split's files allow, with the provider's calls, tokens and time."""
    runner = _Runner(workers, progress)
    report = Report(
        split=split.name,
        data_dir=str(split.root.parent),
        provider=provider.name,
        model=provider.model,
    )
    started = time.perf_counter()
    with usage.tracking() as spent:
        if split.companies:
            texts = split.transcripts
            calls = [
                (i.id, partial(provider.extract_culture, texts[i.id])) for i in split.interviews
            ]
            got = runner.map("culture", calls)
            answers = {i.id: a or CultureData() for i, a in zip(split.interviews, got, strict=True)}
            report.culture = score.culture(split, answers)
            companies = _aggregated_companies(split)
            merged = runner.map(
                "aggregation",
                [
                    (
                        c.id,
                        partial(provider.aggregate_culture, [answers[i.id] for i in c.interviews]),
                    )
                    for c in companies
                ],
            )
            profiles = {c.id: m or CultureData() for c, m in zip(companies, merged, strict=True)}
            report.aggregation = score.aggregated(companies, profiles)
        if split.resumes:
            parsed = {
                r.id: parse_resume(split.resume_texts[r.id], today=AS_OF) for r in split.resumes
            }
            report.resumes = score.resumes(split, parsed)
            report.ranking = _rank(provider, split, parsed, runner)
    report.failures = runner.failures
    report.spend = Spend(
        calls=spent.calls,
        tokens_in=spent.tokens_in,
        tokens_out=spent.tokens_out,
        wall_seconds=round(time.perf_counter() - started, 3),
    )
    return report


def _rank(
    provider: AIProvider, split: Split, parsed: dict[str, CandidateProfile], runner: _Runner
) -> RankingReport:
    pairs = [(p, r.id) for p in split.positions for r in split.resumes]
    specs = {p.id: position_spec(p) for p in split.positions}
    answers = runner.map(
        "ranking",
        [
            (f"{p.id}/{rid}", partial(provider.match_position, specs[p.id], parsed[rid], None))
            for p, rid in pairs
        ],
    )
    report = RankingReport()
    for position in split.positions:
        scores: dict[str, int] = {}
        years: dict[str, float] = {}
        for (p, rid), match in zip(pairs, answers, strict=True):
            if p.id != position.id:
                continue
            scores[rid] = match.overall_score if match is not None else -1
            if match is not None:
                years[rid] = match.experience_breakdown.years_relevant
        report.positions.append(score.ranked(position, scores, years))
    return report
