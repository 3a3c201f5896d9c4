"""The structured outputs of every AI job.

The embedded analyzer and any real LLM provider must produce exactly these shapes; LLM output is
validated against them before anything is written. `extra="forbid"` and bounded ranges make a
model's invented fields or out-of-range scores an error rather than data.
"""

from __future__ import annotations

from typing import Annotated, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

Score = Annotated[int, Field(ge=0, le=100)]
Sentence = Annotated[str, Field(max_length=1000)]
Evidence = Annotated[list[Sentence], Field(max_length=8)]
ShortText = Annotated[str, Field(max_length=4000)]
Phrases = Annotated[list[Annotated[str, Field(max_length=200)]], Field(max_length=30)]
InterviewKind = Literal["culture", "candidate", "screening"]  # what a conversation is reviewed as


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)


# --- culture -------------------------------------------------------------------------------

UNKNOWN = "unknown"
CollaborationStyle = Literal["highly_collaborative", "independent", "mixed", "unknown"]
Communication = Literal["async_first", "sync_heavy", "balanced", "unknown"]
Pace = Literal["fast_startup", "steady", "slow_methodical", "unknown"]
Hierarchy = Literal["flat", "moderate", "hierarchical", "unknown"]
WorkLifeBalance = Literal["flexible", "structured", "demanding", "unknown"]
GrowthFocus = Literal["promotion_track", "skill_development", "both", "unknown"]
DecisionMaking = Literal["consensus", "top_down", "autonomous", "unknown"]
RemotePolicy = Literal["fully_remote", "hybrid", "in_office", "unknown"]
TeamSize = Literal["small", "medium", "large", "unknown"]

V = TypeVar("V", bound=str)


Confidence = Annotated[float, Field(ge=0, le=1)]


class Dimension(Strict, Generic[V]):
    """One culture dimension: its value, the sentences behind it and how sure the reading is."""

    value: V
    evidence: Evidence = Field(
        default_factory=list, description="Sentences copied verbatim from the text (up to 3)."
    )
    confidence: Confidence | None = Field(
        default=None,  # None when the provider did not say
        description="How clearly the text supports the value, 0-1; null when unknown.",
    )


# Dimension name -> the values it may take (without "unknown"), in a stable order.
CULTURE_DIMENSIONS: dict[str, tuple[str, ...]] = {
    "collaboration_style": ("highly_collaborative", "independent", "mixed"),
    "communication": ("async_first", "sync_heavy", "balanced"),
    "pace": ("fast_startup", "steady", "slow_methodical"),
    "hierarchy": ("flat", "moderate", "hierarchical"),
    "work_life_balance": ("flexible", "structured", "demanding"),
    "growth_focus": ("promotion_track", "skill_development", "both"),
    "decision_making": ("consensus", "top_down", "autonomous"),
    "remote_policy": ("fully_remote", "hybrid", "in_office"),
    "team_size": ("small", "medium", "large"),
}


class CultureData(Strict):
    """Culture extracted from one interview, or aggregated into a company's profile."""

    collaboration_style: Dimension[CollaborationStyle] = Field(
        default_factory=lambda: Dimension[CollaborationStyle](value="unknown")
    )
    communication: Dimension[Communication] = Field(
        default_factory=lambda: Dimension[Communication](value="unknown")
    )
    pace: Dimension[Pace] = Field(default_factory=lambda: Dimension[Pace](value="unknown"))
    hierarchy: Dimension[Hierarchy] = Field(
        default_factory=lambda: Dimension[Hierarchy](value="unknown")
    )
    work_life_balance: Dimension[WorkLifeBalance] = Field(
        default_factory=lambda: Dimension[WorkLifeBalance](value="unknown")
    )
    growth_focus: Dimension[GrowthFocus] = Field(
        default_factory=lambda: Dimension[GrowthFocus](value="unknown")
    )
    decision_making: Dimension[DecisionMaking] = Field(
        default_factory=lambda: Dimension[DecisionMaking](value="unknown")
    )
    remote_policy: Dimension[RemotePolicy] = Field(
        default_factory=lambda: Dimension[RemotePolicy](value="unknown")
    )
    team_size: Dimension[TeamSize] = Field(
        default_factory=lambda: Dimension[TeamSize](value="unknown")
    )
    values: Phrases = Field(default_factory=list)
    key_traits: Phrases = Field(default_factory=list)
    red_flags_for_candidates: Phrases = Field(default_factory=list)
    culture_summary: ShortText = ""

    def dimension(self, name: str) -> Dimension[str]:
        """The dimension called `name` (one of CULTURE_DIMENSIONS)."""
        value: Dimension[str] = getattr(self, name)
        return value


