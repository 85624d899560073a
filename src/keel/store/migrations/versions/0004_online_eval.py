"""experiments: online eval scorers and their scores

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("registry_experiments") as batch:
        batch.add_column(sa.Column("online_eval", sa.JSON, nullable=True))
    op.create_table(
        "registry_outcome_scores",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("trace_id", sa.String(64), nullable=False),
        sa.Column("experiment", sa.String(200), nullable=False),
        sa.Column("arm", sa.String(100), nullable=False),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("score", sa.Float, nullable=False),
    )
    op.create_index("ix_registry_outcome_scores_trace_id", "registry_outcome_scores", ["trace_id"])
    op.create_index("ix_registry_outcome_scores_experiment", "registry_outcome_scores", ["experiment"])


def downgrade() -> None:
    op.drop_table("registry_outcome_scores")
    with op.batch_alter_table("registry_experiments") as batch:
        batch.drop_column("online_eval")
