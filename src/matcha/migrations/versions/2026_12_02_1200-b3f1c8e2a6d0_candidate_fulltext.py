"""candidate full-text search: FTS5 on SQLite, a tsvector column with a GIN index on PostgreSQL.

Existing candidates are indexed here: SQLite's table is filled from them, and PostgreSQL
computes the generated column for every existing row when it is added.

Revision ID: b3f1c8e2a6d0
Revises: 3b8e6f1c2a90
Create Date: 2026-12-02 02:00:00.000000
"""

from collections.abc import Sequence

from alembic import op

# revision identifiers, used by Alembic.
revision: str = "b3f1c8e2a6d0"
down_revision: str | Sequence[str] | None = "3b8e6f1c2a90"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COLUMNS = "candidate_id, name, email, skills, resume_text"
_NEW = "new.id, new.name, new.email, new.skills, new.resume_text"
SQLITE_UP = (
    "CREATE VIRTUAL TABLE candidates_fts USING fts5(candidate_id UNINDEXED, name, email, "
    "skills, resume_text, tokenize = 'unicode61 remove_diacritics 2')",
    "CREATE TRIGGER candidates_fts_insert AFTER INSERT ON candidates BEGIN "
    f"INSERT INTO candidates_fts ({_COLUMNS}) VALUES ({_NEW}); END",
    "CREATE TRIGGER candidates_fts_delete AFTER DELETE ON candidates BEGIN "
    "DELETE FROM candidates_fts WHERE candidate_id = old.id; END",
    "CREATE TRIGGER candidates_fts_update "
    "AFTER UPDATE OF id, name, email, skills, resume_text ON candidates BEGIN "
    "DELETE FROM candidates_fts WHERE candidate_id = old.id; "
    f"INSERT INTO candidates_fts ({_COLUMNS}) VALUES ({_NEW}); END",
    f"INSERT INTO candidates_fts ({_COLUMNS}) "
    "SELECT id, name, email, skills, resume_text FROM candidates",
)
SQLITE_DOWN = (
    "DROP TRIGGER IF EXISTS candidates_fts_update",
    "DROP TRIGGER IF EXISTS candidates_fts_delete",
    "DROP TRIGGER IF EXISTS candidates_fts_insert",
    "DROP TABLE IF EXISTS candidates_fts",
)


def _words(expr: str) -> str:
    return f"regexp_replace(coalesce({expr}, ''), '\\W+', ' ', 'g')"


PG_UP = (
    "ALTER TABLE candidates ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ("
    f"setweight(to_tsvector('simple', {_words('name')} || ' ' || {_words('email')}), 'A') || "
    f"setweight(to_tsvector('simple', {_words('skills::text')}), 'B') || "
    f"setweight(to_tsvector('simple', {_words('resume_text')}), 'C')) STORED",
    "CREATE INDEX ix_candidates_search_vector ON candidates USING gin (search_vector)",
)
PG_DOWN = (
    "DROP INDEX IF EXISTS ix_candidates_search_vector",
    "ALTER TABLE candidates DROP COLUMN IF EXISTS search_vector",
)


def _run(sqlite: Sequence[str], postgresql: Sequence[str]) -> None:
    name = op.get_bind().dialect.name
    for statement in {"sqlite": sqlite, "postgresql": postgresql}.get(name, ()):
        op.execute(statement)


def upgrade() -> None:
    """Index every candidate, now and on every later write, in the row's own transaction."""
    _run(SQLITE_UP, PG_UP)


def downgrade() -> None:
    _run(SQLITE_DOWN, PG_DOWN)
