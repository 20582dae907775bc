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
import re
from dataclasses import dataclass, replace
from typing import Any

from roundtwo.analysis import salary, timing
from roundtwo.analysis.claims import Claim, extract_claims
from roundtwo.analysis.entities import Entity, Mention, entity_at, mentions
from roundtwo.analysis.lexicon import STOP, SYNONYMS
from roundtwo.analysis.measure import Located, locate
from roundtwo.analysis.naming import MONEY_HEADS, subject_of
from roundtwo.analysis.phrases import NUMBER_WORDS
from roundtwo.analysis.reading import Reading, lemma, stem
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
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def _plain(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else round(value, 6)


def read_facts(text: str) -> tuple[Fact, ...]:
    """Every fact stated in ``text``, in order of appearance."""
    claims = [c for c in extract_claims(text) if _finite(c)]
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
    return tuple(_frames(_parts(_link_changes(_mark_team_mates(facts, r)), text)))


def _frames(facts: list[Fact]) -> list[Fact]:
    """ "In 2019 our department had 6 teachers": a date that says when another figure held,
    and is the date of no event, frames that figure; it is not a fact of its own."""
    anchors = {(f.quote, f.when) for f in facts if f.when and f.kind != "date"}
    return [
        replace(f, stance=FRAME)
        if f.kind == "date" and not f.stance and f.subject is None
        and (f.quote, str(f.value)) in anchors
        else f
        for f in facts
    ]  # fmt: skip


def _about(text: str, clause: tuple[int, int], start: int, end: int) -> str:
    """The clause around a figure, the figure left out: "lasted … start to finish"."""
    before = " ".join(text[clause[0] : start].split())
    after = " ".join(text[end : clause[1]].split())
    return " ".join(part for part in (before, after) if part)[:120]


def _context(text: str, clause: tuple[int, int], drop: frozenset[str]) -> frozenset[str]:
    """The content words of the claim's clause, folded ("engineers" → "engineer", synonyms
    as one): what the words around a figure say it is about, for matching by meaning. The
    names of its entity are left out (the entity is compared on its own)."""
    found = set()
    for match in _WORD.finditer(text, clause[0], clause[1]):
        low = match.group().lower()
        if low in STOP or (len(low) < 3 and not low.isupper()):
            continue
        if any(part in NUMBER_WORDS for part in low.split("-")):
            continue  # "thirty-two", "ten-minute": the figure, not what it is about
        word = SYNONYMS.get(low) or lemma(low)  # "clients" → "customer"; "spent" stays a verb
        if not word or word in drop or normal(low) in drop or word in STOP:
            continue
        found.add(stem(word))
        if "-" in word:  # "fuel-tankering": also "fuel", "tankering"
            found.update(stem(part) for part in word.split("-") if len(part) > 2)
    return frozenset(found)


_PART_OF_NEXT = re.compile(
    r"^\s*(?:[\w-]+\s+){0,3}?(?:of|out\s+of|from|among|amongst)\s+(?:the|my|our|their|those|these|a|an|all)?\s*"
    r"(?:(?:team|squad|group|crew|unit|pod|department|staff|class|cohort|portfolio|caseload)"
    r"\s+of\s+)?$",
    re.IGNORECASE,
)
_PART_IN_WHOLE = re.compile(
    r"^[\w\s'’-]{0,40}?\b(?:in|on|within|inside|across)\s+(?:a|an|the|my|our|their)\s+"
    r"(?:[\w-]+\s+)?(?:team|squad|group|crew|unit|pod|department|org|organisation|"
    r"organization|function|practice|office|firm|ward|plant|site|studio|company)\s+of\s*$",
    re.IGNORECASE,
)
# "the two newest engineers", "my three most senior nurses": a superlative picks some of a
# group out of it.
_SUBSET = re.compile(r"\b(?:\w{3,}est|most\s+\w+|least\s+\w+|best|worst)\b", re.IGNORECASE)
_INCLUDING = re.compile(
    r"\b(?:including|incl\.?|among\s+them|of\s+whom|of\s+which)\s+(?:about\s+|around\s+)?$",
    re.IGNORECASE,
)
_PART_OF_BEFORE = re.compile(
    r"^\s*of\s+(?:them|those|these|us|whom|which|the\s+team|my\s+team|our\s+team)\b",
    re.IGNORECASE,
)


def _parts(facts: list[Fact], text: str) -> list[Fact]:
    """ "two of the five engineers", "five engineers in a squad of eight", "five dashboards out
    of twelve", "two of them": the first is a part of a whole said beside it (``part_of`` is
    the whole's index; -1 when the whole is not a figure of this answer)."""
    result = list(facts)
    for i, fact in enumerate(result):
        if fact.kind not in ("count", "money", "percent") or fact.part_of is not None:
            continue
        after = text[fact.end : fact.end + 60]
        before = text[max(0, fact.start - 30) : fact.start]
        if fact.kind == "count" and (_SUBSET.search(fact.text) or _INCLUDING.search(before)):
            result[i] = replace(fact, part_of=-1)  # "the two newest engineers": some of them
            continue
        told = fact.text.lower().split(" of ", 1)
        if _PART_OF_BEFORE.match(after) or (
            len(told) == 2 and _PART_OF_BEFORE.match("of " + told[1])
        ):
            result[i] = replace(fact, part_of=_previous_count(result, i))
            continue
        if i + 1 < len(result):
            whole = result[i + 1]
            between = text[fact.end : whole.start]
            same_kind = whole.kind == fact.kind or {whole.kind, fact.kind} <= {"count", "money"}
            bigger = (
                _number(whole.value) is not None
                and _number(fact.value) is not None
                and (float(whole.value) > float(fact.value))
            )
            if (
                same_kind
                and bigger
                and (_PART_OF_NEXT.match(between) or _PART_IN_WHOLE.match(between))
            ):
                result[i] = replace(fact, part_of=whole.index)
    return result


def _previous_count(facts: list[Fact], i: int) -> int:
    for k in range(i - 1, -1, -1):
        if facts[k].kind == facts[i].kind:
            return facts[k].index
    return -1


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
        if salary.in_thousands(r.text, claim):
            claim = _times(claim, 1000)  # "165 to 175 base" is 165,000 to 175,000
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
    if phase in ("", "level") and timing.contrasted(r.text, claim, sentence.end):
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
    if kind == "date" and not unreal:
        subject = _event(r.text[clause[0] : claim.start], subject)
    if kind == "duration" and not unreal and phase in ("", "level"):
        subject = _tenure(r.text[clause[0] : clause[1]], subject, entity) or subject
    stance = UNREAL if unreal else FRAME if where.context_only else ""
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
        context=_context(r.text, clause, drop),
        about=_about(r.text, clause, start, claim.end),
    )


