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
    r"\bworking student\b|\bhilfskraft\b|\bfull-time (?:student|study|studies)\b|"
    r"\b(?:credential|degree|training) program(?:me)?\b",
    re.IGNORECASE,
)
# Words that make a line a job title ("Staff Nurse II"), not only an employer.
TITLED = re.compile(
    r"\b(?:nurse|rn|engineer|developer|designer|manager|analyst|accountant|director|officer|"
    r"lead|specialist|consultant|assistant|technician|teacher|chef|cook|paramedic|emt|"
    r"coordinator|recruiter|planner|buyer|executive|representative|associate|intern)\b",
    re.IGNORECASE,
)
PROSE_WORDS = 30  # a longer line is a sentence in a summary, not a role's date line
SENTENCE_WORDS = 8  # a line this long ending in a full stop is a sentence, not a role header
HEADER_WORDS = 12  # "Mathematics & Economics Teacher — Lakeside High School, Fullerton, CA"


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
    if line[:1].islower():  # "upgrade in 2024. Charge nurse since 2025.": a wrapped sentence
        return False
    if line.rstrip().endswith(".") and len(line.split()) >= SENTENCE_WORDS:
        return False  # "RN licence inactive since 04/2021 (lapsed while in sales)."
    return len(line.split()) <= PROSE_WORDS and bool(dates.find_spans(line, today))


def _is_prose_date_line(line: str, kind: str | None, today: date) -> bool:
    """'Since January 2021 I have been Management Accountant at…': a résumé told in sentences."""
    if kind not in (None, "work", "summary") or BULLET.match(line):
        return False
    return bool(dates.find_spans(line, today))


def _words(text: str) -> int:
    return len(re.findall(r"[^\W\d_]{2,}", re.sub(r"\([^)]*\)", " ", text)))


def _header_line(line: str, kind: str | None) -> bool:
    """A short line that can name a title or employer (not a heading, bullet or sentence)."""
    return (
        kind != "heading"
        and not BULLET.match(line)
        and len(re.sub(r"\([^)]*\)", " ", line).split()) <= HEADER_WORDS
        and not line.rstrip().endswith(".")
    )


def find_roles(lines: list[str], kinds: list[str | None], today: date) -> list[Role]:
    """Roles in reading order. A date line is a role's header; when the dates stand alone
    (LinkedIn style) the one or two short lines above it name the title and employer, or, with
    nothing above, the lines below. Dates only in sentences make one role per sentence."""
    starts = [i for i, line in enumerate(lines) if _is_date_line(line, kinds[i], today)]
    if not starts:
        starts = [i for i, line in enumerate(lines) if _is_prose_date_line(line, kinds[i], today)]
    roles: list[Role] = []
    header_starts: list[int] = []
    body_starts: list[int] = []
    n = 0
    while n < len(starts):
        i = starts[n]
        floor = starts[n - 1] + 1 if n else 0
        own = dates.strip_dates(lines[i])
        first, below = i, i + 1
        if _words(own) < 2 or not TITLED.search(own):
            while first - 1 >= floor and first > i - 2:
                if not _header_line(lines[first - 1], kinds[first - 1]):
                    break
                first -= 1
        if _words(own) < 2 and first == i:  # nothing above: "03.2020 – present" / title / employer
            while below < i + 3 and below < len(lines) and _header_line(lines[below], kinds[below]):
                if dates.RANGE.search(lines[below]):
                    break  # the next role's own dates
                below += 1
            starts[n + 1 :] = [j for j in starts[n + 1 :] if j >= below]
        header_starts.append(first)
        body_starts.append(below)
        parts = [*lines[first:i], own, *lines[i + 1 : below]]
        header = " — ".join(part for part in parts if part.strip(" —–|·-"))
        counts = kinds[i] != "volunteer" and not NOT_WORK.search(lines[i] + " " + header)
        roles.append(Role(spans=dates.find_spans(lines[i], today), header=header, counts=counts))
        n += 1
    for n, role in enumerate(roles):
        end = header_starts[n + 1] if n + 1 < len(roles) else len(lines)
        kind = kinds[starts[n]]
        role.body = [lines[j] for j in range(body_starts[n], end) if kinds[j] in (kind, None)]
    return roles
