"""The measured part of bench/llm_match.py, run by it in a venv subprocess whose environment
already names the database, the provider and the fake LLM (matcha reads it on import).

    python bench/llm_match_runs.py --fake http://127.0.0.1:PORT --wire openai [--candidates N]
        [--top-k K]

Prints one JSON object: {"runs": [...], "notes": [...]}.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
import urllib.request
import uuid
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from matcha.ai.embedded.resume import parse_resume
from matcha.candidates import service as candidates_service
from matcha.candidates.models import Candidate
from matcha.candidates.schemas import CandidateCreate
from matcha.config import get_settings
from matcha.db import get_sessionmaker
from matcha.demo.loader import SAMPLE_DIR, manifest
from matcha.jobs.engine.models import Job
from matcha.jobs.engine.runner import run_sync
from matcha.jobs.match_position import PositionMatchRun
from matcha.jobs.registry import JobKind
from matcha.matching.models import PositionMatchResult
from matcha.positions.models import Position

POSITION = "Senior Backend Engineer (Go)"
CHANGE = "\nSKILLS: Go, Kubernetes, PostgreSQL, Kafka, gRPC\n"  # what a changed résumé gains
EXTRA_SKILLS = ["Docker", "Terraform", "Redis", "GraphQL", "Rust", "Kafka", "AWS", "Django"]
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-2]\d)\b")


def variant(text: str, i: int) -> str:
    """Demo résumé number `i`: dates shifted back 0-4 years, one more skill, a unique reference."""
    shift = i % 5
    shifted = _YEAR.sub(lambda m: str(int(m.group()) - shift), text)
    return f"{shifted.rstrip()}\nAlso: {EXTRA_SKILLS[i % len(EXTRA_SKILLS)]}\nRef: bench-{i:04d}\n"


def within_org(session: Session, position: Position) -> None:
    """Where organisations own rows, work inside the position's (a no-op where they don't)."""
    org_id = getattr(position, "org_id", None)
    if org_id is not None:
        from matcha.tenancy import scope  # type: ignore[import-not-found, unused-ignore]

        scope(session, org_id)


def fill_pool(session: Session, size: int) -> tuple[list[uuid.UUID], str]:
    """Demo candidates plus variants of their résumés up to `size`; ids in the job's order."""
    demo = manifest()["candidates"]
    have = len(candidates_service.list_candidates_by_ids(session, None))
    start = time.perf_counter()
    for i in range(have, size):
        item = demo[i % len(demo)]
        text = variant((SAMPLE_DIR / item["file"]).read_text(encoding="utf-8"), i)
        data = CandidateCreate(name=f"{item['name']} #{i}", resume_text=text)
        candidates_service.create_candidate(session, data=data)
    pool = [c.id for c in candidates_service.list_candidates_by_ids(session, None)]
    note = (
        f"pool: {len(pool)} candidates ({have} from the demo, {len(pool) - have} variants "
        f"created in {time.perf_counter() - start:.1f} s)"
    )
    return pool, note


def change(session: Session, ids: list[uuid.UUID]) -> None:
    """A new version of these résumés, parsed as a re-upload would be."""
    for cid in ids:
        row = session.get(Candidate, cid)
        assert row is not None
        row.resume_text = row.resume_text + CHANGE
        row.resume_hash = candidates_service.resume_hash(row.resume_text)
        profile = parse_resume(row.resume_text)
        row.parsed_data = profile.model_dump(mode="json")
        row.skills, row.experience_years = list(profile.skills), profile.experience_years
    session.commit()


def cold(session: Session, position_id: uuid.UUID) -> None:
    """Forget every stored score of the position: the next run has nothing to reuse."""
    session.execute(
        delete(PositionMatchResult).where(PositionMatchResult.position_id == position_id)
    )
    session.commit()


