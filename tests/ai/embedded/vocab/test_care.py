"""Nursing and clinical vocabulary: licences, bedside skills and systems in free text."""

from __future__ import annotations

from matcha.ai.embedded.skills import find_skills, with_implied
from matcha.ai.embedded.vocab import CLINICAL_SKILLS


def test_emergency_nursing_words() -> None:
    found = find_skills(
        "ER nurse: ESI triage, trauma resuscitation, IV starts and phlebotomy; CEN, ENPC."
    )
    assert found == [
        "Emergency Nursing", "Triage", "Trauma Care", "IV Therapy", "Phlebotomy", "CEN", "ENPC",
    ]  # fmt: skip


def test_critical_care_words() -> None:
    found = find_skills(
        "Eight years in intensive care (CVICU): mechanically ventilated patients, "
        "vent weaning, PCCN and CCRN-K."
    )
    assert found == [
        "Critical Care Nursing", "Ventilator Management", "Progressive Care Nursing", "CCRN",
    ]  # fmt: skip


def test_ward_words() -> None:
    found = find_skills(
        "Med passes via Omnicell, pressure injury prevention, head-to-toe assessments, "
        "charting in Cerner PowerChart and athenahealth."
    )
    assert found == [
        "Medication Administration", "Omnicell", "Wound Care", "Patient Assessment",
        "Clinical Documentation", "Cerner", "athenahealth",
    ]  # fmt: skip


def test_uk_resuscitation_courses_count_as_their_us_equivalents() -> None:
    found = find_skills("Advanced Life Support provider; NMC PIN 12A3456E.")
    assert found == ["Advanced Life Support", "NMC Registration"]
    assert {"ACLS", "Registered Nurse"} <= set(with_implied(found))


def test_english_words_are_not_credentials() -> None:
    assert find_skills("a well-ventilated room; the ice melted; an epic journey") == []


def test_licences_and_bedside_skills_are_clinical_but_office_skills_are_not() -> None:
    assert {"Registered Nurse", "ACLS", "Triage", "Ventilator Management"} <= CLINICAL_SKILLS
    assert not {"HIPAA", "CPR", "Epic", "Medical Coding"} & CLINICAL_SKILLS


def test_icu_phrasings_keep_their_own_names() -> None:
    found = find_skills(
        "Proning team, NIV and BiPAP, PICC care, wound vac changes, 12-lead ECG, "
        "rhythm interpretation, tube feeding, RSI."
    )
    assert found == [
        "Prone Positioning", "Non-Invasive Ventilation", "BiPAP", "PICC Care", "Wound VAC",
        "12-Lead ECG", "Rhythm Interpretation", "Enteral Feeding", "Rapid Sequence Intubation",
    ]  # fmt: skip
