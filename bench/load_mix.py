"""What bench/load.py's clients do: organisations seeded over the API, then one recruiter's loop.

Each client is one recruiter with its own user and session token, in one of the organisations.
Until the deadline it picks an action by weight, runs it and thinks for a random while. Sync AI
calls go to subjects the client owns (its interview, its position), so clients never collide
on them (a sync run on a subject with a live job answers 409 by design). Matching is always
over the organisation's seeded pool of candidates, so its cost stays bounded while creates
grow the data.
"""

from __future__ import annotations

import asyncio
import json
import random
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

DEMO = Path(__file__).resolve().parent.parent / "src" / "matcha" / "demo"
SAMPLE = json.loads((DEMO / "sample.json").read_text())
TRANSCRIPTS = [
    (DEMO / i["file"]).read_text()
    for c in SAMPLE["companies"]
    for i in c["interviews"]
    if i["interview_type"] == "culture"
]
RESUMES = [(c["name"], (DEMO / c["file"]).read_text()) for c in SAMPLE["candidates"]]
POSITIONS = [p for c in SAMPLE["companies"] for p in c["positions"]]
PASSWORD = "load test passphrase"
GROUPS = ("login", "read", "create", "sync AI", "async AI", "SSE")
WEIGHTS = {"login": 3, "read": 60, "create": 15, "sync AI": 6, "async AI": 10, "SSE": 6}
POOL = 8  # candidates per organisation that matching scores
SSE_HOLD = (2.0, 5.0)  # seconds a client keeps a job's event stream open


@dataclass
class Stats:
    """Every answered request's latency and status, and every transport error, by group."""

    latency: dict[str, list[float]] = field(default_factory=lambda: {g: [] for g in GROUPS})
    status: dict[str, Counter[int]] = field(default_factory=lambda: {g: Counter() for g in GROUPS})
    not_ok: Counter[tuple[str, str, int]] = field(default_factory=Counter)  # group, route, status
    errors: Counter[tuple[str, str, str]] = field(default_factory=Counter)  # group, route, error
    sse_events: int = 0
    sse_held: list[float] = field(default_factory=list)  # seconds each stream stayed open

    def record(self, group: str, route: str, status: int, seconds: float) -> None:
        self.latency[group].append(seconds)
        self.status[group][status] += 1
        if not 200 <= status < 300:
            self.not_ok[(group, route, status)] += 1


@dataclass
class Org:
    """One organisation's seeded data, plus the ids its clients created (for reads)."""

    companies: list[str]  # seeded, with a culture profile
    positions: list[str]  # seeded, shared by the organisation's clients
    pool: list[str]  # the candidates matching scores
    analysed: list[str]  # interviews with an analysis
    known: dict[str, deque[str]] = field(default_factory=dict)

    def add(self, kind: str, ident: str) -> None:
        self.known.setdefault(kind, deque(maxlen=200)).append(ident)

    def pick(self, kind: str, rng: random.Random) -> str:
        return rng.choice(self.known[kind])


@dataclass
class Client:
    n: int
    org: Org
    email: str
    token: str
    interview: str  # its own, for sync analysis
    position: str  # its own, for sync matching
    rng: random.Random
    last_job: str | None = None


