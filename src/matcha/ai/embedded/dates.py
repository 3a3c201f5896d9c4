"""Employment date ranges ("Jan 2019 - Present", "03/2017 to 06/2020", "Since 2022") and years."""

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
_SEASONS = {"spring": (3, 3), "summer": (6, 3), "autumn": (9, 3), "fall": (9, 3), "winter": (12, 3)}
_SEASON = r"(?:spring|summer|autumn|fall|winter)"
_NOW_WORDS = ("present", "current", "now", "today", "date", "ongoing")
_NOW = r"(?:present|current|now|today|date|ongoing)"
_POINT = (
    rf"(?:{_SEASON}\s+\d{{4}}|{_MONTH}\s+\d{{4}}|\d{{1,2}}[/.]\d{{4}}|\d{{4}}[-/.]\d{{1,2}}(?!\d)"
    r"|\d{4})"
)
_SEP = r"\s*(?:-|–|—|to|until|till|through|thru)\s*"
RANGE = re.compile(rf"\b({_POINT}|{_NOW}){_SEP}({_POINT}|{_NOW})\b", re.IGNORECASE)
SINCE = re.compile(rf"\bsince\s+({_POINT})\b", re.IGNORECASE)
SEASON = re.compile(rf"\b({_SEASON})\s+(\d{{4}})\b", re.IGNORECASE)
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
    """Month index of a date token; an end month counts in full (Jan-Mar is three months)."""
    token = re.sub(r"\s+", " ", token.strip().lower().rstrip("."))
    end = 1 if is_end else 0
    if token in _NOW_WORDS:
        return today.year * 12 + today.month - 1
    if m := re.fullmatch(r"(\d{1,2})[/.](\d{4})", token) or re.fullmatch(
        r"(?P<y>\d{4})[-/.](?P<m>\d{1,2})", token
    ):
        month, year = (int(m["m"]), int(m["y"])) if "y" in m.re.groupindex else map(int, m.groups())
        return year * 12 + month - 1 + end if 1 <= month <= 12 else None
    if m := re.fullmatch(r"(\d{4})", token):
        return int(m.group(1)) * 12  # a bare year counts from January, so 2018-2021 is 3 years
    if m := re.fullmatch(rf"({_SEASON}) (\d{{4}})", token):
        first, length = _SEASONS[m.group(1)]
        return int(m.group(2)) * 12 + first - 1 + (length if is_end else 0)
    if m := re.fullmatch(rf"({_MONTH}) (\d{{4}})", token):
        return int(m.group(2)) * 12 + _MONTHS[m.group(1).rstrip(".")] - 1 + end
    return None


def _span(start: int | None, end: int | None, ongoing: bool, today: date) -> Span | None:
    if start is None or end is None or start < 1950 * 12:
        return None
    if end < start:  # newest first: "Today - Apr 2021"
        return None
    return Span(start, min(end, today.year * 12 + today.month), ongoing)


def find_spans(text: str, today: date) -> list[Span]:
    """Every plausible date range in `text`: either way round, "Since 2022", "Summer 2015"."""
    spans: list[Span] = []
    for match in RANGE.finditer(text):
        first, second = match.group(1), match.group(2)
        now_first = first.lower() in _NOW_WORDS
        if now_first and second.lower() in _NOW_WORDS:
            continue
        if now_first:  # newest first, "Present – Apr 2021": the range runs from the second
            first, second = second, first
        start = _month_index(first, today, is_end=False)
        end = _month_index(second, today, is_end=True)
        if start is not None and end is not None and end < start:  # "2021 – 2018"
            start = _month_index(second, today, is_end=False)
            end = _month_index(first, today, is_end=True)
        ongoing = second.lower() in _NOW_WORDS
        if span := _span(start, end, ongoing, today):
            spans.append(span)
    rest = RANGE.sub(" ", text)
    for match in SINCE.finditer(rest):
        start = _month_index(match.group(1), today, is_end=False)
        if span := _span(start, today.year * 12 + today.month - 1, True, today):
            spans.append(span)
    for match in SEASON.finditer(SINCE.sub(" ", rest)):
        token = f"{match.group(1)} {match.group(2)}"
        start, end = (
            _month_index(token, today, is_end=False),
            _month_index(token, today, is_end=True),
        )
        if span := _span(start, end, False, today):
            spans.append(span)
    return spans


def strip_dates(text: str) -> str:
    """`text` without its date ranges, "since" dates and seasons."""
    return SEASON.sub(" ", SINCE.sub(" ", RANGE.sub(" ", text)))


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
