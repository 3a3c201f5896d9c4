"""A résumé's sections (experience, education, volunteering…) and its roles with their dates."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from matcha.ai.embedded import dates

# Heading words -> the kind of section they open. Checked in order; the first match wins.
HEADINGS: list[tuple[str, str]] = [
    ("volunteer", r"volunteer\w*|voluntary|community (?:work|involvement)|extracurricular"),
    ("education", r"education|academic|qualifications|studies|degrees?|formation|ausbildung"),
    (
        "certifications",
        r"certifications?|certificates?|licen[cs]es?|accreditations?|training|"
        r"(?:professional )?memberships?",
    ),
    (
        "skills",
        r"(?:\w+ )?skills|tools|technologies|competenc\w+|expertise|(?:tech )?stack|software",
    ),
    (
        "work",
        r"(?:\w+ )?experience|employment|work history|career(?: history)?|positions|"
        r"berufserfahrung",
    ),
    ("summary", r"summary|profile|about(?: me)?|objective|personal statement"),
    (
        "other",
        r"languages|interests|hobbies|references|contact|publications|awards|projects|other|"
        r"additional information",
    ),
]
_HEADING = [(kind, re.compile(rf"^(?:{words})\b", re.IGNORECASE)) for kind, words in HEADINGS]
BULLET = re.compile(r"^\s*(?:[-•·*–▪●◦]|o\s)")
# Periods that are not professional work: volunteering, career breaks, student assistant jobs.
NOT_WORK = re.compile(
    r"(?:^|[—–|,(]\s*)volunteer(?!ing programme|\s+program)|\(volunteer\)|\bcareer break\b|"
    r"\bsabbatical\b|\bparental leave\b|\bmaternity leave\b|\bgap year\b|"
    r"\b(?:graduate |undergraduate )?teaching assistant\b|\bstudent (?:assistant|helper|worker)\b|"
    r"\bworking student\b|\bhilfskraft\b",
    re.IGNORECASE,
)
PROSE_WORDS = 30  # a longer line is a sentence in a summary, not a role's date line


def heading_kind(line: str) -> str | None:
    """The section a heading line opens ("Teaching experience" -> work), or None."""
    text = line.strip().rstrip(":").strip()
    if not text or len(text.split()) > 5 or re.search(r"\d", text) or BULLET.match(text):
        return None
    return next((kind for kind, pattern in _HEADING if pattern.match(text)), None)


def section_kinds(lines: list[str]) -> list[str | None]:
    """Each line's section kind (None before the first heading); headings get "heading"."""
    kinds: list[str | None] = []
    current: str | None = None
    for line in lines:
        if kind := heading_kind(line):
            current = kind
            kinds.append("heading")
        else:
            kinds.append(current)
    return kinds


@dataclass
class Role:
    """One dated position: its header text (title, employer), its bullet lines, its dates."""

    spans: list[dates.Span]
    header: str
    body: list[str] = field(default_factory=list)
    counts: bool = True

    @property
    def text(self) -> str:
        """Header and body, for matching skills and titles against."""
        return "\n".join([self.header, *self.body])


def _is_date_line(line: str, kind: str | None, today: date) -> bool:
    if kind not in (None, "work", "volunteer", "skills") or BULLET.match(line):
        return False
    return len(line.split()) <= PROSE_WORDS and bool(dates.find_spans(line, today))


def find_roles(lines: list[str], kinds: list[str | None], today: date) -> list[Role]:
    """Roles in reading order. A date line is a role's header; when the dates stand alone
    (LinkedIn style) the one or two short lines above it name the title and employer."""
    starts = [i for i, line in enumerate(lines) if _is_date_line(line, kinds[i], today)]
    roles: list[Role] = []
    header_starts: list[int] = []
    for n, i in enumerate(starts):
        floor = starts[n - 1] + 1 if n else 0
        own = dates.strip_dates(lines[i])
        first = i
        if len(re.findall(r"[^\W\d_]{2,}", re.sub(r"\([^)]*\)", " ", own))) < 2:
            while first - 1 >= floor and first > i - 2:
                above = lines[first - 1]
                if kinds[first - 1] == "heading" or BULLET.match(above) or len(above.split()) > 8:
                    break
                first -= 1
        header_starts.append(first)
        header = " — ".join(part for part in [*lines[first:i], own] if part.strip(" —–|·-"))
        counts = kinds[i] != "volunteer" and not NOT_WORK.search(lines[i] + " " + header)
        roles.append(Role(spans=dates.find_spans(lines[i], today), header=header, counts=counts))
    for n, role in enumerate(roles):
        end = header_starts[n + 1] if n + 1 < len(roles) else len(lines)
        body = range(starts[n] + 1, end)
        role.body = [lines[j] for j in body if kinds[j] in (kinds[starts[n]], None)]
    return roles
