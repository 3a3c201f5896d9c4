"""Culture values in the words a recruiter uses, never the enum names the schemas store."""

from __future__ import annotations

DIMENSION_LABELS: dict[str, str] = {
    "collaboration_style": "collaboration",
    "communication": "communication",
    "pace": "pace",
    "hierarchy": "hierarchy",
    "work_life_balance": "work-life balance",
    "growth_focus": "growth",
    "decision_making": "decision-making",
    "remote_policy": "where people work",
    "team_size": "company size",
}

# Noun phrases, so they read after "prefers", "the company has" or "both want".
VALUE_PHRASES: dict[str, dict[str, str]] = {
    "collaboration_style": {
        "highly_collaborative": "working closely together",
        "independent": "working independently",
        "mixed": "a mix of solo and joint work",
    },
    "communication": {
        "async_first": "written, asynchronous communication first",
        "sync_heavy": "meetings and live conversation",
        "balanced": "a balance of meetings and written updates",
    },
    "pace": {
        "fast_startup": "a fast, startup pace",
        "steady": "a steady, sustainable pace",
        "slow_methodical": "a careful, methodical pace",
    },
    "hierarchy": {
        "flat": "a flat structure with few managers",
        "moderate": "a light hierarchy of approachable leads",
        "hierarchical": "a clear chain of command",
    },
    "work_life_balance": {
        "flexible": "flexible hours",
        "structured": "fixed, regular hours",
        "demanding": "long, demanding hours",
    },
    "growth_focus": {
        "promotion_track": "a promotion track",
        "skill_development": "learning new skills",
        "both": "both promotions and learning",
    },
    "decision_making": {
        "consensus": "deciding together by consensus",
        "top_down": "leaders making the decisions",
        "autonomous": "people deciding for themselves",
    },
    "remote_policy": {
        "fully_remote": "fully remote work",
        "hybrid": "hybrid work, some days in the office",
        "in_office": "working on site",
    },
    "team_size": {
        "small": "a small company (50 people or fewer)",
        "medium": "a mid-sized organisation (51–500 people)",
        "large": "a large organisation (over 500 people)",
    },
}

FIT_LABELS: dict[str, str] = {
    "collaboration_fit": "collaboration",
    "pace_fit": "pace",
    "values_alignment": "values",
    "growth_fit": "growth",
    "work_style_fit": "work style",
}


def dimension_label(dimension: str) -> str:
    """`work_life_balance` -> `work-life balance`."""
    return DIMENSION_LABELS.get(dimension, dimension.replace("_", " "))


def value_phrase(dimension: str, value: str) -> str:
    """`("communication", "async_first")` -> `written, asynchronous communication first`."""
    if value == "unknown":
        return "not stated"
    return VALUE_PHRASES.get(dimension, {}).get(value, value.replace("_", " "))


def fit_label(name: str) -> str:
    """`work_style_fit` -> `work style`."""
    return FIT_LABELS.get(name, name.replace("_", " "))


def confidence_word(confidence: float | None) -> str:
    """A 0-1 confidence as high, medium or low ("not rated" when the provider gave none)."""
    if confidence is None:
        return "not rated"
    return "high" if confidence >= 0.7 else "medium" if confidence >= 0.4 else "low"
