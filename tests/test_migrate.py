"""Migrations build the same schema as the models, on the test database's engine kind."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, create_engine, inspect, text

from matcha.migrate import current_revision, upgrade
from matcha.models import Base
from matcha.search.fulltext import include_object
from tests.conftest import PG_ADMIN_URL


@pytest.fixture
def empty_database_url(database_url: str, tmp_path: Path) -> Iterator[str]:
    """A second, empty database of the same kind as this run's."""
    if not database_url.startswith("postgresql"):
        yield f"sqlite:///{tmp_path / 'migrate.db'}"
        return
    name = f"matcha_mig_{uuid.uuid4().hex[:8]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def test_upgrade_creates_every_table_and_matches_the_models(empty_database_url: str) -> None:
    assert current_revision(empty_database_url) is None
    upgrade(empty_database_url)
    assert current_revision(empty_database_url) is not None
    engine = create_engine(empty_database_url)
    try:
        assert set(Base.metadata.tables) <= set(inspect(engine).get_table_names())
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"include_object": include_object})
            diff = compare_metadata(context, Base.metadata)
        assert diff == [], f"models and migrations differ: {diff}"
    finally:
        engine.dispose()


def test_downgrade_to_base_removes_the_tables(empty_database_url: str) -> None:
    from alembic import command

    from matcha.migrate import alembic_config

    upgrade(empty_database_url)
    command.downgrade(alembic_config(empty_database_url), "base")
    engine = create_engine(empty_database_url)
    try:
        assert not set(Base.metadata.tables) & set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_sqlite_directory_is_created_on_first_run(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'fresh' / 'nested' / 'matcha.db'}"
    upgrade(url)
    assert (tmp_path / "fresh" / "nested" / "matcha.db").exists()
    assert (tmp_path / "fresh" / "nested" / "matcha.db").stat().st_size > 0


def test_rows_from_before_organisations_go_to_a_default_organisation(
    empty_database_url: str,
) -> None:
    """A single-team install upgrades in place: its rows get one organisation, which
    `matcha user add --org "Default organisation"` then opens to someone."""
    upgrade(empty_database_url, "d7b5ff99b134")  # the last revision without organisations
    engine = create_engine(empty_database_url)
    company, candidate = uuid.uuid4(), uuid.uuid4()
    stamp = "2026-01-01 00:00:00+00:00"
    try:
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO companies (id, name, created_at, updated_at) "
                    "VALUES (:id, 'Old Co', :t, :t)"
                ),
                {"id": company.hex if "sqlite" in empty_database_url else company, "t": stamp},
            )
            conn.execute(
                text(
                    "INSERT INTO candidates (id, name, resume_text, resume_hash, skills, "
                    "experience_years, education, parsed_data, created_at, updated_at) VALUES "
                    "(:id, 'Ada', 'cv', 'h', '[]', 1, '[]', '{}', :t, :t)"
                ),
                {"id": candidate.hex if "sqlite" in empty_database_url else candidate, "t": stamp},
            )
        upgrade(empty_database_url)
        with engine.connect() as conn:
            (org_id, name) = conn.execute(text("SELECT id, name FROM organisations")).one()
            owners = {
                conn.execute(text(f"SELECT org_id FROM {table}")).scalar_one()
                for table in ("companies", "candidates")
            }
        assert name == "Default organisation"
        assert owners == {org_id}
    finally:
        engine.dispose()


def test_a_fresh_database_gets_no_default_organisation(empty_database_url: str) -> None:
    upgrade(empty_database_url)
    engine = create_engine(empty_database_url)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM organisations")).scalar_one() == 0
    finally:
        engine.dispose()


def _insert(conn: Connection, name: str, row: dict[str, Any]) -> None:
    """One row, typed from its values (uuids, JSON), so it binds on SQLite and PostgreSQL."""

    def kind(value: Any) -> Any:
        if isinstance(value, uuid.UUID):
            return sa.Uuid()
        if isinstance(value, (dict, list)):
            return sa.JSON()
        if isinstance(value, datetime):
            return sa.DateTime(timezone=True)
        return None

    columns = (sa.column(key, kind(value)) for key, value in row.items())
    conn.execute(sa.table(name, *columns).insert(), row)


