"""The trained culture model: its features, its inference, how a reading is made from it, and
that the shipped weights are what the training script makes from the committed data."""

from __future__ import annotations

import math

import pytest

from matcha.ai.embedded import culture, model
from matcha.ai.embedded.culture import MODEL_CONFIDENCE_CAP, model_inputs, model_reading
from matcha.ai.embedded.text import sentences
from matcha.ai.schemas import CULTURE_DIMENSIONS
from matcha.evaluation import train_culture
from matcha.evaluation.dataset import default_data_dir


def test_words_after_a_negation_are_marked_until_the_clause_ends() -> None:
    assert model.tokens("We don't have managers, but we have leads") == [
        "we",
        "don't",
        "not_have",
        "not_managers",
        "but",
        "we",
        "have",
        "leads",
    ]


def test_numbers_in_digits_and_words_are_one_token() -> None:
    assert model.tokens("About 40 people, forty-two really") == [
        "about",
        "NUM",
        "people",
        "NUM",
        "NUM",
        "really",
    ]
    assert "NUMBIG" in model.tokens("We employ 2,500 staff")


def test_features_hold_bigrams_head_counts_and_the_question() -> None:
    feats = model.features("We are about sixty people.", "How big is the company?")
    assert "about NUM" in feats
    assert "HC:medium" in feats
    assert "q:big" in feats and "q:company" in feats
    assert "q:is" not in feats  # function words of the question are no evidence
    assert not any(f.startswith("q:") for f in model.features("We are about sixty people."))


def _toy() -> model.DimensionModel:
    weights = {"anywhere": [4.0, 0.0, 0.0, 0.0], "office": [0.0, 1.0, 1.0, 0.0]}
    classes = ["fully_remote", "hybrid", "in_office", model.NONE]
    data = {
        "dimensions": {
            "remote_policy": {"classes": classes, "bias": [0, 0, 0, 2.0], "weights": weights}
        }
    }
    return model.from_json(data)["remote_policy"]


def test_probabilities_are_a_softmax_of_bias_and_weights() -> None:
    toy = _toy()
    plain = toy.probabilities("Nothing relevant")
    assert math.isclose(sum(plain.values()), 1.0)
    assert max(plain, key=plain.__getitem__) == model.NONE
    remote = toy.probabilities("We work from anywhere")
    assert remote["fully_remote"] > 0.8
    assert math.isclose(sum(remote.values()), 1.0)


def test_from_json_reads_what_training_writes() -> None:
    data = {
        "format": 1,
        "dimensions": {
            "remote_policy": {
                "classes": ["fully_remote", "hybrid", "in_office", "none"],
                "bias": [0.0, 0.0, 0.0, 2.0],
                "weights": {"anywhere": [4.0, 0.0, 0.0, 0.0]},
            }
        },
    }
    loaded = model.from_json(data)["remote_policy"]
    assert loaded.classes[-1] == model.NONE
    assert list(loaded.rows[loaded.index["anywhere"] * 4 :][:4]) == [4.0, 0.0, 0.0, 0.0]


def test_the_shipped_model_covers_every_dimension() -> None:
    shipped = model.load()
    assert set(shipped) == set(CULTURE_DIMENSIONS)
    for name, dim in shipped.items():
        assert dim.classes == (*CULTURE_DIMENSIONS[name], model.NONE)
        assert len(dim.rows) == len(dim.index) * len(dim.classes)


@pytest.fixture
def toy_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(model, "load", lambda: {"remote_policy": _toy()})


@pytest.mark.usefixtures("toy_model")
def test_a_clear_sentence_is_read_with_its_evidence_and_a_capped_confidence() -> None:
    reading = model_reading(
        "remote_policy", model_inputs(sentences("We work from anywhere. Lunch is good."))
    )
    assert reading.value == "fully_remote"
    assert reading.evidence == ["We work from anywhere."]
    assert reading.confidence is not None and 0 < reading.confidence <= MODEL_CONFIDENCE_CAP


