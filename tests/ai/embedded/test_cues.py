"""Cue hits in one sentence: strongest per value, and which of them are mere hints."""

from __future__ import annotations

from matcha.ai.embedded.cues import cue_hits, scored_hits


def test_a_plain_one_weight_cue_is_a_hint_and_a_statement_is_not() -> None:
    assert scored_hits("I had a meeting with a supplier.", "communication")["sync_heavy"].hint
    stated = scored_hits("We work fully remote.", "remote_policy")["fully_remote"]
    assert not stated.hint and stated.weight == 2.5


def test_a_denied_hint_is_not_a_hint() -> None:
    # "Not... from home" states the opposite outright, at the negated share of the cue.
    hit = scored_hits("Nobody here works from home.", "remote_policy")["in_office"]
    assert not hit.hint


def test_cue_hits_keeps_only_weights() -> None:
    assert cue_hits("We work fully remote.", "remote_policy") == {"fully_remote": 2.5}


def test_a_denied_value_gets_nothing_from_weaker_cues_in_its_sentence() -> None:
    # "no learning budget" denies development; the mentoring it is set against is no offer.
    hits = cue_hits("There's no learning budget apart from some mentoring.", "growth_focus")
    assert "skill_development" not in hits
    assert "skill_development" in cue_hits(
        "There's mentoring, and a course now and then.", "growth_focus"
    )
