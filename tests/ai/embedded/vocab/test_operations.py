"""Operations vocabulary: kitchens and hospitality."""

from __future__ import annotations

from matcha.ai.embedded.skills import find_skills


def test_kitchen_words() -> None:
    found = find_skills(
        "Seasonal menus, menu costing and whole-animal butchery; Toast POS; ServSafe Manager "
        "and ServSafe Alcohol."
    )
    assert found == [
        "Menu Development", "Menu Costing", "Butchery", "Toast POS", "ServSafe Manager",
        "ServSafe Alcohol",
    ]  # fmt: skip


def test_toast_the_bread_is_not_the_till() -> None:
    assert find_skills("We toast the bread to order.") == []
