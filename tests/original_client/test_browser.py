"""The original React frontend in headless Chromium against a real matcha: log in, the companies
and a culture profile, a new company, a new interview, candidates filtered, a résumé uploaded, a
position created, edited and deleted, and both kinds of matching. No console error, no failed
request and no error answer is allowed anywhere on the way.

Its source is not ours to ship, so the test takes a checkout of it from the environment and
skips without one (see docs/original-frontend.md):

- `MATCHA_ORIGINAL_CLIENT`: the client's folder (tajaa/matcha-recruit at 3dab5d144, `client/`).
  Built with npm when it has no `dist/` yet, then served by `vite preview` on its own port
  (5174, from its vite.config.ts).
- `MATCHA_ORIGINAL_CLIENT_API`: a running matcha to use (e.g. `PORT=8001 make run` with
  `MATCHA_CORS_ORIGINS=http://localhost:5174`). Without it the test loads the demo and starts
  matcha itself. Either way matcha must answer where client.ts sends its calls: its API base is
  hard-coded (http://localhost:8001/api).
- `MATCHA_ORIGINAL_CLIENT_SHOTS`: where the screenshots go (default artifacts/original-client/).
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import httpx
import pytest

from tests.candidates.docs import make_docx
from tests.processes import ROOT, Proc, start_api
from tests.web.test_browser import DEMO_EMAIL, DEMO_PASSWORD, browser, chromium

if TYPE_CHECKING:
    from playwright.sync_api import Browser, ConsoleMessage, Page, Request

pytestmark = pytest.mark.slow
__all__ = ["browser", "chromium"]  # the fixture, shared with the UI's browser test

CLIENT_ORIGIN = "http://localhost:5174"
API_BASE = re.compile(r"const API_BASE = '([^']+)'")


def _client_dir() -> Path:
    where = os.environ.get("MATCHA_ORIGINAL_CLIENT")
    if not where:
        pytest.skip(
            "MATCHA_ORIGINAL_CLIENT is not set: point it at a checkout of the original client "
            "(tajaa/matcha-recruit, client/); see docs/original-frontend.md"
        )
    path = Path(where)
    if not (path / "src" / "api" / "client.ts").is_file():
        pytest.fail(f"MATCHA_ORIGINAL_CLIENT={where} has no src/api/client.ts")
    return path


def _api_base(client: Path) -> str:
    """Where the client sends its calls (hard-coded in its client.ts), without `/api`."""
    found = API_BASE.search((client / "src" / "api" / "client.ts").read_text())
    assert found, "client.ts no longer names its API_BASE"
    return found.group(1).removesuffix("/api")


def _port_taken(url: str) -> bool:
    parts = urllib.parse.urlsplit(url)
    with socket.socket() as sock:
        return sock.connect_ex((parts.hostname or "localhost", parts.port or 80)) == 0


def _wait_for(url: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            httpx.get(url, timeout=2)
            return
        except httpx.HTTPError:
            time.sleep(0.3)
    pytest.fail(f"{url} did not answer within {seconds:g} s")


@pytest.fixture
def client_app() -> Iterator[str]:
    """The client built (once) and served as a production build would be."""
    client = _client_dir()
    if _port_taken(CLIENT_ORIGIN):
        pytest.skip(f"{CLIENT_ORIGIN} is taken: the client's origin must be free to serve it")
    npm = {"cwd": client, "capture_output": True, "text": True, "timeout": 600}
    if not (client / "node_modules").is_dir():
        done = subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], check=False, **npm)
        assert done.returncode == 0, done.stderr[-2000:]
    if not (client / "dist" / "index.html").is_file():
        done = subprocess.run(["npm", "run", "build"], check=False, **npm)
        assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    port = CLIENT_ORIGIN.rsplit(":", 1)[1]
    server = subprocess.Popen(
        ["npx", "vite", "preview", "--port", port, "--strictPort"],
        cwd=client,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # npx starts vite as a child: stop them together
    )
    try:
        _wait_for(CLIENT_ORIGIN + "/")
        yield CLIENT_ORIGIN
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=10)


@pytest.fixture
def api(tmp_path: Path) -> Iterator[str]:
    """matcha where the client calls it: MATCHA_ORIGINAL_CLIENT_API, else started here over the
    demo data with the client's origin allowed."""
    given = os.environ.get("MATCHA_ORIGINAL_CLIENT_API")
    base = _api_base(_client_dir())
    if given:
        yield given.rstrip("/")
        return
    if _port_taken(base):
        pytest.skip(
            f"{base} (the client's API base) is taken: stop what runs there, or set "
            "MATCHA_ORIGINAL_CLIENT_API to the matcha serving it"
        )
    demo = subprocess.run(
        [sys.executable, "-m", "matcha", "demo"],
        env={**os.environ, "MATCHA_ENV": "dev"},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert demo.returncode == 0, demo.stdout[-2000:] + demo.stderr[-2000:]
    env = {"MATCHA_WORKER_MODE": "combined", "MATCHA_CORS_ORIGINS": CLIENT_ORIGIN}
    port = int(urllib.parse.urlsplit(base).port or 80)
    proc: Proc = start_api(tmp_path / "api.log", env, port)
    try:
        yield base
    finally:
        proc.stop()


def _shots() -> Path:
    where = Path(os.environ.get("MATCHA_ORIGINAL_CLIENT_SHOTS") or ROOT / "artifacts")
    path = where if "MATCHA_ORIGINAL_CLIENT_SHOTS" in os.environ else where / "original-client"
    path.mkdir(parents=True, exist_ok=True)
    return path


def shot(page: Page, name: str) -> None:
    page.wait_for_load_state("networkidle")
    page.screenshot(path=str(_shots() / f"{name}.png"), full_page=True)


def _watch(page: Page) -> list[str]:
    """Every console error, page error, failed request and error answer the page meets."""
    problems: list[str] = []

    def console(message: ConsoleMessage) -> None:
        if message.type == "error":
            problems.append(f"console error: {message.text}")

    page.on("console", console)
    page.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))

    def failed(request: Request) -> None:
        # A navigation cancels the page's asset loads (its favicon, say): not a failure. Every
        # call to the API counts, cancelled or not.
        if "ERR_ABORTED" in str(request.failure) and "/api/" not in request.url:
            return
        problems.append(f"request failed: {request.method} {request.url} ({request.failure})")

    page.on("requestfailed", failed)
    page.on(
        "response",
        lambda r: (
            problems.append(f"{r.status} {r.request.method} {r.url}") if r.status >= 400 else None
        ),
    )
    page.on("dialog", lambda dialog: dialog.accept())  # "Are you sure…?" before a delete
    return problems


