"""Candidate-to-culture fit: per-dimension compatibility with reasons, unknowns neutral."""

from __future__ import annotations

from matcha.ai.embedded.aggregate import same_phrase
from matcha.ai.schemas import (
    CULTURE_DIMENSIONS,
    CULTURE_FIT_WEIGHTS,
    CandidateProfile,
    CultureData,
    CultureFitBreakdown,
    CultureMatch,
    FitScore,
)
from matcha.ai.wording import dimension_label, fit_label, value_phrase

NEUTRAL = 60  # nothing known on one side: neither a fit nor a conflict
SAME, NEAR, FAR = 100, 65, 20
# Dimensions whose values sit on a line (first, middle, last): neighbours are "near".
ORDINAL = {"pace", "hierarchy", "remote_policy", "team_size", "communication"}
# Values that are compatible with both of their neighbours.
BRIDGES = {"mixed": 80, "both": 85, "balanced": 75, "moderate": 75, "hybrid": 70}
PAIR_SCORES: dict[frozenset[str], int] = {
    frozenset({"autonomous", "consensus"}): 55,
    frozenset({"autonomous", "top_down"}): 20,
    frozenset({"consensus", "top_down"}): 40,
    frozenset({"flexible", "structured"}): 45,
    frozenset({"flexible", "demanding"}): 30,
    frozenset({"structured", "demanding"}): 25,
}
WEIGHTS = CULTURE_FIT_WEIGHTS
GROUPS = {
    "collaboration_fit": ("collaboration_style", "team_size"),
    "pace_fit": ("pace",),
    "growth_fit": ("growth_focus",),
    "work_style_fit": (
        "remote_policy",
        "communication",
        "decision_making",
        "hierarchy",
        "work_life_balance",
    ),
}


def compatibility(dimension: str, company: str, candidate: str) -> int:
    """0-100 compatibility of two values of one dimension; unknown on either side is neutral."""
    if "unknown" in (company, candidate):
        return NEUTRAL
    if company == candidate:
        return SAME
    for value in (company, candidate):
        if value in BRIDGES:
            return BRIDGES[value]
    if dimension in ORDINAL:
        order = CULTURE_DIMENSIONS[dimension]
        return NEAR if abs(order.index(company) - order.index(candidate)) == 1 else FAR
    return PAIR_SCORES.get(frozenset({company, candidate}), FAR)


def _values_fit(company: list[str], candidate: list[str]) -> FitScore:
    if not company or not candidate:
        return FitScore(score=NEUTRAL, reasoning="Not enough stated values on one side to compare.")
    shared = [v for v in candidate if any(same_phrase(v, c) for c in company)]
    score = min(100, 45 + round(55 * len(shared) / min(len(company), len(candidate))))
    if shared:
        return FitScore(score=score, reasoning=f"Shared values: {', '.join(shared)}.")
    return FitScore(
        score=score,
        reasoning=f"No overlap: company stresses {', '.join(company[:3])}; "
        f"candidate stresses {', '.join(candidate[:3])}.",
    )


def known_on_both_sides(profile: CultureData, candidate: CandidateProfile) -> int:
    """How many culture dimensions the fit actually compares: known for company and candidate."""
    signals = {s.dimension: s.value for s in candidate.work_style}
    return sum(
        profile.dimension(d).value != "unknown" and signals.get(d, "unknown") != "unknown"
        for d in CULTURE_DIMENSIONS
    )


def _compare(dim: str, company: str, mine: str, score: int) -> tuple[str, str, str, str]:
    """(reason, strength, concern, interview suggestion) for one dimension, in plain words."""
    label, theirs, yours = dimension_label(dim), value_phrase(dim, company), value_phrase(dim, mine)
    if company == "unknown":
        return f"{label}: the interviews do not say (neutral)", "", "", ""
    if mine == "unknown":
        return (
            f"{label}: the résumé does not say (neutral)",
            "",
            "",
            f"Ask how they feel about {theirs}.",
        )
    if company == mine:
        return f"{label}: both {theirs}", f"Shares the company's {label}: {theirs}", "", ""
    reason = f"{label}: the company's way is {theirs}, the candidate prefers {yours}"
    if score >= 80:
        return reason + " (close)", f"Close to the company's {label}: {theirs}", "", ""
    if score < 50:
        return (
            reason,
            "",
            f"Prefers {yours}; the company's way is {theirs}",
            f"Probe how they would adapt to {theirs}.",
        )
    return reason, "", "", ""


def match_culture(profile: CultureData, candidate: CandidateProfile) -> CultureMatch:
    """Score one candidate's work-style signals against one company culture profile."""
    signals = {s.dimension: s.value for s in candidate.work_style}
    strengths: list[str] = []
    concerns: list[str] = []
    suggestions: list[str] = []
    fits: dict[str, FitScore] = {}
    for group, dimensions in GROUPS.items():
        scores: list[int] = []
        reasons: list[str] = []
        for dim in dimensions:
            company, mine = profile.dimension(dim).value, signals.get(dim, "unknown")
            if company == "unknown" and mine == "unknown":
                continue
            score = compatibility(dim, company, mine)
            scores.append(score)
            reason, strength, concern, suggestion = _compare(dim, company, mine, score)
            reasons.append(reason)
            for out, text in (
                (strengths, strength),
                (concerns, concern),
                (suggestions, suggestion),
            ):
                if text:
                    out.append(text)
        score = round(sum(scores) / len(scores)) if scores else NEUTRAL
        text = "; ".join(reasons) + "." if reasons else "Nothing known on either side (neutral)."
        fits[group] = FitScore(score=score, reasoning=text)
    fits["values_alignment"] = _values_fit(profile.values, candidate.values)
    if fits["values_alignment"].score >= 80:
        strengths.append(fits["values_alignment"].reasoning.rstrip(".")[:200])
    total = round(sum(fits[name].score * weight for name, weight in WEIGHTS.items()))
    breakdown = CultureFitBreakdown(**fits)
    best = max(WEIGHTS, key=lambda n: (fits[n].score, n))
    worst = min(WEIGHTS, key=lambda n: (fits[n].score, n))
    compared = known_on_both_sides(profile, candidate)
    reasoning = (
        f"Culture fit {total}/100, compared on {compared} of {len(CULTURE_DIMENSIONS)} culture "
        f"dimensions known on both sides and {len(candidate.values)} stated values. "
        f"Strongest: {fit_label(best)} ({fits[best].score}); "
        f"weakest: {fit_label(worst)} ({fits[worst].score})."
    )
    return CultureMatch(
        match_score=max(0, min(100, total)),
        match_reasoning=reasoning,
        culture_fit_breakdown=breakdown,
        strengths=strengths[:10],
        concerns=concerns[:10],
        interview_suggestions=suggestions[:10],
    )
