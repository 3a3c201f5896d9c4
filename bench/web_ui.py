"""API memory with the web UI in use: RSS summed over the API's process tree (median of reps).

    python3 bench/web_ui.py [--reps 3] [--rounds 40]

Per repetition, a fresh SQLite database with the demo data (`matcha demo`), the embedded broker,
and the real `matcha serve` (no harness) in each mode:
- always-on: the API process alone (goal: API idle <= 75 MiB, after 1,000 requests <= 85 MiB);
- combined: the API with its worker inside (goal: combined, 32 in flight, <= 90 MiB).
Measured: idle 5 s after /health answers (nobody has opened a page: jinja2 is not imported
yet); then, with the session cookie, the same reads through the JSON API (as many requests as
the walk below: what serving this data costs without the UI); then a browser's session: log in
through the form, then `--rounds` walks over every page
(companies, each company, each interview, candidates, the first 10 candidates, positions, each
position and its edit form, the operators' page), ~1,000 page loads, while two live streams
(the operators' page and a company's interviews, SSE) stay open; peak RSS is sampled every 0.1 s
during the walk, and the RSS after it. The driver is standard-library only (run it with
/usr/bin/python3), outside the measured tree.
"""

from __future__ import annotations

import argparse
import http.client
import re
import secrets
import socket
import subprocess
import threading
import time
from typing import Any
from urllib.parse import urlencode

from common import (
    VENV_PY,
    Mem,
    PeakSampler,
    Proc,
    Stack,
    child_env,
    free_port,
    median,
    save,
    table,
    tree_mem,
    wait_http_ready,
)

DEMO = {"email": "demo@matcha.local", "password": "matcha-demo"}
GOALS = {"always-on": (75.0, 85.0), "combined": (None, 90.0)}
LINK = re.compile(r'href="(/ui/(?:companies|interviews|candidates|positions)/[0-9a-f-]{36})"')


class Browser:
    """One keep-alive connection carrying the session cookie, like a browser tab."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        self.cookie = ""
        self.loads = 0

    def request(self, method: str, path: str, body: str | None = None) -> tuple[int, str]:
        headers = {"Cookie": self.cookie} if self.cookie else {}
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        self.conn.request(method, path, body=body, headers=headers)
        response = self.conn.getresponse()
        text = response.read().decode()
        cookie = response.getheader("set-cookie")
        if cookie:
            self.cookie = cookie.split(";", 1)[0]
        self.loads += 1
        return response.status, text

    def get(self, path: str) -> str:
        status, text = self.request("GET", path)
        if status != 200:
            raise RuntimeError(f"GET {path} answered {status}")
        return text

    def login(self) -> None:
        status, _ = self.request("POST", "/ui/login", urlencode(DEMO))
        if status != 303 or not self.cookie:
            raise RuntimeError(f"login answered {status}")


def pages(browser: Browser) -> list[str]:
    """Every page of the demo, found by following the UI's own links."""
    found = ["/ui/companies", "/ui/candidates", "/ui/positions", "/ui/operators"]
    companies = sorted(set(LINK.findall(browser.get("/ui/companies"))))
    found += companies
    for company in companies:
        found += [p for p in LINK.findall(browser.get(company)) if "/interviews/" in p]
    found += sorted(set(LINK.findall(browser.get("/ui/candidates"))))[:10]
    positions = sorted({p for p in LINK.findall(browser.get("/ui/positions")) if "/pos" in p})
    found += positions + [f"{p}/edit" for p in positions]
    return list(dict.fromkeys(found))


def api_paths(browser: Browser, walk: list[str]) -> list[str]:
    """The JSON API's reads of the same data the pages show (the cookie may read /api too)."""
    out = ["/api/companies", "/api/candidates", "/api/positions", "/api/system/status"]
    for page in walk:
        kind, _, ident = page.removeprefix("/ui/").partition("/")
        if not ident or ident.endswith("/edit"):
            continue
        out.append(f"/api/{kind}/{ident}")
        if kind == "companies":
            out += [f"/api/companies/{ident}/interviews", f"/api/companies/{ident}/matches"]
        if kind == "positions":
            out.append(f"/api/positions/{ident}/matches")
    return out


def stream(port: int, path: str, cookie: str, stop: threading.Event, got: list[int]) -> None:
    """Keep an SSE stream open (as a page's EventSource does) until `stop`; count its bytes."""
    with socket.create_connection(("127.0.0.1", port), timeout=1) as sock:
        request = f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: {cookie}\r\n"
        sock.sendall((request + "Accept: text/event-stream\r\n\r\n").encode())
        while not stop.is_set():
            try:
                data = sock.recv(65536)
            except TimeoutError:
                continue
            if not data:
                break
            got.append(len(data))


