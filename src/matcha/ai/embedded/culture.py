"""Culture extraction: cue votes per sentence, negation-aware, with verbatim evidence."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from matcha.ai.embedded import signals, summary
from matcha.ai.embedded.cues import HINT_WEIGHT
from matcha.ai.embedded.lexicon import BLENDS
from matcha.ai.embedded.text import Sentence, sentences
from matcha.ai.embedded.votes import Vote, collect_votes
from matcha.ai.schemas import CULTURE_DIMENSIONS, CultureData

MAX_EVIDENCE = 5
MIN_SCORE = 0.8  # one clear cue, or one negated cue for its opposite
BLEND_MIN, BLEND_RATIO = 1.5, 0.4


@dataclass(frozen=True)
class Reading:
    """One dimension read from sentences: the value, its evidence and how sure it is (0-1)."""

    value: str
    evidence: list[str]
    confidence: float | None


CONFIDENCE_SCALE = 2.5  # vote weight at which support is ~63% of certain


def confidence(totals: dict[str, float], supporting: set[str]) -> float:
    """Support for the chosen value(s), discounted by the weight of everything against them."""
    backing = sum(w for v, w in totals.items() if v in supporting)
    against = sum(w for v, w in totals.items() if v not in supporting)
    strength = 1 - math.exp(-backing / CONFIDENCE_SCALE)
    return round(strength * backing / (backing + against), 2)


def choose(dimension: str, votes: Sequence[Vote]) -> Reading:
    """The best-supported value (or a blend of two strong ones), its evidence and confidence."""
    totals: dict[str, float] = {}
    for vote in votes:
        totals[vote.value] = totals.get(vote.value, 0.0) + vote.weight
    if not totals or max(totals.values()) < MIN_SCORE:
        return Reading("unknown", [], None)
    order = CULTURE_DIMENSIONS[dimension]
    winner = max(order, key=lambda v: (totals.get(v, 0.0), -order.index(v)))
    if lone_hint([v for v in votes if v.value == winner]):
        return Reading("unknown", [], None)
    supporting = {winner}
    if dimension in BLENDS:
        a, b, blend = BLENDS[dimension]
        stated = totals.get(blend, 0.0)  # "both", "a real mix" back each side
        low, high = sorted((totals.get(a, 0.0) + stated, totals.get(b, 0.0) + stated))
        if low >= BLEND_MIN and low / high >= BLEND_RATIO:
            winner, supporting = blend, {a, b, blend}
    return Reading(winner, evidence_for(votes, supporting), confidence(totals, supporting))


def lone_hint(votes: Sequence[Vote]) -> bool:
    """One passing hint ("a meeting", "deadlines"), or only weak ones ("in the lab", "sit
    together"), is no statement of the culture."""
    hints = all(v.hint for v in votes)
    return hints and (len(votes) == 1 or all(v.weight < HINT_WEIGHT for v in votes))


def evidence_for(votes: Sequence[Vote], values: set[str]) -> list[str]:
    """Verbatim supporting sentences, answers first, strongest first, de-duplicated."""
    chosen = [v for v in votes if v.value in values]
    chosen.sort(key=lambda v: (v.sentence.is_interviewer, -v.weight))
    out: list[str] = []
    for vote in chosen:
        if vote.sentence.text not in out:
            out.append(vote.sentence.text)
    return out[:MAX_EVIDENCE]


def dimensions_from(
    items: Sequence[Sentence], *, use_headcounts: bool = True
) -> dict[str, Reading]:
    """Dimension -> its reading, for a list of sentences."""
    votes = collect_votes(items, use_headcounts=use_headcounts)
    return {name: choose(name, votes[name]) for name in CULTURE_DIMENSIONS}


def extract_culture(transcript: str) -> CultureData:
    """Culture stated in one interview transcript (plain prose or `Speaker: text` lines)."""
    items = sentences(transcript)
    dims = dimensions_from(items)
    answers = [s for s in items if not s.is_interviewer]
    data: dict[str, Any] = {
        name: {"value": r.value, "evidence": r.evidence, "confidence": r.confidence}
        for name, r in dims.items()
    }
    data["values"] = signals.find_values(answers)
    data["key_traits"] = signals.traits({k: r.value for k, r in dims.items()}, answers)
    data["red_flags_for_candidates"] = signals.red_flags(answers)
    culture = CultureData.model_validate(data)
    culture.culture_summary = summary.summarize(culture)
    return culture
