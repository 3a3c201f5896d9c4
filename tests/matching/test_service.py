"""On how much evidence a culture fit rests (issue 14): a fit on one signal is thin."""

from __future__ import annotations

from matcha.ai.schemas import CultureData, Dimension
from matcha.matching.service import culture_evidence

PROFILE = CultureData(
    pace=Dimension(value="steady"),
    hierarchy=Dimension(value="flat"),
    remote_policy=Dimension(value="hybrid"),
    communication=Dimension(value="async_first"),
    team_size=Dimension(value="small"),
    growth_focus=Dimension(value="both"),
)


def _signals(*dimensions: str) -> dict[str, object]:
    return {"work_style": [{"dimension": d, "value": "x", "evidence": []} for d in dimensions]}


def test_a_fit_on_one_signal_is_thin_and_on_five_is_broad() -> None:
    one = culture_evidence(PROFILE, 3, _signals("pace"))
    five = culture_evidence(
        PROFILE, 3, _signals("pace", "hierarchy", "remote_policy", "communication", "team_size")
    )
    assert (one.dimensions_compared, one.strength) == (1, "thin")
    assert (five.dimensions_compared, five.strength) == (5, "broad")
    assert one.dimensions_known == five.dimensions_known == 6
    assert one.interviews == 3 and one.dimensions_total == 9


def test_only_dimensions_known_on_both_sides_count() -> None:
    evidence = culture_evidence(PROFILE, 1, _signals("pace", "decision_making", "hierarchy"))
    assert evidence.dimensions_compared == 2  # the company says nothing on decision-making
    unknown = {"work_style": [{"dimension": "pace", "value": "unknown"}]}
    assert culture_evidence(PROFILE, 1, unknown).dimensions_compared == 0
    assert culture_evidence(PROFILE, 1, {}).strength == "thin"
