"""What the ledger shows: an entry with where it was said, a contradiction between two
entries, entries grouped by subject, a recycled answer."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from roundtwo.domain import Exchange, LedgerEntry, LedgerStatus
from roundtwo.ledger.check import RETRACTED


@dataclass(frozen=True)
class EntryView:
    """A ledger entry with where it was said, for people to read."""

    entry: LedgerEntry
    round: int | None
    interviewer: str

    @property
    def where(self) -> str:
        said = f"round {self.round}" if self.round is not None else "an earlier round"
        return f"{said}, to {self.interviewer}" if self.interviewer else said

    @property
    def shown(self) -> str:
        """The figure as it stands: the correction when there is one."""
        e = self.entry
        return e.correction if e.status is LedgerStatus.CORRECTED and e.correction else e.text


@dataclass(frozen=True)
class LedgerContradiction:
    """Two figures that cannot both stand. ``earlier`` and ``later`` are the ledger entries;
    when checking a new answer, the new side has no entry (None)."""

    kind: str  # "conflict" | "retracted" (a retracted claim said again: a hard flag)
    subject: str
    values: tuple[str, str]
    quotes: tuple[str, str]
    explanation: str
    suggestion: str
    earlier: EntryView | None
    later: EntryView | None

    @property
    def hard(self) -> bool:
        return self.kind == RETRACTED

    @property
    def message(self) -> str:
        """One line: what is wrong (a hard flag says so first)."""
        if self.hard:
            return f"Retracted, said again: {self.explanation}"
        return self.explanation

    def involves(self, exchange_id: str) -> bool:
        return any(v is not None and v.entry.exchange_id == exchange_id for v in self.sides)

    @property
    def sides(self) -> tuple[EntryView | None, EntryView | None]:
        return self.earlier, self.later

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "hard": self.hard,
            "subject": self.subject,
            "values": list(self.values),
            "quotes": list(self.quotes),
            "explanation": self.explanation,
            "suggestion": self.suggestion,
            "entries": [None if v is None else v.entry.id for v in self.sides],
            "rounds": [None if v is None else v.round for v in self.sides],
            "interviewers": [None if v is None else v.interviewer for v in self.sides],
        }


@dataclass(frozen=True)
class SubjectGroup:
    subject: str
    entries: list[EntryView]


@dataclass(frozen=True)
class RecycledAnswer:
    """A question asked again in a later round, and how the answer compares."""

    earlier: Exchange
    later: Exchange
    earlier_round: int
    later_round: int
    verdict: str  # near_verbatim | same_story_deeper | different_story
    overlap: float
    story: float

    @property
    def advice(self) -> str:
        return {
            "near_verbatim": "Same words as before: it reads as rehearsed. Tell the same story "
            "deeper — the context, the challenge you left out, the longer-term outcome.",
            "same_story_deeper": "The same story told deeper: what round two wants.",
            "different_story": "A different story for the same question: a consistency risk. "
            "Be ready to say why you chose another example, or go back to the first one.",
        }[self.verdict]
