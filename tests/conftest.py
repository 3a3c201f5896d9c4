"""Test harness: one fresh database per run (SQLite by default, PostgreSQL with MATCHA_TEST_DB).

`MATCHA_TEST_DB=postgres` creates a throwaway database on 127.0.0.1:5432 and drops it at the end.
When a needed server is missing the tests skip with the reason, unless
`MATCHA_REQUIRE_SERVICES=1` (set by CI), which turns that into a failure.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session

from matcha import db
from matcha.config import get_settings
from matcha.jobs import port as jobs_port
from matcha.models import Base
from matcha.tenancy import scope
from matcha.worker import publish as worker_publish
from tests.pools import small_pool  # noqa: F401  (a fixture for every test module)

# Tests run as production does (not dev mode), so they need a real-looking secret.
os.environ.setdefault("MATCHA_SECRET_KEY", "tests-only-secret-" + "x" * 40)
PASSWORD = "correct horse battery staple"

PG_ADMIN_URL = os.environ.get(
    "MATCHA_TEST_PG_ADMIN_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)
REQUIRE_SERVICES = os.environ.get("MATCHA_REQUIRE_SERVICES") == "1"


def service_missing(reason: str) -> None:
    """Skip (locally) or fail (in CI) because a server the test needs is not reachable."""
    if REQUIRE_SERVICES:
        pytest.fail(f"required service missing: {reason}", pytrace=False)
    pytest.skip(reason)


def _create_pg_database() -> str:
    name = f"matcha_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        admin.dispose()
    return PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"


def _drop_pg_database(url: str) -> None:
    name = url.rsplit("/", 1)[1]
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


@pytest.fixture(scope="session")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The URL of this run's fresh database."""
    if os.environ.get("MATCHA_TEST_DB", "sqlite") == "postgres":
        try:
            url = _create_pg_database()
        except Exception as exc:  # any connection failure means "no server here"
            service_missing(
                f"PostgreSQL at {PG_ADMIN_URL} is not reachable: {exc.__class__.__name__}"
            )
        yield url
        db.reset_caches()
        _drop_pg_database(url)
    else:
        yield f"sqlite:///{tmp_path_factory.mktemp('db') / 'matcha.db'}"


@pytest.fixture(scope="session", autouse=True)
def _database(database_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    os.environ["DATABASE_URL"] = database_url
    # The embedded broker for tests lives in the run's temp dir, never in ./data.
    broker_dir: Path = tmp_path_factory.mktemp("broker")
    os.environ.setdefault("MATCHA_BROKER_URL", f"sqla+sqlite:///{broker_dir / 'broker.db'}")
    os.environ["MATCHA_DATA_DIR"] = str(broker_dir)  # logs of on-demand workers, never ./data
    db.reset_caches()
    Base.metadata.create_all(db.get_engine())
    worker_publish.plug()  # as the API, the worker and the CLI do at start
    jobs_port.plug()  # as the API does
    yield
    db.reset_caches()


@pytest.fixture(autouse=True)
def _fresh_settings() -> Iterator[None]:
    """Settings a test changed (through the environment) do not outlive it."""
    yield
    get_settings.cache_clear()


@pytest.fixture(autouse=True)
def _clean_tables() -> Iterator[None]:
    yield
    with db.get_engine().begin() as conn:
        for table in reversed(Base.metadata.sorted_tables):
            conn.execute(table.delete())


@dataclass(frozen=True)
class Account:
    """An organisation with one user and a bearer token for them."""

    org_id: uuid.UUID
    user_id: uuid.UUID
    email: str
    token: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


@lru_cache
def password_hash() -> str:
    """One Argon2 hash of PASSWORD for every test user (hashing is slow on purpose)."""
    from matcha.accounts.passwords import hash_password

    return hash_password(PASSWORD)


def make_account(org: str = "Org A", *, role: str = "admin", email: str | None = None) -> Account:
    """Create an organisation, a user of `role` in it, and an API token with that role."""
    from matcha.accounts.models import Organisation, Role, TokenKind, User
    from matcha.accounts.service import issue

    with db.get_sessionmaker()() as s:
        organisation = Organisation(name=org)
        s.add(organisation)
        s.flush()
        user = User(
            org_id=organisation.id,
            email=email or f"{role}-{uuid.uuid4().hex[:8]}@example.com",
            password_hash=password_hash(),
            role=role,
        )
        s.add(user)
        s.flush()
        issued = issue(s, user, TokenKind.api, role=Role(role), ttl=None, name="tests")
        s.commit()
        return Account(organisation.id, user.id, user.email, issued.token)


@pytest.fixture
def account() -> Account:
    """The organisation (and its admin) that `session` and `client` act for."""
    return make_account()


@pytest.fixture
def session(account: Account) -> Iterator[Session]:
    """A session on the test database, scoped to `account`'s organisation like a request's."""
    s = scope(db.get_sessionmaker()(), account.org_id)
    try:
        yield s
    finally:
        s.rollback()
        s.close()


@pytest.fixture
def system_session() -> Iterator[Session]:
    """An unscoped session, as the worker's claim and the sweeper use: it sees every org."""
    s = db.get_sessionmaker()()
    try:
        yield s
    finally:
        s.rollback()
        s.close()


@pytest.fixture
def client(account: Account) -> Iterator[TestClient]:
    """The API in-process, over the test database, calling as `account`'s admin."""
    from matcha.main import create_app

    with TestClient(create_app(background=False), headers=account.headers) as c:
        yield c
