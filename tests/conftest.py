"""Test harness: one fresh database per run (SQLite by default, PostgreSQL with MATCHA_TEST_DB).

`MATCHA_TEST_DB=postgres` creates a throwaway database on 127.0.0.1:5432 and drops it at the end.
When a needed server is missing the tests skip with the reason, unless
`MATCHA_REQUIRE_SERVICES=1` (set by CI), which turns that into a failure.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session

from matcha import db
from matcha.models import Base

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
    yield
    db.reset_caches()


@pytest.fixture(autouse=True)
def _clean_tables() -> Iterator[None]:
    yield
    with db.get_engine().begin() as conn:
        for table in reversed(Base.metadata.sorted_tables):
            conn.execute(table.delete())


@pytest.fixture
def session() -> Iterator[Session]:
    """A plain session on the test database."""
    s = db.get_sessionmaker()()
    try:
        yield s
    finally:
        s.rollback()
        s.close()


@pytest.fixture
def client() -> Iterator[TestClient]:
    """The API in-process, over the test database."""
    from matcha.main import create_app

    with TestClient(create_app(background=False)) as c:
        yield c
