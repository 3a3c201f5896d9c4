"""The pipeline's migration goes up and down cleanly (the full schema is compared with the
models by tests/test_migrate.py)."""

from __future__ import annotations

from alembic import command
from sqlalchemy import create_engine, inspect

from matcha.migrate import alembic_config, upgrade
from tests.test_migrate import empty_database_url  # noqa: F401  (the fixture)

BEFORE = "3b8e6f1c2a7d"  # the revision before the pipeline
TABLES = {"applications", "application_events", "notes"}


def test_downgrade_removes_the_pipeline_and_upgrade_restores_it(
    empty_database_url: str,  # noqa: F811
) -> None:
    upgrade(empty_database_url)
    engine = create_engine(empty_database_url)
    try:
        assert set(inspect(engine).get_table_names()) >= TABLES
        command.downgrade(alembic_config(empty_database_url), BEFORE)
        engine.dispose()
        found = inspect(engine)
        assert not TABLES & set(found.get_table_names())
        columns = {c["name"] for c in found.get_columns("interviews")}
        assert not {"candidate_id", "position_id"} & columns
        upgrade(empty_database_url)
        engine.dispose()
        found = inspect(engine)
        assert set(found.get_table_names()) >= TABLES
        assert {"candidate_id", "position_id"} <= {
            c["name"] for c in found.get_columns("interviews")
        }
    finally:
        engine.dispose()