def test_position_matches_from_before_qualification_are_qualified_with_standard_weights(
    empty_database_url: str,
) -> None:
    """Rows scored before `qualified` and `weights` were stored read as qualified, null weights."""
    upgrade(empty_database_url, "7c1e5a9d2b44")  # the last revision without them
    org, company, candidate, position = (uuid.uuid4() for _ in range(4))
    now = datetime.now(UTC)
    owned = {"org_id": org, "created_at": now, "updated_at": now}
    breakdown = {"score": 50, "reasoning": "old"}
    engine = create_engine(empty_database_url)
    try:
        with engine.begin() as conn:
            _insert(
                conn,
                "organisations",
                {"id": org, "name": "Org", "created_at": now, "updated_at": now},
            )
            _insert(conn, "companies", {"id": company, "name": "Old Co", **owned})
            _insert(
                conn,
                "candidates",
                {
                    "id": candidate,
                    "name": "Ada",
                    "resume_text": "cv",
                    "resume_hash": "h",
                    "skills": [],
                    "experience_years": 1.0,
                    "education": [],
                    "parsed_data": {},
                    **owned,
                },
            )
            _insert(
                conn,
                "positions",
                {
                    "id": position,
                    "company_id": company,
                    "title": "Engineer",
                    "required_skills": [],
                    "preferred_skills": [],
                    "requirements": [],
                    "responsibilities": [],
                    "status": "open",
                    **owned,
                },
            )
            _insert(
                conn,
                "position_match_results",
                {
                    "id": uuid.uuid4(),
                    "position_id": position,
                    "candidate_id": candidate,
                    "overall_score": 50.0,
                    "skills_match_score": 50.0,
                    "experience_match_score": 50.0,
                    "culture_fit_score": 50.0,
                    "match_reasoning": "old",
                    "skills_breakdown": breakdown,
                    "experience_breakdown": breakdown,
                    "culture_fit_breakdown": breakdown,
                    "scored_by": "embedded",
                    **owned,
                },
            )
        upgrade(empty_database_url)
        with engine.connect() as conn:
            row = conn.execute(text("SELECT qualified, weights FROM position_match_results")).one()
        assert (bool(row.qualified), row.weights) == (True, None)
    finally:
        engine.dispose()


def test_the_fulltext_migration_indexes_existing_candidates(empty_database_url: str) -> None:
    """Candidates stored before full-text search are found by it after the upgrade."""
    upgrade(empty_database_url, "7c1e5a9d2b44")  # the last revision without full-text search
    sqlite = "sqlite" in empty_database_url
    org, candidate = uuid.uuid4(), uuid.uuid4()
    stamp = "2026-01-01 00:00:00+00:00"
    engine = create_engine(empty_database_url)
    try:
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO organisations (id, name, created_at, updated_at) "
                    "VALUES (:id, 'Org', :t, :t)"
                ),
                {"id": org.hex if sqlite else org, "t": stamp},
            )
            conn.execute(
                text(
                    "INSERT INTO candidates (id, org_id, name, email, resume_text, resume_hash, "
                    "skills, experience_years, education, parsed_data, created_at, updated_at) "
                    "VALUES (:id, :org, 'José Quillfeather', 'ada@example.com', 'Built engines', "
                    "'h', '[\"Fortran\"]', 1, '[]', '{}', :t, :t)"
                ),
                {
                    "id": candidate.hex if sqlite else candidate,
                    "org": org.hex if sqlite else org,
                    "t": stamp,
                },
            )
        upgrade(empty_database_url)
        found = (
            "SELECT count(*) FROM candidates_fts "
            "WHERE candidates_fts MATCH 'jose quillfeather fortran'"
            if sqlite
            else "SELECT count(*) FROM candidates WHERE search_vector @@ "
            "to_tsquery('simple', 'jose & quillfeather & fortran & engines')"
        )
        with engine.connect() as conn:
            assert conn.execute(text(found)).scalar_one() == 1
    finally:
        engine.dispose()
