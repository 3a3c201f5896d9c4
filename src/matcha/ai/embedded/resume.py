"""Résumé text parsed into a CandidateProfile: contacts, skills, history, level, work style."""

from __future__ import annotations

import re
from datetime import date

from matcha.ai.embedded import dates, signals
from matcha.ai.embedded.culture import dimensions_from
from matcha.ai.embedded.skills import find_skills
from matcha.ai.embedded.text import lines_as_sentences
from matcha.ai.schemas import (
    CandidateProfile,
    Education,
    ExperienceLevel,
    WorkHistoryItem,
    WorkStyleSignal,
)

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"(?<![\w(])(\+?\(?\d[\d\s().-]{7,}\d)(?![\w])")
TITLE_WORDS = re.compile(
    r"\b(engineer|developer|designer|manager|scientist|analyst|intern|director|officer|lead|"
    r"architect|researcher|administrator|consultant|assistant|co-op|sre|founder|vp|president|"
    r"head of|cto|ceo|cfo|coo|principal|specialist|programmer|tester)\b",
    re.IGNORECASE,
)
EXECUTIVE = re.compile(r"\b(vp|vice president|cto|ceo|cio|coo|chief|head of|director)\b", re.I)
DEGREES: list[tuple[str, str]] = [
    (r"\bph\.?d\.?\b|\bdoctorate\b", "PhD"),
    (r"\bmba\b", "MBA"),
    (r"\bm\.?\s?sc?\.?\b|\bmaster'?s?\b|\bm\.?eng\.?\b|\bm\.?a\.?\b", "Master's"),
    (
        r"\bb\.?\s?sc?\.?\b|\bbasc\b|\bbachelor'?s?\b|\bb\.?eng\.?\b|\bb\.?a\.?\b|\bba\b|"
        r"\bbacharelado\b|\bingenier[ií]a\b|\blicence\b",
        "Bachelor's",
    ),
]
INSTITUTION = re.compile(
    r"[^,;—–|]*\b(university|universit[éey]|universidad|universidade|college|institute|instituto|"
    r"school|polytechnic|politécnico|\bTU\b)[^,;—–|]*",
    re.IGNORECASE,
)
YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
TITLE_LEVELS: list[tuple[str, ExperienceLevel]] = [
    (r"\b(lead|principal|staff|head)\b", "lead"),
    (r"\b(senior|sr\.?)\b", "senior"),
    (r"\b(junior|jr\.?|associate)\b", "entry"),
    (r"\b(intern|co-op|trainee|graduate|teaching assistant)\b", "entry"),
]
LEVEL_LIMITS: list[tuple[float, ExperienceLevel]] = [
    (2, "entry"),
    (5, "mid"),
    (8, "senior"),
    (12, "lead"),
]


def _name(lines: list[str]) -> str | None:
    """The first line that looks like a person's name (2-4 words, letters only)."""
    for line in lines[:5]:
        head = re.split(r"\s+[—|–-]\s+|,|\|", line)[0].strip()
        words = head.split()
        looks_like_name = all(re.fullmatch(r"[^\W\d_][\w'.-]*", w) for w in words)
        if 2 <= len(words) <= 4 and looks_like_name and not TITLE_WORDS.search(head):
            return " ".join(w if not w.isupper() and not w.islower() else w.title() for w in words)
    return None


def _phone(text: str) -> str | None:
    for match in PHONE.finditer(text):
        candidate = match.group(1).strip()
        digits = re.sub(r"\D", "", candidate)
        if 9 <= len(digits) <= 15 and not dates.RANGE.search(candidate):
            return candidate
    return None


def _history_item(line: str, span: dates.Span) -> WorkHistoryItem | None:
    """Title and company from a line that holds a date range."""
    rest = dates.RANGE.sub(" ", line)
    rest = re.sub(r"\(\s*\)", " ", rest).split(":")[0]
    parts = [p.strip(" ()*•-") for p in re.split(r"\s[—–|-]\s|,|\bat\b|\s{2,}|\(", rest)]
    parts = [p for p in parts if p and not re.fullmatch(r"[\s)]*", p)]
    title = next((p for p in parts if TITLE_WORDS.search(p)), None)
    if title is None:
        return None
    company = next((p.strip(") ") for p in parts if p != title and not TITLE_WORDS.search(p)), None)
    return WorkHistoryItem(
        title=title,
        company=company,
        start_year=span.start_year,
        end_year=None if span.ongoing else span.end_year,
        years=span.years,
    )


