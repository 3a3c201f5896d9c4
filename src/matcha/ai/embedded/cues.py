"""Cue hits in one sentence: which values its phrases name, after negation and scope."""

from __future__ import annotations

import re
from collections.abc import Sequence

from matcha.ai.embedded.lexicon import BLENDS, CUES, POST_NEGATION, RED_FLAG, Cue
from matcha.ai.embedded.scope import Scope
from matcha.ai.embedded.text import is_negated

BLEND_SHARE = 0.6  # a second value this close to a sentence's strongest also counts
NEGATED_SHARE = 0.8  # a negated cue is slightly weaker evidence for the opposite value
SELF_DESCRIPTION_BOOST = 1.5  # "we're steady" outweighs indirect hints
_SELF_DESCRIPTION = re.compile(
    r"\b(we're|we are|it's|it is|we've been|we stay|very much|really|pretty)\s+(\w+\s+){0,2}$",
    re.I,
)


def cue_hits(
    text: str, dimension: str, scope: Scope | None = None, cues: Sequence[Cue] | None = None
) -> dict[str, float]:
    """Value -> strongest cue weight in `text`, after negation; cues inside a longer cue's
    match ("remote" in "fully remote") and cues outside the here-and-now do not count."""
    red_flag = bool(RED_FLAG.search(text))
    found: list[tuple[int, int, str, float]] = []
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
                if cue.negated_to is None:
                    continue
                value, weight = cue.negated_to, cue.weight * NEGATED_SHARE
            elif _SELF_DESCRIPTION.search(text[: match.start()]):
                weight *= SELF_DESCRIPTION_BOOST
            found.append((match.start(), match.end(), value, weight))
    hits: dict[str, float] = {}
    for start, end, value, weight in found:
        inside = any(s <= start and end <= e and (e - s) > (end - start) for s, e, *_ in found)
        if not inside:
            hits[value] = max(hits.get(value, 0.0), weight)
    if not hits:
        return {}
    # A sentence states one thing per dimension: keep its strongest. Where two values blend
    # ("a promotion framework, and a training budget"), it can state both.
    floor = max(hits.values()) * (BLEND_SHARE if dimension in BLENDS else 1.0)
    return {value: weight for value, weight in hits.items() if weight >= floor}
