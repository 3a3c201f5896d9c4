"""positions: salary_currency, benefits, reporting_to and visa_sponsorship, the position data the
original frontend's form sends and its pages show.

Revision ID: c7d2e9a4f318
Revises: 4e35f9fd1a65
Create Date: 2026-12-02 04:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "c7d2e9a4f318"
down_revision: str | Sequence[str] | None = "4e35f9fd1a65"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Existing positions get USD, no benefits, no reporting line and no visa sponsorship."""
    with op.batch_alter_table("positions", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("salary_currency", sa.String(length=3), server_default="USD", nullable=False)
        )
        batch_op.add_column(
            sa.Column("benefits", sa.JSON(), server_default=sa.text("'[]'"), nullable=False)
        )
        batch_op.add_column(sa.Column("reporting_to", sa.String(length=200), nullable=True))
        batch_op.add_column(
            sa.Column("visa_sponsorship", sa.Boolean(), server_default=sa.false(), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("positions", schema=None) as batch_op:
        batch_op.drop_column("visa_sponsorship")
        batch_op.drop_column("reporting_to")
        batch_op.drop_column("benefits")
        batch_op.drop_column("salary_currency")
