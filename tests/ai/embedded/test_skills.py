from __future__ import annotations

from matcha.ai.embedded.skills import (
    TAXONOMY,
    find_skills,
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