def _field(before: str) -> str | None:
    """The field of study: 'in X', else 'of X', else what follows the degree token."""
    before = re.sub(r"^\s*education\s*:?|\([^)]*\)", "", before, flags=re.IGNORECASE)
    for pattern in (r"\bin\s+([A-Z][^,;—–|]*)", r"\bof\s+([A-Z][^,;—–|]*)"):
        if match := re.search(pattern, before):
            return match.group(1).strip(" ,-—–") or None
    for pattern, _ in DEGREES:
        if match := re.search(pattern, before, re.IGNORECASE):
            rest = before[match.end() :].strip(" ,.-—–()")
            return rest if rest[:1].isupper() and len(rest) < 60 else None
    return None


def _education(lines: list[str]) -> list[Education]:
    out: list[Education] = []
    for line in lines:
        institution = INSTITUTION.search(line)
        degree = next((name for pattern, name in DEGREES if re.search(pattern, line, re.I)), None)
        if not institution or not degree:
            continue
        years = YEAR.findall(line)
        field = _field(line[: institution.start()])
        out.append(
            Education(
                degree=degree,
                field=field,
                institution=institution.group(0).strip(" -—–"),
                year=int(years[-1]) if years else None,
            )
        )
    return out


def _level(years: float, roles: list[str], headline: str) -> ExperienceLevel:
    """The latest title's level when it states one, else the level the years imply."""
    title = roles[0] if roles else headline
    if EXECUTIVE.search(title) or EXECUTIVE.search(headline):
        return "executive"
    for pattern, level in TITLE_LEVELS:
        if re.search(pattern, title, re.IGNORECASE):
            return level
    for limit, level in LEVEL_LIMITS:
        if years < limit:
            return level
    return "executive"


def _headline(lines: list[str]) -> str:
    """The title under (or beside) the name at the top, e.g. 'Senior Product Designer'."""
    for line in lines[:4]:
        if EMAIL.search(line) or len(line) > 80:
            continue
        for part in re.split(r"\s[—–|-]\s|\||·|,", line):
            if TITLE_WORDS.search(part) and len(part.split()) <= 6:
                return part.strip()
    return ""


def parse_resume(text: str, today: date | None = None) -> CandidateProfile:
    """Parse résumé text into a CandidateProfile; `today` resolves 'Present' (injectable)."""
    today = today or date.today()
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    history: list[WorkHistoryItem] = []
    spans: list[dates.Span] = []
    for line in lines:
        if any(re.search(p, line, re.I) for p, _ in DEGREES) and INSTITUTION.search(line):
            continue  # study periods are not work experience
        for span in dates.find_spans(line, today):
            spans.append(span)
            item = _history_item(line, span)
            if item:
                history.append(item)
    years = dates.merged_years(spans) if spans else (dates.explicit_years(text) or 0.0)
    roles = list(dict.fromkeys(h.title for h in history if h.title))
    headline = _headline(lines)
    if not roles and headline:
        roles = [headline]
    statements = lines_as_sentences(text)
    work_style = [
        WorkStyleSignal(dimension=dim, value=r.value, evidence=r.evidence)
        for dim, r in dimensions_from(statements, use_headcounts=False).items()
        if r.value != "unknown"
    ]
    profile = CandidateProfile(
        name=_name(lines),
        email=(m.group(0) if (m := EMAIL.search(text)) else None),
        phone=_phone(text),
        skills=find_skills(text),
        experience_years=years,
        level=_level(years, roles, headline),
        roles=roles,
        education=_education(lines),
        work_history=history,
        work_style=work_style,
        values=signals.find_values(statements),
    )
    profile.summary = _summary(profile)
    return profile


def _summary(profile: CandidateProfile) -> str:
    role = profile.roles[0] if profile.roles else "Candidate"
    parts = [
        f"{role} with {profile.experience_years:g} years of experience ({profile.level} level)."
    ]
    if profile.skills:
        parts.append(f"Key skills: {', '.join(profile.skills[:6])}.")
    if profile.work_style:
        prefs = ", ".join(
            f"{s.dimension.replace('_', ' ')}: {s.value}" for s in profile.work_style[:4]
        )
        parts.append(f"Work-style signals: {prefs}.")
    return " ".join(parts)
