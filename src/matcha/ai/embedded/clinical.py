"""Clinical skills belong to people who have done clinical work, not to those who recruit for it."""

from __future__ import annotations

import re
from collections.abc import Iterable

from matcha.ai.embedded.vocab import CLINICAL_SKILLS
from matcha.ai.schemas import Education, WorkHistoryItem

CLINICAL_TITLE = re.compile(
    r"\b(?:nurse|nursing|rn|rgn|lpn|lvn|cna|midwife|paramedic|emt(?:-\w+)?|medic|physician|"
    r"doctor|surgeon|an(?:a)?esthetist|therapist|physiotherapist|pharmacist|clinician|"
    r"practitioner|radiographer|sonographer|phlebotomist|dietitian|enfermeir[oa]|enfermer[oa]|"
    r"krankenpfleger(?:in)?|(?:health ?care|nursing|care) assistant|caregiver|carer|hca)\b",
    re.IGNORECASE,
)
# A nurse recruiter, a clinical sales rep: the title names the field, not the work.
BESIDE_CLINICAL = re.compile(
    r"\b(?:recruit\w*|talent|sourc\w+|staffing|sales|account|marketing|business development)\b",
    re.IGNORECASE,
)
CLINICAL_STUDY = re.compile(r"\b(?:nursing|medicine|midwifery|paramedic\w*|BSN|MSN|ADN)\b", re.I)


def is_clinical_title(title: str) -> bool:
    """'Staff RN, MICU' is; 'Senior Healthcare Recruiter - ICU RN staffing' is not."""
    return bool(CLINICAL_TITLE.search(title)) and not BESIDE_CLINICAL.search(title)


def has_clinical_background(titles: Iterable[str], education: Iterable[Education]) -> bool:
    """A clinical job title, or a clinical degree; with no titles at all there is no telling."""
    named = [t for t in titles if t]
    if not named or any(is_clinical_title(t) for t in named):
        return True
    return any(CLINICAL_STUDY.search(f"{e.degree} {e.field or ''}") for e in education)


def without_clinical(skills: list[str]) -> list[str]:
    """`skills` less the licences and bedside skills."""
    return [s for s in skills if s not in CLINICAL_SKILLS]


def keep_own_skills(
    skills: list[str], history: list[WorkHistoryItem], titles: list[str], education: list[Education]
) -> list[str]:
    """Drop clinical skills (from the profile and its roles) unless the person practised."""
    if has_clinical_background(titles, education):
        return skills
    for item in history:
        item.skills = without_clinical(item.skills)
    return without_clinical(skills)
