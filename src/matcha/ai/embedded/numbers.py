"""Head-counts written as digits or words ("eleven people", "four thousand two hundred staff")."""

from __future__ import annotations

import re

_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_SCALES = {"hundred": 100, "thousand": 1000, "dozen": 12}
_WORD = r"(?:" + "|".join([*_UNITS, *_TENS, *_SCALES]) + r")"
_NUMBER = rf"(?:\d[\d,]*|(?:an? )?{_WORD}(?:[\s-]+(?:and[\s-]+)?{_WORD})*)"
_PEOPLE = r"(?:people|employees|staff|engineers|developers|persons|colleagues|members|folks|of us)"
HEADCOUNT = re.compile(rf"\b({_NUMBER})\+?\s+(?:full-time\s+)?{_PEOPLE}\b", re.IGNORECASE)


def words_to_int(phrase: str) -> int | None:
    """'four thousand two hundred' -> 4200; '1,200' -> 1200; None when not a number."""
    cleaned = phrase.lower().replace(",", "").strip()
    if cleaned.isdigit():
        return int(cleaned)
    total, current, seen = 0, 0, False
    for word in re.split(r"[\s-]+", cleaned):
        if word in ("a", "an", "and"):
            continue
        seen = True
        if word in _UNITS:
            current += _UNITS.index(word)
        elif word in _TENS:
            current += (_TENS.index(word) + 2) * 10
        elif word == "thousand":
            total += max(current, 1) * 1000
            current = 0
        elif word in _SCALES:
            current = max(current, 1) * _SCALES[word]
        else:
            return None
    return total + current if seen else None


def headcounts(text: str) -> list[int]:
    """Every head-count stated in `text`."""
    counts = (words_to_int(m.group(1)) for m in HEADCOUNT.finditer(text))
    return [c for c in counts if c]


def size_bucket(count: int) -> str:
    """The team_size value for a head-count."""
    if count <= 50:
        return "small"
    return "medium" if count <= 500 else "large"
