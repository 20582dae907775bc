"""The consistency check: which facts contradict each other, and which repeat a retracted one.

Two facts of different statements contradict each other when the reader says they are about
the same thing (``analysis.similarity.same_thing``: the same kind of figure, whose it is and
when, what it measures, matched by meaning) and their values disagree beyond the tolerance in
:mod:`roundtwo.ledger.values`.

Facts are aligned statement by statement: a figure is held to the fact of the other statement
that is most about the same thing. When another fact of that statement, about the thing
nearly as much, agrees with it, the figure is read as that one ("First we hired 3, then 5
more" / "I hired 5"; "At Acme I had 5, at Globex 9" / "my team was 9"). Relations that are
not contradictions are checked before flagging: a part and its whole ("two of the five
engineers"), parts that add up ("two backend and three front-end" / "five"), complements
("40% never finished" / "60% finished"), rates over other periods ("300 a week" / "15,000 a
year"), ranges and approximations (the tolerance policy).

A retracted fact repeated later is a hard flag. A locked fact's value is the one to keep: a
new fact that agrees with it is not flagged against older facts that do not.

Facts are indexed by kind and by the words they are about, so checking one answer against a
ledger of thousands of facts only scores the facts that could be about the same thing.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator, Sequence

from roundtwo.analysis.similarity import THRESHOLD
from roundtwo.ledger.index import FactIndex
from roundtwo.ledger.scores import Scores
from roundtwo.ledger.statements import StatedFact
from roundtwo.ledger.verdicts import (
    CONFLICT,
    RETRACTED,
    Agreeing,
    Contradiction,
    Elsewhere,
    Rivals,
    agrees_with_lock,
    contradiction_between,
    keep,
    told,
    verdict,
    within,
)

# A figure is reported against at most this many statements (a ledger of thousands of answers
# retells a figure in dozens; the first ones are enough to reconcile it).
PER_FACT = 5


def check(
    new_facts: Sequence[StatedFact], ledger: Sequence[StatedFact] | FactIndex
) -> list[Contradiction]:
    """Contradictions between the facts of a new answer and the ledger, and within the new
    answer itself."""
    index = ledger if isinstance(ledger, FactIndex) else FactIndex(ledger)
    scores = Scores()
    found: list[Contradiction] = []
    seen: set[tuple[str, str, int]] = set()
    for fact in new_facts:
        by_statement: dict[str, list[StatedFact]] = {}
        candidates = index.candidates(fact)
        for other in candidates:
            by_statement.setdefault(other.statement_id, []).append(other)
        elsewhere = Elsewhere(fact, candidates, scores)
        if agrees_with_lock(fact, candidates, scores):
            by_statement = {
                k: [o for o in v if o.status != "active"] for k, v in by_statement.items()
            }
        reported: list[StatedFact] = []
        rivals = Rivals(fact, scores)
        for statement_id, pool in by_statement.items():
            disagreeing = [other for other in pool if rivals(other)]
            if not disagreeing:
                continue  # nothing there disagrees with it: nothing to contradict
            if all(told(other, reported, scores) for other in disagreeing):
                continue  # already reported against that figure in that round
            against = verdict(fact, pool, index.statement(statement_id), elsewhere)
            if against is None or told(against, reported, scores):
                continue  # the same figure told again in that round: one warning says it
            reported.append(against)
            keep(found, seen, contradiction_between(against, fact, here=True), against, fact)
    found.extend(within(new_facts, scores))
    return found


def contradictions_among(facts: Sequence[StatedFact]) -> list[Contradiction]:
    """Every contradiction among ``facts`` (a whole transcript, or one answer with itself).

    A candidate retells most figures many times: facts told the same way (one signature) are
    scored once as a class, and a fact is only held to the statements that hold a figure about
    the same thing that disagrees with it — the statements that agree cannot contradict it."""
    index = FactIndex(facts)
    scores = Scores()
    classes = _Classes(index, facts, scores)
    locked = [f for f in facts if f.status == "locked"]
    keeps_lock = {id(f) for f in locked and facts if _keeps_lock(f, locked, classes, scores)}
    found: list[Contradiction] = []
    seen: set[tuple[str, str, int]] = set()
    for fact in facts:
        if not fact.comparable:
            continue
        mine = index.order(fact)
        groups = classes.of(fact)
        flagged = 0
        elsewhere = _ClassElsewhere(fact, classes, groups, scores)
        for statement_id in classes.rivals(fact, groups, mine):
            pool = [
                other
                for other in index.statement(statement_id)
                if scores.signature(other) in groups
                and other.comparable
                and index.order(other) < mine
                and not _for_the_lock(fact, other, keeps_lock)
            ]
            if not pool:
                continue
            against = verdict(fact, pool, index.statement(statement_id), elsewhere)
            if against is not None:
                keep(found, seen, contradiction_between(against, fact), against, fact)
                flagged += 1
                if flagged >= PER_FACT:
                    break  # a figure at odds with dozens of answers: the first ones say it
    for statement in index.statements():
        found.extend(within(statement, scores))
    order = {(f.statement_id, f.index): n for n, f in enumerate(facts)}
    found.sort(key=lambda c: (order[c.facts[1].statement_id, c.facts[1].index],
                              order[c.facts[0].statement_id, c.facts[0].index]))  # fmt: skip
    return found


def _for_the_lock(fact: StatedFact, other: StatedFact, keeps_lock: set[int]) -> bool:
    """Two active facts of which one agrees with a locked fact: reported against the lock."""
    both_active = other.status == "active" and fact.status == "active"
    return both_active and (id(fact) in keeps_lock or id(other) in keeps_lock)


def _keeps_lock(
    fact: StatedFact, locked: Sequence[StatedFact], classes: _Classes, scores: Scores
) -> bool:
    groups = classes.of(fact)
    return agrees_with_lock(fact, [o for o in locked if scores.signature(o) in groups], scores)


class _Classes:
    """The candidates of a fact grouped by signature (one class per figure told the same
    way), remembered per signature: facts told alike have the same candidates."""

    def __init__(self, index: FactIndex, facts: Sequence[StatedFact], scores: Scores) -> None:
        self._index, self._scores = index, scores
        self._members: dict[int, list[StatedFact]] = {}
        for fact in sorted(facts, key=index.order):
            self._members.setdefault(scores.signature(fact), []).append(fact)
        # one fact per class: candidates are looked up among classes, not retellings
        self._classes = FactIndex(members[0] for members in self._members.values())
        self._of: dict[int, dict[int, list[StatedFact]]] = {}
        self._rivals: dict[int, list[int]] = {}
        self._agreeing: dict[int, list[tuple[float, list[StatedFact]]]] = {}

    def of(self, fact: StatedFact) -> dict[int, list[StatedFact]]:
        sig = self._scores.signature(fact)
        found = self._of.get(sig)
        if found is None:
            found = {}
            first = self._members[sig][0]
            for other in self._classes.candidates(first):
                found[self._scores.signature(other)] = self._members[self._scores.signature(other)]
            if fact.comparable:
                found[sig] = self._members[sig]  # its own class: the figure told elsewhere
            self._of[sig] = found
        return found

    def rivals(
        self, fact: StatedFact, groups: dict[int, list[StatedFact]], mine: int
    ) -> Iterator[str]:
        """The earlier statements holding a fact about the same thing that disagrees with
        ``fact`` (or a retracted one it repeats), earliest first."""
        sig = self._scores.signature(fact)
        classes = self._rivals.get(sig)
        if classes is None:
            classes = [
                other_sig
                for other_sig, members in groups.items()
                if self._scores(fact, members[0]) >= THRESHOLD
                and (members[0].status == RETRACTED or not self._scores.agree(members[0], fact))
            ]
            self._rivals[sig] = classes
        seen: set[str] = {fact.statement_id}
        order = self._index.order
        for other in heapq.merge(*(groups[c] for c in classes), key=order):
            if order(other) >= mine:
                return
            if other.statement_id not in seen:
                seen.add(other.statement_id)
                yield other.statement_id

    def agreeing(self, fact: StatedFact, groups: dict[int, list[StatedFact]]) -> Agreeing:
        """``agreeing`` by class: the classes about the same thing that agree with ``fact``
        (remembered per signature), each by a member outside ``fact``'s statement."""
        sig = self._scores.signature(fact)
        classes = self._agreeing.get(sig)
        if classes is None:
            classes = []
            for members in groups.values():
                first = members[0]
                if first.status == RETRACTED:
                    continue
                score = self._scores(fact, first)
                if score >= THRESHOLD and self._scores.agree(first, fact):
                    classes.append((score, members))
            self._agreeing[sig] = classes
        found = []
        for score, members in classes:
            for other in members:
                if other.statement_id != fact.statement_id:
                    found.append((score, other))
                    break
        return found


class _ClassElsewhere(Elsewhere):
    """``Elsewhere`` over a fact's candidate classes."""

    def __init__(
        self,
        fact: StatedFact,
        classes: _Classes,
        groups: dict[int, list[StatedFact]],
        scores: Scores,
    ) -> None:
        super().__init__(fact, (), scores)
        self._classes, self._groups = classes, groups

    def __call__(self) -> Agreeing:
        if self._found is None:
            self._found = self._classes.agreeing(self._fact, self._groups)
        return self._found


__all__ = ["CONFLICT", "RETRACTED", "Contradiction", "FactIndex", "check", "contradictions_among"]
