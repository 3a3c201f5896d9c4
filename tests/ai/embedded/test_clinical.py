"""Clinical skills are claimed only by people who have done clinical work."""

from __future__ import annotations

from datetime import date

from matcha.ai.embedded.clinical import has_clinical_background, is_clinical_title
from matcha.ai.embedded.resume import parse_resume
from matcha.ai.schemas import Education

TODAY = date(2026, 1, 15)


def test_clinical_titles() -> None:
    assert is_clinical_title("Staff RN, Cardiac Step-Down")
    assert is_clinical_title("Enfermeira (Registered Nurse)")
    assert is_clinical_title("Critical Care Paramedic")
    assert not is_clinical_title("Nurse Recruiter")
    assert not is_clinical_title("Clinical Sales Specialist")
    assert not is_clinical_title("Talent Acquisition Partner, Nursing")


def test_a_nursing_degree_is_a_clinical_background() -> None:
    student = [Education(degree="BSN", field="Nursing")]
    assert has_clinical_background(["Barista"], student)
    assert not has_clinical_background(["Barista"], [Education(degree="BA", field="History")])
    assert has_clinical_background([], [])  # no titles: no telling, so nothing is dropped


def test_a_staffing_coordinator_does_not_claim_the_licences_she_screens_for() -> None:
    text = """Leona Marsh
Clinical Staffing Coordinator
Experience
Clinical Staffing Coordinator — CarePoint Agency — 2020 – present
- Fill per-diem shifts for RNs with ACLS, PALS and TNCC in three emergency departments.
- Check telemetry and triage competencies before a first shift; Excel rota.
Education
BA Sociology, University of Kent, 2019
"""
    profile = parse_resume(text, today=TODAY)
    assert not {"Registered Nurse", "ACLS", "PALS", "TNCC", "Telemetry", "Triage"} & set(
        profile.skills
    )
    assert "Excel" in profile.skills
    assert "ACLS" not in profile.work_history[0].skills


def test_a_nurse_keeps_her_clinical_skills() -> None:
    text = """Leona Marsh
Experience
Emergency Department RN — St. Luke's — 2020 – present
- ESI triage, trauma resuscitation, ACLS and TNCC current.
"""
    skills = parse_resume(text, today=TODAY).skills
    assert {"Triage", "Trauma Care", "ACLS", "TNCC"} <= set(skills)