@pytest.mark.usefixtures("toy_model")
def test_weak_or_split_evidence_stays_unknown() -> None:
    weak = model_reading("remote_policy", model_inputs(sentences("There is an office.")))
    assert weak.value == "unknown" and weak.evidence == [] and weak.confidence is None


@pytest.mark.usefixtures("toy_model")
def test_questions_and_talk_of_elsewhere_are_not_read() -> None:
    asked = "Interviewer: Do you work from anywhere?\nSam: Good question."
    assert model_reading("remote_policy", model_inputs(sentences(asked))).value == "unknown"
    before = "At my old company we could work from anywhere."
    assert model_reading("remote_policy", model_inputs(sentences(before))).value == "unknown"


def test_the_model_reads_what_the_rules_leave_unknown(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Interviewer: Go on.\nSam: We work from anywhere."
    monkeypatch.setattr(model, "load", lambda: dict.fromkeys(CULTURE_DIMENSIONS, _toy()))
    monkeypatch.setattr(culture, "choose", lambda *_: culture.Reading("unknown", [], None))
    readings = culture.dimensions_from(sentences(text), use_model=True)
    assert readings["remote_policy"].value == "fully_remote"
    assert culture.dimensions_from(sentences(text))["remote_policy"].value == "unknown"


def test_rules_keep_their_reading_over_the_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(model, "load", lambda: dict.fromkeys(CULTURE_DIMENSIONS, _toy()))
    text = "Interviewer: Where do you work?\nSam: We work from anywhere, but we're hybrid."
    rules = culture.dimensions_from(sentences(text))["remote_policy"].value
    assert rules != "unknown"
    assert culture.dimensions_from(sentences(text), use_model=True)["remote_policy"].value == rules


def _nomads(weight: float) -> model.DimensionModel:
    """A toy model that reads "nomads" (a word no rule knows) as fully remote."""
    classes = ["fully_remote", "hybrid", "in_office", model.NONE]
    weights = {"nomads": [weight, 0.0, 0.0, 0.0]}
    data = {
        "dimensions": {
            "remote_policy": {"classes": classes, "bias": [0, 0, 0, 2.0], "weights": weights}
        }
    }
    return model.from_json(data)["remote_policy"]


WEAK_RULE = "Interviewer: Go on.\nSam: We are nomads. Some of us go on site."
STRONG_RULE = (
    "Interviewer: Go on.\nSam: We are nomads. Everyone is on site. "
    "We are in the office five days a week."
)


@pytest.mark.parametrize(
    ("text", "weight", "expected"),
    [
        (WEAK_RULE, 5.0, "fully_remote"),  # one weak cue, a sure model (p 0.94): overruled
        (WEAK_RULE, 3.0, "in_office"),  # one weak cue, an unsure model (p 0.68): kept
        (STRONG_RULE, 5.0, "in_office"),  # two sentences behind the rules: kept
    ],
)
def test_a_sure_model_overrules_only_a_weak_rule_reading(
    monkeypatch: pytest.MonkeyPatch, text: str, weight: float, expected: str
) -> None:
    monkeypatch.setattr(model, "load", lambda: dict.fromkeys(CULTURE_DIMENSIONS, _nomads(weight)))
    assert culture.dimensions_from(sentences(text))["remote_policy"].value == "in_office"
    reading = culture.dimensions_from(sentences(text), use_model=True)["remote_policy"]
    assert reading.value == expected
    if expected == "fully_remote":
        assert reading.evidence == ["We are nomads."]
        assert reading.confidence is not None and reading.confidence <= MODEL_CONFIDENCE_CAP


def test_the_shipped_weights_are_what_training_makes_from_the_committed_data() -> None:
    if not (default_data_dir() / "train").is_dir():
        pytest.skip("no training data (an install without the repository)")
    assert train_culture.main(["--check"]) == 0, (
        "retrain: python -m matcha.evaluation.train_culture (see eval/README.md)"
    )
