from __future__ import annotations

import pytest

from matcha.ai.embedded.education import is_degree_line, parse_degree
from matcha.ai.embedded.resume import parse_resume


@pytest.mark.parametrize(
    ("line", "degree", "field", "institution", "year"),
    [
        ("BA Interaction Design, UdK Berlin, 2019", "BA", "Interaction Design", "UdK Berlin", 2019),
        ("MSc in Computer Science — University of Edinburgh (2014)", "MSc", "Computer Science",
         "University of Edinburgh", 2014),
        ("B.S. Nursing, Ohio State University, 2011", "B.S.", "Nursing", "Ohio State University",
         2011),
        ("Diploma in Logistics Management (2008), Rotterdam", "Diploma", "Logistics Management",
         "Rotterdam", 2008),
        ("Bachelor of Commerce, University of Melbourne 2012–2015", "Bachelor of Commerce",
         "Commerce", "University of Melbourne", 2015),
        ("Abitur, Heinrich-Heine-Gymnasium Kiel, 2004", "Abitur", None,
         "Heinrich-Heine-Gymnasium Kiel", 2004),
        ("Licence en Sociologie, Université de Lille, 2013", "Licence", "Sociologie",
         "Université de Lille", 2013),
        ("M.Sc. Maschinenbau, TU Dresden, 2018", "M.Sc.", "Maschinenbau", "TU Dresden", 2018),
        ("MA (Hons) Modern History, University of St Andrews, 2010", "MA", "Modern History",
         "University of St Andrews", 2010),
        ("Bachelor of Science in Midwifery (BSc), Keele University, 2015", "Bachelor of Science",
         "Midwifery", "Keele University", 2015),
        ("Copywriting Certificate, Shillington (evenings), 2021", "Certificate", "Copywriting",
         "Shillington", 2021),
    ],
)  # fmt: skip
def test_degree_lines(
    line: str, degree: str, field: str | None, institution: str, year: int
) -> None:
    entry = parse_degree(line)
    assert entry is not None
    assert (entry.degree, entry.field, entry.institution, entry.year) == (
        degree, field, institution, year
    )  # fmt: skip


def test_ms_excel_is_not_a_degree() -> None:
    assert not is_degree_line("MS Excel, MS Word and Outlook", in_section=False)
    assert is_degree_line("MS Data Science, Drexel University, 2016", in_section=False)


def test_school_on_the_line_above_the_degree() -> None:
    text = (
        "Anouk Vermeer\n\nEducation\nHanze University of Applied Sciences\n"
        "Bachelor's degree, Nursing · (2009 - 2013)\n"
    )
    (entry,) = parse_resume(text).education
    assert (entry.institution, entry.field, entry.year) == (
        "Hanze University of Applied Sciences", "Nursing", 2013
    )  # fmt: skip


def test_field_of_study_is_not_a_skill() -> None:
    """Issue 14: 'BA Interaction Design, UdK Berlin, 2019' gave the skill Interaction Design."""
    text = (
        "Lena Hartmann\nVisual Designer\n\nExperience\n"
        "Visual Designer — Kontor Studio — 2019 – present\n- Brand identity and Figma layouts.\n\n"
        "Education\nBA Interaction Design, UdK Berlin, 2019\n"
    )
    profile = parse_resume(text)
    assert "Interaction Design" not in profile.skills
    assert {"Brand Identity", "Figma"} <= set(profile.skills)
    (entry,) = profile.education
    assert (entry.degree, entry.field, entry.institution, entry.year) == (
        "BA", "Interaction Design", "UdK Berlin", 2019
    )  # fmt: skip


def test_associate_degrees_and_teaching_credentials() -> None:
    aas = parse_degree("Associate of Applied Science in Respiratory Care, Mesa College, 2019")
    assert aas is not None and (aas.field, aas.institution, aas.year) == (
        "Respiratory Care",
        "Mesa College",
        2019,
    )
    adn = parse_degree("ADN, Bellevue College, 2016")
    assert adn is not None and (adn.degree, adn.institution) == ("ADN", "Bellevue College")
    cred = parse_degree("Multiple Subject Teaching Credential, English — Sonoma State University")
    assert cred is not None and cred.degree == "Multiple Subject Teaching Credential"


def test_degrees_told_in_a_paragraph() -> None:
    text = """Tariq Osman
About me
I am a respiratory therapist at a 300-bed hospital and have worked nights for most of it.
Education: ASN, Lone Star College, 2018. I am currently enrolled in the RN-to-BSN program at
Western Governors University (expected 2027).
"""
    found = parse_resume(text).education
    assert [(e.degree, e.year) for e in found] == [("ASN", 2018), ("BSN", 2027)]
    assert (
        found[1].institution is not None and "Western Governors University" in found[1].institution
    )
