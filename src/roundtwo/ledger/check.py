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
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from roundtwo.analysis.lexicon import EQUIVALENTS
from roundtwo.analysis.reading import stem
from roundtwo.analysis.similarity import THRESHOLD, WEAK, same_thing
from roundtwo.analysis.subjects import is_people, normal
from roundtwo.ledger.relations import explained
from roundtwo.ledger.statements import StatedFact
from roundtwo.ledger.values import agree
from roundtwo.ledger.wording import explain, richer, suggest, topic

CONFLICT = "conflict"
RETRACTED = "retracted"
# A fact of the other statement that agrees, and is about the thing nearly as much as the best
# match, explains the figure.
MARGIN = 0.4
# A figure is reported against at most this many statements (a ledger of thousands of answers
# retells a figure in dozens; the first ones are enough to reconcile it).
PER_FACT = 5
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


class FactIndex:
    """Comparable facts by kind, and by the words, heads and entities they are about: what a
    new fact could be about the same thing as, without scoring the whole ledger."""

    def __init__(self, facts: Iterable[StatedFact] = ()) -> None:
        self._words: dict[tuple[str, str], dict[str, list[StatedFact]]] = {}
        self._pay: dict[str, list[StatedFact]] = {}
        self._by_statement: dict[str, list[StatedFact]] = {}
        self._order: dict[int, int] = {}
        self._count = 0
        for fact in facts:
            self.add(fact)

    def add(self, fact: StatedFact) -> None:
        self._order[id(fact)] = self._count
        self._count += 1
        self._by_statement.setdefault(fact.statement_id, []).append(fact)
        if not fact.comparable:
            return
        if fact.salary:
            self._pay.setdefault(fact.salary, []).append(fact)
            return
        companies = _company_keys(fact)
        for word in _anchors(fact):
            by_company = self._words.setdefault((_kind_key(fact.kind), word), {})
            for company in companies:
                by_company.setdefault(company, []).append(fact)

    def __len__(self) -> int:
        return self._count

    def order(self, fact: StatedFact) -> int:
        return self._order.get(id(fact), -1)

    def statement(self, statement_id: str) -> list[StatedFact]:
        return self._by_statement.get(statement_id, [])

    def statements(self) -> Iterable[list[StatedFact]]:
        return self._by_statement.values()

    def candidates(self, fact: StatedFact) -> list[StatedFact]:
        """The indexed facts that share a kind and something they are about with ``fact``."""
        if not fact.comparable:
            return []
        if fact.salary:
            return [f for f in self._pay.get(fact.salary, []) if f is not fact]
        seen: dict[int, StatedFact] = {}
        companies = _company_keys(fact)
        for word in _anchors(fact):
            by_company = self._words.get((_kind_key(fact.kind), word), {})
            if companies != {""}:  # facts about another company cannot be about the same thing
                pools = [by_company.get(c, []) for c in companies] + [by_company.get("", [])]
            else:
                pools = list(by_company.values())
            for pool in pools:
                for other in pool:
                    if other is not fact:
                        seen.setdefault(id(other), other)
        return list(seen.values())


def _kind_key(kind: str) -> str:
    """Counts and rates are found together: a total told for a year is that year's rate."""
    return "count" if kind == "rate" else kind


def _company_keys(fact: StatedFact) -> set[str]:
    """The company a fact names, by its first and its last word ("SkyBridge" / "SkyBridge
    Airways", "Wellcare" / "Elm Road Wellcare"); {""} when it names none."""
    words = [w for w in fact.entity.company.casefold().split() if w != "the"]
    return {words[0], words[-1]} if words else {""}


def _anchors(fact: StatedFact) -> set[str]:
    """What a fact can be found by: its head, its counted noun and the meaning-bearing words
    around it — a fact about the same thing shares at least one; a length of time at a place
    of work is found by the place; a fact the reader could not place, by its kind alone."""
    found = {w for w in fact.context if w not in WEAK}
    subject = fact.subject
    if subject is not None:
        found.add("head:" + subject.head)
        # the words of what it measures, as the words around another fact may say them, and
        # the lexicon's class for it ("scripts" / "prescriptions")
        words = {stem(w) for w in subject.head.replace("-", " ").split() if len(w) > 2}
        found.update(words - WEAK)
        last = subject.head.split()[-1] if subject.head.split() else ""
        if last in EQUIVALENTS:
            found.add("same:" + EQUIVALENTS[last])
        if subject.kind == "count" and is_people(subject.head):
            found.add("people")  # "five engineers" / "seven people on my team"
        if subject.caption == "tenure" or subject.kind == "date":
            found.add("at:" + (fact.entity.company or fact.entity.site).casefold().split(" ")[0])
    elif fact.kind == "count" and fact.unit:
        found.add("head:" + normal(fact.unit))
    return found or {"kind"}


