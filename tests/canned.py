"""The one set of canned model outputs: a distinctive, valid answer per schema, so a test can
tell the model's answer from anything matcha computed itself. The fake LLM server answers with
them (tests/ai/llm), and FakeProvider (tests/fakes.py) starts from them."""

from __future__ import annotations

from typing import Any

from matcha.ai.schemas import (
    CandidateProfile,
    ConversationAnalysis,
    CoverageCompleteness,
    CultureData,
    CultureFitBreakdown,
    CultureMatch,
    Dimension,
    DimensionCoverage,
    ExperienceBreakdown,
    FitScore,
    PositionCultureBreakdown,
    PositionMatch,
    ResponseDepth,
    ScreeningAnalysis,
    ScreeningAttribute,
    SkillsBreakdown,
)

CULTURE = CultureData(
    pace=Dimension(
        value="fast_startup", evidence=["We ship to production every day."], confidence=0.82
    ),
    hierarchy=Dimension(
        value="flat", evidence=["Anyone can challenge a decision."], confidence=0.35
    ),
    values=["ownership", "candour"],
    key_traits=["bias to action"],
    culture_summary="FAKE-MODEL culture summary.",
)

CONVERSATION = ConversationAnalysis(
    coverage_completeness=CoverageCompleteness(
        overall_score=61,
        dimensions_covered=["values"],
        dimensions_missed=["growth"],
        coverage_details={"values": DimensionCoverage(covered=True, depth="shallow")},
    ),
    response_depth=ResponseDepth(
        overall_score=42, specific_examples_count=1, vague_responses_count=2, response_analysis=[]
    ),
    missed_opportunities=[],
    prompt_improvement_suggestions=[],
    interview_summary="FAKE-MODEL conversation summary.",
)

SCREENING = ScreeningAnalysis(
    communication_clarity=ScreeningAttribute(score=74),
    engagement_energy=ScreeningAttribute(score=70),
    critical_thinking=ScreeningAttribute(score=68),
    professionalism=ScreeningAttribute(score=80),
    overall_score=72,
    recommendation="pass",
    summary="FAKE-MODEL screening summary.",
)

_FIT = FitScore(score=80, reasoning="FAKE-MODEL fit.")
CULTURE_MATCH = CultureMatch(
    match_score=83,
    match_reasoning="FAKE-MODEL culture match.",
    culture_fit_breakdown=CultureFitBreakdown(
        collaboration_fit=_FIT,
        pace_fit=_FIT,
        values_alignment=_FIT,
        growth_fit=_FIT,
        work_style_fit=_FIT,
    ),
    strengths=["owns outcomes"],
)

POSITION_MATCH = PositionMatch(
    overall_score=77,
    skills_match_score=81,
    experience_match_score=70,
    culture_fit_score=79,
    match_reasoning="FAKE-MODEL position match.",
    skills_breakdown=SkillsBreakdown(
        score=81,
        matched_required=["python"],
        missing_required=[],
        matched_preferred=[],
        reasoning="FAKE-MODEL skills.",
    ),
    experience_breakdown=ExperienceBreakdown(
        score=70,
        candidate_level="senior",
        required_level="senior",
        years_relevant=6.0,
        reasoning="FAKE-MODEL experience.",
    ),
    culture_fit_breakdown=PositionCultureBreakdown(score=79, reasoning="FAKE-MODEL culture."),
)

SUMMARY: dict[str, Any] = {"culture_summary": "FAKE-MODEL aggregated summary."}

BY_SCHEMA: dict[str, Any] = {
    "CultureData": CULTURE,
    "ConversationAnalysis": CONVERSATION,
    "ScreeningAnalysis": SCREENING,
    "CultureSummary": SUMMARY,
    "CultureMatch": CULTURE_MATCH,
    "PositionMatch": POSITION_MATCH,
}


CANDIDATE = CandidateProfile(
    name="Jane Roe",
    email="jane.roe@example.com",
    phone="+1 555 0100",
    skills=["python", "sql"],
    experience_years=6.0,
    level="senior",
    summary="Backend engineer who likes small teams.",
)
