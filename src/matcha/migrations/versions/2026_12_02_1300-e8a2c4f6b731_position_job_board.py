"""positions.show_on_job_board: opt-in listing on the organisation's public job board.

Revision ID: e8a2c4f6b731
Revises: d41e7a9c3b15
Create Date: 2026-12-02 03:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "e8a2c4f6b731"
down_revision: str | Sequence[str] | None = "d41e7a9c3b15"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Existing positions stay off the board until someone opts them in."""
    with op.batch_alter_table("positions", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("show_on_job_board", sa.Boolean(), server_default=sa.false(), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("positions", schema=None) as batch_op:
        batch_op.drop_column("show_on_job_board")
