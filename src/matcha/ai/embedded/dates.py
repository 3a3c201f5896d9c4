"""Employment date ranges ("Jan 2019 - Present", "03/2017 to 06/2020") and total years."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            "jan january",
            "feb february",
            "mar march",
            "apr april",
            "may",
            "jun june",
            "jul july",
            "aug august",
            "sep sept september",
            "oct october",
            "nov november",
            "dec december",
        ]
    )
    for m in names.split()
}
_MONTH = r"(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_POINT = rf"(?:{_MONTH}\s+\d{{4}}|\d{{1,2}}/\d{{4}}|\d{{4}})"
_END = rf"(?:{_POINT}|present|current|now|today|date)"
RANGE = re.compile(rf"\b({_POINT})\s*(?:-|–|—|to|until|till)\s*({_END})\b", re.IGNORECASE)
_EXPLICIT = re.compile(
    r"\b(?:over |more than |almost |nearly )?(\d{1,2}(?:\.\d)?|\w+)\+?\s+years?\s+(?:of\s+)?"
    r"(?:professional |industry |hands-on |relevant )?experience",
    re.IGNORECASE,
)
_WORDS = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"


@dataclass(frozen=True)
class Span:
    """A date range as month indexes (year * 12 + month - 1); end - start is its length."""

    start: int
    end: int
    ongoing: bool

    @property
    def start_year(self) -> int:
        """The calendar year the span starts."""
        return self.start // 12

    @property
    def end_year(self) -> int:
        """The calendar year the span ends."""
        return self.end // 12

    @property
    def years(self) -> float:
        """Length in years, one decimal."""
        return round((self.end - self.start) / 12, 1)


def _month_index(token: str, today: date, *, is_end: bool) -> int | None:
    token = token.strip().lower().rstrip(".")
    if token in ("present", "current", "now", "today", "date"):
        return today.year * 12 + today.month - 1
    if m := re.fullmatch(r"(\d{1,2})/(\d{4})", token):
        month, year = int(m.group(1)), int(m.group(2))
        return year * 12 + month - 1 + (1 if is_end else 0) if 1 <= month <= 12 else None
    if m := re.fullmatch(r"(\d{4})", token):
        return int(m.group(1)) * 12  # a bare year counts from January, so 2018-2021 is 3 years
    if m := re.fullmatch(rf"({_MONTH})\s+(\d{{4}})", token):
        name = m.group(1).rstrip(".")
        return int(m.group(2)) * 12 + _MONTHS[name] - 1 + (1 if is_end else 0)
    return None


def find_spans(text: str, today: date) -> list[Span]:
    """Every plausible date range in `text`."""
    spans: list[Span] = []
    for match in RANGE.finditer(text):
        start = _month_index(match.group(1), today, is_end=False)
        end = _month_index(match.group(2), today, is_end=True)
        if start is None or end is None or end < start or start < 1950 * 12:
            continue
        ongoing = match.group(2).lower() in ("present", "current", "now", "today", "date")
        spans.append(Span(start, min(end, today.year * 12 + today.month), ongoing))
    return spans


def merged_years(spans: list[Span]) -> float:
    """Total years covered, counting overlapping ranges once."""
    total, cur_start, cur_end = 0, None, None
    for span in sorted(spans, key=lambda s: s.start):
        if cur_end is None or cur_start is None or span.start > cur_end:
            if cur_end is not None and cur_start is not None:
                total += cur_end - cur_start
            cur_start, cur_end = span.start, span.end
        else:
            cur_end = max(cur_end, span.end)
    if cur_end is not None and cur_start is not None:
        total += cur_end - cur_start
    return round(total / 12, 1)


def explicit_years(text: str) -> float | None:
    """'7 years of experience' or 'over nine years of experience', if stated."""
    for match in _EXPLICIT.finditer(text):
        raw = match.group(1).lower()
        if raw.replace(".", "").isdigit():
            return float(raw)
        if raw in _WORDS.split():
            return float(_WORDS.split().index(raw) + 1)
    return None
