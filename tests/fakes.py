"""A scripted AI provider for tests of the job machinery (not of the analysis itself)."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Sequence

from matcha.ai.schemas import (
    CandidateProfile,
    ConversationAnalysis,
    CoverageCompleteness,
    CultureData,
    CultureFitBreakdown,
    CultureMatch,
    Dimension,
    ExperienceBreakdown,
    FitScore,
    PositionCultureBreakdown,
    PositionMatch,
    PositionSpec,
    ResponseDepth,
    ScreeningAnalysis,
    ScreeningAttribute,
    SkillsBreakdown,
)


class FakeProvider:
    """Valid, simple outputs; counts calls; raises `fail_with` when set."""

    name = "fake"
    model = "fake-1"

    def __init__(self) -> None:
        self.calls: Counter[str] = Counter()
        self.fail_with: BaseException | None = None
        self._lock = threading.Lock()

    def _call(self, what: str) -> None:
        with self._lock:
            self.calls[what] += 1
        if self.fail_with is not None:
            raise self.fail_with

    def extract_culture(self, transcript: str) -> CultureData:
        self._call("extract_culture")
        return CultureData(pace=Dimension(value="steady", evidence=[transcript[:50]]))

    def analyze_conversation(self, transcript: str, kind: str) -> ConversationAnalysis:
        self._call("analyze_conversation")
        return ConversationAnalysis(
            coverage_completeness=CoverageCompleteness(
                overall_score=50, dimensions_covered=[], dimensions_missed=[], coverage_details={}
            ),
            response_depth=ResponseDepth(
                overall_score=50,
                specific_examples_count=0,
                vague_responses_count=0,
                response_analysis=[],
            ),
            missed_opportunities=[],
            prompt_improvement_suggestions=[],
            interview_summary=f"{kind} interview",
        )

    def analyze_screening(self, transcript: str) -> ScreeningAnalysis:
        self._call("analyze_screening")
        attr = ScreeningAttribute(score=70)
        return ScreeningAnalysis(
            communication_clarity=attr,
            engagement_energy=attr,
            critical_thinking=attr,
            professionalism=attr,
            overall_score=70,
            recommendation="pass",
            summary="ok",
        )

    def aggregate_culture(self, interviews: Sequence[CultureData]) -> CultureData:
        self._call("aggregate_culture")
        return CultureData(culture_summary=f"{len(interviews)} interviews")

    def match_culture(self, profile: CultureData, candidate: CandidateProfile) -> CultureMatch:
        self._call("match_culture")
        fit = FitScore(score=len(candidate.skills) * 10 % 101, reasoning="fake")
        return CultureMatch(
            match_score=fit.score,
            match_reasoning="fake",
            culture_fit_breakdown=CultureFitBreakdown(
                collaboration_fit=fit,
                pace_fit=fit,
                values_alignment=fit,
                growth_fit=fit,
                work_style_fit=fit,
            ),
        )

    def match_position(
        self, position: PositionSpec, candidate: CandidateProfile, profile: CultureData | None
    ) -> PositionMatch:
        self._call("match_position")
        score = min(100, len(candidate.skills) * 10)
        return PositionMatch(
            overall_score=score,
            skills_match_score=score,
            experience_match_score=50,
            culture_fit_score=70,
            match_reasoning="fake",
            skills_breakdown=SkillsBreakdown(
                score=score,
                matched_required=[],
                missing_required=[],
                matched_preferred=[],
                reasoning="fake",
            ),
            experience_breakdown=ExperienceBreakdown(
                score=50,
                candidate_level="mid",
                required_level=None,
                years_relevant=0,
                reasoning="fake",
            ),
            culture_fit_breakdown=PositionCultureBreakdown(score=70, reasoning="fake"),
        )
