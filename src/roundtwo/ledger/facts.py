"""Facts: each claim of a statement, tied to who heard it and what it is about.

``facts_from_statement(statement)`` reads every claim the analysis engine finds in the
statement's text and gives it an entity (the company, team or project around it), a
normalised subject (what it measures), a phase (a level, a delta, the start or the end of a
change), a time ("2021", "first year", "last year") and the quote it was said in.
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

STATUSES = ("active", "locked", "retracted")


@dataclass(frozen=True, slots=True)
class Statement:
    """One thing the candidate said: an answer, a recalled line, a debrief note."""

    id: str
    text: str
    round: int | None = None
    interviewer: str = ""
    question: str = ""
    status: str = "active"


@dataclass(frozen=True, slots=True)
class Fact:
    """One claim, tied to its statement; ``subject`` is None when what it measures is unknown
    (it is kept in the ledger but never compared)."""

    statement_id: str
    index: int
    round: int | None
    interviewer: str
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
    phase: str  # "" (a level) | "delta" | "start" | "end"
    when: str  # "" | a date value | "first year" | "last year"
    partner: float | None  # the other end of a from→to change
    quote: str
    status: str = "active"

    @property
    def id(self) -> str:
        return f"{self.statement_id}#{self.index}"

    @property
    def key(self) -> str | None:
        return None if self.subject is None else self.subject.key

    @property
    def subject_label(self) -> str:
        return "" if self.subject is None else self.subject.label()

    def with_status(self, status: str) -> Fact:
        if status not in STATUSES:
            raise ValueError(f"status must be one of {', '.join(STATUSES)}, not {status!r}")
        return replace(self, status=status)

    def to_json(self) -> dict[str, Any]:
        value: Any = self.value
        if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
            value = int(value)
        elif isinstance(value, float):
            value = round(value, 6)
        return {
            "statement": self.statement_id,
            "round": self.round,
            "interviewer": self.interviewer,
            "text": self.text,
            "span": [self.start, self.end],
            "kind": self.kind,
            "value": value,
            "unit": self.unit,
            "approximate": self.approximate,
            "range": None if self.low is None else [_plain(self.low), _plain(self.high)],
            "subject": self.subject_label or None,
            "key": self.key,
            "entity": self.entity.label() or None,
            "phase": self.phase or "level",
            "when": self.when or None,
            "quote": self.quote,
            "status": self.status,
        }


def _plain(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else round(value, 6)


def facts_from_statement(statement: Statement) -> list[Fact]:
    """Every fact stated in ``statement``, in order of appearance."""
    return facts_from_text(
        statement.text, statement.id, statement.round, statement.interviewer, statement.status
    )


def facts_from_text(
    text: str,
    statement_id: str = "",
    round: int | None = None,
    interviewer: str = "",
    status: str = "active",
) -> list[Fact]:
    if status not in STATUSES:
        raise ValueError(f"status must be one of {', '.join(STATUSES)}, not {status!r}")
    claims = [c for c in supplement.claims(text, extract_claims(text)) if _finite(c)]
    if not claims:
        return []
    r = Reading.of(text)
    named = mentions(text)
    ends = frozenset(c.end for c in claims)
    facts: list[Fact] = []
    previous: Fact | None = None
    for index, claim in enumerate(claims):
        fact = _fact(r, named, claim, ends, claims, previous)
        fact = replace(fact, statement_id=statement_id, index=index, round=round,
                       interviewer=interviewer, status=status)  # fmt: skip
        facts.append(fact)
        previous = fact
    return _link_changes(_mark_team_mates(facts, r))


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
    if which:
        kind = "money"
        subject = salary.subject(r.text, claim, which, sentence.start, sentence.end)
        entity = _salary_entity(named, claim, which, (sentence.start, sentence.end), clause[1])
    elif timing.unreal(r.text, claim, sentence.start, sentence.end, _target(claim, where)):
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
    return Fact(
        statement_id="",
        index=0,
        round=None,
        interviewer="",
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
        status="active",
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


__all__ = ["STATUSES", "Fact", "Statement", "facts_from_statement", "facts_from_text"]
