"""The plain objects roundtwo is about, named as the user names them.

Stdlib dataclasses only: no database, no web, no validation framework. Every object carries
the id of the user who owns it, so one store can hold many users.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

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


class LedgerStatus(StrEnum):
    ACTIVE = "active"  # as the analysis read it from an answer
    LOCKED = "locked"  # the user confirmed: this is my number
    CORRECTED = "corrected"  # the user gave the right value in ``correction``
    RETRACTED = "retracted"  # never to be repeated: repeating it is a hard flag


class MockStatus(StrEnum):
    ACTIVE = "active"  # in progress, resumable
    FINISHED = "finished"  # wrapped up, read-only, with feedback
    ENDED = "ended"  # stopped early (by the user, or politely after abuse)


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


@dataclass
class LedgerEntry:
    """One fact the candidate stated: a claim from an answer, tied to where and to whom.

    Entries read from an exchange are refreshed when the answer changes; an entry the user
    locked, corrected or retracted keeps its status (and is kept even if the words go away:
    a retracted claim must never come back unnoticed).
    """

    user_id: str
    opportunity_id: str
    subject: str  # what it counts or measures, tied to its entity
    kind: str  # count | percent | money | duration | date | rate | title | scope
    value: str  # the normalised value as text ("5", "1200000", "85000–95000")
    text: str  # the claim's own words: "five engineers"
    quote: str  # the sentence it was said in
    unit: str = ""
    approximate: bool = False
    exchange_id: str | None = None
    round_id: str | None = None
    interviewer_id: str | None = None
    claim_index: int = 0
    start: int = 0
    end: int = 0
    status: LedgerStatus = LedgerStatus.ACTIVE
    correction: str = ""
    salary: str = ""  # "" or the kind of salary figure: expectation | current | range | offer
    data: dict[str, Any] = field(default_factory=dict)
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=utcnow)
    updated_at: datetime = field(default_factory=utcnow)


@dataclass
class MockSession:
    """A rehearsal of a later round: the plan the interviewer follows and where it stands."""

    user_id: str
    opportunity_id: str
    round_id: str | None = None  # the round being prepared for, if it exists yet
    status: MockStatus = MockStatus.ACTIVE
    personas: list[str] = field(default_factory=list)  # one, or two to four for a panel
    max_questions: int = 20
    timed_seconds: int | None = None  # the answer timer, when timed mode is on
    language: str = "template"
    plan: dict[str, Any] = field(default_factory=dict)  # topics, contradictions, values, level
    pending: dict[str, Any] | None = None  # the question on the table, not answered yet
    pending_at: datetime | None = None
    feedback: dict[str, Any] | None = None  # set when the session finishes
    finished_at: datetime | None = None
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=utcnow)
    updated_at: datetime = field(default_factory=utcnow)


@dataclass
class MockTurn:
    """One question of a mock session and the candidate's answer, saved as it happens."""

    user_id: str
    session_id: str
    position: int
    question: str
    answer: str
    topic: str
    probe: str | None = None
    target: str = ""
    persona: str = ""
    analysis: dict[str, Any] = field(default_factory=dict)
    response_seconds: float | None = None
    hints: list[str] = field(default_factory=list)
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=utcnow)
    updated_at: datetime = field(default_factory=utcnow)
