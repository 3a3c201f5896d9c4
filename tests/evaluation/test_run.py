"""A run over the tiny set with a scripted provider, so every figure is known in advance."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from matcha.ai import usage
from matcha.ai.schemas import (
    CandidateProfile,
    CultureData,
    Dimension,
    PositionMatch,
    PositionSpec,
)
from matcha.errors import ProviderError
from matcha.evaluation.dataset import load_split
from matcha.evaluation.run import run_split
from tests.canned import POSITION_MATCH
from tests.evaluation.tiny_set import LABELLED, UNLABELLED

# What the scripted model answers: a score per (position title, candidate name).
SCORES = {
    ("Backend Engineer", "Ada Stone"): 90,
    ("Backend Engineer", "Ben Ortiz"): 40,
    ("Backend Engineer", "Cleo Park"): 60,
    ("Frontend Developer", "Ada Stone"): 50,
    ("Frontend Developer", "Ben Ortiz"): 50,
    ("Frontend Developer", "Cleo Park"): 10,
}


class Scripted:
    """Every interview: fully remote (right twice, wrong once), pace `unknown` (one miss),
    hierarchy flat (a guess twice, wrong once); the rest unknown."""

    name = "scripted"
    model = "scripted-1"

    def __init__(self, fail_on: str | None = None, code: str = "invalid_output") -> None:
        self.fail_on = fail_on
        self.code = code

    def extract_culture(self, transcript: str) -> CultureData:
        if self.fail_on and self.fail_on in transcript:
            raise ProviderError("answer did not validate twice", code=self.code)
        usage.after_call(tokens_in=100, tokens_out=10)
        return CultureData(
            remote_policy=Dimension(value="fully_remote", evidence=["We are remote."]),
            hierarchy=Dimension(value="flat"),
        )

    def aggregate_culture(self, interviews: Sequence[CultureData]) -> CultureData:
        return CultureData(team_size=Dimension(value="small"))

    def match_position(
        self, position: PositionSpec, candidate: CandidateProfile, profile: CultureData | None
    ) -> PositionMatch:
        assert profile is None
        score = SCORES[(position.title, candidate.name or "")]
        years = POSITION_MATCH.experience_breakdown.model_copy(update={"years_relevant": 5.0})
        return POSITION_MATCH.model_copy(
            update={"overall_score": score, "experience_breakdown": years}
        )


@pytest.mark.parametrize("workers", [1, 3])
def test_culture_figures_and_misses(tiny_data: Path, workers: int) -> None:
    report = run_split(Scripted(), load_split(tiny_data, "dev"), workers=workers)  # type: ignore[arg-type]
    culture = report.culture
    assert culture is not None and culture.transcripts == 3
    remote = culture.dimensions["remote_policy"]
    assert (remote.labelled, remote.correct, remote.accuracy) == (3, 2, 2 / 3)
    pace = culture.dimensions["pace"]
    assert (pace.labelled, pace.unknown, pace.unknown_rate) == (1, 1, 1.0)
    hierarchy = culture.dimensions["hierarchy"]
    assert (hierarchy.labelled, hierarchy.correct) == (1, 0)
    assert (hierarchy.unlabelled, hierarchy.guessed, hierarchy.guess_rate) == (2, 2, 1.0)
    assert (culture.overall.labelled, culture.overall.unlabelled) == (LABELLED, UNLABELLED)
    assert culture.overall.correct == 2
    assert culture.overall.guessed == 2 + 0  # only hierarchy is ever named unlabelled
    wrong_remote = [m for m in culture.misses if m.dimension == "remote_policy"]
    assert [(m.file, m.label, m.predicted, m.evidence) for m in wrong_remote] == [
        ("transcripts/t-b-1.txt", "in_office", "fully_remote", "We are remote.")
    ]
    assert len(culture.misses) == LABELLED - 2


def test_aggregation_scores_only_companies_with_a_profile(tiny_data: Path) -> None:
    report = run_split(Scripted(), load_split(tiny_data, "dev"))  # type: ignore[arg-type]
    agg = report.aggregation
    assert agg is not None and [c.company for c in agg.companies] == ["t-a"]
    assert agg.companies[0].interviews == 2
    # the profile labels remote_policy, team_size, decision_making; only team_size is right
    assert (agg.overall.labelled, agg.overall.correct) == (3, 1)
    assert {m.dimension for m in agg.misses} == {"remote_policy", "decision_making"}


def test_ranking_sorts_by_score_then_id_and_measures_it(tiny_data: Path) -> None:
    report = run_split(Scripted(), load_split(tiny_data, "dev"))  # type: ignore[arg-type]
    assert report.ranking is not None
    backend, frontend = report.ranking.positions
    assert backend.ranking == ["r1", "r3", "r2"] and backend.grades == [3, 0, 1]
    assert backend.top_is_strong and backend.grade0_in_top_half == 0  # top half is 1 place
    assert frontend.grade0_in_top_half_at_best == 0
    assert backend.ndcg_at_5 == pytest.approx((7 + 1 / 2) / (7 + 1 / 1.5849625007211563))
    assert frontend.ranking == ["r1", "r2", "r3"]  # a tie at 50: r1 before r2
    assert not frontend.top_is_strong
    # relevant years: the model says 5 for all; labels 7 and 0 (backend), 1 and 4 (frontend)
    assert backend.relevant_years_mae == 3.5
    assert frontend.relevant_years_mae == 2.5
    assert report.ranking.top_is_strong == 0.5
    assert report.ranking.mean_relevant_years_mae == 3.0


def test_resume_fields_are_measured_on_the_embedded_parse(tiny_data: Path) -> None:
    report = run_split(Scripted(), load_split(tiny_data, "dev"))  # type: ignore[arg-type]
    assert report.resumes is not None
    assert [r.id for r in report.resumes.resumes] == ["r1", "r2", "r3"]
    r1 = report.resumes.resumes[0]
    assert r1.skills_recall.total == 4 and r1.education.total == 1
    assert r1.skills_recall.hit + len(r1.skills_missed) == 4


def test_calls_and_tokens_are_counted(tiny_data: Path) -> None:
    report = run_split(Scripted(), load_split(tiny_data, "dev"), workers=2)  # type: ignore[arg-type]
    assert (report.spend.calls, report.spend.tokens_in, report.spend.tokens_out) == (3, 300, 30)
    assert report.spend.wall_seconds >= 0
    assert (report.provider, report.model) == ("scripted", "scripted-1")


def test_an_answer_that_fails_validation_counts_as_wrong_and_the_run_goes_on(
    tiny_data: Path,
) -> None:
    report = run_split(
        Scripted(fail_on="Everyone works in the office"), load_split(tiny_data, "dev")
    )  # type: ignore[arg-type]
    assert [(f.task, f.item, f.code) for f in report.failures] == [
        ("culture", "t-b-1", "invalid_output")
    ]
    assert report.culture is not None
    remote = report.culture.dimensions["remote_policy"]
    assert (remote.labelled, remote.correct, remote.unknown) == (3, 2, 1)


@pytest.mark.parametrize("workers", [1, 3])
def test_a_provider_that_cannot_answer_stops_the_run(tiny_data: Path, workers: int) -> None:
    provider = Scripted(fail_on="fully remote company", code="auth_failed")
    with pytest.raises(ProviderError, match="did not validate"):
        run_split(provider, load_split(tiny_data, "dev"), workers=workers)  # type: ignore[arg-type]
