"""Candidate-to-position fit: normalised skills, experience band and culture, weighted."""

from __future__ import annotations

from typing import get_args

from matcha.ai.embedded.culture_match import match_culture
from matcha.ai.embedded.skills import normalize_skills, with_implied
from matcha.ai.schemas import (
    POSITION_WEIGHTS,
    CandidateProfile,
    CultureData,
    ExperienceBreakdown,
    ExperienceLevel,
    PositionCultureBreakdown,
    PositionMatch,
    PositionSpec,
    SkillsBreakdown,
)

LEVELS: tuple[str, ...] = get_args(ExperienceLevel)
NEUTRAL_CULTURE = 70
NEUTRAL_SKILLS = 60
LEVEL_GAP_SCORES = (100, 70, 40, 15, 5)
REQUIRED_SHARE = 0.8  # required skills dominate; preferred ones add the rest


def _clamp(value: float) -> int:
    return max(0, min(100, round(value)))


def skills_breakdown(position: PositionSpec, candidate: CandidateProfile) -> SkillsBreakdown:
    """Required and preferred skills compared by canonical name."""
    have = {s.lower() for s in with_implied(candidate.skills)}
    required = normalize_skills(position.required_skills)
    preferred = [s for s in normalize_skills(position.preferred_skills) if s not in required]
    matched = [s for s in required if s.lower() in have]
    missing = [s for s in required if s.lower() not in have]
    bonus = [s for s in preferred if s.lower() in have]
    req_ratio = len(matched) / len(required) if required else None
    pref_ratio = len(bonus) / len(preferred) if preferred else None
    score: float
    if req_ratio is None and pref_ratio is None:
        score, why = NEUTRAL_SKILLS, "The position lists no skills, so skills are neutral."
    else:
        if req_ratio is None:
            score = 100 * (pref_ratio or 0.0)
        elif pref_ratio is None:
            score = 100 * req_ratio
        else:
            score = 100 * (REQUIRED_SHARE * req_ratio + (1 - REQUIRED_SHARE) * pref_ratio)
        why = (
            f"Has {len(matched)} of {len(required)} required skills"
            + (f" (missing {', '.join(missing)})" if missing else "")
            + f" and {len(bonus)} of {len(preferred)} preferred."
        )
    return SkillsBreakdown(
        score=_clamp(score),
        matched_required=matched,
        missing_required=missing,
        matched_preferred=bonus,
        reasoning=why,
    )


def experience_breakdown(
    position: PositionSpec, candidate: CandidateProfile
) -> ExperienceBreakdown:
    """Level gap and years against the position's band, each scored, then averaged."""
    years = candidate.experience_years
    parts: list[float] = []
    reasons: list[str] = []
    if position.experience_level:
        gap = abs(LEVELS.index(candidate.level) - LEVELS.index(position.experience_level))
        parts.append(LEVEL_GAP_SCORES[min(gap, len(LEVEL_GAP_SCORES) - 1)])
        reasons.append(
            f"level {candidate.level} vs required {position.experience_level}"
            + (" (match)" if gap == 0 else f" ({gap} step{'s' if gap > 1 else ''} apart)")
        )
    low, high = position.min_years, position.max_years
    if low is not None or high is not None:
        if low is not None and years < low:
            parts.append(100 - 20 * (low - years))
            reasons.append(f"{years:g} years is below the minimum of {low:g}")
        elif high is not None and years > high:
            parts.append(100 - 6 * (years - high))
            reasons.append(f"{years:g} years is above the range's top of {high:g}")
        else:
            parts.append(100)
            reasons.append(f"{years:g} years is within the range")
    score = sum(parts) / len(parts) if parts else 70
    text = ("; ".join(reasons) or "no experience requirement stated (neutral)").capitalize() + "."
    return ExperienceBreakdown(
        score=_clamp(score),
        candidate_level=candidate.level,
        required_level=position.experience_level,
        years_relevant=years,
        reasoning=text,
    )


def _culture(profile: CultureData | None, candidate: CandidateProfile) -> PositionCultureBreakdown:
    if profile is None:
        return PositionCultureBreakdown(
            score=NEUTRAL_CULTURE, reasoning="No culture profile for this company yet (neutral)."
        )
    match = match_culture(profile, candidate)
    return PositionCultureBreakdown(
        score=match.match_score,
        reasoning=match.match_reasoning,
        strengths=match.strengths,
        concerns=match.concerns,
    )


def match_position(
    position: PositionSpec, candidate: CandidateProfile, profile: CultureData | None
) -> PositionMatch:
    """Skills, experience and culture for one candidate and one position, weighted."""
    skills = skills_breakdown(position, candidate)
    experience = experience_breakdown(position, candidate)
    culture = _culture(profile, candidate)
    overall = _clamp(
        skills.score * POSITION_WEIGHTS["skills"]
        + experience.score * POSITION_WEIGHTS["experience"]
        + culture.score * POSITION_WEIGHTS["culture"]
    )
    focus = [f"Probe depth in {s}" for s in skills.missing_required[:5]]
    if experience.score < 70:
        focus.append(f"Explore experience fit: {experience.reasoning}")
    focus.extend(f"Culture: {c}" for c in culture.concerns[:3])
    verdict = "strong" if overall >= 75 else "moderate" if overall >= 55 else "weak"
    reasoning = (
        f"{verdict.capitalize()} match for {position.title} ({overall}/100): skills "
        f"{skills.score}, experience {experience.score}, culture {culture.score}. "
        f"{skills.reasoning} {experience.reasoning}"
    )
    return PositionMatch(
        overall_score=overall,
        skills_match_score=skills.score,
        experience_match_score=experience.score,
        culture_fit_score=culture.score,
        match_reasoning=reasoning,
        skills_breakdown=skills,
        experience_breakdown=experience,
        culture_fit_breakdown=culture,
        interview_focus_areas=focus[:10],
    )