def start_api(st: Stack, env: dict[str, str], mode: str) -> tuple[Proc, int]:
    port = free_port()
    argv = [VENV_PY, "-m", "matcha", "serve", "--port", str(port)]
    proc = st.start(f"api-{mode}", argv, {**env, "MATCHA_WORKER_MODE": mode})
    wait_http_ready(proc, f"http://127.0.0.1:{port}")
    return proc, port


def one_mode(st: Stack, env: dict[str, str], mode: str, rounds: int) -> dict[str, Any]:
    proc, port = start_api(st, env, mode)
    time.sleep(5)
    idle = tree_mem(proc.pid)
    browser = Browser(port)
    browser.login()
    logged_in = tree_mem(proc.pid)  # Argon2 checked the password (its memory is given back)
    walk = pages(browser)
    # First the same reads through the JSON API: what serving this data costs without the UI.
    api = api_paths(browser, walk)
    for _ in range(rounds * len(walk) // len(api) + 1):
        for path in api:
            browser.get(path)
    after_api = tree_mem(proc.pid)
    company = next(p for p in walk if p.startswith("/ui/companies/"))
    stop = threading.Event()
    received: list[int] = []
    streams = [
        threading.Thread(
            target=stream, args=(port, path, browser.cookie, stop, received), daemon=True
        )
        for path in ("/ui/operators/live", f"{company}/interviews/live")
    ]
    sampler = PeakSampler(lambda: [proc.pid])
    sampler.start()
    for thread in streams:
        thread.start()
    loads = browser.loads
    started = time.monotonic()
    for _ in range(rounds):
        for path in walk:
            browser.get(path)
    elapsed = time.monotonic() - started
    stop.set()
    for thread in streams:
        thread.join(10)
    peak = sampler.stop()
    after = tree_mem(proc.pid)
    proc.stop()
    return {
        "idle": idle,
        "logged_in": logged_in,
        "after_api": after_api,
        "peak": peak,
        "after": after,
        "loads": browser.loads - loads,
        "sse_bytes": sum(received),
        "pages": len(walk),
        "pages_per_s": rounds * len(walk) / elapsed,
    }


def one_rep(rounds: int) -> dict[str, dict[str, Any]]:
    with Stack() as st:
        db = st.database()
        env = child_env(
            DATABASE_URL=db,
            MATCHA_BROKER_URL=f"sqla+sqlite:///{st.dir / 'broker.db'}",
            MATCHA_SECRET_KEY=secrets.token_urlsafe(48),
        )
        subprocess.run(
            [VENV_PY, "-m", "matcha", "demo"], env={**env, "MATCHA_ENV": "dev"}, cwd=st.dir,
            check=True, capture_output=True, timeout=300,
        )  # fmt: skip
        return {mode: one_mode(st, env, mode, rounds) for mode in GOALS}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=40)
    args = parser.parse_args()
    reps = []
    for i in range(args.reps):
        reps.append(one_rep(args.rounds))
        print(f"rep {i + 1}/{args.reps} done", flush=True)
    rows = []
    for mode, (idle_goal, loaded_goal) in GOALS.items():
        runs = [rep[mode] for rep in reps]

        def rss(key: str, runs: list[dict[str, Any]] = runs) -> float:
            return median([r[key].rss_mib for r in runs if isinstance(r[key], Mem)])

        def pss(key: str, runs: list[dict[str, Any]] = runs) -> float:
            return median([r[key].pss_mib for r in runs if isinstance(r[key], Mem)])

        verdict = (
            "met" if rss("peak") <= loaded_goal else f"MISSED by {rss('peak') - loaded_goal:.1f}"
        )
        rows.append([
            mode, rss("idle"), rss("logged_in"), rss("after_api"), rss("peak"), rss("after"),
            pss("after"), rss("peak") - rss("after_api"), median([float(r["loads"]) for r in runs]),
            median([float(r["pages_per_s"]) for r in runs]),
            (f"idle <= {idle_goal:.0f}; " if idle_goal else "") + f"loaded <= {loaded_goal:.0f}",
            verdict,
        ])  # fmt: skip
    raw = [{m: {k: (v.__dict__ if isinstance(v, Mem) else v) for k, v in r.items()}
            for m, r in rep.items()} for rep in reps]  # fmt: skip
    path = save("web_ui", {"args": vars(args), "reps": raw})
    print(f"\n## API memory with the web UI in use (MiB, median of {args.reps}; raw: {path})\n")
    headers = [
        "mode", "idle", "after login", "after the same reads via /api", "peak, UI in use",
        "after the UI walk", "PSS after", "UI over /api", "page loads", "pages/s", "goal (RSS)",
        "verdict",
    ]  # fmt: skip
    print(table(headers, rows))


if __name__ == "__main__":
    main()
