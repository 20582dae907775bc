"""The tables, one per domain object, every one carrying ``user_id``.

Alembic migrations (``store/migrations``) create exactly this schema; a test checks they agree.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in, aware UTC datetimes out, on every backend."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store; use an aware UTC datetime")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)  # type: ignore[no-any-return]


def _owned(name: str, *columns: Any) -> Table:
    return Table(
        name,
        metadata,
        Column("id", String(32), primary_key=True),
        Column("user_id", String(64), ForeignKey("users.id"), nullable=False, index=True),
        *columns,
        Column("created_at", UTCDateTime(), nullable=False),
        Column("updated_at", UTCDateTime(), nullable=False),
    )


users = Table(
    "users",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
)

opportunities = _owned(
    "opportunities",
    Column("company", String(300), nullable=False),
    Column("role_title", String(300), nullable=False),
    Column("slug", String(120), nullable=False),
    Column("level", String(100), nullable=False, default=""),
    Column("location", String(300), nullable=False, default=""),
    Column("job_description", Text, nullable=False, default=""),
    Column("values", JSON, nullable=False),
    Column("notes", Text, nullable=False, default=""),
    UniqueConstraint("user_id", "slug", name="uq_opportunities_user_slug"),
)

rounds = _owned(
    "rounds",
    Column(
        "opportunity_id",
        String(32),
        ForeignKey("opportunities.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("number", Integer, nullable=False),
    Column("format", String(20), nullable=False),
    Column("status", String(20), nullable=False),
    Column("scheduled_at", UTCDateTime(), nullable=True),
    Column("duration_minutes", Integer, nullable=False),
    Column("notes", Text, nullable=False, default=""),
    UniqueConstraint("opportunity_id", "number", name="uq_rounds_opportunity_number"),
)

interviewers = _owned(
    "interviewers",
    Column(
        "opportunity_id",
        String(32),
        ForeignKey("opportunities.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("name", String(300), nullable=False),
    Column("role", String(300), nullable=False, default=""),
    Column("function", String(100), nullable=False, default=""),
    Column("contact", String(300), nullable=False, default=""),
    Column("notes", Text, nullable=False, default=""),
)

round_interviewers = _owned(
    "round_interviewers",
    Column("round_id", String(32), ForeignKey("rounds.id", ondelete="CASCADE"), nullable=False),
    Column(
        "interviewer_id",
        String(32),
        ForeignKey("interviewers.id", ondelete="CASCADE"),
        nullable=False,
    ),
    UniqueConstraint("round_id", "interviewer_id", name="uq_round_interviewers_pair"),
)

exchanges = _owned(
    "exchanges",
    Column("round_id", String(32), ForeignKey("rounds.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("question", Text, nullable=False, default=""),
    Column("answer", Text, nullable=False, default=""),
    Column(
        "interviewer_id",
        String(32),
        ForeignKey("interviewers.id", ondelete="SET NULL"),
        nullable=True,
    ),
    Column("self_rating", String(10), nullable=True),
    Column("weak_moment", Boolean, nullable=False, default=False),
    Column("pushed_back", Boolean, nullable=False, default=False),
    Column("surprise", Boolean, nullable=False, default=False),
    Column("notes", Text, nullable=False, default=""),
    Column("source", String(20), nullable=False),
    Index("ix_exchanges_round_position", "round_id", "position"),
)

tasks = _owned(
    "tasks",
    Column(
        "opportunity_id",
        String(32),
        ForeignKey("opportunities.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("kind", String(20), nullable=False),
    Column("title", String(500), nullable=False),
    Column("due_at", UTCDateTime(), nullable=True),
    Column("round_id", String(32), ForeignKey("rounds.id", ondelete="CASCADE"), nullable=True),
    Column("done_at", UTCDateTime(), nullable=True),
)

transcript_imports = _owned(
    "transcript_imports",
    Column("round_id", String(32), ForeignKey("rounds.id", ondelete="CASCADE"), nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("filename", String(500), nullable=False),
    Column("format", String(40), nullable=False),
    Column("exchange_count", Integer, nullable=False),
)

ledger_entries = _owned(
    "ledger_entries",
    Column(
        "opportunity_id",
        String(32),
        ForeignKey("opportunities.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("subject", String(500), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("value", String(200), nullable=False),
    Column("text", Text, nullable=False),
    Column("quote", Text, nullable=False),
    Column("unit", String(100), nullable=False, default=""),
    Column("approximate", Boolean, nullable=False, default=False),
    Column(
        "exchange_id", String(32), ForeignKey("exchanges.id", ondelete="SET NULL"), nullable=True
    ),
    Column("round_id", String(32), ForeignKey("rounds.id", ondelete="SET NULL"), nullable=True),
    Column(
        "interviewer_id",
        String(32),
        ForeignKey("interviewers.id", ondelete="SET NULL"),
        nullable=True,
    ),
    Column("claim_index", Integer, nullable=False, default=0),
    Column("start", Integer, nullable=False, default=0),
    Column("end", Integer, nullable=False, default=0),
    Column("status", String(20), nullable=False),
    Column("correction", Text, nullable=False, default=""),
    Column("salary", String(20), nullable=False, default=""),
    Column("data", JSON, nullable=False),
    Index("ix_ledger_entries_exchange", "exchange_id"),
)

mock_sessions = _owned(
    "mock_sessions",
    Column(
        "opportunity_id",
        String(32),
        ForeignKey("opportunities.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("round_id", String(32), ForeignKey("rounds.id", ondelete="SET NULL"), nullable=True),
    Column("status", String(20), nullable=False),
    Column("personas", JSON, nullable=False),
    Column("max_questions", Integer, nullable=False),
    Column("timed_seconds", Integer, nullable=True),
    Column("language", String(40), nullable=False),
    Column("plan", JSON, nullable=False),
    Column("pending", JSON, nullable=True),
    Column("pending_at", UTCDateTime(), nullable=True),
    Column("feedback", JSON, nullable=True),
    Column("finished_at", UTCDateTime(), nullable=True),
)

mock_turns = _owned(
    "mock_turns",
    Column(
        "session_id",
        String(32),
        ForeignKey("mock_sessions.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("position", Integer, nullable=False),
    Column("question", Text, nullable=False),
    Column("answer", Text, nullable=False),
    Column("topic", String(100), nullable=False),
    Column("probe", String(40), nullable=True),
    Column("target", Text, nullable=False, default=""),
    Column("persona", String(100), nullable=False, default=""),
    Column("analysis", JSON, nullable=False),
    Column("response_seconds", Float, nullable=True),
    Column("hints", JSON, nullable=False),
    UniqueConstraint("session_id", "position", name="uq_mock_turns_session_position"),
)