_JOINED = re.compile(
    r"\b(?:join(?:ed)?|start(?:ed)?\s+(?:at|with)|(?:been|worked|working)\s+(?:at|with|in|for)"
    r"\b.*\bsince|hired\s+(?:at|by|into)|came\s+(?:to|on\s+board)|moved\s+to)\b|\bsince\s*$",
    re.IGNORECASE,
)
_LAUNCHED = re.compile(
    r"\b(?:launch(?:ed)?|went\s+live|go(?:es)?\s+live|go-live|cut\s*over|cutover|"
    r"rolled\s+out|released|shipped|opened|handed\s+over|handover|delivered|completed)\b",
    re.IGNORECASE,
)
_LEFT = re.compile(r"\b(?:left|leaving|quit|resigned|moved\s+on)\b", re.IGNORECASE)


def _event(before: str, subject: Subject | None) -> Subject | None:
    """What a date is the date of, from the verbs of its clause before it: "joined Hope Street
    … in 2017", "been at Hope Street since 2019" (joining); "went live in Q1 2022", "handed
    over … in November 2021" (a launch); "left in 2020" (leaving)."""
    for pattern, head in ((_JOINED, "join"), (_LAUNCHED, "ship"), (_LEFT, "leave")):
        if pattern.search(before):
            return Subject(kind="date", head=head)
    return subject


_THERE = re.compile(
    r"\b(?:was|been|were|worked|stayed|spent)\s+(?:\w+\s+){0,2}?there\b", re.IGNORECASE
)
_TENURE_LINK = re.compile(r"\b(?:at|with|for|in|joined|within)\s+(?:the\s+)?$", re.IGNORECASE)


def _tenure(clause: str, subject: Subject | None, entity: Entity) -> Subject | None:
    """ "I was with Coastline Freight for six years", "in my two years at the Lisbon Grand":
    a length told of a place of work and nothing else is how long you were there."""
    name = entity.company or entity.site
    if not name:
        return None
    if subject is not None and subject.head != "work":
        said = {normal(w) for w in name.split()}
        if not {subject.head, *subject.mods} <= said:
            return None  # "the lobby renovation took eight months": another length
    found = clause.lower().find(name.lower())
    there = _THERE.search(clause)  # "I was there six years in total"
    if (found < 0 or not _TENURE_LINK.search(clause[:found])) and not there:
        return None
    return Subject(kind="duration", head="work", caption="tenure")


def _times(claim: Claim, factor: float) -> Claim:
    scale = [None if v is None else v * factor for v in (claim.low, claim.high)]
    value = float(claim.value) * factor
    return replace(claim, value=value, low=scale[0], high=scale[1], unit=None)


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


__all__ = ["ECHO", "FRAME", "UNREAL", "Fact", "read_facts"]
