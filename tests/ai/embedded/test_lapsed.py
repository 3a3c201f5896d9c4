"""Lapsed licences are shown as such and meet no requirement."""

from __future__ import annotations

from datetime import date

from matcha.ai.embedded.lapsed import held, lapsed_credentials, mark_lapsed
from matcha.ai.embedded.position_match import match_position
from matcha.ai.embedded.resume import parse_resume
from matcha.ai.schemas import PositionSpec

TODAY = date(2026, 1, 15)


def test_lapsed_expired_and_past_expiry_dates() -> None:
    text = """Licences
Texas RN licence: inactive since 2022
PALS - expired
ACLS, exp. 2021; BLS, exp. 2027
TNCC (current)
"""
    assert lapsed_credentials(text, 2026) == {"Registered Nurse", "PALS", "ACLS"}


def test_a_credential_also_named_current_is_not_lapsed() -> None:
    text = "BLS expired 2019 | BLS renewed 2025, active"
    assert lapsed_credentials(text, 2026) == set()


def test_skills_that_are_not_credentials_do_not_lapse() -> None:
    assert lapsed_credentials("Telemetry unit closed; Epic licence expired", 2026) == set()


def test_marks_sit_beside_the_skill_and_are_dropped_for_matching() -> None:
    marked = mark_lapsed(["Registered Nurse", "Triage"], {"Registered Nurse"})
    assert marked == ["Registered Nurse", "Registered Nurse (lapsed)", "Triage"]
    assert held(marked) == ["Triage"]


def test_a_lapsed_licence_does_not_meet_a_required_licence() -> None:
    position = PositionSpec(
        title="Registered Nurse — Emergency Department", required_skills=["RN", "Triage"]
    )
    active = """Noor Haddad
Experience
Staff RN, Emergency Department — Mercy West — 2016 – present
- ESI triage. RN licence active (Ohio).
"""
    lapsed = active.replace("RN licence active", "RN licence lapsed")
    lapsed_match = match_position(position, parse_resume(lapsed, today=TODAY), None)
    active_match = match_position(position, parse_resume(active, today=TODAY), None)
    assert lapsed_match.skills_breakdown.missing_required == ["Registered Nurse"]
    assert active_match.skills_breakdown.missing_required == []
    assert lapsed_match.overall_score < active_match.overall_score
