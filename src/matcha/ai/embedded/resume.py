"""Résumé text parsed into a CandidateProfile: contacts, skills, history, level, work style."""

from __future__ import annotations

import re
from datetime import date
from itertools import pairwise

from matcha.ai.embedded import clinical, dates, education, lapsed, sections, signals
from matcha.ai.embedded.culture import dimensions_from
from matcha.ai.embedded.skills import find_skills, normalize_skills, skill_mentions
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
    r"head of|cto|ceo|cfo|coo|principal|specialist|programmer|tester|technician|nurse|rn|teacher|"
    r"planner|buyer|recruiter|accountant|coordinator|supervisor|representative|executive|"
    r"advisor|adviser|agent|clerk|operator|pharmacist|therapist|marketer|writer|editor|"
    r"controller|auditor|leader|lecturer|tutor|instructor|midwife|paramedic|physician|surgeon|"
    r"partner|strategist|merchandiser|dispatcher|associate|chef|cook|baker|barista|bartender|"
    r"server|driver|electrician|plumber|carpenter|mechanic|welder|emt|enfermeir[oa]|carer|"
    r"physiologist|technologist|radiographer|sonographer|phlebotomist|dietitian|hygienist)\b",
    re.IGNORECASE,
)
NAME_FIELD = re.compile(r"^(?:full\s+)?name\s*:\s*(.+)$", re.IGNORECASE)
NOT_A_NAME = re.compile(
    r"(?:curriculum vitae|r[ée]sum[ée]|cv|contact(?: details)?|top skills|personal information)",
    re.IGNORECASE,
)
POST_NOMINAL = re.compile(
    r"(?:RN|BSN|MSN|DNP|NP|LPN|CPA|ACA|FCA|ACCA|FCCA|ACMA|FCMA|CGMA|CFA|MBA|PHD|PhD|MD|"
    r"PE|PMP|CCRN|CEN|MRCP|FRCS|CIPD|MCIPS)[.,]?"
)
EXECUTIVE = re.compile(r"\b(vp|vice president|cto|ceo|cio|coo|chief|head of|director)\b", re.I)
# "hired 60 engineers who know Spark": skills named after this are the people's, not the writer's.
HIRES_FOR = re.compile(
    r"\b(?:hired|hiring|hire|recruit(?:ed|ing|s)?|placed|sourced|interview(?:ed|ing)|"
    r"screen(?:ed|ing|s)?)\b[^.;\n]*?"
    r"\b(?:engineers?|developers?|designers?|analysts?|scientists?|nurses?|candidates?|people|"
    r"specialists?|hires|talent|profiles|RNs|clinicians|accountants|reps|salespeople|"
    r"account executives|SDRs|BDRs|controllers)\b[^.;\n]*?"
    r"\b(?:who|with|skilled|experienced|for|in)\b"
    r"[^.;\n]*",
    re.IGNORECASE,
)
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


def _as_name(line: str) -> str | None:
    """`line` as a person's name (2-4 words, letters only, post-nominals dropped), or None."""
    head = re.split(r"\s+[—|–-]\s+|,|\|", line)[0].strip()
    words = head.split()
    while len(words) > 2 and POST_NOMINAL.fullmatch(words[-1]):
        words.pop()  # "RAFAEL MONTES ACMA, CGMA"
    looks_like_name = all(re.fullmatch(r"[^\W\d_][\w'.-]*", w) for w in words)
    joined = " ".join(words)
    if not (2 <= len(words) <= 4 and looks_like_name) or TITLE_WORDS.search(joined):
        return None
    if NOT_A_NAME.fullmatch(joined) or find_skills(joined):  # "Curriculum Vitae", "Wound Care"
        return None
    return " ".join(w if not w.isupper() and not w.islower() else w.title() for w in words)


def _name(lines: list[str]) -> str | None:
    """A 'Name:' field, else the first line near the top that looks like a person's name, else
    (a LinkedIn export, its sidebar first) a name-like line right above a headline."""
    for line in lines[:15]:
        if field := NAME_FIELD.match(line):
            return _as_name(field.group(1))
    for line in lines[:5]:
        if name := _as_name(line):
            return name
    for line, below in pairwise(lines[5:26]):
        if TITLE_WORDS.search(below) and (name := _as_name(line)):
            return name
    return None


