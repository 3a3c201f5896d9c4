"""matcha.tenancy: a scoped session sees, changes and creates its own organisation's rows only."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from matcha import db
from matcha.candidates.models import Candidate
from matcha.companies.models import Company
from matcha.jobs.engine import records, runner
from matcha.jobs.engine.models import Job
from matcha.jobs.registry import JobKind
from matcha.matching.models import PositionMatchResult
from matcha.pagination import Page
from matcha.positions.models import Position
from matcha.tenancy import CrossOrgWrite, Organisation, scope
from tests.conftest import Account, make_account


def _scoped(org_id: uuid.UUID) -> Session:
    return scope(db.get_sessionmaker()(), org_id)


def _two_orgs() -> tuple[Account, Account, uuid.UUID, uuid.UUID]:
    a, b = make_account("A"), make_account("B")
    with db.get_sessionmaker()() as s:
        ca, cb = Company(name="A's", org_id=a.org_id), Company(name="B's", org_id=b.org_id)
        s.add_all([ca, cb])
        s.commit()
        return a, b, ca.id, cb.id


def test_reads_by_id_lists_counts_and_subqueries_see_one_organisation() -> None:
    a, _b, mine, theirs = _two_orgs()
    with _scoped(a.org_id) as s:
        assert s.get(Company, mine) is not None
        assert s.get(Company, theirs) is None
        assert [c.id for c in s.scalars(select(Company))] == [mine]
        assert s.scalar(select(func.count()).select_from(Company)) == 1
        rows = Page(limit=10, offset=0).fetch(s, select(Company))  # counts through a subquery
        assert [c.id for c in rows] == [mine]


def test_bulk_updates_and_deletes_touch_one_organisation() -> None:
    a, _b, mine, theirs = _two_orgs()
    with _scoped(a.org_id) as s:
        s.execute(update(Company).values(name="renamed"))
        s.execute(delete(Company).where(Company.id == theirs))
        s.commit()
    with db.get_sessionmaker()() as s:
        names = {c.id: c.name for c in s.scalars(select(Company))}
    assert names == {mine: "renamed", theirs: "B's"}  # B's row survived A's statements


def test_new_rows_take_the_sessions_organisation_and_never_another() -> None:
    a, b, _mine, _theirs = _two_orgs()
    with _scoped(a.org_id) as s:
        made = Company(name="stamped")
        s.add(made)
        s.commit()
        assert made.org_id == a.org_id
        s.add(Company(name="smuggled", org_id=b.org_id))
        with pytest.raises(CrossOrgWrite):
            s.flush()


def test_a_system_session_must_name_the_organisation() -> None:
    with db.get_sessionmaker()() as s:
        s.add(Company(name="orphan"))
        with pytest.raises(CrossOrgWrite):
            s.flush()


def test_a_session_cannot_change_organisation() -> None:
    a, b, _m, _t = _two_orgs()
    with _scoped(a.org_id) as s, pytest.raises(CrossOrgWrite):
        scope(s, b.org_id)


def test_deleting_an_organisation_deletes_everything_it_owns() -> None:
    a, _b, _mine, theirs = _two_orgs()
    with db.get_sessionmaker()() as s:
        org = s.get(Organisation, a.org_id)
        s.delete(org)
        s.commit()
        assert [c.id for c in s.scalars(select(Company))] == [theirs]


def test_a_job_run_by_the_worker_acts_within_its_organisation_only(
    account: Account, system_session: Session
) -> None:
    """The worker's path (claim on a system session, then `execute` scopes to the job's org):
    position matching ranks the job's organisation's candidates and no one else's."""
    other = make_account("Other")
    with db.get_sessionmaker()() as s:
        company = Company(name="Acme", org_id=account.org_id)
        s.add(company)
        s.flush()
        position = Position(
            org_id=account.org_id, company_id=company.id, title="Dev", required_skills=["python"]
        )
        s.add(position)
        for org, name in ((account.org_id, "Mine"), (other.org_id, "Theirs")):
            s.add(
                Candidate(
                    org_id=org,
                    name=name,
                    resume_text=f"{name}: Python developer, 5 years.",
                    resume_hash=uuid.uuid4().hex,
                    skills=["python"],
                    experience_years=5,
                    parsed_data={"name": name, "skills": ["python"], "experience_years": 5},
                )
            )
        s.commit()
        position_id = position.id
    with _scoped(account.org_id) as s:
        job, _ = records.submit(s, kind=JobKind.match_position, subject_id=position_id)
        s.commit()
        job_id = job.id
    assert runner.execute(job_id, worker="test") == "succeeded"
    system_session.expire_all()
    scored = system_session.scalars(select(PositionMatchResult)).all()
    assert [r.org_id for r in scored] == [account.org_id]
    names = {
        system_session.get(Candidate, r.candidate_id).name  # type: ignore[union-attr]
        for r in scored
    }
    assert names == {"Mine"}
    finished = system_session.get(Job, job_id)
    assert finished is not None and finished.org_id == account.org_id
