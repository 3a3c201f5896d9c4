"""position match qualified and weights: stored with each position match.

Revision ID: 3b8e6f1c2a7d
Revises: 7c1e5a9d2b44
Create Date: 2026-12-02 10:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "3b8e6f1c2a7d"
down_revision: str | Sequence[str] | None = "7c1e5a9d2b44"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Existing matches count as qualified, scored with the standard weights (null)."""
    with op.batch_alter_table("position_match_results", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("qualified", sa.Boolean(), server_default=sa.true(), nullable=False)
        )
        batch_op.add_column(sa.Column("weights", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("position_match_results", schema=None) as batch_op:
        batch_op.drop_column("weights")
        batch_op.drop_column("qualified")