def by_model(session: Session, position_id: uuid.UUID, provider: str) -> set[uuid.UUID]:
    """Candidates whose stored score came from the model (not the embedded pre-rank)."""
    query = select(PositionMatchResult.candidate_id).where(
        PositionMatchResult.position_id == position_id, PositionMatchResult.scored_by == provider
    )
    return set(session.scalars(query))


def seen(fake: str) -> int:
    """Requests the fake LLM has answered so far (its own count)."""
    with urllib.request.urlopen(f"{fake}/stats", timeout=10) as response:
        return int(json.load(response)["requests"])


def match(
    session: Session, position_id: uuid.UUID, fake: str, label: str, top_k: int | None
) -> dict[str, Any]:
    """One run of the position's matching job, through the sync path the API uses."""
    if top_k is None:
        os.environ.pop("MATCHA_MATCH_TOP_K", None)
    else:
        os.environ["MATCHA_MATCH_TOP_K"] = str(top_k)
    get_settings.cache_clear()
    before = seen(fake)
    start = time.perf_counter()
    result = run_sync(session, JobKind.match_position, position_id, {})
    wall = time.perf_counter() - start
    assert isinstance(result, PositionMatchRun)
    query = select(Job).where(Job.subject_id == position_id).order_by(Job.created_at.desc())
    job = session.scalars(query).first()
    assert job is not None and job.status == "succeeded", job and job.error_message
    run = {
        "run": label, "calls": job.llm_calls, "seen": seen(fake) - before,
        "tokens_in": job.tokens_in, "tokens_out": job.tokens_out, "wall_s": round(wall, 1),
        "scored": result.scored, "reused": result.reused,
        "provider": job.provider, "model": job.model,
    }  # fmt: skip
    print(json.dumps(run), file=sys.stderr, flush=True)
    return run


def explain(before: set[uuid.UUID], after: set[uuid.UUID], changed: set[uuid.UUID], k: int) -> str:
    """Why a run after changes made the calls it made: who is in the top K now, and who was."""
    in_top, entered = len(changed & after), len((after - before) - changed)
    return (
        f"(d): of the {len(changed)} changed candidates, {in_top} are in the new top-{k} (a call "
        f"each) and {len(changed) - in_top} are not (pre-rank score re-saved, no call); "
        f"{entered} unchanged candidates entered the top-{k} (a call each); "
        f"{len(before - after)} left it and keep their embedded pre-rank score (no call)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--fake", required=True, help="base URL of bench/fake_llm.py")
    parser.add_argument("--wire", choices=["openai", "gemini"], required=True)
    parser.add_argument("--candidates", type=int, default=1000)
    parser.add_argument("--top-k", type=int, default=50)
    args = parser.parse_args()
    k = args.top_k
    with get_sessionmaker()() as session:
        position = session.scalars(select(Position).where(Position.title == POSITION)).one()
        within_org(session, position)
        pid = position.id
        pool, note = fill_pool(session, args.candidates)
        runs, notes = [], [note]
        step = max(1, len(pool) // 10)  # ten candidates spread over the pool, twice
        first, second = pool[step // 20 :: step][:10], pool[step // 2 :: step][:10]
        cold(session, pid)
        runs.append(match(session, pid, args.fake, "(a) cold, no cache, no top-K", None))
        change(session, first)
        runs.append(match(session, pid, args.fake, "(a2) 10 changed, no top-K", None))
        cold(session, pid)
        runs.append(match(session, pid, args.fake, f"(b) cold, top-K={k}", k))
        runs.append(match(session, pid, args.fake, f"(c) warm (cached), top-K={k}", k))
        top_before = by_model(session, pid, args.wire)
        change(session, second)
        runs.append(match(session, pid, args.fake, f"(d) 10 changed, top-K={k}", k))
        notes.append(explain(top_before, by_model(session, pid, args.wire), set(second), k))
    print(json.dumps({"runs": runs, "notes": notes}))


if __name__ == "__main__":
    main()
