from __future__ import annotations

from matcha.ai.embedded.skills import (
    TAXONOMY,
    find_skills,
    meets,
    normalize_skill,
    normalize_skills,
    with_implied,
)


def test_taxonomy_is_broad() -> None:
    assert len(TAXONOMY) >= 150


def test_synonyms_normalise_to_canonical_names() -> None:
    for raw in ("Postgres", "postgresql", "PostgreSQL", " postgres "):
        assert normalize_skill(raw) == "PostgreSQL"
    assert normalize_skill("k8s") == "Kubernetes"
    assert normalize_skill("JS") == "JavaScript"
    assert normalize_skill("golang") == "Go"
    assert normalize_skill("ReactJS") == "React"
    assert normalize_skill(".NET") == ".NET"
    assert normalize_skill("Underwater basket weaving") == "Underwater basket weaving"


def test_normalize_skills_deduplicates_in_order() -> None:
    assert normalize_skills(["postgres", "Go", "PostgreSQL", "golang", "k8s"]) == [
        "PostgreSQL",
        "Go",
        "Kubernetes",
    ]


def test_word_boundaries() -> None:
    assert find_skills("JavaScript and TypeScript") == ["JavaScript", "TypeScript"]
    assert "Java" not in find_skills("Expert in JavaScript")
    assert find_skills("C++ and C# but not C") == ["C++", "C#", "C"]
    assert find_skills("React Native apps") == ["React Native"]
    assert find_skills("Spring Boot services") == ["Spring Boot"]


def test_case_sensitive_aliases_avoid_english_words() -> None:
    assert find_skills("we go through governance and swift reviews") == []
    assert find_skills("Languages: Go, R, Swift") == ["Go", "R", "Swift"]


def test_synonyms_in_free_text() -> None:
    found = find_skills("Built services in golang on k8s with Postgres and a ReactJS UI.")
    assert found == ["Go", "Kubernetes", "PostgreSQL", "React"]


def test_implied_skills() -> None:
    assert with_implied(["postgres", "Spring Boot"]) == [
        "PostgreSQL",
        "Spring Boot",
        "SQL",
        "Spring",
        "Java",
    ]


def test_skills_across_professions() -> None:
    nurse = find_skills("RN with PALS and BLS; wound care, IV cannulation; charting in Cerner.")
    assert {"Registered Nurse", "PALS", "BLS", "Wound Care", "IV Therapy", "Cerner"} <= set(nurse)
    buyer = find_skills("Ran RFQs, negotiated Incoterms and kept safety stock in SAP MM.")
    assert {"RFQs", "Incoterms", "Safety Stock", "SAP MM"} <= set(buyer)
    teacher = find_skills("Lesson planning, synthetic phonics and classroom management (QTS).")
    assert {"Lesson Planning", "Phonics", "Classroom Management", "QTS"} <= set(teacher)
    finance = find_skills("Month-end close, IFRS reporting in NetSuite, and an ACCA qualification.")
    assert {"Month-End Close", "IFRS", "NetSuite", "ACCA"} <= set(finance)
    seller = find_skills("Prospecting with Sales Navigator, MEDDIC, pipeline in HubSpot.")
    assert {"Prospecting", "LinkedIn Sales Navigator", "MEDDIC", "HubSpot"} <= set(seller)
    support = find_skills("Tier 2 queue in Freshdesk; wrote knowledge base articles; CSAT 96%.")
    assert {"Freshdesk", "Knowledge Base", "CSAT"} <= set(support)


def test_acronyms_are_case_sensitive() -> None:
    assert find_skills("the sap rose and the rn was quiet") == []
    assert find_skills("SAP and RN") == ["SAP", "Registered Nurse"]


def test_spoken_languages_are_not_skills() -> None:
    assert find_skills("Languages: French (native), German (B2), Spanish") == []


def test_one_pass_prefers_the_longest_alias() -> None:
    assert find_skills("SAP IBP and Lean Six Sigma") == ["SAP IBP", "Lean Six Sigma"]
    assert with_implied(["SAP IBP"]) == ["SAP IBP", "SAP"]
    assert find_skills("HTML/CSS") == ["HTML", "CSS"]


def test_a_coordinated_list_shares_its_last_word() -> None:
    """'arterial and central lines' names arterial lines too; 'sedation and pressor' titration."""
    assert find_skills("Manages arterial and central lines.") == ["Arterial Lines", "Central Lines"]
    assert find_skills("Sedation, insulin and vasopressor titration") == [
        "Sedation Titration",
        "Vasopressor Titration",
    ]
    assert find_skills("Stock and bank reconciliations") == ["Bank Reconciliations"]
    assert find_skills("Java and Spring Boot") == ["Java", "Spring Boot"]


def test_a_variant_meets_a_requirement_for_its_broader_name_and_back() -> None:
    have = {s.lower() for s in with_implied(["arterial lines"])}
    assert meets("Arterial Line Monitoring", have)
    assert meets("Central Lines", {s.lower() for s in with_implied(["PICC care"])})
    assert meets("PICC Care", {s.lower() for s in with_implied(["Central Lines"])})
    assert not meets("Spring Boot", {s.lower() for s in with_implied(["Java"])})


def test_fp_and_a_is_a_requirement_name_but_not_a_skill_in_text() -> None:
    assert normalize_skill("FP&A") == "Financial Planning and Analysis"
    assert find_skills("Senior Analyst, FP&A team") == []
    assert "Financial Planning and Analysis" in with_implied(["budget vs actual"])
