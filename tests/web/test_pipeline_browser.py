"""From a ranked list to a hire, in headless Chromium against a real API (combined mode, over
the demo): add the top 3, reject one with a reason, move one through screening (with a
screening interview tied to them, analysed by the worker) to offer and hired, with notes, and
see every step in the history. Screenshots in artifacts/screenshots/: pipeline.png (the page),
pipeline-board.png (the board and the top of the ranking; docs/images/pipeline.png) and
candidate.png (docs/images/candidate.png).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.applications.conftest import transcript
from tests.web.test_browser import (  # noqa: F401  (api and browser are fixtures)
    DEMO_EMAIL,
    DEMO_PASSWORD,
    SCREENSHOTS,
    WATCH_RUNNERS,
    api,
    browser,
    nav,
    run_job,
    shot,
)

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Locator, Page

pytestmark = pytest.mark.slow
POSITION = "Java Developer, Claims Platform"


def cards(page: Page, stage: str) -> Locator:
    return page.locator(f'section.column[data-stage="{stage}"] .app-card')


def test_from_the_ranking_to_a_hire(browser: Browser, api: str) -> None:  # noqa: F811
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    context.add_init_script(WATCH_RUNNERS)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(api + "/ui/login")
    page.get_by_label("Email").fill(DEMO_EMAIL)
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url("**/ui/companies")

    # The ranking: match, then add the top 3 to the pipeline.
    nav(page, "Positions")
    page.get_by_role("link", name=POSITION).click()
    page.wait_for_url("**/ui/positions/*")
    position_url = page.url.split("?")[0].split("#")[0]
    assert run_job(page, "Match candidates")[-1] == "done"
    assert page.locator("#pipeline .empty").count() == 5  # nobody in any stage yet
    page.get_by_label("Add the top").fill("3")
    page.get_by_role("button", name="Add the top to the pipeline").click()
    page.wait_for_url("**added=3**")
    assert "Added 3 to the pipeline" in page.get_by_role("status").first.inner_text()
    assert cards(page, "applied").count() == 3
    names = [str(cards(page, "applied").nth(i).get_attribute("data-candidate")) for i in range(3)]
    ranked = page.locator("#matches tbody tr th a").all_inner_texts()[:3]
    assert sorted(names) == sorted(ranked)
    hire, keep, reject = names
    assert page.locator('#matches td.pipeline-cell[data-stage="applied"]').count() == 3

    # Reject one with a reason from the list and a note.
    card = page.locator(f'.app-card[data-candidate="{reject}"]')
    card.locator("summary", has_text="Reject").click()
    card.get_by_label(f"Why reject {reject}").select_option("skills")
    card.get_by_label(f"Note on rejecting {reject}").fill("No Java on the résumé")
    with page.expect_navigation():
        card.get_by_role("button", name=f"Reject {reject}").click()
    assert cards(page, "applied").count() == 2
    page.get_by_text("Rejected or withdrawn (1)").click()
    assert "skills" in page.locator("details.closed").inner_text()

    # Move one to screening with the keyboard alone.
    button = page.get_by_role("button", name=f"Move {hire} to screening")
    button.focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert cards(page, "screening").count() == 1
    panel = page.locator("#app-panel")
    assert hire in panel.get_by_role("heading").first.inner_text()

    # A screening interview tied to them, from the card's panel; the worker analyses it.
    panel.get_by_role("link", name=f"Add a screening interview with {hire}").click()
    page.wait_for_url("**/ui/companies/*")
    assert page.get_by_label("Type").input_value() == "screening"
    page.get_by_label("Interviewer's name").fill("Robin")
    page.get_by_label("Transcript").fill(transcript("screening_strong_priya"))
    page.get_by_role("button", name="Add interview").click()
    page.wait_for_url("**/ui/companies/*")
    row = page.locator("#interviews tbody tr", has_text=hire).first
    assert "Screening interview" in row.inner_text()  # the company's list names the person
    page.wait_for_function(
        "(name) => [...document.querySelectorAll('#interviews tbody tr')].some("
        "r => r.innerText.includes(name) && r.dataset.status === 'completed')",
        arg=hire,
        timeout=60_000,
    )

    # The passing screening moved them to interview; on to offer and hired, with notes.
    page.goto(position_url)
    assert cards(page, "interview").count() == 1
    assert "Screening" in cards(page, "interview").first.inner_text()
    with page.expect_navigation():
        page.get_by_role("button", name=f"Move {hire} to offer").click()
    page.get_by_label("Add a note").fill("Offer: 85k, starts in March")
    with page.expect_navigation():
        page.get_by_role("button", name="Add note").click()
    with page.expect_navigation():
        page.get_by_role("button", name=f"Move {hire} to hired").click()
    page.get_by_label("Add a note").fill("Signed. Welcome aboard!")
    with page.expect_navigation():
        page.get_by_role("button", name="Add note").click()
    assert cards(page, "hired").count() == 1 and cards(page, "applied").count() == 1
    history = page.locator("#app-panel .history li").all_inner_texts()
    steps = [h.split(":", 2)[-1].strip() for h in history]
    assert [s.split(" — ")[0] for s in steps] == [
        "added to applied",
        "applied → screening",
        "screening → interview",
        "interview → offer",
        "offer → hired",
    ], history
    assert "screening interview" in history[2] and DEMO_EMAIL in history[1]
    notes = page.locator("#app-panel .notes").inner_text()
    assert "Signed. Welcome aboard!" in notes and "Offer: 85k" in notes
    assert keep in cards(page, "applied").first.inner_text()
    page.get_by_text("Rejected or withdrawn (1)").click()
    assert "No Java on the résumé" in page.locator("details.closed").inner_text()
    shot(page, "pipeline")
    # The pipeline as CSV, from its button.
    with page.expect_download() as download:
        page.get_by_role("link", name="Export pipeline CSV").click()
    exported = Path(download.value.path()).read_text(encoding="utf-8-sig").splitlines()
    assert exported[0].startswith("application_id,candidate_id,name,email,stage,")
    assert sorted(line.split(",")[4] for line in exported[1:]) == ["applied", "hired", "rejected"]
    fifth = page.locator("#matches tbody tr").nth(4).bounding_box()
    assert fifth is not None
    bottom = fifth["y"] + fifth["height"] + page.evaluate("window.scrollY") + 16
    page.screenshot(
        path=str(SCREENSHOTS / "pipeline-board.png"),
        clip={"x": 0, "y": 0, "width": 1400, "height": bottom},
        full_page=True,
    )

    # Their page: the application (stage, scores), the interview with its result, the notes.
    page.locator(".app-card.selected .app-name a").click()
    page.wait_for_url("**/ui/candidates/*")
    applications = page.locator("#applications tbody tr")
    assert applications.count() == 1
    assert applications.first.get_attribute("data-stage") == "hired"
    seen = page.locator("#interviews").inner_text()
    assert "Screening interview at Northwind Assurance" in seen and "/100: " in seen
    page.get_by_label("Add a note").fill("Refer back for the platform team next year")
    page.get_by_role("button", name="Add note").click()
    page.wait_for_url("**/ui/candidates/*")
    assert page.locator("#notes .notes li").count() == 3  # the two application notes and this
    shot(page, "candidate")

    # Drag and drop is there too, beside the buttons: the other card goes to screening.
    page.goto(position_url)
    with page.expect_navigation():
        cards(page, "applied").first.drag_to(page.locator('section.column[data-stage="screening"]'))
    assert cards(page, "screening").count() == 1 and cards(page, "applied").count() == 0
    assert "applied → screening" in page.locator("#app-panel .history").inner_text()
    assert keep in page.locator("#app-panel h3").inner_text()
    assert errors == []
    cookies = context.cookies()
    context.close()

    # On a phone the board and the ranking scroll sideways in their own boxes; the page does
    # not (the ranking's screen-reader labels used to stick out of it: 627 px).
    phone = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    phone.add_cookies(cookies)  # type: ignore[arg-type]
    small = phone.new_page()
    small.goto(position_url)
    assert cards(small, "screening").count() == 1
    assert small.evaluate("document.documentElement.scrollWidth") <= 390
    phone.close()
