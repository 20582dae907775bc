"""The one reader: ``read_facts(text)`` reads every figure and claim of an answer once, into
typed facts (:class:`~roundtwo.analysis.facts.Fact`).

It reads each claim the number grammar finds (``claims.extract_claims``) in its clause: what
it measures (``subjects``, ``naming``, ``measure``), whose it is (``entities``), when it holds
and its role in a change (``timing``), what a date or a length is of (``events``), whether it
is the candidate's pay (``salary``), and the words around it for matching by meaning
(``similarity``); then how the answer's facts relate (``links``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from roundtwo.analysis import events, salary, timing
from roundtwo.analysis.claims import SPAN, Claim, extract_claims
from roundtwo.analysis.entities import Entity
from roundtwo.analysis.facts import FRAME, UNREAL, Fact
from roundtwo.analysis.lexicon import STOP, SYNONYMS, VERBS
from roundtwo.analysis.links import relate
from roundtwo.analysis.measure import Located, locate
from roundtwo.analysis.mentions import Mention, entity_at, mentions
from roundtwo.analysis.naming import MONEY_HEADS, WORK_LENGTH, subject_of
from roundtwo.analysis.numbers import MULTIPLIER_WORDS
from roundtwo.analysis.phrases import NUMBER_WORDS
from roundtwo.analysis.precompiled import compiled
from roundtwo.analysis.reading import Reading, lemma, stem
from roundtwo.analysis.similarity import WEAK
from roundtwo.analysis.subjects import Subject, build, is_people, normal
from roundtwo.analysis.text import Sentence
from roundtwo.analysis.units import MEASURE_WORDS, MEASURES, PERIOD_WORDS

_WORD = compiled(r"[A-Za-z][\w'’-]*")
# A share told by what did not happen ("never finished", "other than search", "dropped off").
DENIAL = compiled(
    r"\b(?:never|not|without|other\s+than|except|apart\s+from|didn't|did\s+not|don't|"
    r"fail(?:ed|ing|s)|fail\s+to|abandon\w*|dropp?(?:ed|ing)?\s+(?:off|out)|drop-?offs?|"
    r"unfinished|incomplete|miss(?:ed|ing)|no-shows?|cancel+(?:ed|ing)|declin(?:ed|ing)|"
    r"reject(?:ed|ing)|bounc(?:ed|ing)|churn(?:ed|ing)|lost|losing|left|leaving)\b",
    re.IGNORECASE,
)


def read_facts(
    text: str, claims: Sequence[Claim] | None = None, question: str = ""
) -> tuple[Fact, ...]:
    """Every fact stated in ``text``, in order of appearance; ``claims`` when the number
    grammar has already read them (``analyze`` has). ``question``, when known, says what an
    answer's bare figures are about ("How many words a day?" → "Four thousand, reliably")."""
    found = extract_claims(text) if claims is None else claims
    claims = [c for c in found if _finite(c)]
    if not claims:
        return ()
    r = Reading.of(text)
    named = mentions(text)
    ends = frozenset(c.end for c in claims)
    asked = Asked.of(question)
    facts: list[Fact] = []
    previous: Fact | None = None
    for index, claim in enumerate(claims):
        fact = replace(_fact(r, named, claim, ends, claims, previous, asked), index=index)
        first = r.sentence(fact.start).index == 0
        facts.append(asked.fill(_topic(r, fact, claims, asked.topic), first))
        previous = fact
    return relate(facts, r)


_PRONOUN_START = compiled(
    r"\s*(?:so,?\s+|and\s+|um,?\s+)?(?:it|that|this)(?:['’]s|\s+(?:was|is|were|came|stood|sat|got|went|hit|reached|ran))\b",
    re.IGNORECASE,
)


