"""Finding and changing data in a real browser (headless Debian Chromium through Playwright):
the header's search, list filters and sort. Screenshots go to artifacts/screenshots/, as in
test_browser.py; the README shows copies from docs/images/.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.web.test_browser import DEMO_EMAIL, DEMO_PASSWORD, api, browser, shot

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

pytestmark = pytest.mark.slow
__all__ = ["api", "browser"]  # the fixtures, shared with test_browser.py


def log_in(browser: Browser, api: str) -> Page:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(api + "/ui/login")
    page.get_by_label("Email").fill(DEMO_EMAIL)
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url("**/ui/companies")
    return page


def table_names(page: Page) -> list[str]:
    return [t.strip() for t in page.locator("tbody th[scope=row] a").all_inner_texts()]


def test_search_filter_and_sort(browser: Browser, api: str) -> None:
    page = log_in(browser, api)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))

    # One box in the header finds candidates, companies and positions.
    box = page.get_by_role("search", name="Search candidates, companies and positions")
    box.get_by_role("searchbox").fill("priya")
    box.get_by_role("searchbox").press("Enter")
    page.wait_for_url("**/ui/search?q=priya")
    found = page.get_by_role("region", name="Candidates")
    assert "Priya Sharma" in found.inner_text()
    page.get_by_role("searchbox", name="Find").fill("lumen")
    page.get_by_role("button", name="Search", exact=True).click()
    page.wait_for_url("**/ui/search?q=lumen")
    assert "Lumen Labs" in page.get_by_role("region", name="Companies").inner_text()
    shot(page, "search")

    # The candidates list: words, skills, years, and a sort.
    page.goto(api + "/ui/candidates")
    form = page.get_by_role("search", name="Find and filter candidates")
    form.get_by_label("Skills (all of)").fill("Python")
    form.get_by_label("Years from").fill("5")
    form.get_by_label("Sort").select_option("name")
    form.get_by_role("button", name="Apply").click()
    page.wait_for_url("**/ui/candidates?*sort=name*")
    names = table_names(page)
    assert names and names == sorted(names), (page.url, page.locator("main").inner_text()[:800])
    assert "skills=Python" in page.url and "sort=name" in page.url
    shot(page, "candidates-filtered")

    # Export what the list shows, as CSV.
    with page.expect_download() as download:
        page.get_by_role("link", name="Export CSV").click()
    exported = Path(download.value.path()).read_text(encoding="utf-8-sig")
    lines = exported.splitlines()
    assert lines[0].startswith("id,name,email") and len(lines) == len(names) + 1

    # Positions: by level.
    page.goto(api + "/ui/positions")
    form = page.get_by_role("search", name="Find and filter positions")
    form.get_by_label("Level").select_option("senior")
    form.get_by_role("button", name="Show").click()
    page.wait_for_url("**/ui/positions?*experience_level=senior*")
    assert page.locator("tbody tr").count() >= 1
    assert "experience_level=senior" in page.url

    # A position's ranked matches, as CSV.
    page.locator("tbody th[scope=row] a").first.click()
    with page.expect_download() as download:
        page.get_by_role("link", name="Export CSV").click()
    assert download.value.suggested_filename.endswith("-matches.csv")
    ranked = Path(download.value.path()).read_text(encoding="utf-8-sig").splitlines()
    assert ranked[0].startswith("rank,candidate_id,name") and ranked[1].startswith("1,")
    assert errors == []
    page.context.close()


def test_edit_reparse_and_delete_with_confirmation(browser: Browser, api: str) -> None:
    page = log_in(browser, api)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))

    # Edit a candidate's résumé: the profile is parsed again.
    page.goto(api + "/ui/candidates?q=priya")
    page.get_by_role("link", name="Priya Sharma").click()
    page.get_by_role("link", name="Edit").click()
    page.get_by_label("Name").fill("Priya K. Sharma")
    resume = page.get_by_label("Résumé")
    resume.fill(resume.input_value() + "\nSkills: Elixir\n")
    page.get_by_role("button", name="Save").click()
    page.wait_for_url("**/ui/candidates/*")
    assert page.get_by_role("heading", level=1).inner_text() == "Priya K. Sharma"
    assert "Elixir" in page.locator("main").inner_text()
    page.get_by_role("button", name="Re-parse the résumé").click()
    page.wait_for_load_state()

    # Delete: a confirmation page first (Cancel keeps it), then the erasure report.
    page.get_by_role("link", name="Delete…").click()
    assert "Delete candidate Priya K. Sharma?" in page.locator("h1").inner_text()
    shot(page, "delete-confirm")
    page.get_by_role("link", name="Cancel, keep it").click()
    page.wait_for_url("**/ui/candidates/*")
    page.get_by_role("link", name="Delete…").click()
    page.get_by_role("button", name="Delete candidate Priya K. Sharma").click()
    page.wait_for_load_state()
    report = page.get_by_role("status").inner_text()
    assert "was erased" in page.locator("h1").inner_text() and "position match" in report
    assert "application" in report and "note" in report and "import report" in report
    shot(page, "erased")
    page.goto(api + "/ui/candidates?q=priya")
    assert "Priya K. Sharma" not in page.locator("main").inner_text()

    # A position: edit exists already; delete it after confirming.
    page.goto(api + "/ui/positions")
    first = page.locator("tbody th[scope=row] a").first
    title = first.inner_text()
    first.click()
    page.get_by_role("link", name="Delete…").click()
    page.get_by_role("button", name=f"Delete position {title}").click()
    page.wait_for_url("**/ui/positions")
    assert title not in table_names(page)
    assert errors == []
    page.context.close()


def test_bulk_upload_and_csv_import(browser: Browser, api: str, tmp_path: Path) -> None:
    page = log_in(browser, api)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(api + "/ui/candidates")
    page.get_by_role("link", name="Import…").click()
    page.wait_for_url("**/ui/import")

    # Seven résumé files (two batches), one of them a résumé already on file.
    files = []
    for i in range(6):
        path = tmp_path / f"person{i}.txt"
        path.write_text(f"Person {i} Bulkson\nperson{i}@bulk.example\nSkills: Python, Go\n")
        files.append(str(path))
    known = tmp_path / "again.txt"
    known.write_text(Path(files[0]).read_text())
    files.append(str(known))
    page.get_by_label("Résumé files", exact=True).set_input_files(files)
    page.get_by_role("button", name="Upload").click()
    status = page.locator(".bulk-text")
    status.filter(has_text="Done").wait_for(timeout=30_000)
    assert status.inner_text() == "Done: 6 added, 1 not added."
    assert page.locator(".bulk-status progress").evaluate("(bar) => bar.value === bar.max")
    assert "already on file" in page.locator(".bulk-results").inner_text()
    shot(page, "bulk-upload")

    # A CSV of companies with one bad row and one duplicate.
    csv_path = tmp_path / "companies.csv"
    csv_path.write_text("name,industry,size\nKiln Works,Ceramics,12\nkiln works,,\n,Retail,\n")
    page.get_by_label("The file holds").select_option("companies")
    page.get_by_label("CSV file").set_input_files(str(csv_path))
    page.get_by_role("button", name="Import", exact=True).click()
    page.wait_for_load_state()
    report = page.locator(".import-report")
    assert "3 rows: 1 added, 1 duplicate, 1 with errors" in report.inner_text()
    shot(page, "csv-import")
    page.goto(api + "/ui/search?q=bulkson")
    assert page.get_by_role("region", name="Candidates").locator("li").count() == 6
    assert errors == []
    page.context.close()


def test_the_public_job_board_and_its_apply_form(browser: Browser, api: str) -> None:
    page = log_in(browser, api)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    # A recruiter opts a position in.
    page.goto(api + "/ui/positions")
    page.locator("tbody th[scope=row] a").first.click()
    title = page.get_by_role("heading", level=1).inner_text()
    page.get_by_role("link", name="Edit").click()
    page.get_by_label("Show on the public job board (while active)").check()
    page.get_by_role("button", name="Save").click()
    page.wait_for_url("**/ui/positions/*")
    board_link = page.get_by_role("link", name="/jobs/")
    public_url = api + board_link.get_attribute("href")  # type: ignore[operator]
    position = public_url.rsplit("/", 1)[1]
    page.context.close()

    # The public, without logging in: the board, the position, the apply form.
    visitor = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    visitor.on("pageerror", lambda exc: errors.append(str(exc)))
    visitor.goto(public_url.rsplit("/", 1)[0])
    assert visitor.get_by_role("navigation", name="Main").count() == 0  # no staff chrome
    visitor.get_by_role("link", name=title).click()
    visitor.get_by_label("Your name").fill("Nia Applicant")
    visitor.get_by_label("Email").fill("nia@applicant.example")
    visitor.get_by_label("…or paste your résumé").fill(
        "Nia Applicant\nSkills: Go, Python, Kubernetes\n2016 - 2024 Backend engineer at Orbit"
    )
    visitor.get_by_label("A note to the hiring team (optional)").fill(
        "I would love to work on your data platform."
    )
    shot(visitor, "job-board-apply")
    visitor.get_by_role("button", name="Send my application").click()
    visitor.wait_for_load_state()
    assert visitor.get_by_role("heading", level=1).inner_text() == "Thank you"
    assert "was received" in visitor.get_by_role("status").inner_text()
    shot(visitor, "job-board-thanks")
    visitor.context.close()

    # The recruiter finds the applicant in the position's pipeline, with the cover note.
    page = log_in(browser, api)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(f"{api}/ui/positions/{position}")
    applied = page.locator('#pipeline [data-stage="applied"] .app-card', has_text="Nia Applicant")
    assert applied.count() == 1
    applied.get_by_role("link", name="History and notes of Nia Applicant").click()
    panel = page.locator("#app-panel").inner_text()
    assert "applicant (job board)" in panel and "data platform" in panel
    assert errors == []
    page.context.close()
