"""candidate search folds accents on PostgreSQL too: the generated tsvector column is made
again with the accent table (SQLite's FTS5 tokenizer removes diacritics already).

PostgreSQL computes the new column for every existing row when it is added, so existing
candidates are found by their unaccented names at once.

Revision ID: 5c0d9e7a4b21
Revises: e8a2c4f6b731
Create Date: 2026-12-02 04:00:00.000000
"""

from collections.abc import Sequence

from alembic import op

from matcha.search.fulltext import PG_CREATE, PG_DROP

# revision identifiers, used by Alembic.
revision: str = "5c0d9e7a4b21"
down_revision: str | Sequence[str] | None = "e8a2c4f6b731"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _words(expr: str) -> str:
    return f"regexp_replace(coalesce({expr}, ''), '\\W+', ' ', 'g')"


# The column as revision b3f1c8e2a6d0 made it (accents kept), for a downgrade.
PG_ACCENTED = (
    "ALTER TABLE candidates ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ("
    f"setweight(to_tsvector('simple', {_words('name')} || ' ' || {_words('email')}), 'A') || "
    f"setweight(to_tsvector('simple', {_words('skills::text')}), 'B') || "
    f"setweight(to_tsvector('simple', {_words('resume_text')}), 'C')) STORED",
    "CREATE INDEX ix_candidates_search_vector ON candidates USING gin (search_vector)",
)


def _postgresql(statements: Sequence[str]) -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for statement in (*PG_DROP, *statements):
        op.execute(statement)


def upgrade() -> None:
    """Index names, emails, skills and résumés without their accents."""
    _postgresql(PG_CREATE)


def downgrade() -> None:
    _postgresql(PG_ACCENTED)