def _topic(r: Reading, fact: Fact, claims: Sequence[Claim], asked: frozenset[str]) -> Fact:
    """ "First-year donor retention. It was 42% when I left.": a figure told of "it", after a
    sentence that only names a topic, is about that topic; in an answer's first sentence, about
    what the question named ("Talk me through the first dosing." — "It was in July 2023.")."""
    if fact.subject is not None or fact.stance:
        return fact
    sentence = r.sentence(fact.start)
    if not _PRONOUN_START.match(sentence.text):
        return fact
    if sentence.index == 0:  # "It was in July 2023." — about what the question named
        return replace(fact, context=fact.context | asked) if asked else fact
    before = r.sentences[sentence.index - 1]
    if any(before.start <= c.start < before.end for c in claims):
        return fact
    words = _WORD.findall(before.text)
    if not 0 < len(words) <= 6 or any(lemma(w.lower()) in VERBS for w in words):
        return fact
    topic = _context(r.text, (before.start, before.end), frozenset())
    return replace(fact, context=fact.context | topic)


@dataclass(frozen=True, slots=True)
class Asked:
    """What the question asked about: its content words, the thing it counts ("How many
    covers…" → covers), whether it asks about pay (and which)."""

    context: frozenset[str] = frozenset()
    counts: str = ""
    pay: str = ""
    topic: frozenset[str] = frozenset()  # the question's words, whatever it asks
    event: Subject | None = None  # "When did you first join Harlow?" → joining
    stay: Entity = field(default_factory=Entity)  # "How long were you at Marlowe & Finch?"

    @classmethod
    def of(cls, question: str) -> Asked:
        if not question.strip():
            return cls()
        counted = _HOW_MANY.search(question)
        noun = ""
        if counted:
            words = [w for w in counted.group(1).lower().split() if w not in STOP]
            noun = words[-1] if words else ""
        measuring = _ASKS_FIGURE.search(question) is not None
        said = _context(question, (0, len(question)), frozenset())
        when = _WHEN.match(question)
        return cls(
            context=said if measuring else _NONE,
            topic=said,
            event=events.event(question, None) if when else None,
            stay=_stay(question),
            counts=noun,
            pay=salary.asked(question),
        )

    def fill(self, fact: Fact, first: bool = False) -> Fact:
        """A figure said with no words of its own ("About eight months.", "Four thousand,
        reliably") is about what the question asked: it takes the question's words, and a bare
        count counts what the question asked to count."""
        if fact.subject is not None or fact.stance or not self.context:
            return fact
        if fact.kind == "date" and self.event is not None:
            return replace(fact, subject=self.event, context=fact.context | self.context)
        if fact.kind == "duration" and not self.stay.empty and not fact.phase:
            entity = fact.entity if not fact.entity.empty else self.stay
            return replace(fact, subject=_TENURE, entity=entity)  # "Six and a half years."
        if not first and any(w not in WEAK for w in fact.context):
            return fact  # the answer says in its own words what its figure is about
        fact = replace(fact, context=fact.context | self.context)
        if fact.kind == "count" and not fact.unit and self.counts:
            head = normal(self.counts)
            fact = replace(fact, unit=self.counts, subject=Subject(kind="count", head=head))
        return fact


_NONE: frozenset[str] = frozenset()
_TENURE = Subject(kind="duration", head="work", caption="tenure")
_HOW_LONG = compiled(r"\bhow\s+long\b", re.IGNORECASE)


def _stay(question: str) -> Entity:
    """The place a "how long were you at …?" question asks about, or no entity."""
    if not _HOW_LONG.search(question):
        return Entity()
    named = [m.entity for m in mentions(question) if m.entity.company or m.entity.site]
    if len(named) != 1 or events.tenure(question, None, named[0]) is None:
        return Entity()
    return named[0]


