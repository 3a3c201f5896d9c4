"""Cue hits in one sentence: which values its phrases name, after negation and scope."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from matcha.ai.embedded.lexicon import BLENDS, CUES, POST_NEGATION, RED_FLAG, Cue
from matcha.ai.embedded.scope import Scope
from matcha.ai.embedded.text import is_negated

HINT_WEIGHT = 1.0  # the tables' "a hint": alone, in one sentence, it decides nothing
BLEND_SHARE = 0.6  # a second value this close to a sentence's strongest also counts
NEGATED_SHARE = 0.8  # a negated cue is slightly weaker evidence for the opposite value
SELF_DESCRIPTION_BOOST = 1.5  # "we're steady" outweighs indirect hints
_SELF_DESCRIPTION = re.compile(
    r"\b(we're|we are|it's|it is|we've been|we stay|very much|really|pretty)\s+(\w+\s+){0,2}$",
    re.I,
)

_SELF_NEGATIVE = re.compile(r"(no|not|never|nobody|no one|none|without|nothing)\b", re.I)


@dataclass(frozen=True)
class Hit:
    """A value's strongest cue weight in a sentence; `hint` when that is a plain hint."""

    weight: float
    hint: bool


def cue_hits(
    text: str, dimension: str, scope: Scope | None = None, cues: Sequence[Cue] | None = None
) -> dict[str, float]:
    """Value -> strongest cue weight in `text` (see `scored_hits`)."""
    return {value: hit.weight for value, hit in scored_hits(text, dimension, scope, cues).items()}


def scored_hits(
    text: str, dimension: str, scope: Scope | None = None, cues: Sequence[Cue] | None = None
) -> dict[str, Hit]:
    """Value -> strongest cue hit in `text`, after negation; cues inside a longer cue's
    match ("remote" in "fully remote") and cues outside the here-and-now do not count."""
    red_flag = bool(RED_FLAG.search(text))
    found: list[tuple[int, int, str, Hit]] = []
    negated_cues: list[tuple[int, int, str, float]] = []  # what the sentence denies
    for cue in CUES[dimension] if cues is None else cues:
        for match in cue.pattern.finditer(text):
            if scope is not None and not scope.counts(match.start()):
                continue
            negated = (
                red_flag
                or is_negated(text, match.start())
                or bool(POST_NEGATION.match(text[match.end() :]))
            )
            value, weight = cue.value, cue.weight
            if negated:
                if not _SELF_NEGATIVE.match(match.group(0)):  # "no managers and no layers"
                    negated_cues.append((match.start(), match.end(), value, weight))
                if cue.negated_to is None:
                    continue
                value, weight = cue.negated_to, cue.weight * NEGATED_SHARE
            elif _SELF_DESCRIPTION.search(text[: match.start()]):
                weight *= SELF_DESCRIPTION_BOOST
            hint = not negated and weight <= HINT_WEIGHT
            found.append((match.start(), match.end(), value, Hit(weight, hint)))
    hits: dict[str, Hit] = {}
    for start, end, value, hit in found:
        inside = any(s <= start and end <= e and (e - s) > (end - start) for s, e, *_ in found)
        if not inside and (value not in hits or hit.weight > hits[value].weight):
            hits[value] = hit
    # "No training budget beyond the certification modules": a value the sentence denies at
    # full strength gets nothing from its weaker cues there (unless the denial is part of a
    # longer cue: "nothing moves without the director's say-so").
    denied: dict[str, float] = {}
    for start, end, value, weight in negated_cues:
        if not any(s <= start and end <= e and (e - s) > (end - start) for s, e, *_ in found):
            denied[value] = max(denied.get(value, 0.0), weight)
    hits = {v: h for v, h in hits.items() if denied.get(v, 0.0) < h.weight}
    if not hits:
        return {}
    # A sentence states one thing per dimension: keep its strongest. Where two values blend
    # ("a promotion framework, and a training budget"), it can state both.
    floor = max(h.weight for h in hits.values()) * (BLEND_SHARE if dimension in BLENDS else 1.0)
    return {value: hit for value, hit in hits.items() if hit.weight >= floor}