class _Scores:
    """``same_thing(a, b).score``, remembered for one check (a ledger scores the same pairs
    several times — to align, to find an agreeing fact, to shield — and the same retold figure
    again and again). One per check, so concurrent checks never share it."""

    def __init__(self) -> None:
        self._pairs: dict[tuple[int, int], float] = {}
        self._of: dict[int, int] = {}
        self._told: dict[tuple[Any, ...], int] = {}
        self._agree: dict[tuple[int, int], bool] = {}

    def signature(self, fact: StatedFact) -> int:
        """A number shared by facts that score alike: the same figure told the same way about
        the same thing (a candidate retells most figures in every round)."""
        found = self._of.get(id(fact))
        if found is None:
            key = (fact.text, fact.kind, fact.value, fact.low, fact.high, fact.approximate,
                   fact.unit, fact.factor, fact.subject, fact.entity, fact.phase, fact.partner,
                   fact.when, fact.salary, fact.stance, fact.part_of, fact.context, fact.quote,
                   fact.status)  # fmt: skip
            found = self._of[id(fact)] = self._told.setdefault(key, len(self._told))
        return found

    def _pair(self, a: StatedFact, b: StatedFact) -> tuple[int, int]:
        sa, sb = self._of.get(id(a)), self._of.get(id(b))  # inlined: the hottest line
        if sa is None:
            sa = self.signature(a)
        if sb is None:
            sb = self.signature(b)
        return (sa, sb) if sa < sb else (sb, sa)

    def __call__(self, a: StatedFact, b: StatedFact) -> float:
        key = self._pair(a, b)
        found = self._pairs.get(key)
        if found is None:
            found = self._pairs[key] = same_thing(a, b).score
        return found

    def agree(self, a: StatedFact, b: StatedFact) -> bool:
        """``values.agree``, remembered by signature."""
        key = self._pair(a, b)
        found = self._agree.get(key)
        if found is None:
            found = self._agree[key] = agree(a, b)
        return found


def _contradiction(a: StatedFact, b: StatedFact, here: bool = False) -> Contradiction | None:
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


def _agreeing(fact: StatedFact, others: Iterable[StatedFact], scores: _Scores) -> Agreeing:
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


class _Elsewhere:
    """The agreeing facts of other statements, found only when a contradiction is about to be
    flagged (most figures contradict nothing, and need not look)."""

    def __init__(self, fact: StatedFact, candidates: Sequence[StatedFact], scores: _Scores) -> None:
        self._fact, self._candidates, self.scores = fact, candidates, scores
        self._found: Agreeing | None = None
        self._shields: dict[tuple[int, float], bool] = {}

    def __call__(self) -> Agreeing:
        if self._found is None:
            self._found = _agreeing(self._fact, self._candidates, self.scores)
        return self._found

    def shields(self, best: StatedFact, best_score: float) -> bool:
        """``_shielded``, remembered for each figure told the same way."""
        key = (self.scores.signature(best), best_score)
        found = self._shields.get(key)
        if found is None:
            found = self._shields[key] = _shielded(best, best_score, self(), self.scores)
        return found


class _ClassElsewhere(_Elsewhere):
    """``_Elsewhere`` over a fact's candidate classes."""

    def __init__(
        self,
        fact: StatedFact,
        classes: _Classes,
        groups: dict[int, list[StatedFact]],
        scores: _Scores,
    ) -> None:
        super().__init__(fact, (), scores)
        self._classes, self._groups = classes, groups

    def __call__(self) -> Agreeing:
        if self._found is None:
            self._found = self._classes.agreeing(self._fact, self._groups)
        return self._found


def _shielded(best: StatedFact, best_score: float, elsewhere: Agreeing, scores: _Scores) -> bool:
    """An agreeing fact elsewhere explains the figure, unless that fact and ``best`` are
    themselves one thing told two ways (then the figure sides with one of two rivals)."""
    for score, other in elsewhere:
        if score < best_score - MARGIN:
            continue
        if scores(other, best) < THRESHOLD or scores.agree(other, best):
            return True
    return False


