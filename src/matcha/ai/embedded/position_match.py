"""Candidate-to-position fit: normalised skills, experience band and culture, weighted."""

from __future__ import annotations

from typing import get_args

from matcha.ai.embedded.culture_match import match_culture
from matcha.ai.embedded.lapsed import held
from matcha.ai.embedded.relevance import relevant_years, years_away
from matcha.ai.embedded.skills import meets, normalize_skills, with_implied
from matcha.ai.schemas import (
    POSITION_WEIGHTS,
    CandidateProfile,
    CultureData,
    ExperienceBreakdown,
    ExperienceLevel,
    PositionCultureBreakdown,
    PositionMatch,
    PositionSpec,
    PositionWeights,
    SkillsBreakdown,
)

LEVELS: tuple[str, ...] = get_args(ExperienceLevel)
NEUTRAL_CULTURE = 70
NEUTRAL_SKILLS = 60
NEUTRAL_EXPERIENCE = 70
UNQUALIFIED_CAP = 30  # the most a candidate with none of the required skills can score
QUALIFIED_FLOOR = UNQUALIFIED_CAP + 1
# Years below each limit imply a level (as in the résumé parser).
LEVEL_LIMITS: tuple[tuple[float, ExperienceLevel], ...] = (
    (2, "entry"), (5, "mid"), (8, "senior"), (12, "lead"),
)  # fmt: skip
LEVEL_GAP_SCORES = (100, 70, 40, 15, 5)
AWAY_GRACE = 2  # years out of the field that cost nothing (a break, a short detour)
AWAY_COST = 10  # points of experience score per further year out of the field
AWAY_MAX = 50
PHRASE_LIMIT = 200  # the schema's longest interview focus area
REQUIRED_SHARE = 0.8  # required skills dominate; preferred ones add the rest


def _clamp(value: float) -> int:
    return max(0, min(100, round(value)))


def skills_breakdown(position: PositionSpec, candidate: CandidateProfile) -> SkillsBreakdown:
    """Required and preferred skills compared by canonical name."""
    have = {s.lower() for s in with_implied(held(candidate.skills))}
    required = normalize_skills(position.required_skills)
    preferred = [s for s in normalize_skills(position.preferred_skills) if s not in required]
    matched = [s for s in required if meets(s, have)]
    missing = [s for s in required if not meets(s, have)]
    bonus = [s for s in preferred if meets(s, have)]
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


def _level_for(years: float) -> ExperienceLevel:
    return next((level for limit, level in LEVEL_LIMITS if years < limit), "executive")


def experience_breakdown(
    position: PositionSpec, candidate: CandidateProfile
) -> ExperienceBreakdown:
    """Relevant years and level against the position's, each scored, then averaged. The level
    is the title's, but no higher than the relevant years support."""
    years = relevant_years(position, candidate)
    level = candidate.level
    if LEVELS.index(_level_for(years)) < LEVELS.index(level):
        level = _level_for(years)
    parts: list[float] = []
    reasons = [
        f"{years:g} of {candidate.experience_years:g} years were in roles like this one"
        if years < candidate.experience_years
        else f"all {years:g} years were in roles like this one"
    ]
    if position.experience_level:
        gap = abs(LEVELS.index(level) - LEVELS.index(position.experience_level))
        parts.append(LEVEL_GAP_SCORES[min(gap, len(LEVEL_GAP_SCORES) - 1)])
        reasons.append(
            f"that is {level} level against the {position.experience_level} level asked for"
            if gap
            else f"that is the {level} level asked for"
        )
    low, high = position.min_years, position.max_years
    if low is not None and years < low:
        parts.append(max(0.0, 100 - 20 * (low - years)))
        reasons.append(f"{years:g} relevant years is below the minimum of {low:g}")
    elif high is not None and years > high:
        parts.append(max(0.0, 100 - 6 * (years - high)))
        reasons.append(f"{years:g} relevant years is above the range's top of {high:g}")
    elif low is not None or high is not None:
        parts.append(100)
        reasons.append(f"{years:g} relevant years is within the range asked for")
    score = sum(parts) / len(parts) if parts else NEUTRAL_EXPERIENCE
    if not parts:
        reasons.append("the position states no experience requirement (neutral)")
    away = years_away(position, candidate)
    if away > AWAY_GRACE:
        score -= min(AWAY_MAX, AWAY_COST * (away - AWAY_GRACE))
        reasons.append(f"the last role like this one ended {away:.0f} years before the latest")
    return ExperienceBreakdown(
        score=_clamp(score),
        candidate_level=level,
        required_level=position.experience_level,
        years_relevant=years,
        years_total=candidate.experience_years,
        reasoning="; ".join(reasons).capitalize() + ".",
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


def _phrase(text: str, limit: int = PHRASE_LIMIT) -> str:
    """`text` cut at a word to fit a phrase field, with an ellipsis when cut."""
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _weights_text(weights: PositionWeights) -> str:
    return (
        f"Overall weighs skills {weights.skills:.0%}, experience {weights.experience:.0%} "
        f"and culture {weights.culture:.0%}."
    )


def match_position(
    position: PositionSpec, candidate: CandidateProfile, profile: CultureData | None
) -> PositionMatch:
    """Skills, experience and culture for one candidate and one position, weighted. Someone with
    none of the required skills is not qualified and scores below every qualified candidate."""
    skills = skills_breakdown(position, candidate)
    experience = experience_breakdown(position, candidate)
    culture = _culture(profile, candidate)
    weights = PositionWeights(**POSITION_WEIGHTS)
    weighted = _clamp(
        skills.score * weights.skills
        + experience.score * weights.experience
        + culture.score * weights.culture
    )
    qualified = not skills.missing_required or bool(skills.matched_required)
    overall = max(weighted, QUALIFIED_FLOOR) if qualified else min(weighted, UNQUALIFIED_CAP)
    focus = [f"Probe depth in {s}" for s in skills.missing_required[:5]]
    if experience.score < 70:
        focus.append(_phrase(f"Explore experience fit: {experience.reasoning}"))
    focus.extend(f"Culture: {c}" for c in culture.concerns[:3])
    verdict = "strong" if overall >= 75 else "moderate" if overall >= 55 else "weak"
    if not qualified:
        verdict = "not qualified"
    reasoning = (
        f"{verdict.capitalize()} match for {position.title} ({overall}/100): skills "
        f"{skills.score}, experience {experience.score}, culture {culture.score}. "
        f"{_weights_text(weights)} {skills.reasoning} {experience.reasoning}"
    )
    if not qualified:
        reasoning += (
            f" Not qualified: none of the required skills ({', '.join(skills.missing_required)}),"
            f" so the overall score is held at {UNQUALIFIED_CAP} or below, under every candidate"
            " who has at least one."
        )
    elif overall != weighted:
        reasoning += (
            f" Qualified (has required skills), so the overall score is raised from {weighted} "
            f"to {QUALIFIED_FLOOR}, above every candidate who has none."
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
        qualified=qualified,
        weights=weights,
    )
