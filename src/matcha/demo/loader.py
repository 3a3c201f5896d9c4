"""Load the sample through the same services the API uses (the CLI's `demo` runs the jobs)."""

from __future__ import annotations

import json
import secrets
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from matcha.accounts import service as accounts
from matcha.accounts.models import Role, TokenKind, User
from matcha.accounts.schemas import UserCreate
from matcha.accounts.service import session_ttl as ttl
from matcha.candidates import service as candidates_service
from matcha.candidates.models import Candidate
from matcha.candidates.schemas import CandidateCreate
from matcha.companies import service as companies_service
from matcha.companies.models import Company
from matcha.companies.schemas import CompanyCreate
from matcha.config import get_settings
from matcha.interviews import service as interviews_service
from matcha.interviews.schemas import InterviewCreate
from matcha.positions import service as positions_service
from matcha.positions.schemas import PositionCreate
from matcha.tenancy import scope

SAMPLE_DIR = Path(__file__).parent


@dataclass
class Sample:
    companies: dict[str, uuid.UUID] = field(default_factory=dict)
    interviews: list[uuid.UUID] = field(default_factory=list)
    positions: list[uuid.UUID] = field(default_factory=list)
    candidates: list[uuid.UUID] = field(default_factory=list)


DEMO_ORG = "Demo organisation"
DEMO_EMAIL = "demo@matcha.local"
DEV_PASSWORD = "matcha-demo"  # dev mode only; elsewhere the demo admin gets a random one


@dataclass(frozen=True)
class DemoAccess:
    org_id: uuid.UUID
    email: str
    password: str | None  # None: set before, and not known here
    token: str  # a session token, valid for MATCHA_SESSION_TTL minutes


def demo_account(session: Session) -> DemoAccess:
    """The demo organisation and its admin (made on first use), and a fresh token for them.
    Scopes `session` to the demo organisation."""
    user = session.scalar(select(User).where(User.email == DEMO_EMAIL))
    password = DEV_PASSWORD if get_settings().dev else None
    if user is None:
        password = password or secrets.token_urlsafe(12)
        data = UserCreate(email=DEMO_EMAIL, password=password, role=Role.admin)
        user = accounts.add_user_to_named_org(session, DEMO_ORG, data, create=True)
    issued = accounts.issue(session, user, TokenKind.session, role=Role(user.role), ttl=ttl())
    session.commit()
    scope(session, user.org_id)
    return DemoAccess(user.org_id, DEMO_EMAIL, password, issued.token)


def is_empty(session: Session) -> bool:
    """True when there are no companies and no candidates yet."""
    companies = session.scalar(select(func.count()).select_from(Company)) or 0
    candidates = session.scalar(select(func.count()).select_from(Candidate)) or 0
    return companies == 0 and candidates == 0


def manifest() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((SAMPLE_DIR / "sample.json").read_text())
    return data


def _text(name: str) -> str:
    return (SAMPLE_DIR / name).read_text(encoding="utf-8")


def load_sample(session: Session) -> Sample:
    """Create the sample's companies, interviews, positions and candidates."""
    sample = Sample()
    data = manifest()
    for company in data["companies"]:
        row = companies_service.create_company(
            session,
            data=CompanyCreate(
                name=company["name"], industry=company.get("industry"), size=company.get("size")
            ),
        )
        sample.companies[company["key"]] = row.id
        for interview in company["interviews"]:
            fields = {k: v for k, v in interview.items() if k != "file"}
            created = interviews_service.create_interview(
                session,
                company_id=row.id,
                data=InterviewCreate(**fields, transcript=_text(interview["file"])),
            )
            sample.interviews.append(created.id)
        for position in company["positions"]:
            pos = positions_service.create_position(
                session, data=PositionCreate(company_id=row.id, **position)
            )
            sample.positions.append(pos.id)
    for candidate in data["candidates"]:
        cand = candidates_service.create_candidate(
            session,
            data=CandidateCreate(
                name=candidate["name"],
                email=candidate.get("email"),
                resume_text=_text(candidate["file"]),
            ),
        )
        sample.candidates.append(cand.id)
    return sample
