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


def test_dates_alone_with_nothing_above_take_the_title_below() -> None:
    text = """Oskar Lindgren
Work history
11.2019 – present
Cardiac Physiologist, Cardiology Outpatients (Band 6 since 04.2022)
Skåne University Hospital, Malmö
• Holter and event-monitor reporting
"""
    profile = parse_resume(text, today=TODAY)
    assert [h.title for h in profile.work_history] == ["Cardiac Physiologist"]
    assert profile.work_history[0].years == 6.2


def test_a_title_line_above_an_employer_date_line() -> None:
    text = """Bea Moretti
Experience
Charge Nurse, Cardiothoracic Step-Down
Riverside General Hospital, Columbus, OH        02/2018 - Present
- Telemetry and chest tube care for 4-5 patients.
"""
    profile = parse_resume(text, today=TODAY)
    assert profile.work_history[0].title == "Charge Nurse"


def test_a_wrapped_sentence_with_a_since_date_is_not_a_new_role() -> None:
    text = """Jonah Price
Experience
Site Accountant — Harlow Foods — March 2021 - Present
Monthly accruals and stock counts, intercompany billing and the
year-end file for auditors. Team lead for payables
since 2024, two clerks.
"""
    profile = parse_resume(text, today=TODAY)
    assert len(profile.work_history) == 1
    assert profile.work_history[0].title == "Site Accountant"


def test_a_sentence_ending_in_a_full_stop_is_not_a_role_header() -> None:
    text = """Grace Bell
Midwife back from two years abroad. NMC registration lapsed since 05/2022 in Canada.
Experience
Midwife — Leeds Teaching Hospitals — 2012 – 2022
"""
    profile = parse_resume(text, today=TODAY)
    assert [h.title for h in profile.work_history] == ["Midwife"]


def test_a_resume_told_in_sentences_counts_its_dated_sentences() -> None:
    text = """Tomas Vidal
Profile
Since March 2022 I have been Payroll Officer at Castell Logistics, where I run the monthly
payroll for 600 staff. From June 2019 to February 2022 I was Accounts Assistant at a builders'
merchant in Girona.
"""
    profile = parse_resume(text, today=TODAY)
    assert profile.experience_years == 6.6  # Jun 2019 - Jan 2026, no gap
    assert len(profile.work_history) == 2


def test_a_study_programme_between_jobs_is_not_work() -> None:
    text = """Ruth Adeyemi
Experience
Science Teacher — Hillcrest Academy — 2018 – present
(2016 – 2018: full-time teacher credential program)
Lab Technician — Norbrook Labs — 2012 – 2016
"""
    profile = parse_resume(text, today=TODAY)
    assert profile.experience_years == 12.0  # 2012-2016 and 2018-Jan 2026
