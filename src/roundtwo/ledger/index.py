"""The fact index: what a new fact could be about the same thing as, found by kind, by the
words the facts are about and by company, without scoring the whole ledger."""

from __future__ import annotations

from collections.abc import Iterable

from roundtwo.analysis.lexicon import EQUIVALENTS
from roundtwo.analysis.reading import stem
from roundtwo.analysis.similarity import WEAK
from roundtwo.analysis.subjects import is_people, normal
from roundtwo.ledger.statements import StatedFact


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
    Airways", "Wellcare" / "Elm Road Wellcare"), and the site it names inside it by its first
    ("the Hollins Quarry plant" of Marlow Aggregates is found by "Hollins"); {""} when it
    names none."""
    words = [w for w in fact.entity.company.casefold().split() if w != "the"]
    if not words:
        return {""}
    site = [w for w in fact.entity.site.casefold().split() if w != "the"]
    return {words[0], words[-1], *site[:1]}


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


__all__ = ["FactIndex"]
