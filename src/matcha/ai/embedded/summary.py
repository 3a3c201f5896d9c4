"""A culture summary written from the extracted data, never copied from the transcript."""

from __future__ import annotations

from matcha.ai.schemas import CultureData

SETTING: dict[str, dict[str, str]] = {
    "remote_policy": {
        "fully_remote": "works fully remotely",
        "hybrid": "works in a hybrid office/home setup",
        "in_office": "works on site",
    },
    "pace": {
        "fast_startup": "moves at a fast, startup pace",
        "steady": "keeps a steady, predictable pace",
        "slow_methodical": "moves deliberately and methodically",
    },
    "hierarchy": {
        "flat": "has a flat structure",
        "moderate": "has a light, approachable hierarchy",
        "hierarchical": "has a clear, formal hierarchy",
    },
}
WAYS: dict[str, dict[str, str]] = {
    "decision_making": {
        "autonomous": "people closest to the work make the decisions",
        "consensus": "decisions are reached by consensus",
        "top_down": "decisions come from leadership",
    },
    "communication": {
        "async_first": "communication is mostly asynchronous and written",
        "sync_heavy": "communication leans on meetings and face-to-face talk",
        "balanced": "communication balances meetings with written updates",
    },
    "collaboration_style": {
        "highly_collaborative": "people collaborate closely",
        "independent": "people mostly work independently",
        "mixed": "work mixes solo focus with teamwork",
    },
    "work_life_balance": {
        "flexible": "hours are flexible",
        "structured": "hours are regular and structured",
        "demanding": "the workload is demanding",
    },
    "growth_focus": {
        "promotion_track": "growth follows a promotion track",
        "skill_development": "growth centres on learning new skills",
        "both": "growth combines promotions with skill development",
    },
}
TEAM = {
    "small": "a small team",
    "medium": "a mid-sized organisation",
    "large": "a large organisation",
}


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def summarize(culture: CultureData) -> str:
    """Two or three sentences describing the culture the data shows."""
    setting = [SETTING[d][v] for d in SETTING if (v := culture.dimension(d).value) in SETTING[d]]
    ways = [WAYS[d][v] for d in WAYS if (v := culture.dimension(d).value) in WAYS[d]]
    if not setting and not ways:
        return "The interview stated little about the culture explicitly."
    subject = TEAM.get(culture.team_size.value, "an organisation")
    parts: list[str] = []
    if setting:
        parts.append(f"This is {subject} that {_join(setting)}.")
    elif subject != "an organisation":
        parts.append(f"This is {subject}.")
    if ways:
        text = _join(ways)
        parts.append(text[0].upper() + text[1:] + ".")
    if culture.values:
        parts.append(f"It emphasises {_join(culture.values[:4])}.")
    if culture.red_flags_for_candidates:
        parts.append(f"Poor fit: {culture.red_flags_for_candidates[0]}.")
    return " ".join(parts[:3])
