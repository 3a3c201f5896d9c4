"""Skill taxonomy: canonical names, synonyms and boundary-safe matching in free text."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from matcha.ai.embedded.vocab import TAXONOMY

# "RN", "SAP", "S&OP": short all-capital aliases are matched case-sensitively ("sap", "rn").
ACRONYM = re.compile(r"[A-Z][A-Z0-9&/]{1,5}")


@lru_cache(maxsize=1)
def _alias_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for canonical, aliases in TAXONOMY.items():
        index[canonical.lower()] = canonical
        for alias in aliases:
            index[alias.lstrip("=").lower()] = canonical
    return index


# Not inside a longer token: "Java" must not match in "JavaScript", nor "C" in "C++".
_BEFORE, _AFTER = r"(?<![\w+#.-])", r"(?![\w+#&]|\.\w|-\w)"


def _is_sensitive(alias: str) -> bool:
    return alias.startswith("=") or bool(ACRONYM.fullmatch(alias))


@lru_cache(maxsize=1)
def _matcher() -> tuple[re.Pattern[str], dict[str, str], dict[str, str]]:
    """One alternation of every alias, longest first, so the longest alias at a spot wins."""
    exact: dict[str, str] = {}
    folded: dict[str, str] = {}
    for canonical, aliases in TAXONOMY.items():
        for alias in aliases:  # the canonical name itself is matched only if listed as an alias
            if _is_sensitive(alias):
                exact[alias.lstrip("=")] = canonical
            else:
                folded[alias.lower()] = canonical
    parts = [(a, re.escape(a)) for a in exact] + [(a, f"(?i:{re.escape(a)})") for a in folded]
    parts.sort(key=lambda p: -len(p[0]))
    pattern = re.compile(_BEFORE + "(?:" + "|".join(p for _, p in parts) + ")" + _AFTER)
    return pattern, exact, folded


def normalize_skill(skill: str) -> str:
    """The canonical name of a skill ('postgres' -> 'PostgreSQL'); unknown skills are kept tidy."""
    cleaned = re.sub(r"\s+", " ", skill.strip())
    index = {**_alias_index(), **ALSO_KNOWN_AS}
    if cleaned.lower() in index:
        return index[cleaned.lower()]
    cleaned = cleaned.strip(",;:()").rstrip(".")
    return index.get(cleaned.lower(), cleaned)


def normalize_skills(skills: Iterable[str]) -> list[str]:
    """Canonical names, de-duplicated, in first-seen order."""
    out: list[str] = []
    for skill in skills:
        name = normalize_skill(skill)
        if name and name.lower() not in {s.lower() for s in out}:
            out.append(name)
    return out


# "arterial and central lines", "sedation, vasoactive and insulin infusions": words that share
# the last word of a coordinated list.
_WORD = r"[^\W\d_][\w-]*"
COORDINATED = re.compile(
    rf"(?<![\w-])({_WORD}(?:,\s*{_WORD})*),?\s+(?:and|or|&)\s+{_WORD}\s+({_WORD})(?![\w-])"
)


def _shared_head(text: str, exact: dict[str, str], folded: dict[str, str]) -> list[tuple[int, str]]:
    """Skills named by a conjunct and the head it shares ('arterial' + 'lines')."""
    out: list[tuple[int, str]] = []
    for match in COORDINATED.finditer(text):
        head, start = match.group(2), match.start(1)
        for word in re.finditer(_WORD, match.group(1)):
            phrase = f"{word.group(0)} {head}"
            if name := exact.get(phrase) or folded.get(phrase.lower()):
                out.append((start + word.start(), name))
    return out


def skill_mentions(text: str) -> list[tuple[int, str]]:
    """(offset, canonical name) of every skill mention in `text`; the longest alias wins."""
    pattern, exact, folded = _matcher()
    found = [
        (m.start(), exact.get(m.group(0)) or folded[m.group(0).lower()])
        for m in pattern.finditer(text)
    ]
    return sorted(found + _shared_head(text, exact, folded), key=lambda hit: hit[0])


def find_skills(text: str) -> list[str]:
    """Skills mentioned in free text, in order of first mention."""
    return normalize_skills(name for _, name in skill_mentions(text))


# Knowing the left skill implies the right ones (PostgreSQL users know SQL).
IMPLIES: dict[str, tuple[str, ...]] = {
    "PostgreSQL": ("SQL",), "MySQL": ("SQL",), "Oracle": ("SQL",), "SQL Server": ("SQL",),
    "T-SQL": ("SQL",), "PL/SQL": ("SQL",), "SQLite": ("SQL",), "BigQuery": ("SQL",),
    "Snowflake": ("SQL",), "Spring Boot": ("Spring", "Java"), "Spring": ("Java",),
    "Django": ("Python",), "Flask": ("Python",), "FastAPI": ("Python",), "pandas": ("Python",),
    "PyTorch": ("Python",), "Ruby on Rails": ("Ruby",), "Next.js": ("React",), "Redux": ("React",),
    "SwiftUI": ("Swift",), "Jetpack Compose": ("Kotlin",), "ASP.NET": (".NET", "C#"),
    "Express.js": ("Node.js",), "Kubeflow": ("Kubernetes",), "OpenShift": ("Kubernetes",),
    "Helm": ("Kubernetes",), "TypeScript": ("JavaScript",),
    "PySpark": ("Apache Spark", "Python"), "Databricks": ("Apache Spark",), "GitHub": ("Git",),
    "GitLab": ("Git",), "EKS": ("AWS", "Kubernetes"), "ECS": ("AWS",), "EC2": ("AWS",),
    "S3": ("AWS",), "Redshift": ("AWS", "SQL"), "Athena": ("AWS",), "AWS Glue": ("AWS",),
    "MWAA": ("AWS", "Airflow"), "MSK": ("AWS", "Kafka"), "SageMaker": ("AWS",),
    "AWS Lambda": ("AWS",), "Cloud Composer": ("GCP", "Airflow"), "Dataproc": ("GCP",),
    "SAP S/4HANA": ("SAP",), "SAP ECC": ("SAP",), "SAP IBP": ("SAP",), "SAP APO": ("SAP",),
    "SAP MM": ("SAP",), "SAP SD": ("SAP",), "SAP BPC": ("SAP",), "SAP FICO": ("SAP",),
    "SAP Ariba": ("SAP",), "VBA": ("Excel",), "Power Query": ("Excel",),
    "Power Pivot": ("Excel",), "Pivot Tables": ("Excel",), "Lean Six Sigma": ("Six Sigma",),
    "Demand Forecasting": ("Forecasting",), "Statistical Forecasting": ("Forecasting",),
    "Consensus Forecasting": ("Forecasting",), "Integrated Business Planning": ("S&OP",),
    "CCRN": ("Critical Care Nursing",), "FigJam": ("Figma",),
    "NMC Registration": ("Registered Nurse",), "Advanced Life Support": ("ACLS",),
    "CEN": ("Emergency Nursing",),
    "Full-Cycle Recruiting": ("Recruiting",), "Technical Recruiting": ("Recruiting",),
    "Django REST Framework": ("Django", "REST"), "Kotlin Coroutines": ("Kotlin",),
    "Meta Ads": ("Paid Social",), "TikTok Ads": ("Paid Social",),
    "Variance Analysis": ("Financial Planning and Analysis",),
}  # fmt: skip


# The same skill named more narrowly, as résumés word it: either name meets a requirement for
# the other ("arterial line monitoring" asked, "arterial lines" written, or the reverse).
VARIANT_OF: dict[str, str] = {
    "Arterial Line Monitoring": "Arterial Lines", "PICC Care": "Central Lines",
    "BiPAP": "Non-Invasive Ventilation", "Vasoactive Infusions": "Vasoactive Titration",
    "Vasopressor Titration": "Vasoactive Titration", "Telemetry Monitoring": "Telemetry",
    "12-Lead ECG": "Electrocardiography", "Rhythm Interpretation": "Electrocardiography",
    "Wound VAC": "Wound Care", "IV Access": "IV Therapy",
    "Management Accounts": "Financial Reporting", "Bank Reconciliations": "Reconciliations",
    "VAT": "Tax", "Standard Costing": "Cost Accounting", "DCF": "Valuation",
    "Three-Statement Model": "Financial Modeling", "Essbase": "Hyperion",
    "Curriculum Design": "Curriculum Development", "Scenario Analysis": "Scenario Planning",
}  # fmt: skip
# Names that normalise to a skill but are not matched in free text ("FP&A" is mostly a team).
ALSO_KNOWN_AS = {"fp&a": "Financial Planning and Analysis"}


def with_implied(skills: Iterable[str]) -> list[str]:
    """Canonical skills plus the ones they imply (and the broader name of a variant), for
    requirement matching."""
    out = normalize_skills(skills)
    for skill in list(out):
        implied = (*IMPLIES.get(skill, ()), *([VARIANT_OF[skill]] if skill in VARIANT_OF else []))
        out.extend(s for s in implied if s not in out)
    return out


def meets(required: str, have: set[str]) -> bool:
    """Whether lower-cased skills `have` meet a canonical requirement, by name or variant."""
    broader = VARIANT_OF.get(required)
    return required.lower() in have or (broader is not None and broader.lower() in have)
