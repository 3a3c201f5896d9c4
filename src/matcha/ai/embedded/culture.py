"""Culture extraction: cue votes per sentence, negation-aware, with verbatim evidence."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from matcha.ai.embedded import signals, summary
from matcha.ai.embedded.lexicon import BLENDS, CUES, POST_NEGATION, RED_FLAG
from matcha.ai.embedded.numbers import headcounts, size_bucket
from matcha.ai.embedded.text import Sentence, is_negated, sentences
from matcha.ai.schemas import CULTURE_DIMENSIONS, CultureData

MAX_EVIDENCE = 5
MIN_SCORE = 0.8  # one clear cue, or one negated cue for its opposite
NEGATED_SHARE = 0.8  # a negated cue is slightly weaker evidence for the opposite value
HEADCOUNT_WEIGHT = 1.5
BLEND_MIN, BLEND_RATIO = 1.5, 0.4
SELF_DESCRIPTION_BOOST = 1.5  # "we're steady" outweighs indirect hints
_SELF_DESCRIPTION = re.compile(
    r"\b(we're|we are|it's|it is|we've been|we stay)\s+(\w+\s+){0,2}$", re.I
)


@dataclass(frozen=True)
class Vote:
    """One sentence's support for one value of one dimension."""

    value: str
    weight: float
    sentence: Sentence


def sentence_weight(sentence: Sentence) -> float:
    """Answers count fully; an interviewer's questions restate topics, so they count nothing."""
    if not sentence.is_interviewer:
        return 1.0
    return 0.0 if sentence.is_question else 0.25


def _sentence_hits(sentence: Sentence, dimension: str, use_headcounts: bool) -> dict[str, float]:
    """Value -> strongest cue weight in this sentence, after negation."""
    text = sentence.text
    red_flag = bool(RED_FLAG.search(text))
    hits: dict[str, float] = {}
    for cue in CUES[dimension]:
        for match in cue.pattern.finditer(text):
            negated = (
                red_flag
                or is_negated(text, match.start())
                or bool(POST_NEGATION.search(text[match.end() :]))
            )
            value, weight = cue.value, cue.weight
            if negated:
                if cue.negated_to is None:
                    continue
                value, weight = cue.negated_to, cue.weight * NEGATED_SHARE
            elif _SELF_DESCRIPTION.search(text[: match.start()]):
                weight *= SELF_DESCRIPTION_BOOST
            hits[value] = max(hits.get(value, 0.0), weight)
    if dimension == "team_size" and use_headcounts:
        for count in headcounts(text):
            bucket = size_bucket(count)
            hits[bucket] = max(hits.get(bucket, 0.0), HEADCOUNT_WEIGHT)
    if not hits:
        return {}
    top = max(hits.values())  # a sentence states one thing per dimension: keep its strongest
    return {value: weight for value, weight in hits.items() if weight == top}


def collect_votes(
    items: Sequence[Sentence], *, use_headcounts: bool = True
) -> dict[str, list[Vote]]:
    """Every dimension's votes across the sentences."""
    votes: dict[str, list[Vote]] = {name: [] for name in CULTURE_DIMENSIONS}
    for sentence in items:
        scale = sentence_weight(sentence)
        if scale == 0.0:
            continue
        for dimension in CULTURE_DIMENSIONS:
            for value, weight in _sentence_hits(sentence, dimension, use_headcounts).items():
                votes[dimension].append(Vote(value, weight * scale, sentence))
    return votes


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
    supporting = {winner}
    if dimension in BLENDS:
        a, b, blend = BLENDS[dimension]
        low, high = sorted((totals.get(a, 0.0), totals.get(b, 0.0)))
        if low >= BLEND_MIN and low / high >= BLEND_RATIO:
            winner, supporting = blend, {a, b, blend}
    return Reading(winner, evidence_for(votes, supporting), confidence(totals, supporting))


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
