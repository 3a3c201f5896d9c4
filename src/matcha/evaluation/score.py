"""Answers turned into the report's sections: every figure of one measure, and its misses."""

from __future__ import annotations

from matcha.ai.schemas import CULTURE_DIMENSIONS, CandidateProfile, CultureData
from matcha.evaluation import metrics
from matcha.evaluation.dataset import CompanyCase, PositionCase, Split
from matcha.evaluation.report import (
    AggregationReport,
    CompanyAggregation,
    CultureReport,
    DimensionScore,
    Miss,
    PositionResult,
    ResumeReport,
    ResumeResult,
)

RANK_AT = 5


def _first(evidence: list[str]) -> str:
    return evidence[0] if evidence else ""


def _score(
    labels: dict[str, str], answer: CultureData, file: str, dims: dict[str, DimensionScore]
) -> tuple[DimensionScore, list[Miss]]:
    """Tally one answer into the per-dimension scores; return its own score and its misses."""
    own, misses = DimensionScore(), []
    for name in CULTURE_DIMENSIONS:
        dimension = answer.dimension(name)
        label = labels.get(name)
        dims.setdefault(name, DimensionScore()).add(label, dimension.value)
        if own.add(label, dimension.value) in ("wrong", "unknown"):
            misses.append(
                Miss(
                    file=file,
                    dimension=name,
                    label=label or "",
                    predicted=dimension.value,
                    evidence=_first(dimension.evidence),
                )
            )
    return own, misses


def _overall(dims: dict[str, DimensionScore]) -> DimensionScore:
    total = DimensionScore()
    for score in dims.values():
        for field in ("labelled", "correct", "unknown", "unlabelled", "guessed"):
            setattr(total, field, getattr(total, field) + getattr(score, field))
    return total


def culture(split: Split, answers: dict[str, CultureData]) -> CultureReport:
    report = CultureReport(transcripts=len(split.interviews))
    for interview in split.interviews:
        _, misses = _score(
            interview.labels, answers[interview.id], interview.file, report.dimensions
        )
        report.misses += misses
    report.overall = _overall(report.dimensions)
    return report


def aggregated(companies: list[CompanyCase], answers: dict[str, CultureData]) -> AggregationReport:
    report = AggregationReport()
    for company in companies:
        assert company.profile is not None  # the run passes only companies with a profile
        own, misses = _score(company.profile, answers[company.id], company.id, report.dimensions)
        report.companies.append(
            CompanyAggregation(company=company.id, interviews=len(company.interviews), score=own)
        )
        report.misses += misses
    report.overall = _overall(report.dimensions)
    return report


def resumes(split: Split, profiles: dict[str, CandidateProfile]) -> ResumeReport:
    report = ResumeReport()
    for case in split.resumes:
        labels, parsed = case.labels, profiles[case.id]
        found = {metrics.skill_key(s) for s in parsed.skills}
        accepted = set().union(*(metrics.skill_alternatives(s) for s in labels.skills))
        report.resumes.append(
            ResumeResult(
                id=case.id,
                name_label=labels.name,
                name_parsed=parsed.name,
                years_label=labels.experience_years,
                years_parsed=parsed.experience_years,
                skills_recall=metrics.skills_recall(labels.skills, parsed.skills),
                skills_precision=metrics.skills_precision(labels.skills, parsed.skills),
                education=metrics.education_found(labels.education, parsed.education),
                skills_missed=[
                    s for s in labels.skills if not metrics.skill_alternatives(s) & found
                ],
                skills_extra=[s for s in parsed.skills if metrics.skill_key(s) not in accepted],
            )
        )
    return report


def ranked(
    position: PositionCase, scores: dict[str, int], years: dict[str, float]
) -> PositionResult:
    """The position's candidates by score, best first (ties by id), measured against grades.
    A candidate whose answer failed has score -1: last."""
    order = sorted(scores, key=lambda rid: (-scores[rid], rid))
    grades = [position.relevance[rid].grade for rid in order]
    labelled_years = [
        (rel.relevant_years, years[rid])
        for rid, rel in position.relevance.items()
        if rel.relevant_years is not None and rid in years
    ]
    return PositionResult(
        id=position.id,
        title=position.title,
        ranking=order,
        grades=grades,
        ndcg_at_5=metrics.ndcg_at(grades, RANK_AT),
        top_is_strong=bool(grades) and grades[0] == 3,
        grade0_in_top_half=metrics.grade0_in_top_half(grades),
        grade0_in_top_half_at_best=metrics.grade0_in_top_half(sorted(grades, reverse=True)),
        top_half=metrics.top_half(len(grades)),
        relevant_years_mae=metrics.mean_abs_error(labelled_years),
    )
