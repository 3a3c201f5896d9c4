from __future__ import annotations

from datetime import date

from matcha.ai.embedded.resume import parse_resume
from matcha.ai.schemas import CandidateProfile

from ..conftest import demo_text

TODAY = date(2026, 1, 15)


def _parse(name: str) -> CandidateProfile:
    return parse_resume(demo_text(f"resumes/{name}.txt"), today=TODAY)


def test_contacts_skills_and_history() -> None:
    priya = _parse("priya_sharma")
    assert priya.name == "Priya Sharma"
    assert priya.email == "priya.sharma@example.com"
    assert priya.phone == "+1 (415) 555-0142"
    assert {"Go", "PostgreSQL", "Kubernetes", "Python"} <= set(priya.skills)
    assert priya.roles[0] == "Senior Backend Engineer"
    assert priya.level == "senior"
    first = priya.work_history[0]
    assert (first.company, first.start_year, first.end_year) == ("Fernway Logistics", 2021, None)
    assert priya.education[0].degree == "B.S."  # the degree as written (issue 14: 'BA' stays 'BA')
    assert priya.education[0].field == "Computer Science"
    assert priya.education[0].year == 2017


def test_years_merge_overlaps_and_present() -> None:
    text = (
        "Ada Byte\nEngineer, A — 2015 - 2018\nEngineer, B — 2017 - 2020\n"
        "Lead, C — Jan 2022 - Present"
    )
    profile = parse_resume(text, today=TODAY)
    assert profile.experience_years == 9.0
    assert profile.work_history[2].title == "Lead"


def test_explicit_years_when_no_ranges() -> None:
    profile = parse_resume(
        "Sam Lee\nBackend developer with 7 years of experience in Go.", today=TODAY
    )
    assert profile.experience_years == 7.0 and profile.level == "senior"


def test_levels() -> None:
    assert _parse("noah_kim").level == "entry"
    assert _parse("margaret_hughes").level == "executive"
    assert _parse("ben_carter").level == "lead"


def test_education_dates_are_not_work_experience() -> None:
    noah = _parse("noah_kim")
    assert noah.experience_years < 1
    assert noah.education[0].institution == "Northeastern University"


def test_work_style_signals_with_evidence() -> None:
    priya = _parse("priya_sharma")
    style = {s.dimension: s for s in priya.work_style}
    assert style["pace"].value == "fast_startup"
    assert style["remote_policy"].value == "fully_remote"
    assert "I thrive in fast-paced startups" in " ".join(style["pace"].evidence)
    marcus = _parse("marcus_bell")
    assert {s.dimension: s.value for s in marcus.work_style}["remote_policy"] == "in_office"
    assert set(priya.values) >= {"ownership", "transparency"}


def test_all_fixture_resumes_parse() -> None:
    from ..conftest import DEMO

    files = sorted((DEMO / "resumes").glob("*.txt"))
    assert len(files) >= 20
    for path in files:
        profile = parse_resume(path.read_text(encoding="utf-8"), today=TODAY)
        assert profile.name and profile.email and profile.skills, path.name
        assert CandidateProfile.model_validate(profile.model_dump()) == profile


def test_names_behind_a_cv_heading_a_name_field_or_post_nominals() -> None:
    field = (
        "CURRICULUM VITAE\nPERSONAL DETAILS\nName:   Joana Sá Pereira\nNationality: Portuguese\n"
    )
    assert parse_resume(field).name == "Joana Sá Pereira"
    assert parse_resume("OWEN HART RN, BSN\nBoise, ID\n").name == "Owen Hart"
    assert parse_resume("Li Wei FCCA\nSingapore\n").name == "Li Wei"


def test_a_linkedin_export_names_the_person_under_its_sidebar() -> None:
    text = """Contact
www.linkedin.com/in/amal-haddad
Top Skills
Infection Control
Discharge Planning
Languages
Arabic (Native or Bilingual)
Amal Haddad
Charge Nurse, Oncology | BSN | Detroit, Michigan
Detroit, Michigan, United States
"""
    assert parse_resume(text).name == "Amal Haddad"


def test_skills_of_the_accountants_and_reps_placed_are_not_the_recruiters() -> None:
    text = """Maya Collins
Experience
Finance Recruiter — Hays — 2019 – present
- Placed 45 accountants with CPA or ACCA for audit firms; sourcing on LinkedIn Recruiter.
- Hired SDRs experienced in Salesforce and Outreach for SaaS clients.
"""
    skills = parse_resume(text).skills
    assert not {"CPA", "ACCA", "Audit", "Salesforce"} & set(skills)
    assert {"Sourcing", "LinkedIn Recruiter"} <= set(skills)
