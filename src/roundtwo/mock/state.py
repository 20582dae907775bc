"""The mock interview's plain state: topics, turns, personas, contradictions.

Everything here is a frozen dataclass with no behaviour beyond reading itself. The director
(`roundtwo.mock.director.next_action`) is a pure function of an :class:`InterviewState`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

PROBE_KINDS = (
    "tell_me_more",
    "assumption_challenge",
    "values_conflict",
    "retrospective",
    "ownership",
    "result",
    "metric",
    "situation",
)
"""The depth probes (the analysis engine's probe kinds). Each counts towards a topic's cap."""

DIRECTOR_KINDS = ("contradiction", "nudge", "clarify")
"""Follow-ups that are not depth probes: confronting a ledger contradiction, a nudge back to
the question after a screened reply, a rephrasing after a clarifying question."""

FOLLOW_UP_KINDS = PROBE_KINDS + DIRECTOR_KINDS

CATEGORIES = (
    "weak_moment",
    "pushed_back",
    "ledger_recheck",
    "round_one_followup",
    "behavioural_deep_dive",
    "first_90_days",
    "technical_depth",
    "culture_values",
    "why_us",
)

DIMENSIONS = (
    "structure",
    "specificity",
    "ownership",
    "results",
    "depth",
    "consistency",
    "communication",
)
"""The rubric dimensions feedback scores, and panel personas weight."""

LEVELS = ("junior", "mid", "senior", "staff")


@dataclass(frozen=True)
class Topic:
    """One part of the interview: an opening question and where it comes from."""

    id: str
    category: str
    question: str
    source: str = ""  # e.g. 'round 1, Priya: "Tell me about a conflict"'
    value: str = ""  # the company value it maps to, if any
    quote: str = ""  # the candidate's earlier words it deepens or re-checks
    interviewer: str = ""  # who raised it in an earlier round

    def __post_init__(self) -> None:
        if self.category not in CATEGORIES:
            raise ValueError(f"unknown topic category {self.category!r}")
        if not self.id or not self.question.strip():
            raise ValueError("a topic needs an id and an opening question")


@dataclass(frozen=True)
class Turn:
    """One question asked and the candidate's answer, with the analysis of the answer."""

    question: str
    answer: str
    topic: str  # Topic.id
    probe: str | None = None  # None for a topic's opening question, else a FOLLOW_UP_KINDS
    analysis: Mapping[str, Any] = field(default_factory=dict)  # analyze(...).to_json()
    response_seconds: float | None = None
    target: str = ""  # the quote or contradiction key the follow-up was about

    def __post_init__(self) -> None:
        if self.probe is not None and self.probe not in FOLLOW_UP_KINDS:
            raise ValueError(f"unknown probe kind {self.probe!r}")

    @property
    def screen(self) -> str:
        return str(self.analysis.get("screen", "allow"))

    @property
    def allowed(self) -> bool:
        return self.screen == "allow"

    @property
    def score(self) -> int | None:
        score = self.analysis.get("score")
        return score if isinstance(score, int) else None


@dataclass(frozen=True)
class Contradiction:
    """A fact the candidate stated differently before, as the ledger found it."""

    subject: str  # "engineers on the payments team"
    earlier_quote: str  # the earlier words, verbatim
    earlier_value: str  # "five people"
    new_value: str  # "seven"
    round: int | None = 1  # the round the earlier fact was said in
    interviewer: str = ""  # who it was said to
    new_quote: str = ""
    turn: int | None = None  # index of the turn whose answer contradicts it (None: the last)

    @property
    def key(self) -> str:
        return f"{self.subject}|{self.earlier_value}|{self.new_value}"


@dataclass(frozen=True)
class Persona:
    """An interviewer: tone, function, appetite for probing, phrasing (data/mock/personas.json)."""

    id: str
    name: str
    title: str
    style: str
    tone: str
    function: str
    appetite: int  # 3–5 probes a topic at most
    concern: str
    priorities: tuple[str, ...] = ()
    prefers: tuple[str, ...] = ()  # depth probes this persona reaches for first
    categories: tuple[str, ...] = ()  # topic categories this persona usually takes in a panel
    weights: Mapping[str, float] = field(default_factory=dict)
    greetings: tuple[str, ...] = ()
    lead_ins: tuple[str, ...] = ("",)
    openers: tuple[str, ...] = ("",)

    def __post_init__(self) -> None:
        if not 3 <= self.appetite <= 5:
            raise ValueError(f"persona {self.id}: appetite must be 3–5, not {self.appetite}")

    def weight(self, dimension: str) -> float:
        return float(self.weights.get(dimension, 1.0))


@dataclass(frozen=True)
class Pending:
    """The question on the table, not answered yet (for the coach and for resuming)."""

    question: str
    topic: str
    probe: str | None = None
    target: str = ""


@dataclass(frozen=True)
class InterviewState:
    """Everything the director needs: the plan, the turns so far and the limits."""

    topics: tuple[Topic, ...]
    turns: tuple[Turn, ...] = ()
    max_questions: int = 20
    personas: tuple[Persona, ...] = ()  # one, or two to four for a panel; () = the default
    contradictions: tuple[Contradiction, ...] = ()
    values: tuple[str, ...] = ()  # the company's stated values
    level: str = "mid"
    min_topics: int = 5  # never wrap up before min(min_topics, planned) topics are opened
    pending: Pending | None = None

    def topic(self, topic_id: str) -> Topic | None:
        for topic in self.topics:
            if topic.id == topic_id:
                return topic
        return None

    def opened(self) -> tuple[str, ...]:
        """Topic ids in the order they were first asked."""
        seen: list[str] = []
        for turn in self.turns:
            if turn.topic not in seen:
                seen.append(turn.topic)
        return tuple(seen)

    def asked(self) -> tuple[str, ...]:
        """Every question asked so far, the pending one included."""
        questions = tuple(turn.question for turn in self.turns)
        return questions + ((self.pending.question,) if self.pending else ())

    def with_turn(self, turn: Turn) -> InterviewState:
        return replace(self, turns=(*self.turns, turn), pending=None)

    def with_pending(self, pending: Pending | None) -> InterviewState:
        return replace(self, pending=pending)