def _phone(text: str) -> str | None:
    for match in PHONE.finditer(text):
        candidate = match.group(1).strip()
        digits = re.sub(r"\D", "", candidate)
        if 9 <= len(digits) <= 15 and not dates.RANGE.search(candidate):
            return candidate
    return None


def _history_item(role: sections.Role) -> WorkHistoryItem:
    """Title and company from a role's header."""
    rest = re.sub(r"\(\s*\)", " ", role.header).split(":")[0]
    parts = [p.strip(" ()*•-") for p in re.split(r"\s[—–|·-]\s|,|\bat\b|\s{2,}|\(", rest)]
    parts = [p for p in parts if p and not re.fullmatch(r"[\s)]*", p)]
    title = next((p for p in parts if TITLE_WORDS.search(p)), None)
    company = None
    if title is not None:  # without a title the parts cannot be told apart; years still count
        company = next(
            (p.strip(") ") for p in parts if p != title and not TITLE_WORDS.search(p)), None
        )
    start = min(s.start for s in role.spans)
    end = max(s.end for s in role.spans)
    ongoing = any(s.ongoing for s in role.spans)
    return WorkHistoryItem(
        title=title,
        company=company,
        start_year=start // 12,
        end_year=None if ongoing else end // 12,
        years=dates.merged_years(role.spans),
        skills=_skills_in(role.text),
    )


def _education(lines: list[str], kinds: list[str | None]) -> list[Education]:
    """Degree lines; in an education section a school on its own line names the next degree."""
    out: list[Education] = []
    for i, line in enumerate(lines):
        above = lines[i - 1] if i and kinds[i - 1] == "education" else None
        if above and education.degree_in(above):
            above = None
        in_section = kinds[i] == "education"
        prose_next = lines[i + 1] if i + 1 < len(lines) and not in_section else None
        for part in education.sentences(line, prose_next):
            if not education.is_degree_line(part, in_section=in_section):
                continue
            entry = education.parse_degree(part, neighbour=above)
            if entry and (entry.degree, entry.year) not in {(e.degree, e.year) for e in out}:
                out.append(entry)
    return out


def _claimed_skills(lines: list[str], kinds: list[str | None]) -> list[str]:
    """Skills the person claims: not their degrees' subjects, nor what they only hire for."""
    kept = [
        line
        for i, line in enumerate(lines)
        if not education.is_degree_line(line, in_section=kinds[i] == "education")
        and not (kinds[i] == "education" and education.INSTITUTION.search(line))
    ]
    return _skills_in("\n".join(kept))


def _skills_in(text: str) -> list[str]:
    hidden = [(m.start(), m.end()) for m in HIRES_FOR.finditer(text)]
    return normalize_skills(
        name for at, name in skill_mentions(text) if not any(s <= at < e for s, e in hidden)
    )


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
    kinds = sections.section_kinds(lines)
    found = sections.find_roles(lines, kinds, today)
    history = [item for role in found if role.counts for item in [_history_item(role)] if item]
    spans = [span for role in found if role.counts for span in role.spans]
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
    schooling = _education(lines, kinds)
    titles = [h.title for h in history if h.title] or ([headline] if headline else [])
    skills = clinical.keep_own_skills(_claimed_skills(lines, kinds), history, titles, schooling)
    skills = lapsed.mark_lapsed(skills, lapsed.lapsed_credentials(text, today.year))
    profile = CandidateProfile(
        name=_name(lines),
        email=(m.group(0) if (m := EMAIL.search(text)) else None),
        phone=_phone(text),
        skills=skills,
        experience_years=years,
        level=_level(years, roles, headline),
        roles=roles,
        education=schooling,
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
            f"{s.dimension.replace('_', ' ')}: {s.value.replace('_', ' ')}"
            for s in profile.work_style[:4]
        )
        parts.append(f"Work-style signals: {prefs}.")
    return " ".join(parts)
