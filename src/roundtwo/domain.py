"""The plain objects roundtwo is about, named as the user names them.

Stdlib dataclasses only: no database, no web, no validation framework. Every object carries
the id of the user who owns it, so one store can hold many users.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum

DEBRIEF_WINDOW = timedelta(hours=24)
THANK_YOU_WINDOW = timedelta(hours=24)
LOCAL_USER_ID = "local"


def new_id() -> str:
    """A short random id: 16 hex characters, unique enough for one person's or a centre's data."""
    return secrets.token_hex(8)


def utcnow() -> datetime:
    """Now, in UTC, to the second (what the store keeps)."""
    return datetime.now(UTC).replace(microsecond=0)


class RoundFormat(StrEnum):
    PHONE = "phone"
    VIDEO = "video"
    ONSITE = "onsite"
    PANEL = "panel"
    TAKE_HOME = "take_home"


class RoundStatus(StrEnum):
    SCHEDULED = "scheduled"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class SelfRating(StrEnum):
    STRONG = "strong"
    OKAY = "okay"
    ROUGH = "rough"


class TaskKind(StrEnum):
    DEBRIEF = "debrief"
    THANK_YOU = "thank_you"
    CUSTOM = "custom"


class ExchangeSource(StrEnum):
    TYPED = "typed"
    TRANSCRIPT = "transcript"


@dataclass
class User:
    id: str
    name: str
    created_at: datetime = field(default_factory=utcnow)


@dataclass
class Opportunity:
    user_id: str
    company: str
    role_title: str
    slug: str
    level: str = ""
    location: str = ""
    job_description: str = ""
    values: list[str] = field(default_factory=list)
    notes: str = ""
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=utcnow)
    updated_at: datetime = field(default_factory=utcnow)

    @property
    def title(self) -> str:
        return f"{self.role_title} at {self.company}"


@dataclass
class Round:
    user_id: str
    opportunity_id: str
    number: int
    format: RoundFormat = RoundFormat.VIDEO
    status: RoundStatus = RoundStatus.SCHEDULED
    scheduled_at: datetime | None = None
    duration_minutes: int = 60
    notes: str = ""
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=utcnow)
    updated_at: datetime = field(default_factory=utcnow)

    @property
    def ends_at(self) -> datetime | None:
        if self.scheduled_at is None:
            return None
        return self.scheduled_at + timedelta(minutes=self.duration_minutes)

    @property
    def label(self) -> str:
        return f"Round {self.number}"


@dataclass
class Interviewer:
    user_id: str
    opportunity_id: str
    name: str
    role: str = ""
    function: str = ""
    contact: str = ""
    notes: str = ""
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=utcnow)
    updated_at: datetime = field(default_factory=utcnow)


@dataclass
class RoundInterviewer:
    """Who the candidate met in a round."""

    user_id: str
    round_id: str
    interviewer_id: str
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=utcnow)
    updated_at: datetime = field(default_factory=utcnow)


@dataclass
class Exchange:
    """One question as it was asked, and the core of the answer as it was given."""

    user_id: str
    round_id: str
    position: int
    question: str = ""
    answer: str = ""
    interviewer_id: str | None = None
    self_rating: SelfRating | None = None
    weak_moment: bool = False
    pushed_back: bool = False
    surprise: bool = False
    notes: str = ""
    source: ExchangeSource = ExchangeSource.TYPED
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=utcnow)
    updated_at: datetime = field(default_factory=utcnow)

    @property
    def is_blank(self) -> bool:
        return not (self.question.strip() or self.answer.strip() or self.notes.strip())


@dataclass
class Task:
    user_id: str
    opportunity_id: str
    kind: TaskKind
    title: str
    due_at: datetime | None = None
    round_id: str | None = None
    done_at: datetime | None = None
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=utcnow)
    updated_at: datetime = field(default_factory=utcnow)

    @property
    def is_open(self) -> bool:
        return self.done_at is None

    def time_left(self, now: datetime) -> timedelta | None:
        return None if self.due_at is None else self.due_at - now


@dataclass
class TranscriptImport:
    """A transcript that became exchanges of a round (kept so the same file is not added twice)."""

    user_id: str
    round_id: str
    sha256: str
    filename: str
    format: str
    exchange_count: int
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=utcnow)
    updated_at: datetime = field(default_factory=utcnow)