class Driver:
    """Runs clients against one server; records into `stats` (swap it to discard the seeding)."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self.http = http
        self.stats = Stats()
        self.made = 0
        self.last_error = ""

    async def call(
        self, group: str, route: str, method: str, url: str, token: str, **kw: Any
    ) -> httpx.Response | None:
        start = time.perf_counter()
        try:
            auth = {"Authorization": f"Bearer {token}"} if token else {}
            resp = await self.http.request(method, url, headers=auth, **kw)
        except httpx.HTTPError as exc:
            self.stats.errors[(group, route, type(exc).__name__)] += 1
            self.last_error = repr(exc)
            return None
        self.stats.record(group, route, resp.status_code, time.perf_counter() - start)
        return resp

    async def ok(self, route: str, method: str, url: str, token: str, **kw: Any) -> Any:
        """A seeding call that must succeed; its JSON."""
        resp = await self.call("create", route, method, url, token, **kw)
        if resp is None or not resp.is_success:
            detail = resp.text[:300] if resp is not None else self.last_error
            raise RuntimeError(f"seeding {method} {url}: {detail}")
        return resp.json() if resp.content else None

    # ---------------------------------------------------------------- seeding

    async def seed_org(self, i: int, n_clients: int, first: int) -> list[Client]:
        """An organisation with 2 companies (3 analysed culture interviews each, a culture
        profile, a position), POOL candidates, and one recruiter per client."""
        reg = await self.ok(
            "register", "POST", "/api/auth/register", "",
            json={"organisation": f"Load org {i}", "email": f"admin{i}@load.example",
                  "password": PASSWORD},
        )  # fmt: skip
        admin = reg["access_token"]
        org = Org([], [], [], [])
        for c, spec in enumerate(SAMPLE["companies"][:2]):
            body = {"name": spec["name"], "industry": spec["industry"], "size": spec["size"]}
            company = (await self.ok("company", "POST", "/api/companies", admin, json=body))["id"]
            org.companies.append(company)
            org.add("companies", company)
            for t in range(3):
                iv = await self.new_interview(
                    admin, company, TRANSCRIPTS[(3 * c + t) % len(TRANSCRIPTS)]
                )
                await self.ok("analyze", "POST", f"/api/interviews/{iv}/analyze", admin)
                org.analysed.append(iv)
                org.add("interviews", iv)
            await self.ok("aggregate", "POST", f"/api/companies/{company}/aggregate-culture", admin)
            org.positions.append(await self.new_position(admin, org, company, c))
        for k in range(POOL):
            org.pool.append(await self.new_candidate(admin, org, (i + k) % len(RESUMES)))
        for pos in org.positions:
            body = {"candidate_ids": org.pool}
            await self.ok("match", "POST", f"/api/positions/{pos}/match", admin, json=body)
        clients = []
        for j in range(n_clients):
            email = f"user{i}-{j}@load.example"
            body = {"email": email, "password": PASSWORD, "role": "recruiter"}
            await self.ok("user", "POST", "/api/users", admin, json=body)
            form = {"username": email, "password": PASSWORD}
            login = await self.ok("login", "POST", "/api/auth/token", "", data=form)
            token = login["access_token"]
            company = org.companies[j % 2]
            interview = await self.new_interview(token, company, TRANSCRIPTS[j % len(TRANSCRIPTS)])
            position = await self.new_position(token, org, company, j)
            rng = random.Random(first + j)
            clients.append(Client(first + j, org, email, token, interview, position, rng))
        return clients

    async def new_interview(self, token: str, company: str, transcript: str | None) -> str:
        body: dict[str, Any] = {"interview_type": "culture", "interviewer_name": "Load Tester"}
        if transcript is not None:
            body["transcript"] = transcript
        url = f"/api/companies/{company}/interviews"
        return str((await self.ok("interview", "POST", url, token, json=body))["id"])

    async def new_position(self, token: str, org: Org, company: str, k: int) -> str:
        body = {**POSITIONS[k % len(POSITIONS)], "company_id": company}
        pos = str((await self.ok("position", "POST", "/api/positions", token, json=body))["id"])
        org.add("positions", pos)
        return pos

    async def new_candidate(self, token: str, org: Org, k: int) -> str:
        self.made += 1
        name, text = RESUMES[k]
        body = {"name": name, "resume_text": f"{text}\nReference: load test {self.made}"}
        cand = str((await self.ok("candidate", "POST", "/api/candidates", token, json=body))["id"])
        org.add("candidates", cand)
        return cand

    # ---------------------------------------------------------------- the loop

    async def client(self, c: Client, deadline: float, think: float) -> None:
        await asyncio.sleep(c.rng.uniform(0, 2))  # don't start all at once
        actions = {
            "login": self.login, "read": self.read, "create": self.create,
            "sync AI": self.sync_ai, "async AI": self.async_ai, "SSE": self.sse,
        }  # fmt: skip
        names, weights = list(WEIGHTS), list(WEIGHTS.values())
        while time.monotonic() < deadline:
            await actions[c.rng.choices(names, weights)[0]](c)
            await asyncio.sleep(c.rng.uniform(0, 2 * think))

    async def login(self, c: Client) -> None:
        """A fresh session, then the old one logged out."""
        form = {"username": c.email, "password": PASSWORD}
        resp = await self.call(
            "login", "POST /api/auth/token", "POST", "/api/auth/token", "", data=form
        )
        if resp is None or resp.status_code != 200:
            return
        old, c.token = c.token, resp.json()["access_token"]
        await self.call("login", "POST /api/auth/logout", "POST", "/api/auth/logout", old)

    async def read(self, c: Client) -> None:
        org, rng = c.org, c.rng
        company, analysed = rng.choice(org.companies), rng.choice(org.analysed)
        position = rng.choice(org.positions)
        route, url = rng.choice([
            ("GET /api/companies", "/api/companies"),
            ("GET /api/companies/{id}", f"/api/companies/{org.pick('companies', rng)}"),
            ("GET /api/companies/{id}/interviews", f"/api/companies/{company}/interviews"),
            ("GET /api/interviews/{id}", f"/api/interviews/{org.pick('interviews', rng)}"),
            ("GET /api/interviews/{id}/analysis", f"/api/interviews/{analysed}/analysis"),
            ("GET /api/companies/{id}/culture-profile", f"/api/companies/{company}/culture-profile"),  # noqa: E501
            ("GET /api/candidates", "/api/candidates"),
            ("GET /api/candidates/{id}", f"/api/candidates/{org.pick('candidates', rng)}"),
            ("GET /api/positions", "/api/positions"),
            ("GET /api/positions/{id}", f"/api/positions/{org.pick('positions', rng)}"),
            ("GET /api/companies/{id}/matches", f"/api/companies/{company}/matches"),
            ("GET /api/positions/{id}/matches", f"/api/positions/{position}/matches"),
            ("GET /api/jobs", "/api/jobs"),
            ("GET /api/jobs/{id}", f"/api/jobs/{c.last_job}" if c.last_job else "/api/jobs"),
        ])  # fmt: skip
        await self.call("read", route, "GET", url, c.token)

    async def create(self, c: Client) -> None:
        org, rng, kind = c.org, c.rng, c.rng.randrange(4)
        self.made += 1
        if kind == 0:
            body = {"name": f"Load company {self.made}", "industry": "software"}
            resp = await self.call(
                "create", "POST /api/companies", "POST", "/api/companies", c.token, json=body
            )
            key = "companies"
        elif kind == 1:
            body = {"interview_type": "culture", "transcript": rng.choice(TRANSCRIPTS)}
            url = f"/api/companies/{org.pick('companies', rng)}/interviews"
            resp = await self.call(
                "create", "POST /api/companies/{id}/interviews", "POST", url, c.token, json=body
            )
            key = "interviews"
        elif kind == 2:
            name, text = rng.choice(RESUMES)
            body = {"name": name, "resume_text": f"{text}\nReference: load test {self.made}"}
            resp = await self.call(
                "create", "POST /api/candidates", "POST", "/api/candidates", c.token, json=body
            )
            key = "candidates"
        else:
            body = {**rng.choice(POSITIONS), "company_id": org.pick("companies", rng)}
            resp = await self.call(
                "create", "POST /api/positions", "POST", "/api/positions", c.token, json=body
            )
            key = "positions"
        if resp is not None and resp.status_code == 201:
            org.add(key, resp.json()["id"])

    async def sync_ai(self, c: Client) -> None:
        if c.rng.random() < 0.5:
            url = f"/api/interviews/{c.interview}/analyze"
            await self.call("sync AI", "POST /api/interviews/{id}/analyze", "POST", url, c.token)
        else:
            url, body = f"/api/positions/{c.position}/match", {"candidate_ids": c.org.pool}
            await self.call(
                "sync AI", "POST /api/positions/{id}/match", "POST", url, c.token, json=body
            )

    async def async_ai(self, c: Client) -> None:
        c.last_job = None
        org, rng, kind = c.org, c.rng, c.rng.randrange(4)
        company = rng.choice(org.companies)
        if kind == 0:  # a new interview ends: its analysis is queued
            body = {"interview_type": "culture", "interviewer_name": "Load Tester"}
            url = f"/api/companies/{company}/interviews"
            resp = await self.call(
                "create", "POST /api/companies/{id}/interviews", "POST", url, c.token, json=body
            )
            if resp is None or resp.status_code != 201:
                return
            interview = resp.json()["id"]
            org.add("interviews", interview)
            route, url = (
                "POST /api/interviews/{id}/complete",
                f"/api/interviews/{interview}/complete",
            )
            kw: dict[str, Any] = {"json": {"transcript": rng.choice(TRANSCRIPTS)}}
        elif kind == 1:
            route = "POST /api/positions/{id}/match/async"
            url = f"/api/positions/{rng.choice(org.positions)}/match/async"
            kw = {"json": {"candidate_ids": org.pool}}
        elif kind == 2:
            route, url = (
                "POST /api/companies/{id}/match/async",
                f"/api/companies/{company}/match/async",
            )
            kw = {"json": {"candidate_ids": org.pool}}
        else:
            route = "POST /api/companies/{id}/aggregate-culture/async"
            url = f"/api/companies/{company}/aggregate-culture/async"
            kw = {}
        resp = await self.call("async AI", route, "POST", url, c.token, **kw)
        if resp is not None and resp.is_success:
            c.last_job = resp.json()["job_id"]
            org.add("jobs", c.last_job)

    async def sse(self, c: Client) -> None:
        """Queue a job and follow its events for a few seconds (or until it ends), as the web
        UI's progress bar does."""
        await self.async_ai(c)
        if c.last_job is None:
            return
        route, hold = "GET /api/jobs/{id}/events", c.rng.uniform(*SSE_HOLD)
        headers = {"Authorization": f"Bearer {c.token}", "Accept": "text/event-stream"}
        url = f"/api/jobs/{c.last_job}/events"
        start = time.perf_counter()
        status, first = 0, None
        try:
            async with self.http.stream("GET", url, headers=headers) as resp:
                status = resp.status_code
                try:
                    async with asyncio.timeout(hold):
                        async for chunk in resp.aiter_text():
                            first = first or time.perf_counter() - start
                            self.stats.sse_events += chunk.count("\n\n")
                except TimeoutError:
                    pass
        except httpx.HTTPError as exc:
            self.stats.errors[("SSE", route, type(exc).__name__)] += 1
            return
        self.stats.sse_held.append(time.perf_counter() - start)
        self.stats.record("SSE", route, status, first or time.perf_counter() - start)
