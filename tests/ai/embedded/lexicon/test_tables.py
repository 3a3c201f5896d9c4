"""The cue tables themselves: every pattern is what its author wrote."""

from __future__ import annotations

from matcha.ai.embedded.lexicon import CUES, REPLY_CUES


def test_no_quantifier_was_eaten_by_an_f_string() -> None:
    # In an rf-string table "{0,30}" must be written "{{0,30}}"; otherwise Python formats the
    # tuple (0, 30) into the regex and the cue silently never matches.
    for table in (CUES, REPLY_CUES):
        for cues in table.values():
            for cue in cues:
                assert "(0, " not in cue.pattern.pattern, cue.pattern.pattern
                assert "(1, " not in cue.pattern.pattern, cue.pattern.pattern
