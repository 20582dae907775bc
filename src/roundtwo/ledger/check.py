"""The consistency check: which facts contradict each other, and which repeat a retracted one.

Two facts contradict each other when they are about the same entity (company, team, project)
and the same subject (what is counted or measured, by the same verb, with the same
qualifiers), hold at the same time (both plain levels, or the same end of the same change, or
the same year), and their values disagree beyond the tolerance in
:mod:`roundtwo.ledger.values`. A retracted fact repeated later is a hard flag. A locked fact's
value is the one to keep: a new fact that agrees with it is not flagged against older facts
that do not. A figure that contradicts one fact of a statement but matches another said
alongside it (another batch, another company) is read as that one and not flagged.

Facts are indexed by subject key, so checking one answer against a ledger of thousands of
facts only looks at the facts about the same thing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from roundtwo.ledger.statements import StatedFact
from roundtwo.ledger.values import agree, date_span
from roundtwo.ledger.wording import explain, richer, suggest

CONFLICT = "conflict"
RETRACTED = "retracted"


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
    """Facts by (subject key, company): what a new fact can contradict, without a full scan.
    A fact that names no company can be about any of them."""

    def __init__(self, facts: Iterable[StatedFact] = ()) -> None:
        self._by_key: dict[str, list[StatedFact]] = {}
        self._by_company: dict[tuple[str, str], list[StatedFact]] = {}
        self._by_statement: dict[tuple[str, str], list[StatedFact]] = {}
        self._named: dict[str, list[StatedFact]] = {}
        self._count = 0
        for fact in facts:
            self.add(fact)

    def add(self, fact: StatedFact) -> None:
        if fact.key is not None:
            self._by_key.setdefault(fact.key, []).append(fact)
            company = fact.entity.company.casefold()
            self._by_company.setdefault((fact.key, company), []).append(fact)
            self._by_statement.setdefault((fact.key, fact.statement_id), []).append(fact)
            named = self._named.setdefault(fact.key, [])
            if company and len(named) < 200:
                named.append(fact)
        self._count += 1

    def __len__(self) -> int:
        return self._count

    def about(self, fact: StatedFact) -> list[StatedFact]:
        """The indexed facts that could be about the same thing as ``fact``."""
        if fact.key is None:
            return []
        company = fact.entity.company.casefold()
        if company:
            pool = [*self._by_company.get((fact.key, company), ()),
                    *self._by_company.get((fact.key, ""), ())]  # fmt: skip
        else:
            pool = self._by_key.get(fact.key, [])
        return [other for other in pool if other is not fact and comparable(fact, other)]

    def groups(self) -> Iterable[list[StatedFact]]:
        return self._by_key.values()

    def beside(self, fact: StatedFact) -> list[StatedFact]:
        """The facts of ``fact``'s statement with its subject key."""
        if fact.key is None:
            return []
        return self._by_statement.get((fact.key, fact.statement_id), [])

    def named(self, fact: StatedFact) -> list[StatedFact]:
        """Up to 200 facts with ``fact``'s subject key that name a company."""
        return self._named.get(fact.key, []) if fact.key is not None else []


def comparable(a: StatedFact, b: StatedFact) -> bool:
    """Same subject and entity, said about the same time: their values must agree."""
    if a.subject is None or b.subject is None or not a.subject.matches(b.subject):
        return False
    if not a.entity.compatible(b.entity):
        return False
    return same_time(a, b)


def same_time(a: StatedFact, b: StatedFact) -> bool:
    if a.phase != b.phase or not _same_when(a.when, b.when):
        return False
    if a.subject is not None and a.subject.head == "title:promotion" and not a.when:
        return False  # two promotions without dates can both be true
    if a.phase in ("start", "end", "contrast") and a.partner is not None and b.partner is not None:
        return _close(a.partner, b.partner)  # the same change, told twice
    return True


def _same_when(a: str, b: str) -> bool:
    if a == b:
        return True
    if not a or not b:
        return False
    span_a, span_b = date_span(a), date_span(b)
    if span_a is None or span_b is None:
        return False
    return span_a[0] <= span_b[1] and span_b[0] <= span_a[1]


def _close(a: float, b: float) -> bool:
    """The other ends of two changes agree (2% absorbs unit conversions)."""
    return abs(a - b) <= 0.02 * max(abs(a), abs(b)) + 1e-9


def _order(a: StatedFact, b: StatedFact) -> tuple[StatedFact, StatedFact]:
    """Earlier first: by round, then as given."""
    if a.round is not None and b.round is not None and b.round < a.round:
        return b, a
    return a, b


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


def _subject(fact: StatedFact, other: StatedFact) -> str:
    """ "team size at Northwind": the richer of the two subjects, and where."""
    subject = richer(fact, other)
    label = subject.label() if subject is not None else "this figure"
    if subject is not None and subject.head == "salary":
        return label  # the candidate's own pay, whatever company the answer was about
    where = fact.entity.where() or other.entity.where()
    return f"{label} {where}".strip()


def _locked_agrees(fact: StatedFact, candidates: Sequence[StatedFact]) -> bool:
    return any(o.status == "locked" and agree(o, fact) for o in candidates)


