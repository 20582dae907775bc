"""Facts: every figure and claim of an answer, read once and typed.

``read_facts(text)`` is the one reading of an answer's figures that every part of roundtwo
consumes — the debrief's highlights, the ledger, the coach and the mock. It reads each claim
the number grammar finds (``claims.extract_claims``) in its clause: what it measures
(``subjects``, ``naming``, ``measure``), whose it is (``entities``), when it holds and its
role in a change (``timing``), whether it is the candidate's pay (``salary``), whether it is
a part of a whole said beside it, and the words around it (``context``) for matching by
meaning (``similarity``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Any

from roundtwo.analysis import salary, supplement, timing
from roundtwo.analysis.claims import Claim, extract_claims
from roundtwo.analysis.entities import Entity, Mention, entity_at, mentions
from roundtwo.analysis.measure import Located, locate
from roundtwo.analysis.naming import MONEY_HEADS, subject_of
from roundtwo.analysis.reading import Reading
from roundtwo.analysis.subjects import Subject, build, is_people, normal

CHANGES = ("", "delta", "start", "end", "contrast")


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

    @property
    def key(self) -> str | None:
        return None if self.subject is None else self.subject.key

    @property
    def subject_label(self) -> str:
        return "" if self.subject is None else self.subject.label()

    @property
    def comparable(self) -> bool:
        """Stated as a fact, with something it measures: it can agree or disagree."""
        return self.subject is not None and self.stance != UNREAL and self.part_of is None

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


UNREAL = "unreal"


def _plain(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else round(value, 6)


def read_facts(text: str) -> tuple[Fact, ...]:
    """Every fact stated in ``text``, in order of appearance."""
    claims = [c for c in supplement.claims(text, extract_claims(text)) if _finite(c)]
    if not claims:
        return ()
    r = Reading.of(text)
    named = mentions(text)
    ends = frozenset(c.end for c in claims)
    facts: list[Fact] = []
    previous: Fact | None = None
    for index, claim in enumerate(claims):
        fact = replace(_fact(r, named, claim, ends, claims, previous), index=index)
        facts.append(fact)
        previous = fact
    return tuple(_link_changes(_mark_team_mates(facts, r)))


def _finite(claim: Claim) -> bool:
    """ "1e999 dollars" is not a figure anyone can hold to (and is not valid JSON)."""
    values = [claim.value, claim.low, claim.high]
    return all(not isinstance(v, float) or math.isfinite(v) for v in values)


def _fact(
    r: Reading,
    named: list[Mention],
    claim: Claim,
    ends: frozenset[int],
    claims: list[Claim],
    previous: Fact | None,
) -> Fact:
    sentence = r.sentence(claim.start)
    clause = timing.clause(r.text, claim, sentence.start, sentence.end)
    entity = entity_at(named, claim.start, (sentence.start, sentence.end), clause[1])
    drop = _entity_words(entity)
    where = locate(r, claim, ends)
    kind = claim.kind
    subject = subject_of(r, claim, where, drop)
    which = salary.which(r.text, claim, sentence.start, sentence.end, where.words, where.verb)
    unreal = False
    if which:
        kind = "money"
        subject = salary.subject(r.text, claim, which, sentence.start, sentence.end)
        entity = _salary_entity(named, claim, which, (sentence.start, sentence.end), clause[1])
    unreal = not which and timing.unreal(
        r.text, claim, sentence.start, sentence.end, _target(claim, where)
    )
    if unreal:
        subject = None  # a question, a hypothetical, a goal: not a fact to hold the candidate to
    elif (
        subject is not None
        and kind == "count"
        and claim.unit is None
        and subject.head in MONEY_HEADS
    ):
        kind, subject = (
            "money",
            replace(subject, kind="money", unit="?"),
        )  # "revenue was 1,5 million"
    text, start = _stated(r.text, claim)
    phase = where.role if where.role != "level" else timing.marker(r, claim, sentence)
    if timing.contrasted(r.text, claim, sentence.end):
        phase = "contrast"  # "40 minutes compared to 5 minutes after the change"
    elif previous is not None and timing.contrasting(r.text, previous.end, claim.start):
        phase = "contrast"
        if previous.subject is not None and previous.kind == kind:
            subject = previous.subject
    if which or kind in ("date", "title"):
        phase = ""  # "I currently earn": the subject says when
    if where.after_claim and previous is not None and previous.subject is not None:
        subject = _after(subject, previous.subject, kind, previous.kind, claim.unit)
    elif subject is None and kind == "count" and claim.unit is None and previous is not None:
        subject = _elliptic(previous, where, sentence.start)
    stance = UNREAL if unreal else ""
    return Fact(
        index=0,
        text=text,
        start=start,
        end=claim.end,
        kind=kind,
        value=claim.value,
        unit=claim.unit if kind == claim.kind else (subject.unit if subject else None),
        approximate=_approximate(r.text, claim),
        low=claim.low,
        high=claim.high,
        factor=claim.factor,
        subject=subject,
        entity=entity,
        phase="" if phase == "level" else phase,
        when=timing.when(r, claim, claims, sentence.start, sentence.end),
        partner=None,
        quote=timing.quote(r, claim),
        salary=which,
        stance=stance,
    )


def _salary_entity(
    named: list[Mention], claim: Claim, which: str, sentence: tuple[int, int], clause_end: int
) -> Entity:
    """A salary is the candidate's: an expectation belongs to no company, current pay at most
    to one named in its own sentence — never to the company of an earlier sentence."""
    if which != "current":
        return Entity()
    inside = [m for m in named if sentence[0] <= m.start < sentence[1]]
    return entity_at(inside, claim.start, sentence, clause_end)


def _target(claim: Claim, where: Located) -> bool:
    """A figure that could be the aim of a task: a change, a percentage, a sum, a length."""
    return where.role in ("delta", "end") or claim.kind in ("percent", "money", "duration")


def _approximate(text: str, claim: Claim) -> bool:
    """ "late 2021" is inside 2021 (the engine calls it approximate); "around 2019" is not."""
    if claim.kind != "date" or not claim.approximate:
        return claim.approximate
    before = text[max(0, claim.start - 16) : claim.start].lower().split()
    return bool(before) and before[-1] in ("around", "about", "circa", "approximately", "~")


def _after(
    own: Subject | None, before: Subject, kind: str, before_kind: str, unit: str | None
) -> Subject | None:
    """ "from 8% to 5%": the end measures what the start did; "from four to nine engineers"
    keeps its own noun and takes the start's container and verb."""
    if kind != before_kind:
        return own
    if own is not None and kind == "count" and unit:
        return replace(own, container=own.container or before.container, verb=before.verb)
    return before


