"""Short-lived helper the bench drivers run in the venv: seeds data and enqueues work.

It is never part of a measured tree. Each command prints one JSON object on stdout.

    python bench/producer.py account                      # the bench org's API token
    python bench/producer.py seed --n 400                 # a company and N interviews
    python bench/producer.py enqueue --ids-file ids.json  # one analysis job per interview
    python bench/producer.py baseline --n 400 --broker redis://…   # the baseline's tasks
    python bench/producer.py position --candidates 40     # a new position (+ candidates once)
    python bench/producer.py match --position ID          # queue its match (async, published)
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

TRANSCRIPTS = Path(__file__).resolve().parent.parent / "src/matcha/demo/transcripts"


def _kind(name: str) -> str:
    return "screening" if name.startswith("screening") else (
        "candidate" if name.startswith("candidate") else "culture"
    )  # fmt: skip


def account() -> dict[str, Any]:
    """The bench organisation (made on first use), its admin and a fresh API token."""
    from sqlalchemy import select

    from matcha.accounts import service as accounts
    from matcha.accounts.models import Role, TokenKind, User
    from matcha.accounts.schemas import UserCreate
    from matcha.db import session_scope

    email = "bench@matcha.local"
    with session_scope() as session:
        user = session.scalar(select(User).where(User.email == email))
        if user is None:
            data = UserCreate(email=email, password="bench-password", role=Role.admin)
            user = accounts.add_user_to_named_org(session, "Bench org", data, create=True)
        issued = accounts.issue(session, user, TokenKind.api, role=Role.admin, ttl=None)
        return {"org_id": str(user.org_id), "token": issued.token}


def seed(n: int) -> dict[str, Any]:
    """One company with `n` pending interviews, round-robin over the demo transcripts, in the
    bench organisation; with a token for its API."""
    import uuid

    from matcha.companies import service as companies
    from matcha.companies.schemas import CompanyCreate
    from matcha.db import session_scope
    from matcha.interviews.models import Interview, InterviewStatus
    from matcha.tenancy import scope

    files = sorted(TRANSCRIPTS.glob("*.txt"))
    access = account()
    with session_scope() as session:
        scope(session, uuid.UUID(access["org_id"]))
        company = companies.create_company(session, data=CompanyCreate(name="Bench Co"))
        interviews = [
            Interview(
                company_id=company.id,
                interview_type=_kind(path.name),
                status=InterviewStatus.pending,
                transcript=path.read_text().strip(),
            )
            for path in (files[i % len(files)] for i in range(n))
        ]
        session.add_all(interviews)
        session.commit()
        return {
            "company_id": str(company.id),
            "interview_ids": [str(i.id) for i in interviews],
            "token": access["token"],
        }


def enqueue(ids_file: Path) -> dict[str, Any]:
    """Queue an analysis per interview in one burst: rows in one commit, then one publish each.

    That is what `POST …/analyze/async` does per request, batched so that the producer is not
    the bottleneck (the anchors also enqueued 400 tasks in one ~0.2 s burst).
    """
    import uuid

    from matcha.db import session_scope, utcnow
    from matcha.jobs.engine import records
    from matcha.jobs.engine.service import scope_to_subject
    from matcha.jobs.registry import JOBS, JobKind
    from matcha.worker.celery_app import app

    ids = [uuid.UUID(i) for i in json.loads(ids_file.read_text())]
    spec = JOBS[JobKind.analyze_interview]
    app.connection_for_write().ensure_connection(max_retries=1)  # connect before the clock
    t_first = time.time()
    with session_scope() as session:
        scope_to_subject(session, JobKind.analyze_interview, ids[0])
        jobs = []
        for interview_id in ids:
            job, _ = records.submit(
                session, kind=JobKind.analyze_interview, subject_id=interview_id
            )
            job.dispatched_at = utcnow()  # so no sweeper publishes it a second time
            jobs.append(job)
        session.commit()
        job_ids = [str(job.id) for job in jobs]
    t_committed = time.time()
    for job_id in job_ids:
        app.send_task(spec.task_name, args=[job_id], queue=spec.queue)
    return {
        "t_first": t_first,
        "t_committed": t_committed,
        "t_published": time.time(),
        "job_ids": job_ids,
    }


def baseline(n: int, broker: str) -> dict[str, Any]:
    """`n` tasks for bench/baseline_tasks.py, sent by name so nothing heavy is imported here."""
    from celery import Celery

    app = Celery("baseline", broker=broker)
    app.conf.task_ignore_result = True
    with app.connection_for_write() as conn:
        conn.ensure_connection(max_retries=1)
        t_first = time.time()
        for i in range(n):
            app.send_task("bench.analyze", args=[i], connection=conn)
    return {"t_first": t_first, "t_published": time.time()}


def position(candidates: int) -> dict[str, Any]:
    """A new position in the bench organisation; `candidates` candidates are made on first use.

    A new position per call, so no score is reused from the cache."""
    import uuid

    from sqlalchemy import func, select

    from matcha.candidates import service as candidates_service
    from matcha.candidates.models import Candidate
    from matcha.candidates.schemas import CandidateCreate
    from matcha.companies.models import Company
    from matcha.db import session_scope
    from matcha.positions.models import Position
    from matcha.tenancy import scope

    access = account()
    skills = ["Python", "Go", "PostgreSQL", "Kubernetes", "Redis", "TypeScript"]
    with session_scope() as session:
        scope(session, uuid.UUID(access["org_id"]))
        company = session.scalar(select(Company).where(Company.name == "Bench Co"))
        if company is None:
            company = Company(name="Bench Co")
            session.add(company)
            session.flush()
        if not session.scalar(select(func.count()).select_from(Candidate)):
            for n in range(candidates):
                listed = ", ".join(skills[n % 3 : n % 3 + 3])
                text = (
                    f"Candidate {n}\nSenior backend engineer\n{listed}\n"
                    f"{2010 + n % 8} - Present: Staff Engineer at Example {n}"
                )
                data = CandidateCreate(name=f"Candidate {n}", resume_text=text)
                candidates_service.create_candidate(session, data=data)
        row = Position(
            company_id=company.id,
            title=f"Backend engineer {uuid.uuid4().hex[:6]}",
            required_skills=["Python", "PostgreSQL", "Kubernetes"],
            experience_level="senior",
        )
        session.add(row)
        session.flush()
        return {"position_id": str(row.id)}


def match(position_id: str) -> dict[str, Any]:
    """What `POST /positions/{id}/match/async` does: commit the job, then publish it."""
    import uuid

    from matcha.db import session_scope
    from matcha.jobs.engine import service
    from matcha.jobs.registry import JobKind

    subject = uuid.UUID(position_id)
    with session_scope() as session:
        service.scope_to_subject(session, JobKind.match_position, subject)
        job, _ = service.enqueue(session, JobKind.match_position, subject, {})
        return {"job_id": str(job.id), "t_published": time.time()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("account")
    sub.add_parser("seed").add_argument("--n", type=int, default=400)
    sub.add_parser("enqueue").add_argument("--ids-file", type=Path, required=True)
    base = sub.add_parser("baseline")
    base.add_argument("--n", type=int, default=400)
    base.add_argument("--broker", required=True)
    sub.add_parser("position").add_argument("--candidates", type=int, default=40)
    sub.add_parser("match").add_argument("--position", required=True)
    args = parser.parse_args()
    if args.command == "account":
        out = account()
    elif args.command == "seed":
        out = seed(args.n)
    elif args.command == "enqueue":
        out = enqueue(args.ids_file)
    elif args.command == "position":
        out = position(args.candidates)
    elif args.command == "match":
        out = match(args.position)
    else:
        out = baseline(args.n, args.broker)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