def check(
    new_facts: Sequence[StatedFact], ledger: Sequence[StatedFact] | FactIndex
) -> list[Contradiction]:
    """Contradictions between the facts of a new answer and the ledger, and within the new
    answer itself. Each pair of statements is reported once per subject."""
    index = ledger if isinstance(ledger, FactIndex) else FactIndex(ledger)
    found: list[Contradiction] = []
    seen: set[tuple[str, str, str]] = set()
    mine = FactIndex(new_facts)
    elsewhere = _Elsewhere(index.beside, index.named)
    back = _Elsewhere(mine.beside, lambda fact: [])
    for fact in new_facts:
        candidates = index.about(fact)
        locked_ok = _locked_agrees(fact, candidates)
        for other in candidates:
            if locked_ok and other.status == "active":
                continue
            if _seen(seen, other, fact) or (other.status != RETRACTED and agree(other, fact)):
                continue
            if elsewhere(fact, other) or back(other, fact):
                continue
            _keep(found, seen, _contradiction(other, fact, here=True))
    found.extend(contradictions_among(new_facts))
    return found


def contradictions_among(facts: Sequence[StatedFact]) -> list[Contradiction]:
    """Every contradiction among ``facts`` (a whole transcript, or one answer with itself)."""
    found: list[Contradiction] = []
    seen: set[tuple[str, str, str]] = set()
    index = FactIndex(facts)
    elsewhere = _Elsewhere(index.beside, index.named)
    for group in index.groups():
        locked = [f for f in group if f.status == "locked"]
        for a, b in _pairs(group):
            if not comparable(a, b):
                continue
            if _seen(seen, a, b) or _shielded(a, b, locked) or _shielded(b, a, locked):
                continue
            if a.status != RETRACTED and b.status != RETRACTED and agree(a, b):
                continue
            if elsewhere(a, b) or elsewhere(b, a):
                continue
            _keep(found, seen, _contradiction(a, b))
    order = {(f.statement_id, f.index): n for n, f in enumerate(facts)}
    found.sort(key=lambda c: (order[c.facts[1].statement_id, c.facts[1].index],
                              order[c.facts[0].statement_id, c.facts[0].index]))  # fmt: skip
    return found


def _pairs(group: list[StatedFact]) -> Iterable[tuple[StatedFact, StatedFact]]:
    """The pairs of a subject group that can be about the same entity, in order of
    appearance: facts that name different companies, or hold at another phase or per another
    period, are never paired (a ledger spanning several jobs stays fast)."""
    buckets: dict[tuple[str, str, str], list[int]] = {}
    for position, fact in enumerate(group):
        period = fact.subject.period if fact.subject else ""
        key = (fact.entity.company.casefold(), fact.phase, period)
        buckets.setdefault(key, []).append(position)
    keys = list(buckets)
    for x, key in enumerate(keys):
        members = buckets[key]
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                yield group[a], group[b]
        for other in keys[x + 1 :]:
            if other[1:] != key[1:] or (key[0] and other[0]):
                continue
            for a in members:
                for b in buckets[other]:
                    yield (group[a], group[b]) if a < b else (group[b], group[a])


class _Elsewhere:
    """Is a figure that contradicts ``other`` probably about something else said alongside
    it? It agrees with another figure of ``other``'s statement ("First we hired 3, then 5
    more" / "I hired 5"), or — naming no company itself — with what was said about another
    company than ``other``'s ("At Acme I had 5, at Globex 9" / "my team was 9")."""

    def __init__(
        self,
        beside: Callable[[StatedFact], Sequence[StatedFact]],
        named: Callable[[StatedFact], Sequence[StatedFact]],
    ) -> None:
        self._beside = beside
        self._named = named
        self._companies: dict[int, set[str]] = {}

    def __call__(self, fact: StatedFact, other: StatedFact) -> bool:
        for c in self._beside(other):
            if c is other or c is fact or c.statement_id == fact.statement_id:
                continue
            if c.status != RETRACTED and agree(c, fact) and _about_the_same(c, fact):
                return True
        if fact.entity.company or not other.entity.company:
            return False
        companies = self._companies.get(id(fact))
        if companies is None:
            companies = {
                c.entity.company.casefold()
                for c in self._named(fact)
                if c is not fact
                and c.status != RETRACTED
                and agree(c, fact)
                and _about_the_same(c, fact)
            }
            self._companies[id(fact)] = companies
        return bool(companies - {other.entity.company.casefold()})


def _about_the_same(a: StatedFact, b: StatedFact) -> bool:
    return (
        a.subject is not None
        and b.subject is not None
        and a.subject.matches(b.subject)
        and a.entity.compatible(b.entity)
    )


def _shielded(fact: StatedFact, other: StatedFact, locked: list[StatedFact]) -> bool:
    """``fact`` agrees with a locked fact on the same subject: conflicts with unlocked
    ``other`` facts are the other's problem, reported against the locked fact."""
    if other.status != "active" or fact.status == "locked":
        return False
    return any(lock is not fact and comparable(lock, fact) and agree(lock, fact) for lock in locked)


def _seen(seen: set[tuple[str, str, str]], a: StatedFact, b: StatedFact) -> bool:
    """This pair of statements already has a contradiction on this subject (either kind)."""
    key = b.key or ""
    for first, second in ((a, b), (b, a)):
        ids = (first.statement_id, second.statement_id)
        if (*ids, key + CONFLICT) in seen or (*ids, key + RETRACTED) in seen:
            return True
    return False


def _keep(
    found: list[Contradiction], seen: set[tuple[str, str, str]], item: Contradiction | None
) -> None:
    if item is None:
        return
    key = (*item.ids, (item.facts[1].key or "") + item.kind)
    if key in seen:
        return
    seen.add(key)
    found.append(item)
