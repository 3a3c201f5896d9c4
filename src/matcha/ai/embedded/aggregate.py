"""Many interviews' culture data merged into one profile: evidence-weighted votes."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from difflib import SequenceMatcher
from typing import Any

from matcha.ai.embedded import summary
from matcha.ai.schemas import CULTURE_DIMENSIONS, CultureData, Dimension

MAX_EVIDENCE = 5
MAX_LIST = 12
NEAR_DUPLICATE_RATIO = 0.85
EVIDENCE_SCALE = 2.5  # as the embedded analyzer's CONFIDENCE_SCALE: 1 sentence ~ 0.33
VOTE_FLOOR = 0.25


def _key(phrase: str) -> str:
    """Case-, space- and plural-insensitive form of a phrase."""
    text = re.sub(r"\s+", " ", phrase.strip().lower())
    return re.sub(r"(?<=\w{3})(es|s)\b", "", text)


def same_phrase(a: str, b: str) -> bool:
    """Near-duplicates: 'Transparency' ~ 'transparency ' ~ 'transparent' ~ 'transparencies'."""
    ka, kb = _key(a), _key(b)
    if ka == kb:
        return True
    if min(len(ka), len(kb)) < 5:
        return False
    return SequenceMatcher(None, ka, kb).ratio() >= NEAR_DUPLICATE_RATIO


def merge_phrases(lists: Sequence[Sequence[str]], limit: int = MAX_LIST) -> list[str]:
    """Union of phrase lists without near-duplicates, most frequent first (ties: first seen)."""
    groups: list[tuple[str, int, int]] = []  # (representative, count, first position)
    position = 0
    for phrases in lists:
        for phrase in phrases:
            position += 1
            for i, (rep, count, first) in enumerate(groups):
                if same_phrase(rep, phrase):
                    groups[i] = (rep, count + 1, first)
                    break
            else:
                groups.append((phrase.strip(), 1, position))
    groups.sort(key=lambda g: (-g[1], g[2]))
    return [rep for rep, _, _ in groups[:limit]]


def strength(dim: Dimension[str]) -> float:
    """How strongly one interview backs its value, 0-1: its confidence, or, when the provider
    gave none, what its evidence count would earn on the embedded analyzer's scale."""
    if dim.value == "unknown":
        return 0.0
    if dim.confidence is not None:
        return dim.confidence
    return round(1 - math.exp(-max(0.5, len(dim.evidence)) / EVIDENCE_SCALE), 2)


def vote_weight(dim: Dimension[str]) -> float:
    """An interview's vote: a floor every stated value earns, plus its strength. Strength
    decides between single voices (a weak reading never flips a well-evidenced one), while
    two interviews of ordinary strength still outvote one."""
    return 0.0 if dim.value == "unknown" else VOTE_FLOOR + (1 - VOTE_FLOOR) * strength(dim)


def _vote(name: str, interviews: Sequence[CultureData]) -> dict[str, Any]:
    """Evidence-weighted vote; silent interviews ("unknown") neither vote nor dilute."""
    weights: dict[str, float] = {}
    backers: dict[str, list[float]] = {}
    for data in interviews:
        dim = data.dimension(name)
        if dim.value == "unknown":
            continue
        weights[dim.value] = weights.get(dim.value, 0.0) + vote_weight(dim)
        backers.setdefault(dim.value, []).append(strength(dim))
    if not weights:
        return {"value": "unknown", "evidence": [], "confidence": None}
    order = CULTURE_DIMENSIONS[name]
    winner = max(
        weights,
        key=lambda v: (round(weights[v], 6), len(backers[v]), max(backers[v]), -order.index(v)),
    )
    # Agreeing interviews are independent readings: each lowers the chance all of them erred.
    doubt = math.prod(1 - s for s in backers[winner])
    confidence = round((1 - doubt) * weights[winner] / sum(weights.values()), 2)
    supporters = [d.dimension(name) for d in interviews if d.dimension(name).value == winner]
    supporters.sort(key=lambda d: -strength(d))  # stable: ties keep interview order
    pools = [list(d.evidence) for d in supporters]
    evidence: list[str] = []
    while len(evidence) < MAX_EVIDENCE and any(pools):  # round-robin: every interview is heard
        for pool in pools:
            if pool and len(evidence) < MAX_EVIDENCE:
                sentence = pool.pop(0)
                if sentence not in evidence:
                    evidence.append(sentence)
    return {"value": winner, "evidence": evidence, "confidence": confidence}


def aggregate_culture(interviews: Sequence[CultureData]) -> CultureData:
    """One company profile from its interviews; an empty list gives an all-unknown profile."""
    data: dict[str, Any] = {name: _vote(name, interviews) for name in CULTURE_DIMENSIONS}
    data["values"] = merge_phrases([d.values for d in interviews])
    data["key_traits"] = merge_phrases([d.key_traits for d in interviews])
    data["red_flags_for_candidates"] = merge_phrases(
        [d.red_flags_for_candidates for d in interviews]
    )
    profile = CultureData.model_validate(data)
    profile.culture_summary = summary.summarize(profile) if interviews else ""
    return profile
