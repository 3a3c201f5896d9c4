"""The UI in a real browser: headless Debian Chromium, driven by Playwright, against a real API.

The API runs as its own process in combined mode (its worker runs the async jobs), over the
demo data. Screenshots of the main pages land in artifacts/screenshots/ (git-ignored; CI keeps
them as artefacts). Without Chromium or Playwright the test skips, or fails in CI.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from tests.conftest import service_missing
from tests.processes import ROOT, Proc, free_port, start_api

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

pytestmark = pytest.mark.slow

SCREENSHOTS = ROOT / "artifacts" / "screenshots"
DEMO_EMAIL, DEMO_PASSWORD = "demo@matcha.local", "matcha-demo"
FAILING_TRANSCRIPT = "Interviewer: How do you work?\nDana: #fail We are a flat, remote team."
RESUME = "Grace Hopper\ngrace@example.com\nStaff engineer\nJava, SQL, Spring Boot, COBOL\n"
# Record every state a job runner goes through, to see the progress bar move and finish.
WATCH_RUNNERS = """
window.__states = [];
document.addEventListener("DOMContentLoaded", () => {
  new MutationObserver((records) => {
    for (const r of records) window.__states.push(r.target.dataset.state);
  }).observe(document.body, {subtree: true, attributes: true, attributeFilter: ["data-state"]});
});
"""


def chromium() -> str:
    path = os.environ.get("MATCHA_CHROMIUM") or shutil.which("chromium")
    if path is None:
        service_missing("Debian's chromium is not installed (apt-get install -y chromium)")
    assert path is not None
    return path


@pytest.fixture
def browser() -> Iterator[Browser]:
    executable = chromium()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        service_missing("playwright is not installed (pip install -e '.[dev]')")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def api(tmp_path: Path) -> Iterator[str]:
    """The demo loaded (as `make run` does), then a real API process in combined mode."""
    demo = subprocess.run(
        [sys.executable, "-m", "matcha", "demo"],
        env={**os.environ, "MATCHA_ENV": "dev"},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert demo.returncode == 0, demo.stdout[-2000:] + demo.stderr[-2000:]
    port = free_port()
    # Each AI call waits a little, as an LLM would: long enough to watch a progress bar move.
    # The demo organisation's admins are operators: they see the workers and the plan.
    env = {
        "MATCHA_WORKER_MODE": "combined",
        "MATCHA_TEST_AI_DELAY": "0.05",
        "MATCHA_OPERATOR_ORG": "Demo organisation",
    }
    proc: Proc = start_api(tmp_path / "api.log", env, port)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.stop()


def shot(page: Page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def nav(page: Page, name: str) -> None:
    page.get_by_role("navigation", name="Main").get_by_role("link", name=name).click()
    page.wait_for_load_state()


def run_job(page: Page, button: str) -> list[Any]:
    """Click a runner's button and wait until its job has finished and the page caught up;
    returns the states the runner went through."""
    page.evaluate("window.__states = []")
    runner = page.locator("[data-runner]", has=page.get_by_role("button", name=button))
    runner.get_by_role("button", name=button).click()
    progress = runner.locator("progress")
    progress.wait_for(state="visible")
    page.wait_for_function(
        "(el) => el.dataset.state === 'done' || el.dataset.state === 'failed'",
        arg=runner.element_handle(),
        timeout=60_000,
    )
    assert runner.get_attribute("data-state") == "done", runner.inner_text()
    assert progress.evaluate("(bar) => bar.value === bar.max")
    assert "Done" in runner.locator(".job-text").inner_text()
    states: list[Any] = page.evaluate("window.__states")
    return states


def test_a_recruiter_and_an_operator_walk_the_demo(browser: Browser, api: str) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.add_init_script(WATCH_RUNNERS)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))

    # Logged out, the UI sends us to the login page; a wrong password says so on the page.
    page.goto(api + "/")
    assert "/ui/login" in page.url
    page.get_by_label("Email").fill(DEMO_EMAIL)
    page.get_by_label("Password").fill("not the password")
    page.get_by_role("button", name="Log in").click()
    assert page.get_by_role("alert").inner_text() == "Wrong email or password."
    shot(page, "login")
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url("**/ui/companies")
    assert page.get_by_role("link", name="Lumen Labs").is_visible()
    shot(page, "companies")

    # A company: run aggregation async and watch its progress bar finish.
    page.get_by_role("link", name="Lumen Labs").click()
    page.wait_for_url("**/ui/companies/*")
    states = run_job(page, "Aggregate culture")
    assert states[0] in ("queued", "running") and states[-2:] == ["succeeded", "done"]
    assert page.locator("#culture .dim").count() == 9
    assert page.locator("#culture blockquote").count() > 0  # the evidence behind the values
    assert page.locator("#culture .certainty[title]").count() > 0  # confidence, number on hover
    assert page.locator("#culture .dim-sources a[href^='/ui/interviews/']").count() > 0
    states = run_job(page, "Match candidates to this culture")
    assert states[-2:] == ["succeeded", "done"]
    assert page.locator("#matches .match").count() >= 10
    assert page.locator("#matches .rests-on").count() >= 10  # on how much the fit rests
    shot(page, "company")

    # A new interview: its status changes live, without reloading the page.
    page.evaluate("window.__same_page = true")
    page.get_by_text("Add an interview").click()
    page.get_by_label("Interviewer's name").fill("Robin")
    page.get_by_label("Transcript").fill(FAILING_TRANSCRIPT)
    page.get_by_role("button", name="Add interview").click()
    page.wait_for_url("**/ui/companies/*")
    page.evaluate("window.__same_page = true")
    first = page.locator("#interviews tbody tr").first
    page.wait_for_function(
        "() => document.querySelector('#interviews tbody tr').dataset.status === 'failed'",
        timeout=30_000,
    )
    assert page.evaluate("window.__same_page === true")  # updated live, not reloaded
    assert "scripted provider failure" in first.inner_text()

    # An interview: the transcript beside its analysis.
    page.locator("#interviews tbody tr").nth(1).get_by_role("link").click()
    page.wait_for_url("**/ui/interviews/*")
    assert page.get_by_role("heading", name="Transcript").is_visible()
    assert page.get_by_role("heading", name="Conversation analysis").is_visible()
    shot(page, "interview")

    # Candidates: add one by pasting a résumé; its parsed profile shows.
    nav(page, "Candidates")
    page.get_by_role("link", name="Add a candidate").click()
    page.get_by_label("Name").fill("Grace Hopper")
    page.get_by_label("Résumé text").fill(RESUME)
    page.get_by_role("button", name="Add candidate").click()
    page.wait_for_url("**/ui/candidates/*")
    assert page.get_by_role("heading", name="Grace Hopper").is_visible()
    assert "Java" in page.locator("#skills-h + .chips").inner_text()
    nav(page, "Candidates")
    shot(page, "candidates")

    # A position: run matching async and see the ranked results.
    nav(page, "Positions")
    shot(page, "positions")
    page.get_by_role("link", name="Java Developer, Claims Platform").click()
    page.wait_for_url("**/ui/positions/*")
    states = run_job(page, "Match candidates")
    assert {"queued", "running"} & set(states) and states[-1] == "done"
    rows = page.locator("#matches tbody tr")
    assert rows.count() == 24  # the 23 demo candidates and Grace
    scores = [
        int(n)
        for n in page.locator("#matches tbody tr td:nth-child(3) .score-num").all_inner_texts()
    ]
    assert scores == sorted(scores, reverse=True)
    assert page.locator("#matches .chips.good").count() > 0  # matched skills
    assert page.locator("#matches .chips.missing").count() > 0  # missing skills
    shot(page, "position-matches")

    # Operators: the finished jobs, and the failed one with its reason and a retry.
    nav(page, "Operators")
    page.wait_for_url("**/ui/operators")
    recent = page.locator(".recent-jobs tbody")
    for kind in ("match position", "match company", "aggregate culture"):
        row = recent.locator("tr", has_text=kind).first
        assert row.get_attribute("data-job-status") == "succeeded", kind
    assert page.get_by_text("Recommended: ").is_visible()
    workers = page.locator("#workers-h + .table-wrap").inner_text()
    assert "combined" in workers
    failed = page.get_by_role("row", name="analyze interview")
    assert "scripted provider failure" in failed.first.inner_text()
    page.get_by_role("button", name="Retry").first.click()
    status = page.locator("#retry-status")
    status.wait_for(state="visible")
    assert "Queued again" in status.inner_text()
    page.wait_for_function(
        "() => [...document.querySelectorAll('.recent-jobs tr')].filter("
        "r => r.dataset.jobStatus === 'failed').length >= 2",
        timeout=30_000,
    )  # the live page shows the retried job ending (the same transcript fails again)
    shot(page, "operators")

    # Log out: the session ends.
    page.get_by_role("button", name="Log out").click()
    page.wait_for_url("**/ui/login?logged_out=1")
    page.goto(api + "/ui/companies")
    assert "/ui/login" in page.url
    assert errors == []
    context.close()


def test_the_pages_fit_a_phone(browser: Browser, api: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    page.goto(api + "/ui/login")
    page.get_by_label("Email").fill(DEMO_EMAIL)
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url("**/ui/companies")
    for path in ("/ui/companies", "/ui/candidates", "/ui/positions", "/ui/operators"):
        page.goto(api + path)
        # Nothing but a table (which scrolls in its own box) may be wider than the screen.
        wide = page.evaluate("document.documentElement.scrollWidth")
        assert wide <= 390, (path, wide)
    page.goto(api + "/ui/companies")
    page.get_by_role("link", name="Northwind Assurance").click()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    shot(page, "company-phone")
    # Keyboard: the skip link comes first and moves to the content.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to the content"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"
    context.close()