# --- conversation analysis ---------------------------------------------------------------

Depth = Literal["deep", "shallow", "none"]


class DimensionCoverage(Strict):
    covered: bool
    depth: Depth
    evidence: Evidence = Field(default_factory=list)


class CoverageCompleteness(Strict):
    overall_score: Score
    dimensions_covered: list[str]
    dimensions_missed: list[str]
    coverage_details: dict[str, DimensionCoverage]


class ResponseAnalysis(Strict):
    question_summary: Annotated[str, Field(max_length=500)]
    response_quality: Literal["specific", "somewhat_specific", "vague"]
    actionability: Literal["high", "medium", "low"]
    notes: Annotated[str, Field(max_length=1000)] = ""


class ResponseDepth(Strict):
    overall_score: Score
    specific_examples_count: Annotated[int, Field(ge=0)]
    vague_responses_count: Annotated[int, Field(ge=0)]
    response_analysis: Annotated[list[ResponseAnalysis], Field(max_length=100)]


class MissedOpportunity(Strict):
    topic: Annotated[str, Field(max_length=200)]
    suggested_followup: Annotated[str, Field(max_length=1000)]
    reason: Annotated[str, Field(max_length=1000)]


class PromptSuggestion(Strict):
    category: Literal["follow_up_depth", "topic_coverage", "question_phrasing", "conversation_flow"]
    current_behavior: Annotated[str, Field(max_length=1000)]
    suggested_improvement: Annotated[str, Field(max_length=1000)]
    priority: Literal["high", "medium", "low"]


class ConversationAnalysis(Strict):
    """How well the interview itself was run: coverage, depth, missed follow-ups."""

    coverage_completeness: CoverageCompleteness
    response_depth: ResponseDepth
    missed_opportunities: Annotated[list[MissedOpportunity], Field(max_length=30)]
    prompt_improvement_suggestions: Annotated[list[PromptSuggestion], Field(max_length=30)]
    interview_summary: ShortText


# --- screening --------------------------------------------------------------------------

Recommendation = Literal["strong_pass", "pass", "borderline", "fail"]


class ScreeningAttribute(Strict):
    score: Score
    evidence: Annotated[list[Sentence], Field(max_length=3)] = Field(default_factory=list)
    notes: Annotated[str, Field(max_length=1000)] = ""


class ScreeningAnalysis(Strict):
    """A first-round screen of a candidate: four weighted attributes and a recommendation."""

    communication_clarity: ScreeningAttribute
    engagement_energy: ScreeningAttribute
    critical_thinking: ScreeningAttribute
    professionalism: ScreeningAttribute
    overall_score: Score
    recommendation: Recommendation
    summary: ShortText


SCREENING_WEIGHTS: dict[str, float] = {
    "communication_clarity": 0.30,
    "engagement_energy": 0.25,
    "critical_thinking": 0.25,
    "professionalism": 0.20,
}


# --- candidates ---------------------------------------------------------------------------

ExperienceLevel = Literal["entry", "mid", "senior", "lead", "executive"]


class Education(Strict):
    degree: str | None = None
    field: str | None = None
    institution: str | None = None
    year: int | None = None


class WorkHistoryItem(Strict):
    title: str | None = None
    company: str | None = None
    start_year: int | None = None
    end_year: int | None = None
    years: float | None = None
    skills: list[str] = Field(default_factory=list)  # named in this role's title and bullets


class WorkStyleSignal(Strict):
    """A culture preference the résumé shows, with the sentences behind it."""

    dimension: str
    value: str
    evidence: Evidence = Field(default_factory=list)


