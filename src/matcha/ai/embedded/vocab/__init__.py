"""The skill vocabulary: canonical names and their aliases, one table per field of work.

Tables are plain text, one skill a line: `Canonical: alias; alias`. The canonical name is
matched too, unless it starts with "~" (a common word such as "Pricing": only its aliases
count). An alias starting with "=" is matched case-sensitively (it is also an English word,
"Go", "Excel"); short all-capital acronyms ("RN", "SAP") are matched case-sensitively anyway.
"""

from __future__ import annotations

from matcha.ai.embedded.vocab import business, care, design, operations, people, tech
from matcha.ai.embedded.vocab.software import SOFTWARE


def parse_table(table: str) -> dict[str, tuple[str, ...]]:
    """`Canonical: a; b` lines -> {canonical: (canonical, a, b)}; blank and # lines skipped."""
    out: dict[str, tuple[str, ...]] = {}
    for raw in table.splitlines():
        line = raw.split("  #")[0].strip()
        if not line or line.startswith("#"):
            continue
        name, _, rest = line.partition(":")
        canonical = name.strip()
        aliases = [a.strip() for a in rest.split(";") if a.strip()]
        if canonical.startswith("~"):
            out[canonical[1:]] = tuple(aliases)
        else:
            out[canonical.lstrip("=")] = (canonical, *aliases)
    return out


def _merged() -> dict[str, tuple[str, ...]]:
    merged: dict[str, tuple[str, ...]] = dict(SOFTWARE)
    for module in (tech, design, business, care, operations, people):
        for canonical, aliases in parse_table(module.TABLE).items():
            if canonical in merged:
                raise ValueError(f"skill {canonical!r} is defined twice")
            merged[canonical] = aliases
    return merged


TAXONOMY: dict[str, tuple[str, ...]] = _merged()
CLINICAL_SKILLS: frozenset[str] = frozenset(parse_table(care.CLINICAL))
# Licences and certificates: held while current, so a lapsed one meets no requirement.
CREDENTIALS: frozenset[str] = frozenset(parse_table(care.LICENCES)) | {
    "CPA", "ACCA", "CIMA", "CFA", "Chartered Accountant", "APICS CPIM", "APICS CSCP", "PMP",
    "PRINCE2", "CIPD", "SHRM-CP",
}  # fmt: skip