@pytest.fixture
def http(api: str) -> Iterator[httpx.Client]:
    """The API as the demo admin, to know what the pages should show."""
    login = {"email": DEMO_EMAIL, "password": DEMO_PASSWORD}
    token = httpx.post(f"{api}/api/auth/login", json=login).json()["access_token"]
    with httpx.Client(
        base_url=f"{api}/api", headers={"Authorization": f"Bearer {token}"}, timeout=120
    ) as client:
        yield client


def test_the_original_frontend_works_against_matcha(
    browser: Browser, client_app: str, api: str, http: httpx.Client, tmp_path: Path
) -> None:
    companies = http.get("/companies").json()
    cultured = next(c for c in companies if c["culture_profile"])
    page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    problems = _watch(page)

    # Log in: the client posts JSON to /api/auth/login and lands on its companies list.
    page.goto(client_app + "/login")
    page.locator("input[type=email]").fill(DEMO_EMAIL)
    page.locator("input[type=password]").fill(DEMO_PASSWORD)
    page.locator("button[type=submit]").click()
    page.wait_for_url("**/app")
    for company in companies:
        page.get_by_text(company["name"], exact=True).first.wait_for()
    shot(page, "01-companies")

    # A company with its culture profile: the summary and the dimensions as plain text.
    page.get_by_text(cultured["name"], exact=True).first.click()
    profile = cultured["culture_profile"]
    page.get_by_text(profile["culture_summary"]).wait_for()
    for name in ("pace", "hierarchy", "remote_policy"):
        assert profile[name] in page.locator("main").inner_text()
    shot(page, "02-company-culture-profile")

    # A new company, its optional fields left blank ("" on the wire).
    run = uuid.uuid4().hex[:6]
    new_company = f"Original Client Co {run}"
    page.goto(client_app + "/app")
    page.get_by_role("button", name="Add Company").click()
    page.get_by_placeholder("Acme Corp").fill(new_company)
    page.get_by_role("button", name="Create", exact=True).click()
    page.get_by_text(new_company, exact=True).wait_for()
    shot(page, "03-company-created")

    # A new interview: the client navigates by the reply's interview_id, then it is listed.
    page.get_by_text(new_company, exact=True).click()
    page.wait_for_url(re.compile(r".*/app/companies/[0-9a-f-]{36}$"))
    company_url = page.url
    page.get_by_role("button", name="New Interview").click()
    page.get_by_placeholder("John Smith").fill(f"Ana Okafor {run}")
    page.get_by_placeholder("VP of Engineering").fill("Head of People")
    page.get_by_role("button", name="Start Interview").click()
    page.wait_for_url(re.compile(r".*/interview/[0-9a-f-]{36}$"))
    page.goto(company_url)
    page.get_by_text(f"Ana Okafor {run}").wait_for()
    assert "pending" in page.get_by_text("Head of People").locator("xpath=../..").inner_text()
    shot(page, "04-interview-listed")

    # Candidates, then filtered by a skill the way the client sends it.
    page.goto(client_app + "/app/candidates")
    everyone = http.get("/candidates", params={"limit": 100}).json()
    page.get_by_text(everyone[0]["name"], exact=True).first.wait_for()
    page.get_by_placeholder("python, react, aws...").fill("python")
    page.get_by_role("button", name="Filter").click()
    pythonistas = http.get("/candidates", params={"skills": "python"}).json()
    assert 0 < len(pythonistas) < len(everyone)
    page.get_by_role("button", name="Clear").wait_for()
    outsider = next(c for c in everyone if c["id"] not in {p["id"] for p in pythonistas})
    page.get_by_text(pythonistas[0]["name"], exact=True).first.wait_for()
    assert page.get_by_text(outsider["name"], exact=True).count() == 0
    shot(page, "05-candidates-filtered")
    page.get_by_role("button", name="Clear").click()

    # A résumé uploaded through the client's hidden file input.
    resume = tmp_path / "grace-hopper.docx"
    resume.write_bytes(
        make_docx(
            f"Grace Hopper {run.upper()}",
            f"grace.{run}@example.com",
            "Staff engineer, 12 years of experience. Python, COBOL, SQL, compilers.",
        )
    )
    page.locator("input[type=file]").set_input_files(str(resume))
    page.get_by_text(f"grace.{run}@example.com", exact=True).first.wait_for()
    shot(page, "06-resume-uploaded")

    # A position created with the client's form (currency, benefits, blank department…).
    page.goto(client_app + "/app/positions")
    page.get_by_role("button", name="Add Position").click()
    form = page.locator("form")
    form.locator("select").first.select_option(label=cultured["name"])
    form.get_by_placeholder("e.g., Senior Software Engineer").fill(f"Platform Engineer {run}")
    form.get_by_placeholder("e.g., San Francisco, CA").fill("Lisbon")
    form.get_by_placeholder("80000").fill("60000")
    form.get_by_placeholder("120000").fill("90000")
    form.locator("select", has=page.locator("option[value=EUR]")).select_option("EUR")
    skills = form.get_by_placeholder("Type a skill and press Enter...").first
    for skill in ("Python", "PostgreSQL"):
        skills.fill(skill)
        skills.press("Enter")
    form.get_by_role("button", name="Create Position").click()
    page.get_by_text(f"Platform Engineer {run}").first.wait_for()
    shot(page, "07-position-created")

    # Its page: the company's name and the salary in its currency.
    page.get_by_text(f"Platform Engineer {run}").first.click()
    page.wait_for_url(re.compile(r".*/app/positions/[0-9a-f-]{36}$"))
    position_id = page.url.rsplit("/", 1)[1]
    page.get_by_text("€60,000 - €90,000").wait_for()
    assert cultured["name"] in page.locator("main").inner_text()

    # Edited: the client has no edit form, so its own PUT is sent from its page, with its
    # token, as client.ts builds it; the page shows the change.
    edited = page.evaluate(
        """async ([base, id, title]) => {
            const r = await fetch(`${base}/api/positions/${id}`, {
                method: 'PUT',
                headers: {'Content-Type': 'application/json',
                          Authorization: `Bearer ${localStorage.getItem('matcha_access_token')}`},
                body: JSON.stringify({title, salary_currency: 'GBP', department: '',
                                      reporting_to: 'CTO'}),
            });
            return [r.status, await r.json()];
        }""",
        [api, position_id, f"Staff Platform Engineer {run}"],
    )
    assert edited[0] == 200 and edited[1]["title"] == f"Staff Platform Engineer {run}", edited
    assert edited[1]["reporting_to"] == "CTO" and edited[1]["salary_currency"] == "GBP", edited
    page.reload()
    page.get_by_text(f"Staff Platform Engineer {run}").first.wait_for()
    page.get_by_text("£60,000 - £90,000").wait_for()
    shot(page, "08-position-edited")

    # Matching for the position: the ranked list.
    with page.expect_response(lambda r: r.url.endswith("/match"), timeout=120_000) as done:
        page.get_by_role("button", name="Run Matching").click()
    assert done.value.ok
    ranked = http.get(f"/positions/{position_id}/matches").json()
    assert ranked
    page.get_by_text(ranked[0]["candidate_name"]).first.wait_for()
    shot(page, "09-position-matches")

    # Deleted: the client parses the answer as JSON and moves on.
    page.get_by_role("button", name="Delete").click()
    page.wait_for_url("**/positions")
    assert http.get(f"/positions/{position_id}").status_code == 404

    # Culture matching for the company: the ranked list with scores.
    page.goto(f"{client_app}/app/companies/{cultured['id']}")
    with page.expect_response(lambda r: r.url.endswith("/match"), timeout=120_000) as done:
        page.get_by_role("button", name="Run Matching").click()
    assert done.value.ok
    matches = http.get(f"/companies/{cultured['id']}/matches").json()
    assert matches
    page.get_by_text(matches[0]["candidate_name"]).first.wait_for()
    shot(page, "10-company-matches")

    assert not problems, "\n".join(problems)