class CandidateProfile(Strict):
    """A résumé parsed into what matching needs. Produced by the embedded parser."""

    name: str | None = None
    email: str | None = None
    phone: str | None = None
    skills: list[str] = Field(default_factory=list)
    experience_years: float = 0.0
    level: ExperienceLevel = "entry"
    roles: list[str] = Field(default_factory=list)
    education: list[Education] = Field(default_factory=list)
    work_history: list[WorkHistoryItem] = Field(default_factory=list)
    work_style: list[WorkStyleSignal] = Field(default_factory=list)
    values: list[str] = Field(default_factory=list)
    summary: str = ""


# --- matching -----------------------------------------------------------------------------


class FitScore(Strict):
    score: Score
    reasoning: ShortText


class CultureFitBreakdown(Strict):
    collaboration_fit: FitScore
    pace_fit: FitScore
    values_alignment: FitScore
    growth_fit: FitScore
    work_style_fit: FitScore


CULTURE_FIT_WEIGHTS: dict[str, float] = {
    "collaboration_fit": 0.2,
    "pace_fit": 0.2,
    "values_alignment": 0.2,
    "growth_fit": 0.15,
    "work_style_fit": 0.25,
}
"""How a culture match's five fits make its match_score (the embedded's rule, stated to models)."""


class CultureMatch(Strict):
    """How well one candidate fits one company's culture."""

    match_score: Score
    match_reasoning: ShortText
    culture_fit_breakdown: CultureFitBreakdown
    strengths: Phrases = Field(default_factory=list)
    concerns: Phrases = Field(default_factory=list)
    interview_suggestions: Phrases = Field(default_factory=list)


class PositionSpec(Strict):
    """What a position asks for, independent of how it is stored."""

    title: str
    description: str = ""
    required_skills: list[str] = Field(default_factory=list)
    preferred_skills: list[str] = Field(default_factory=list)
    experience_level: ExperienceLevel | None = None
    min_years: float | None = None
    max_years: float | None = None
    remote_policy: Literal["remote", "hybrid", "onsite"] | None = None
    requirements: list[str] = Field(default_factory=list)
    responsibilities: list[str] = Field(default_factory=list)


class SkillsBreakdown(Strict):
    score: Score
    matched_required: list[str]
    missing_required: list[str]
    matched_preferred: list[str]
    reasoning: ShortText


class ExperienceBreakdown(Strict):
    score: Score
    candidate_level: ExperienceLevel
    required_level: ExperienceLevel | None
    years_relevant: float  # in roles that used the position's skills or title family
    reasoning: ShortText
    years_total: float | None = None  # all professional years, for comparison


class PositionCultureBreakdown(Strict):
    score: Score
    reasoning: ShortText
    strengths: Phrases = Field(default_factory=list)
    concerns: Phrases = Field(default_factory=list)


POSITION_WEIGHTS: dict[str, float] = {"skills": 0.4, "experience": 0.3, "culture": 0.3}

Weight = Annotated[float, Field(ge=0, le=1)]


class PositionWeights(Strict):
    """How much each part counts in a position match's overall score (they sum to 1)."""

    skills: Weight = POSITION_WEIGHTS["skills"]
    experience: Weight = POSITION_WEIGHTS["experience"]
    culture: Weight = POSITION_WEIGHTS["culture"]

    @model_validator(mode="after")
    def _sum_to_one(self) -> PositionWeights:
        if abs(self.skills + self.experience + self.culture - 1) > 0.01:
            raise ValueError("weights must sum to 1")
        return self


class PositionMatch(Strict):
    """How well one candidate fits one position: skills, experience and culture."""

    overall_score: Score
    skills_match_score: Score
    experience_match_score: Score
    culture_fit_score: Score
    match_reasoning: ShortText
    skills_breakdown: SkillsBreakdown
    experience_breakdown: ExperienceBreakdown
    culture_fit_breakdown: PositionCultureBreakdown
    interview_focus_areas: Phrases = Field(default_factory=list)
    # False when the candidate has none of the required skills; such a candidate's overall score
    # stays below every qualified candidate's, so ranking by score keeps them apart.
    qualified: bool = True
    weights: PositionWeights = Field(default_factory=PositionWeights)
