"""import files keep no bytes after their job: `import_files.content` may be NULL, and the files
of imports that have already ended (a report, or a failed job with none live) are deleted now.

Revision ID: 4e35f9fd1a65
Revises: 5c0d9e7a4b21
Create Date: 2026-12-02 04:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "4e35f9fd1a65"
down_revision: str | Sequence[str] | None = "5c0d9e7a4b21"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ENDED = (
    "UPDATE import_files SET content = NULL, archive = NULL WHERE report IS NOT NULL OR ("
    "id IN (SELECT subject_id FROM jobs WHERE kind = 'import_csv' AND status = 'failed') AND "
    "id NOT IN (SELECT subject_id FROM jobs WHERE kind = 'import_csv' "
    "AND status IN ('queued', 'running')))"
)


def upgrade() -> None:
    """Uploaded files are deleted when their import ends."""
    with op.batch_alter_table("import_files", schema=None) as batch_op:
        batch_op.alter_column("content", existing_type=sa.LargeBinary(), nullable=True)
    op.execute(ENDED)


def downgrade() -> None:
    """An ended import's file comes back empty (its bytes are gone)."""
    op.get_bind().execute(
        sa.text("UPDATE import_files SET content = :empty WHERE content IS NULL"), {"empty": b""}
    )
    with op.batch_alter_table("import_files", schema=None) as batch_op:
        batch_op.alter_column("content", existing_type=sa.LargeBinary(), nullable=False)