_WHEN = compiled(r"\s*(?:so,?\s+)?(?:and\s+)?when\b", re.IGNORECASE)
# A question that asks for a figure ("How long did it take?", "What was the budget?", "When
# did you join?"), not for a story or an opinion ("How do you handle tech debt?").
_ASKS_FIGURE = compiled(
    r"\bhow\s+(?:many|much|long|big|large|often|fast|quickly|far|old)\b|"
    r"\bwhat\s+(?:was|is|were|are|'s)\s+(?:the|your|its|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:size|number|budget|rate|percentage|share|cost|revenue|salary|count|total|headcount|"
    r"volume|value|figure|spend|turnover|target|score|throughput|time|length|date)\b|"
    r"\bwhen\s+(?:did|was|were)\b|\bwhat\s+(?:year|month|date)\b|"
    r"\bwhat\s+did\b[^?]*\b(?:cost|take|make|earn|save|spend|raise|bring\s+in)\b",
    re.IGNORECASE,
)
_HOW_MANY = compiled(
    r"\bhow\s+many\s+((?:[\w-]+\s+){0,2}?[\w-]+?)(?:\s+(?:do|did|does|have|has|had|can|could|are|were|was|is|would|will|a|an|per|each|every|in|on|at|for)\b|\s*[?,.]|$)",
    re.IGNORECASE,
)


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
    asked: Asked | None = None,
) -> Fact:
    sentence = r.sentence(claim.start)
    clause = timing.clause(r.text, claim, sentence.start, sentence.end)
    entity = entity_at(named, claim.start, (sentence.start, sentence.end), clause[1])
    drop = _entity_words(entity)
    where = locate(r, claim, ends)
    kind = claim.kind
    subject = None if claim.subject == SPAN else subject_of(r, claim, where, drop)  # "from
    # March to the following June": how long, of whatever the words around it say
    which = salary.which(
        r.text,
        claim,
        sentence.start,
        sentence.end,
        where.words,
        where.verb,
        asked.pay if asked else "",
    )
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
    yearly = PERIOD_WORDS.get(dict(subject.quals).get("period", "")) if subject else None
    if kind == "count" and yearly and claim.unit != "people":
        # "Annual admissions were around 640,000": a count over a period is a rate
        kind = "rate"
        claim = replace(claim, kind="rate", unit=f"{claim.unit or ''}/{yearly}")
    times = (
        MULTIPLIER_WORDS.get(claim.text.lower()) if kind == "rate" and claim.unit == "x" else None
    )
    if times is not None:  # "halved our no-shows" is a 50% cut, "doubled conversion" +100%
        kind = "percent"
        claim = replace(claim, kind="percent", value=abs(times - 1.0) * 100, unit="%")
        said = _object_after(r.text, claim.end)
        subject = build("percent", said, drop=drop, unit="%") if said else subject
        where.role = "delta"
    said_unit, _, per = (claim.unit or "").lower().partition("/")
    measure = MEASURES.get(said_unit.rstrip("s")) if kind in ("count", "rate") else None
    if measure is not None:  # "2.4 megawatts" / "1,500 kW": one quantity in one unit
        base, factor = measure
        unit = f"{base}/{per}" if per else base
        claim = replace(claim, value=float(claim.value) * factor, unit=unit)
        if subject is None or subject.head.split()[-1] in MEASURE_WORDS:
            period = subject.period if subject is not None else per
            verb = subject.verb if subject is not None else ""
            subject = Subject(kind=kind, head=base, verb=verb, period=period, phrase=said_unit)
    counted = measure[0] if measure is not None else normal(said_unit) if said_unit else ""
    if (
        kind in ("count", "rate") and subject is not None and subject.head == counted
    ) and not subject.mods:  # "1,200 metres of box edging": what the metres are of
        subject = replace(subject, mods=_of_thing(r.text, claim.end))
    text, start = _stated(r.text, claim)
    phase = where.role if where.role != "level" else timing.marker(r, claim, sentence)
    if kind == "duration" and phase == "end" and _TO_DATE.match(r.text, claim.end):
        phase = ""  # "for six years now": a length up to today, not where a change ended
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
        subject = events.event(r.text[clause[0] : claim.start], subject)
    sized = _SIZED.match(claim.text) if kind == "count" else None
    if sized is not None and sized.group(2).lower() not in STOP and not is_people(sized.group(1)):
        thing = normal(sized.group(2).lower())  # "a 600-cow herd": the herd's size, in cows
        subject = Subject(
            kind="count", head=thing, unit=claim.unit or "", caption=f"size of the {thing}"
        )
    owned = r.text[claim.end : claim.end + 1] in ("'", "’")  # "two weeks' notice"
    spanned = claim.subject == SPAN  # a length between two dates is never a tenure
    if kind == "duration" and not (unreal or owned or spanned) and phase in _TENURE_PHASES:
        stay = events.tenure(r.text[clause[0] : clause[1]], subject, entity)
        if stay is None and subject is None:  # "I was at The Larder for, uh, three years"
            stay = events.tenure(r.text[sentence.start : claim.end], subject, entity)
        if stay is not None:
            subject, phase = stay, ""  # "I've been with Greystone for seven years now"
    stance = UNREAL if unreal else FRAME if where.context_only else ""
    quote = timing.quote(r, claim)
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
        quote=quote,
        salary=which,
        stance=stance,
        complement=kind == "percent" and bool(DENIAL.search(quote)),
        context=_context(r.text, clause, drop)
        | _work_told(r, kind, subject, clause, sentence, drop),
        about=_about(r.text, clause, start, claim.end),
    )


