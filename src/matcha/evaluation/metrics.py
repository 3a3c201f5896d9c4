"""The figures `matcha eval` reports, as pure functions of labels and answers."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

from matcha.ai.schemas import UNKNOWN

CultureOutcome = Literal["correct", "wrong", "unknown", "guessed", "abstained"]


def culture_outcome(label: str | None, predicted: str) -> CultureOutcome:
    """One dimension of one answer: with a label, right, wrong or `unknown` (also wrong);
    without one, a named value is a guess and `unknown` is the right abstention."""
    if label is None:
        return "abstained" if predicted == UNKNOWN else "guessed"
    if predicted == label:
        return "correct"
    return "unknown" if predicted == UNKNOWN else "wrong"


def rate(part: int, whole: int) -> float | None:
    """part / whole, or None when there is nothing to divide (shown as n/a, not as 0)."""
    return part / whole if whole else None


@dataclass(frozen=True)
class Hits:
    """How many of `total` were found; adds up across résumés (a micro-average)."""

    hit: int = 0
    total: int = 0

    def __add__(self, other: Hits) -> Hits:
        return Hits(self.hit + other.hit, self.total + other.total)

    @property
    def rate(self) -> float | None:
        return rate(self.hit, self.total)


def name_key(name: str) -> str:
    """Case- and space-insensitive form of a person's name."""
    return " ".join(name.casefold().split())


def name_matches(label: str, parsed: str | None) -> bool:
    return parsed is not None and name_key(label) == name_key(parsed)


def years_within(label: float, parsed: float, tolerance: float = 1.0) -> bool:
    return abs(parsed - label) <= tolerance


def skill_key(skill: str) -> str:
    """Case-, space- and punctuation-insensitive ("Node.js" = "nodejs"); + and # are kept, so
    C, C++ and C# stay apart."""
    return re.sub(r"[^\w+#]|_", "", skill.casefold())


def skill_alternatives(label: str) -> set[str]:
    """The accepted spellings of one labelled skill, "PostgreSQL|Postgres" → both."""
    return {key for part in label.split("|") if (key := skill_key(part))}


def skills_recall(labels: Sequence[str], parsed: Iterable[str]) -> Hits:
    """Labelled skills that the parse found (any of their spellings)."""
    found = {skill_key(s) for s in parsed}
    return Hits(sum(1 for label in labels if skill_alternatives(label) & found), len(labels))


def skills_precision(labels: Sequence[str], parsed: Sequence[str]) -> Hits:
    """Parsed skills that are one of the labelled skills."""
    accepted = set().union(*(skill_alternatives(label) for label in labels))
    return Hits(sum(1 for s in parsed if skill_key(s) in accepted), len(parsed))


class EducationLike(Protocol):
    @property
    def degree(self) -> str | None: ...
    @property
    def field(self) -> str | None: ...
    @property
    def institution(self) -> str | None: ...
    @property
    def year(self) -> int | None: ...


def _contains(a: str | None, b: str | None) -> bool:
    """Either text inside the other, ignoring case and spacing."""
    if not a or not b:
        return False
    ka, kb = name_key(a), name_key(b)
    return bool(ka and kb) and (ka in kb or kb in ka)


def education_entry_found(label: EducationLike, parsed: Sequence[EducationLike]) -> bool:
    """A parsed entry whose field or institution matches (the degree, when the label has
    neither), and whose year matches when the label gives one."""
    for entry in parsed:
        if label.year is not None and entry.year != label.year:
            continue
        if label.field or label.institution:
            if _contains(label.field, entry.field) or _contains(
                label.institution, entry.institution
            ):
                return True
        elif _contains(label.degree, entry.degree):
            return True
    return False


def education_found(labels: Sequence[EducationLike], parsed: Sequence[EducationLike]) -> Hits:
    return Hits(sum(1 for label in labels if education_entry_found(label, parsed)), len(labels))


def dcg(grades: Sequence[int], k: int) -> float:
    """Discounted cumulative gain of the first k grades, with gains 2^grade − 1."""
    return math.fsum(((1 << g) - 1) / math.log2(i + 2) for i, g in enumerate(grades[:k]))


def ndcg_at(grades_in_rank_order: Sequence[int], k: int = 5) -> float | None:
    """DCG@k of the ranking over the best possible DCG@k; None if no candidate is relevant."""
    ideal = dcg(sorted(grades_in_rank_order, reverse=True), k)
    return dcg(grades_in_rank_order, k) / ideal if ideal else None


def top_half(n: int) -> int:
    """How many places the top half of n candidates has (rounded down: 5 → 2)."""
    return n // 2


def grade0_in_top_half(grades_in_rank_order: Sequence[int]) -> int:
    """Unqualified candidates (grade 0) ranked in the top half."""
    return sum(1 for g in grades_in_rank_order[: top_half(len(grades_in_rank_order))] if g == 0)


def mean_abs_error(pairs: Iterable[tuple[float, float]]) -> float | None:
    errors = [abs(predicted - label) for label, predicted in pairs]
    return sum(errors) / len(errors) if errors else None


def mean(values: Iterable[float | None]) -> float | None:
    """The mean of the defined values (None when there are none)."""
    defined = [v for v in values if v is not None]
    return sum(defined) / len(defined) if defined else None
