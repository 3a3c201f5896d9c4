"""The figures on hand-made examples."""

from __future__ import annotations

import math

import pytest

from matcha.ai.schemas import Education
from matcha.evaluation import metrics
from matcha.evaluation.dataset import EducationLabel
from matcha.evaluation.report import DimensionScore


@pytest.mark.parametrize(
    ("grades", "expected"),
    [
        ([3, 2, 0], 1.0),
        # 7/log2(3) over the ideal 7/log2(2)
        ([0, 3], 1 / math.log2(3)),
        # (1 + 3/log2(4)) over (3 + 1/log2(3))
        ([1, 0, 2], 2.5 / (3 + 1 / math.log2(3))),
        # the strong candidate in sixth place is outside @5
        ([0, 0, 0, 0, 0, 3], 0.0),
    ],
)
def test_ndcg_at_5_known_values(grades: list[int], expected: float) -> None:
    assert metrics.ndcg_at(grades, 5) == pytest.approx(expected)


def test_ndcg_is_undefined_when_nobody_is_relevant() -> None:
    assert metrics.ndcg_at([0, 0, 0]) is None


def test_gains_are_exponential_in_the_grade() -> None:
    assert metrics.dcg([3], 5) == 7.0
    assert metrics.dcg([2, 1], 5) == pytest.approx(3 + 1 / math.log2(3))


def test_grade0_in_top_half_counts_the_first_half_rounded_down() -> None:
    assert metrics.top_half(5) == 2
    assert metrics.grade0_in_top_half([0, 3, 0, 1, 2]) == 1
    assert metrics.grade0_in_top_half([3, 2, 0, 0]) == 0
    assert metrics.grade0_in_top_half([0]) == 0


def test_skills_accept_any_alternative_and_ignore_case_space_and_punctuation() -> None:
    labels = ["Go", "PostgreSQL|Postgres", "Kubernetes|k8s", "Node.js"]
    parsed = ["go", "postgres", "node js", "Excel"]
    assert metrics.skills_recall(labels, parsed) == metrics.Hits(3, 4)
    assert metrics.skills_precision(labels, parsed) == metrics.Hits(3, 4)


def test_skill_keys_keep_c_cplusplus_and_csharp_apart() -> None:
    assert len({metrics.skill_key(s) for s in ("C", "C++", "C#")}) == 3
    assert metrics.skills_recall(["C++"], ["C"]) == metrics.Hits(0, 1)


def test_one_labelled_skill_found_twice_counts_once_for_recall() -> None:
    labels = ["PostgreSQL|Postgres"]
    assert metrics.skills_recall(labels, ["Postgres", "PostgreSQL"]) == metrics.Hits(1, 1)
    assert metrics.skills_precision(labels, ["Postgres", "PostgreSQL"]) == metrics.Hits(2, 2)


def test_hits_add_up_into_a_micro_average() -> None:
    total = metrics.Hits(1, 2) + metrics.Hits(3, 3)
    assert total == metrics.Hits(4, 5)
    assert total.rate == pytest.approx(0.8)
    assert metrics.Hits().rate is None


def test_names_ignore_case_and_spacing_only() -> None:
    assert metrics.name_matches("Mira Castell", "  mira   CASTELL ")
    assert not metrics.name_matches("Mira Castell", "Mira Castel")
    assert not metrics.name_matches("Mira Castell", None)


def test_years_within_one_year() -> None:
    assert metrics.years_within(7, 8.0)
    assert metrics.years_within(7, 6.0)
    assert not metrics.years_within(7, 8.5)


def test_education_matches_field_or_institution_by_containment_and_the_year() -> None:
    label = EducationLabel(degree="BSc", field="Computer Science", institution="Leeds", year=2017)
    by_field = Education(degree="BSc", field="computer science", year=2017)
    by_institution = Education(institution="University of Leeds", year=2017)
    wrong_year = Education(field="Computer Science", institution="Leeds", year=2016)
    assert metrics.education_entry_found(label, [by_field])
    assert metrics.education_entry_found(label, [by_institution])
    assert not metrics.education_entry_found(label, [wrong_year])
    assert not metrics.education_entry_found(label, [])
    no_year = EducationLabel(field="Graphic Design")
    assert metrics.education_entry_found(no_year, [Education(field="Graphic Design", year=1999)])
    assert metrics.education_found([label, no_year], [by_field]) == metrics.Hits(1, 2)


def test_culture_outcomes() -> None:
    assert metrics.culture_outcome("flat", "flat") == "correct"
    assert metrics.culture_outcome("flat", "moderate") == "wrong"
    assert metrics.culture_outcome("flat", "unknown") == "unknown"
    assert metrics.culture_outcome(None, "flat") == "guessed"
    assert metrics.culture_outcome(None, "unknown") == "abstained"


def test_unknown_counts_as_wrong_and_guesses_are_counted_where_unlabelled() -> None:
    score = DimensionScore()
    for label, predicted in [
        ("flat", "flat"),
        ("flat", "unknown"),
        ("flat", "moderate"),
        ("moderate", "moderate"),
        (None, "flat"),
        (None, "unknown"),
        (None, "unknown"),
        (None, "unknown"),
    ]:
        score.add(label, predicted)
    assert (score.labelled, score.correct, score.unknown) == (4, 2, 1)
    assert score.accuracy == 0.5
    assert score.unknown_rate == 0.25
    assert (score.unlabelled, score.guessed, score.guess_rate) == (4, 1, 0.25)


def test_rates_without_cases_are_undefined_not_zero() -> None:
    score = DimensionScore()
    assert (score.accuracy, score.unknown_rate, score.guess_rate) == (None, None, None)
    assert metrics.mean([None, 1.0, 0.0]) == 0.5
    assert metrics.mean_abs_error([]) is None
    assert metrics.mean_abs_error([(5, 6.5), (3, 3)]) == 0.75
