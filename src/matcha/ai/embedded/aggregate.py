"""Many interviews' culture data merged into one profile: evidence-weighted votes."""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher
from typing import Any

from matcha.ai.embedded import summary
from matcha.ai.schemas import CULTURE_DIMENSIONS, CultureData

MAX_EVIDENCE = 5
MAX_LIST = 12
NEAR_DUPLICATE_RATIO = 0.85


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


def _vote(name: str, interviews: Sequence[CultureData]) -> dict[str, Any]:
    """Each interview votes for its value with weight = its evidence count (at least 1)."""
    weights: dict[str, float] = {}
    backers: dict[str, int] = {}
    for data in interviews:
        dim = data.dimension(name)
        if dim.value == "unknown":
            continue
        weights[dim.value] = weights.get(dim.value, 0.0) + max(1, len(dim.evidence))
        backers[dim.value] = backers.get(dim.value, 0) + 1
    if not weights:
        return {"value": "unknown", "evidence": []}
    order = CULTURE_DIMENSIONS[name]
    winner = max(weights, key=lambda v: (weights[v], backers[v], -order.index(v)))
    pools = [
        list(d.dimension(name).evidence) for d in interviews if d.dimension(name).value == winner
    ]
    evidence: list[str] = []
    while len(evidence) < MAX_EVIDENCE and any(pools):  # round-robin: every interview is heard
        for pool in pools:
            if pool and len(evidence) < MAX_EVIDENCE:
                sentence = pool.pop(0)
                if sentence not in evidence:
                    evidence.append(sentence)
    return {"value": winner, "evidence": evidence}


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
