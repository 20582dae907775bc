"""The typed fact: every figure and claim of an answer, as the one reader reads it.

``roundtwo.analysis.reader.read_facts(text)`` (also ``roundtwo.analysis.read_facts``) is the
one reading of an answer's figures every part of roundtwo consumes — the debrief's
highlights, the analysis contract, the ledger, the coach and the mock. This module holds what
it returns: :class:`Fact`, and the stances a figure can be said in.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from roundtwo.analysis.entities import Entity
from roundtwo.analysis.lexicon import STOP
from roundtwo.analysis.subjects import Subject


@dataclass(frozen=True, slots=True)
class Fact:
    """One figure or claim of an answer, read once, typed.

    ``kind``/``value``/``unit`` as in the analysis contract (durations in seconds, money in
    its currency, dates as periods), with ``low``/``high`` for a range; ``subject`` is *what*
    is measured (its head, modifiers, container, verb, period, in the user's words) or None
    when the answer does not say — or when the figure is not stated as a fact (a question, a
    hypothetical, a goal: ``stance`` is then ``"unreal"``); ``entity`` is *whose or of what*
    (company, team, project, site); ``phase`` its role in a change ("" a level, "delta",
    "start", "end", "contrast") with ``partner`` the other end; ``when`` its time anchor (a
    date value, "first year", "last year"); ``salary`` "current" or "expectation" for the
    candidate's own pay; ``part_of`` the index of the whole a part belongs to ("two of the
    five engineers"); ``complement`` is True for a share told by what did not happen ("40%
    never finished": ``value`` is 40, the finished share is 60); ``context`` the content words
    of its clause (folded), for matching by meaning; ``quote`` the sentence it was said in."""

    index: int
    text: str
    start: int
    end: int
    kind: str
    value: float | str
    unit: str | None
    approximate: bool
    low: float | None
    high: float | None
    factor: float
    subject: Subject | None
    entity: Entity
    phase: str
    when: str
    partner: float | None
    quote: str
    salary: str = ""
    stance: str = ""
    part_of: int | None = None
    complement: bool = False
    context: frozenset[str] = frozenset()
    about: str = ""  # the clause the figure was said in, without the figure

    @property
    def key(self) -> str | None:
        return None if self.subject is None else self.subject.key

    @property
    def subject_label(self) -> str:
        return "" if self.subject is None else self.subject.label()

    @property
    def label(self) -> str:
        """What the fact is about, for people to read: its subject, else the words said
        around it ("figure in “lasted two years start to finish”")."""
        if self.subject is not None:
            return self.subject.label()
        words = [w for w in self.about.split() if w.lower() not in STOP][:6]
        return f"figure in “{' '.join(words)}”" if words else "figure"

    @property
    def comparable(self) -> bool:
        """Stated as a fact (not a question, goal or frame), and not a part of a whole said
        beside it: it can agree or disagree with another fact."""
        return not self.stance and self.part_of is None and not self.bare

    @property
    def bare(self) -> bool:
        """A number that says nothing of what it counts ("alert(1)", "Eight, not counting
        me"): kept among the answer's facts, never held against another."""
        return self.kind == "count" and not self.unit and self.subject is None

    def plain_value(self) -> float | int | str:
        value = self.value
        if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
            return int(value)
        if isinstance(value, float):
            return round(value, 6)
        return value

    def to_json(self) -> dict[str, Any]:
        """The fields the contracts add to a claim (analysis) or print per fact (ledger)."""
        return {
            "text": self.text,
            "span": [self.start, self.end],
            "kind": self.kind,
            "value": self.plain_value(),
            "unit": self.unit,
            "approximate": self.approximate,
            "range": None if self.low is None else [_plain(self.low), _plain(self.high)],
            "subject": self.subject_label or None,
            "key": self.key,
            "entity": self.entity.label() or None,
            "phase": self.phase or "level",
            "when": self.when or None,
            "salary": self.salary or None,
            "stance": self.stance or "stated",
            "part_of": self.part_of,
            "complement": self.complement,
            "quote": self.quote,
        }


UNREAL = "unreal"  # a question, a hypothetical, a goal or a task: not stated as a fact
FRAME = "frame"  # the time over which a change is told ("over two years"): not a fact itself
ECHO = "echo"  # a figure the question itself gave, said back ("Of the five engineers…")
CORRECTED = "corrected"  # a figure corrected on the spot ("forty — no, sixty percent")


def _plain(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else round(value, 6)


__all__ = ["CORRECTED", "ECHO", "FRAME", "UNREAL", "Fact"]
