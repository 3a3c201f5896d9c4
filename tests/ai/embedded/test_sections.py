from __future__ import annotations

from datetime import date

from matcha.ai.embedded.resume import parse_resume
from matcha.ai.embedded.sections import heading_kind

TODAY = date(2026, 1, 15)


def test_headings() -> None:
    assert heading_kind("CLINICAL EXPERIENCE") == "work"
    assert heading_kind("Volunteering:") == "volunteer"
    assert heading_kind("Education & Qualifications") == "education"
    assert heading_kind("Berufserfahrung") == "work"
    assert heading_kind("Senior Buyer — Acme — 2019 – 2021") is None


def test_overlaps_count_once_and_unpaid_periods_do_not_count() -> None:
    text = """Tomasz Wrona
Experience
Warehouse Team Leader — Nordlog, Gdańsk — 03/2019 – 12/2022
- Shift rota for 30 pickers
Weekend Forklift Operator — Baltic Cold Store — 2021 – 2022
Graduate Teaching Assistant — Gdańsk University of Technology — 2017 – 2019
Career break — 2023
Logistics Coordinator — Cargoway — Since 2024
Volunteering
Food bank driver — 2015 – 2018
"""
    profile = parse_resume(text, today=TODAY)
    # 03/2019-12/2022 (3.8, the forklift job inside it) + Jan 2024 - Jan 2026 (2.0)
    assert profile.experience_years == 5.8


def test_linkedin_layout_title_above_dates() -> None:
    text = """Marta Ruiz
Experience
Farmacia Central
Pharmacy Technician
March 2020 - Present (5 years 11 months)
Valencia, Spain
Hospital La Fe
Pharmacy Assistant
Summer 2019
"""
    profile = parse_resume(text, today=TODAY)
    assert profile.work_history[0].title == "Pharmacy Technician"
    assert profile.experience_years == 6.1  # Mar 2020 - Jan 2026, plus three summer months


def test_skills_of_the_people_hired_are_not_the_recruiters() -> None:
    text = """Dana Hill
Talent Partner
About
I recruited 40 nurses and developers who know Kubernetes and Terraform for our clients.
Experience
Talent Partner — Hirewell — 2020 – present
- Sourcing on LinkedIn Recruiter; Boolean search; offers in Workable.
"""
    skills = parse_resume(text, today=TODAY).skills
    assert "Kubernetes" not in skills and "Terraform" not in skills
    assert {"Sourcing", "LinkedIn Recruiter", "Boolean Search", "Workable"} <= set(skills)
