"""Organisations own every row; users, API tokens and shared rate counters.

Rows that exist before this revision (a single-team install) are given to one organisation
named "Default organisation"; `matcha user add --org "Default organisation" ...` gives
someone access to it.

Revision ID: 56399051f9ae
Revises: d7b5ff99b134
Create Date: 2026-11-28 15:28:28.403455
"""

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "56399051f9ae"
down_revision: str | Sequence[str] | None = "d7b5ff99b134"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OWNED = (
    "companies",
    "interviews",
    "culture_profiles",
    "candidates",
    "positions",
    "match_results",
    "position_match_results",
    "jobs",
)
DEFAULT_ORG = "Default organisation"


def _default_org_for_existing_rows() -> uuid.UUID | None:
    bind = op.get_bind()
    if not any(bind.execute(sa.text(f"SELECT 1 FROM {t} LIMIT 1")).first() for t in OWNED):
        return None
    org_id = uuid.uuid4()
    now = datetime.now(UTC)
    organisations = sa.table(
        "organisations",
        sa.column("id", sa.Uuid()),
        sa.column("name", sa.String()),
        sa.column("created_at", sa.DateTime(timezone=True)),
        sa.column("updated_at", sa.DateTime(timezone=True)),
    )
    op.bulk_insert(
        organisations, [{"id": org_id, "name": DEFAULT_ORG, "created_at": now, "updated_at": now}]
    )
    return org_id


def upgrade() -> None:
    op.create_table(
        "organisations",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisations")),
    )
    op.create_table(
        "rate_counters",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("window_start", sa.DateTime(timezone=True), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_rate_counters")),
    )
    op.create_table(
        "users",
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("disabled", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("org_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["org_id"],
            ["organisations.id"],
            name=op.f("fk_users_org_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("email", name=op.f("uq_users_email")),
    )
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_users_org_id"), ["org_id"], unique=False)

    op.create_table(
        "auth_tokens",
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_used_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("org_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["org_id"],
            ["organisations.id"],
            name=op.f("fk_auth_tokens_org_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_auth_tokens_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_auth_tokens")),
        sa.UniqueConstraint("digest", name=op.f("uq_auth_tokens_digest")),
    )
    with op.batch_alter_table("auth_tokens", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_auth_tokens_org_id"), ["org_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_auth_tokens_user_id"), ["user_id"], unique=False)

    org_id = _default_org_for_existing_rows()
    for table in OWNED:
        with op.batch_alter_table(table) as batch_op:
            batch_op.add_column(sa.Column("org_id", sa.Uuid(), nullable=True))
        if org_id is not None:
            column = sa.table(table, sa.column("org_id", sa.Uuid()))
            op.execute(column.update().values(org_id=org_id))
        with op.batch_alter_table(table) as batch_op:
            batch_op.alter_column("org_id", existing_type=sa.Uuid(), nullable=False)
            batch_op.create_index(f"ix_{table}_org_id", ["org_id"], unique=False)
            batch_op.create_foreign_key(
                f"fk_{table}_org_id_organisations",
                "organisations",
                ["org_id"],
                ["id"],
                ondelete="CASCADE",
            )
    with op.batch_alter_table("candidates") as batch_op:
        batch_op.drop_constraint("uq_candidates_resume_hash", type_="unique")
        batch_op.create_unique_constraint(
            "uq_candidates_org_id_resume_hash", ["org_id", "resume_hash"]
        )


def downgrade() -> None:
    with op.batch_alter_table("candidates") as batch_op:
        batch_op.drop_constraint("uq_candidates_org_id_resume_hash", type_="unique")
        batch_op.create_unique_constraint("uq_candidates_resume_hash", ["resume_hash"])
    for table in OWNED:
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_constraint(f"fk_{table}_org_id_organisations", type_="foreignkey")
            batch_op.drop_index(f"ix_{table}_org_id")
            batch_op.drop_column("org_id")
    with op.batch_alter_table("auth_tokens", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_auth_tokens_user_id"))
        batch_op.drop_index(batch_op.f("ix_auth_tokens_org_id"))

    op.drop_table("auth_tokens")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_users_org_id"))

    op.drop_table("users")
    op.drop_table("rate_counters")
    op.drop_table("organisations")
