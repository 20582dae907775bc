"""Verdicts on pairs of facts: the contradiction two facts make, the fact of another statement
a figure is held to, what shields it (an agreeing figure elsewhere), an answer that
contradicts itself."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from roundtwo.analysis.similarity import THRESHOLD
from roundtwo.ledger.relations import explained
from roundtwo.ledger.scores import Scores
from roundtwo.ledger.statements import StatedFact
from roundtwo.ledger.values import agree
from roundtwo.ledger.wording import explain, richer, suggest, topic

CONFLICT = "conflict"
RETRACTED = "retracted"
# A fact of the other statement that agrees, and is about the thing nearly as much as the best
# match, explains the figure.
MARGIN = 0.4
# Within one answer, only facts that are plainly about the same thing are compared.
SAME_ANSWER = 0.85


@dataclass(frozen=True, slots=True)
class Contradiction:
    """Two facts that cannot both stand, with what to do about it before the next round.

    ``facts`` is (earlier, later); for a retracted repeat the earlier one is the retracted
    fact. ``kind`` is "conflict" or "retracted" (a hard flag)."""

    facts: tuple[StatedFact, StatedFact]
    subject: str
    explanation: str
    suggestion: str
    kind: str = CONFLICT

    @property
    def ids(self) -> tuple[str, str]:
        return self.facts[0].statement_id, self.facts[1].statement_id

    @property
    def values(self) -> tuple[str, str]:
        return self.facts[0].text, self.facts[1].text

    @property
    def quotes(self) -> tuple[str, str]:
        return self.facts[0].quote, self.facts[1].quote

    def to_json(self) -> dict[str, Any]:
        return {
            "ids": list(self.ids),
            "kind": self.kind,
            "subject": self.subject,
            "values": list(self.values),
            "quotes": list(self.quotes),
            "explanation": self.explanation,
            "suggestion": self.suggestion,
        }


def contradiction_between(a: StatedFact, b: StatedFact, here: bool = False) -> Contradiction | None:
    """The contradiction between ``a`` (earlier or in the ledger) and ``b``, if any."""
    if a.status == RETRACTED and b.status == RETRACTED:
        return None
    if a.status == RETRACTED or b.status == RETRACTED:
        old, new = (a, b) if a.status == RETRACTED else (b, a)
        if not agree(old, new):
            return None  # a correction of a retracted fact is welcome
        return Contradiction((old, new), _subject(new, old), explain(old, new, RETRACTED, here),
                             suggest(old, new, RETRACTED), RETRACTED)  # fmt: skip
    if agree(a, b):
        return None
    first, second = (a, b) if here else _order(a, b)
    return Contradiction((first, second), _subject(second, first),
                         explain(first, second, CONFLICT, here),
                         suggest(first, second, CONFLICT))  # fmt: skip


def _order(a: StatedFact, b: StatedFact) -> tuple[StatedFact, StatedFact]:
    """Earlier first: by round, then as given."""
    if a.round is not None and b.round is not None and b.round < a.round:
        return b, a
    return a, b


def _subject(fact: StatedFact, other: StatedFact) -> str:
    """ "team size at Northwind": the richer of the two subjects, and where."""
    subject = richer(fact, other)
    if subject is None:
        return topic(fact, other).removeprefix("the ")
    label = subject.label()
    if subject.head == "salary":
        return label  # the candidate's own pay, whatever company the answer was about
    where = fact.entity.where() or other.entity.where()
    return f"{label} {where}".strip()


Agreeing = list[tuple[float, StatedFact]]


def agreeing(fact: StatedFact, others: Iterable[StatedFact], scores: Scores) -> Agreeing:
    """The facts of other statements that are about the same thing as ``fact`` and agree
    with it, with how much: a figure that matches one fact and not another is read as the one
    it matches ("52% at Marlow" / "from 60% to 67% at Tessellate" / "52 percent")."""
    found = []
    seen: set[int] = set()
    for other in others:
        if other.statement_id == fact.statement_id or other.status == RETRACTED:
            continue
        signature = scores.signature(other)
        if signature in seen:
            continue  # the same figure retold: one is enough
        seen.add(signature)
        if not scores.agree(other, fact):
            continue  # cheaper than asking whether it is about the same thing
        score = scores(fact, other)
        if score >= THRESHOLD:
            found.append((score, other))
    return found


class Elsewhere:
    """The agreeing facts of other statements, found only when a contradiction is about to be
    flagged (most figures contradict nothing, and need not look)."""

    def __init__(self, fact: StatedFact, candidates: Sequence[StatedFact], scores: Scores) -> None:
        self._fact, self._candidates, self.scores = fact, candidates, scores
        self._found: Agreeing | None = None
        self._shields: dict[tuple[int, float], bool] = {}

    def __call__(self) -> Agreeing:
        if self._found is None:
            self._found = agreeing(self._fact, self._candidates, self.scores)
        return self._found

    def shields(self, best: StatedFact, best_score: float) -> bool:
        """``_shielded``, remembered for each figure told the same way."""
        key = (self.scores.signature(best), best_score)
        found = self._shields.get(key)
        if found is None:
            found = self._shields[key] = _shielded(best, best_score, self(), self.scores)
        return found


def _shielded(best: StatedFact, best_score: float, elsewhere: Agreeing, scores: Scores) -> bool:
    """An agreeing fact elsewhere explains the figure, unless that fact and ``best`` are
    themselves one thing told two ways (then the figure sides with one of two rivals)."""
    for score, other in elsewhere:
        if score < best_score - MARGIN:
            continue
        if scores(other, best) < THRESHOLD or scores.agree(other, best):
            return True
    return False


def verdict(
    fact: StatedFact,
    pool: Sequence[StatedFact],
    statement: Sequence[StatedFact],
    elsewhere: Elsewhere,
) -> StatedFact | None:
    """Of ``pool`` (facts of one other statement), the one ``fact`` contradicts, if any: the
    best match, unless a fact about the thing nearly as much agrees with it (in that statement
    or, ``elsewhere``, another), or a relation explains the difference."""
    scored = [(elsewhere.scores(fact, other), n, other) for n, other in enumerate(pool)]
    scored = [item for item in scored if item[0] >= THRESHOLD]
    if not scored:
        return None
    scored.sort(key=lambda item: (-item[0], item[1]))
    best_score, _, best = scored[0]
    scores = elsewhere.scores
    for score, _, other in scored:
        if score >= best_score - MARGIN and other.status != RETRACTED and scores.agree(other, fact):
            return None
    if best.status != RETRACTED and explained(best, fact, statement):
        return None
    if best.status != RETRACTED and elsewhere.shields(best, best_score):
        return None
    return best


def told(fact: StatedFact, reported: Sequence[StatedFact], scores: Scores) -> bool:
    """``fact`` agrees with a figure already reported in its round."""
    return any(r.round == fact.round and scores.agree(fact, r) for r in reported)


class Rivals:
    """Does a fact about the same thing disagree with ``fact`` (or repeat a retracted one)?
    Remembered per signature: a ledger retells most figures many times."""

    def __init__(self, fact: StatedFact, scores: Scores) -> None:
        self._fact, self._scores = fact, scores
        self._known: dict[int, bool] = {}

    def __call__(self, other: StatedFact) -> bool:
        sig = self._scores.signature(other)
        found = self._known.get(sig)
        if found is None:
            found = self._known[sig] = self._scores(self._fact, other) >= THRESHOLD and (
                other.status == RETRACTED or not self._scores.agree(other, self._fact)
            )
        return found


def within(facts: Sequence[StatedFact], scores: Scores) -> list[Contradiction]:
    """One answer that contradicts itself: two facts plainly about the same thing ("five
    engineers on my team … seven engineers on my team"), neither a part of the other."""
    found: list[Contradiction] = []
    for i, a in enumerate(facts):
        if not a.comparable or a.subject is None or a.salary:
            continue
        for b in facts[i + 1 :]:
            if not b.comparable or b.subject is None or not a.subject.matches(b.subject):
                continue
            if a.quote == b.quote or a.subject.head != b.subject.head:
                continue  # one sentence's figures are told together: parts, not rivals
            if scores(a, b) < SAME_ANSWER or agree(a, b):
                continue
            if explained(a, b, facts):
                continue
            item = contradiction_between(a, b)
            if item is not None:
                found.append(item)
                break
    return found


def agrees_with_lock(fact: StatedFact, others: Sequence[StatedFact], scores: Scores) -> bool:
    """``fact`` agrees with a locked fact about the same thing: the active facts that do not
    are the other facts' problem, reported against the locked one."""
    return any(
        o.status == "locked" and o is not fact and agree(o, fact)
        and scores(fact, o) >= THRESHOLD
        for o in others
    )  # fmt: skip


def keep(
    found: list[Contradiction],
    seen: set[tuple[str, str, int]],
    item: Contradiction | None,
    other: StatedFact,
    fact: StatedFact,
) -> None:
    if item is None:
        return
    key = (other.statement_id, fact.statement_id, other.index)
    if key in seen:
        return
    seen.add(key)
    found.append(item)