def _verdict(
    fact: StatedFact,
    pool: Sequence[StatedFact],
    statement: Sequence[StatedFact],
    elsewhere: _Elsewhere,
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


def check(
    new_facts: Sequence[StatedFact], ledger: Sequence[StatedFact] | FactIndex
) -> list[Contradiction]:
    """Contradictions between the facts of a new answer and the ledger, and within the new
    answer itself."""
    index = ledger if isinstance(ledger, FactIndex) else FactIndex(ledger)
    scores = _Scores()
    found: list[Contradiction] = []
    seen: set[tuple[str, str, int]] = set()
    for fact in new_facts:
        by_statement: dict[str, list[StatedFact]] = {}
        candidates = index.candidates(fact)
        for other in candidates:
            by_statement.setdefault(other.statement_id, []).append(other)
        elsewhere = _Elsewhere(fact, candidates, scores)
        if _agrees_with_lock(fact, candidates, scores):
            by_statement = {
                k: [o for o in v if o.status != "active"] for k, v in by_statement.items()
            }
        reported: list[StatedFact] = []
        rivals = _Rivals(fact, scores)
        for statement_id, pool in by_statement.items():
            disagreeing = [other for other in pool if rivals(other)]
            if not disagreeing:
                continue  # nothing there disagrees with it: nothing to contradict
            if all(_told(other, reported, scores) for other in disagreeing):
                continue  # already reported against that figure in that round
            against = _verdict(fact, pool, index.statement(statement_id), elsewhere)
            if against is None or _told(against, reported, scores):
                continue  # the same figure told again in that round: one warning says it
            reported.append(against)
            _keep(found, seen, _contradiction(against, fact, here=True), against, fact)
    found.extend(_within(new_facts, scores))
    return found


def _told(fact: StatedFact, reported: Sequence[StatedFact], scores: _Scores) -> bool:
    """``fact`` agrees with a figure already reported in its round."""
    return any(r.round == fact.round and scores.agree(fact, r) for r in reported)


class _Rivals:
    """Does a fact about the same thing disagree with ``fact`` (or repeat a retracted one)?
    Remembered per signature: a ledger retells most figures many times."""

    def __init__(self, fact: StatedFact, scores: _Scores) -> None:
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


def contradictions_among(facts: Sequence[StatedFact]) -> list[Contradiction]:
    """Every contradiction among ``facts`` (a whole transcript, or one answer with itself).

    A candidate retells most figures many times: facts told the same way (one signature) are
    scored once as a class, and a fact is only held to the statements that hold a figure about
    the same thing that disagrees with it — the statements that agree cannot contradict it."""
    index = FactIndex(facts)
    scores = _Scores()
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
            against = _verdict(fact, pool, index.statement(statement_id), elsewhere)
            if against is not None:
                _keep(found, seen, _contradiction(against, fact), against, fact)
                flagged += 1
                if flagged >= PER_FACT:
                    break  # a figure at odds with dozens of answers: the first ones say it
    for statement in index.statements():
        found.extend(_within(statement, scores))
    order = {(f.statement_id, f.index): n for n, f in enumerate(facts)}
    found.sort(key=lambda c: (order[c.facts[1].statement_id, c.facts[1].index],
                              order[c.facts[0].statement_id, c.facts[0].index]))  # fmt: skip
    return found


def _for_the_lock(fact: StatedFact, other: StatedFact, keeps_lock: set[int]) -> bool:
    """Two active facts of which one agrees with a locked fact: reported against the lock."""
    both_active = other.status == "active" and fact.status == "active"
    return both_active and (id(fact) in keeps_lock or id(other) in keeps_lock)


def _keeps_lock(
    fact: StatedFact, locked: Sequence[StatedFact], classes: _Classes, scores: _Scores
) -> bool:
    groups = classes.of(fact)
    return _agrees_with_lock(fact, [o for o in locked if scores.signature(o) in groups], scores)


class _Classes:
    """The candidates of a fact grouped by signature (one class per figure told the same
    way), remembered per signature: facts told alike have the same candidates."""

    def __init__(self, index: FactIndex, facts: Sequence[StatedFact], scores: _Scores) -> None:
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
        """``_agreeing`` by class: the classes about the same thing that agree with ``fact``
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


def _within(facts: Sequence[StatedFact], scores: _Scores) -> list[Contradiction]:
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
            item = _contradiction(a, b)
            if item is not None:
                found.append(item)
                break
    return found


def _agrees_with_lock(fact: StatedFact, others: Sequence[StatedFact], scores: _Scores) -> bool:
    """``fact`` agrees with a locked fact about the same thing: the active facts that do not
    are the other facts' problem, reported against the locked one."""
    return any(
        o.status == "locked" and o is not fact and agree(o, fact)
        and scores(fact, o) >= THRESHOLD
        for o in others
    )  # fmt: skip


def _keep(
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
