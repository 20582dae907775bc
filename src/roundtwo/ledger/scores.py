"""Scores remembered for one check: a ledger retells the same figures many times."""

from __future__ import annotations

from typing import Any

from roundtwo.analysis.similarity import same_thing
from roundtwo.ledger.statements import StatedFact
from roundtwo.ledger.values import agree


class Scores:
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


__all__ = ["Scores"]