_TENURE_PHASES = ("", "level", "start", "end")
_TO_DATE = compiled(r"\s*(?:now|so far|to date|and counting)\b", re.IGNORECASE)


# What a quantity in a unit is of: "about 1,200 metres of box edging", "40 tonnes of mussels"
_OF_THING = compiled(r"\s+of\s+(?:the\s+|our\s+|my\s+)?((?:[a-z][\w-]*\s+)?[a-z][\w-]*)\b")


# The noun a hyphenated count describes: "a 600-cow herd", "a 40-bed ward"
_SIZED = compiled(r"[\d.,]+-([a-z]+)\s+([a-z]{3,})\b")


def _of_thing(text: str, end: int) -> frozenset[str]:
    """ "three kilometres of hedge" → {hedge}: what a quantity in a unit is of."""
    of = _OF_THING.match(text, end)
    if of is None:
        return frozenset()
    return frozenset(normal(w) for w in of.group(1).lower().split() if w not in STOP)


_PLACEHOLDER = compiled(r"\b(?:it|that|this|everything|all of it|the whole (?:thing|lot))\b", re.I)


def _work_told(
    r: Reading,
    kind: str,
    subject: Subject | None,
    clause: tuple[int, int],
    sentence: Sentence,
    drop: frozenset[str],
) -> frozenset[str]:
    """The work a bare length is the length of: "I led the sand filter replacement, and it
    took eighteen months" / "The sand filter replacement is the obvious one. The whole thing
    ran two and a half years" — the words of the clause or sentence before that named it. A
    sum told of "it" is the same: "I managed the refit at Dalton's, and it came in at £85k"."""
    lasted = subject is not None and subject.caption == WORK_LENGTH
    if not lasted and not (kind == "money" and subject is None):
        return frozenset()
    told = _PLACEHOLDER.search(r.text, clause[0], sentence.end)
    if told is None or _context(r.text, (clause[0], told.start()), frozenset()):
        return frozenset()  # "From validation to end of procedure it ran 210 days": named here
    if clause[0] > sentence.start:
        return _context(r.text, (sentence.start, clause[0]), drop)
    if sentence.index == 0:
        return frozenset()
    before = r.sentences[sentence.index - 1]
    return _context(r.text, (before.start, before.end), drop)


_OBJECT = compiled(r"\s+(?:(?:our|the|their|its|my|his|her)\s+)?((?:[A-Za-z][\w-]*\s*){1,3})")


def _object_after(text: str, end: int) -> list[str]:
    """ "halved our no-shows within a quarter" → ["no-shows"]: what was multiplied."""
    match = _OBJECT.match(text, end)
    if match is None:
        return []
    words = []
    for word in match.group(1).split():
        if word.lower() in STOP:
            break
        words.append(word.lower())
    return words


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


__all__ = ["read_facts"]