def _elliptic(previous: Fact, where: Located, sentence_start: int) -> Subject | None:
    """ "At Acme I had 5 engineers, and at Globex I had 9": the bare number counts what the
    count before it in the sentence did, when it is told with the same verb."""
    before = previous.subject
    if previous.kind != "count" or before is None or previous.start < sentence_start:
        return None
    verb = build("count", [], head="x", verb=where.verb)
    if verb is None or (verb.verb and verb.verb != before.verb) or where.words:
        return None  # "…, then 5 more": no verb of its own, the one before carries on
    return replace(before, container=where.container or before.container)


def _entity_words(entity: Entity) -> frozenset[str]:
    words: set[str] = set()
    for name in (entity.company, entity.team, entity.project, entity.site):
        words.update(normal(w) for w in name.split())
    return frozenset(words)


def _stated(text: str, claim: Claim) -> tuple[str, int]:
    """The claim as said; "saved us $500k" is read by the engine as "us $500k"."""
    if claim.text.lower().startswith("us $"):
        return claim.text[3:], claim.start + 3
    return claim.text, claim.start


def _mark_team_mates(facts: list[Fact], r: Reading) -> list[Fact]:
    """ "five engineers and two designers": neither is the whole team on its own."""
    by_sentence: dict[int, set[str]] = {}
    for fact in facts:
        if fact.kind == "count" and fact.subject and is_people(fact.subject.head):
            sentence = r.sentence(fact.start).start
            by_sentence.setdefault(sentence, set()).add(fact.subject.head)
    result = []
    for fact in facts:
        heads = by_sentence.get(r.sentence(fact.start).start, set())
        if fact.subject and len(heads - {"people"}) > 1 and fact.subject.head in heads:
            fact = replace(fact, subject=replace(fact.subject, sole_people=False))
        result.append(fact)
    return result


def _link_changes(facts: list[Fact]) -> list[Fact]:
    """Pair each "from X" with its "to Y": the partner tells one change from another; a start
    with no unit borrows the end's ("from four to nine engineers")."""
    result = list(facts)
    for i, fact in enumerate(result):
        if fact.phase not in ("start", "contrast") or i + 1 >= len(result):
            continue
        end = result[i + 1]
        pair = {"start": "end", "contrast": "contrast"}[fact.phase]
        if end.phase != pair or end.kind != fact.kind:
            continue
        subject = fact.subject
        if end.subject is not None and (subject is None or fact.unit is None):
            subject = end.subject
        result[i] = replace(fact, partner=_number(end.value), subject=subject,
                            unit=fact.unit or end.unit)  # fmt: skip
        end_subject = end.subject if end.subject is not None else subject
        result[i + 1] = replace(end, partner=_number(fact.value), subject=end_subject)
    return result


def _number(value: float | str) -> float | None:
    return None if isinstance(value, str) else float(value)


__all__ = ["UNREAL", "Fact", "read_facts"]
