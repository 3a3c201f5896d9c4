"""People vocabulary: recruiting tools and checks."""

from __future__ import annotations

from matcha.ai.embedded.skills import find_skills


def test_recruiting_checks_and_tools() -> None:
    found = find_skills("Credential verification in Nursys; pipeline in Bullhorn ATS.")
    assert found == ["Credential Verification", "Nursys", "Bullhorn"]
