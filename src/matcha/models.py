"""Every ORM model, imported in one place so metadata (and Alembic) sees all tables."""

from matcha.accounts.models import AuthToken, Organisation, User
from matcha.applications.models import Application, ApplicationEvent, Note
from matcha.candidates.models import Candidate
from matcha.companies.models import Company
from matcha.culture.models import CultureProfile
from matcha.db import Base
from matcha.imports.models import ImportFile
from matcha.interviews.models import Interview
from matcha.jobs.engine.models import Job
from matcha.jobs.engine.workers import WorkerRecord
from matcha.matching.models import MatchResult, PositionMatchResult
from matcha.positions.models import Position
from matcha.ratelimit import RateCounter
from matcha.system.models import Lock

__all__ = [
    "Application",
    "ApplicationEvent",
    "AuthToken",
    "Base",
    "Candidate",
    "Company",
    "CultureProfile",
    "ImportFile",
    "Interview",
    "Job",
    "Lock",
    "MatchResult",
    "Note",
    "Organisation",
    "Position",
    "PositionMatchResult",
    "RateCounter",
    "User",
    "WorkerRecord",
]
