"""ledger entries, mock sessions and turns

Revision ID: 0002_ledger_mock
Revises: 0001_foundation
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_ledger_mock"
down_revision = "0001_foundation"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "mock_sessions",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("user_id", sa.String(length=64), nullable=False),
        sa.Column("opportunity_id", sa.String(length=32), nullable=False),
        sa.Column("round_id", sa.String(length=32), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("personas", sa.JSON(), nullable=False),
        sa.Column("max_questions", sa.Integer(), nullable=False),
        sa.Column("timed_seconds", sa.Integer(), nullable=True),
        sa.Column("language", sa.String(length=40), nullable=False),
        sa.Column("plan", sa.JSON(), nullable=False),
        sa.Column("pending", sa.JSON(), nullable=True),
        sa.Column("pending_at", sa.DateTime(), nullable=True),
        sa.Column("feedback", sa.JSON(), nullable=True),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunities.id"],
            name=op.f("fk_mock_sessions_opportunity_id_opportunities"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["rounds.id"],
            name=op.f("fk_mock_sessions_round_id_rounds"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_mock_sessions_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mock_sessions")),
    )
    with op.batch_alter_table("mock_sessions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_mock_sessions_opportunity_id"), ["opportunity_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_mock_sessions_user_id"), ["user_id"], unique=False)

    op.create_table(
        "ledger_entries",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("user_id", sa.String(length=64), nullable=False),
        sa.Column("opportunity_id", sa.String(length=32), nullable=False),
        sa.Column("subject", sa.String(length=500), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("quote", sa.Text(), nullable=False),
        sa.Column("unit", sa.String(length=100), nullable=False),
        sa.Column("approximate", sa.Boolean(), nullable=False),
        sa.Column("exchange_id", sa.String(length=32), nullable=True),
        sa.Column("round_id", sa.String(length=32), nullable=True),
        sa.Column("interviewer_id", sa.String(length=32), nullable=True),
        sa.Column("claim_index", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("correction", sa.Text(), nullable=False),
        sa.Column("salary", sa.String(length=20), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["exchange_id"],
            ["exchanges.id"],
            name=op.f("fk_ledger_entries_exchange_id_exchanges"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["interviewer_id"],
            ["interviewers.id"],
            name=op.f("fk_ledger_entries_interviewer_id_interviewers"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunities.id"],
            name=op.f("fk_ledger_entries_opportunity_id_opportunities"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["rounds.id"],
            name=op.f("fk_ledger_entries_round_id_rounds"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_ledger_entries_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ledger_entries")),
    )
    with op.batch_alter_table("ledger_entries", schema=None) as batch_op:
        batch_op.create_index("ix_ledger_entries_exchange", ["exchange_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_ledger_entries_opportunity_id"), ["opportunity_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_ledger_entries_user_id"), ["user_id"], unique=False)

    op.create_table(
        "mock_turns",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("user_id", sa.String(length=64), nullable=False),
        sa.Column("session_id", sa.String(length=32), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("topic", sa.String(length=100), nullable=False),
        sa.Column("probe", sa.String(length=40), nullable=True),
        sa.Column("target", sa.Text(), nullable=False),
        sa.Column("persona", sa.String(length=100), nullable=False),
        sa.Column("analysis", sa.JSON(), nullable=False),
        sa.Column("response_seconds", sa.Float(), nullable=True),
        sa.Column("hints", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["mock_sessions.id"],
            name=op.f("fk_mock_turns_session_id_mock_sessions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_mock_turns_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mock_turns")),
        sa.UniqueConstraint("session_id", "position", name="uq_mock_turns_session_position"),
    )
    with op.batch_alter_table("mock_turns", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mock_turns_user_id"), ["user_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("mock_turns", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mock_turns_user_id"))

    op.drop_table("mock_turns")
    with op.batch_alter_table("ledger_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ledger_entries_user_id"))
        batch_op.drop_index(batch_op.f("ix_ledger_entries_opportunity_id"))
        batch_op.drop_index("ix_ledger_entries_exchange")

    op.drop_table("ledger_entries")
    with op.batch_alter_table("mock_sessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mock_sessions_user_id"))
        batch_op.drop_index(batch_op.f("ix_mock_sessions_opportunity_id"))

    op.drop_table("mock_sessions")
