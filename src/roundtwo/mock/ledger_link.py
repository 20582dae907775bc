"""The one bridge from the mock interview to the fact ledger (roundtwo.ledger).

The director never imports the ledger: it is given the contradictions already found. This
adapter finds them for callers that only have text — `roundtwo next` with round-one answers
or ledger facts in its context — with the ledger's typed checks (``Statement`` in,
``Contradiction`` out). A ledger error is an error: it is never read as "no contradictions".
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from roundtwo.analysis.entities import same_name
from roundtwo.analysis.naming import WORK_LENGTH
from roundtwo.analysis.precompiled import compiled
from roundtwo.analysis.questions import question_type
from roundtwo.analysis.similarity import MEASURED, SAID, same_thing
from roundtwo.analysis.subjects import normal
from roundtwo.ledger.check import check
from roundtwo.ledger.index import FactIndex
from roundtwo.ledger.statements import StatedFact, Statement, facts_from_statement
from roundtwo.ledger.verdicts import Contradiction as LedgerContradiction
from roundtwo.mock.state import Contradiction

Answer = str | tuple[str, str]  # an answer, or (the question asked, the answer)


_PLANNED = compiled(
    r"\b(?:i'd|i would|i'll|i will|we'd|we would|we'll|would|will|by (?:day|week|month|the end of)|"
    r"(?:first|second|third) (?:month|week|quarter)|in (?:month|week) \w+|aim|target|goal)\b",
    re.IGNORECASE,
)


def find_contradictions(
    round_one: Sequence[Mapping[str, Any]],
    ledger_facts: Sequence[Mapping[str, Any]],
    answers: Sequence[Answer],
) -> list[Contradiction]:
    """Contradictions between this session's ``answers`` and what was said before (the
    round-one exchanges' answers and the ledger facts' quotes), the earlier fact first. Each
    answer is read with the question it answers and checked the way the ledger checks a new
    answer (``roundtwo.ledger.check``); a pair already found is not found again, in either
    order.

    A fact with ``"status": "retracted"`` was taken back: saying it again is confronted
    ("five engineers, a figure you took back" / "five engineers again"); a new value is not."""
    earlier: dict[str, Mapping[str, Any]] = {}
    statements: list[Statement] = []
    for prefix, items, key in (("r", round_one, "answer"), ("f", ledger_facts, "quote")):
        for n, item in enumerate(items):
            text = (item.get(key) or item.get("text")) if isinstance(item, Mapping) else None
            if not isinstance(text, str) or not text.strip():
                continue
            ident = f"{prefix}{n}"
            earlier[ident] = item
            statements.append(_statement(ident, text, item))
    if not statements:
        return []
    told = [f for s in statements for f in facts_from_statement(s)]
    index = FactIndex(told)
    named = _named_in_turn(statements, index)
    now = max(s.round or 1 for s in statements) + 1
    found: list[Contradiction] = []
    pairs: set[frozenset[str]] = set()
    for n, given in enumerate(answers):
        question, answer = given if isinstance(given, tuple) else ("", given)
        new = facts_from_statement(Statement(f"m{n}", answer, now, "", question))
        if question and question_type(question) == "situational":
            new = [f for f in new if not _PLANNED.search(f.quote)]  # "By day ninety, twelve
            # ceremonies led": a goal of the plan, not a fact ("I cover seven squads" still is)
        for c in _one_per_figure(check(new, index), named):
            first, second = c.facts
            if first.statement_id not in earlier or not second.statement_id.startswith("m"):
                continue
            if c.kind != "retracted" and not _certain(first, second, named, told, new):
                continue
            before, now_said = c.values
            pair = frozenset((f"{c.subject}|{before}", f"{c.subject}|{now_said}"))
            if not before or not now_said or pair in pairs:
                continue  # "52% … 67%" and later "67% … 52%": one pair, confronted once
            pairs.add(pair)
            said = earlier[first.statement_id]
            if c.kind == "retracted":  # a withdrawn claim, repeated
                before, now_said = f"{before}, a figure you took back", f"{now_said} again"
            found.append(
                Contradiction(
                    subject=c.subject,
                    earlier_quote=c.quotes[0],
                    earlier_value=before,
                    new_value=now_said,
                    round=_round(said),
                    interviewer=str(said.get("interviewer") or ""),
                    new_quote=c.quotes[1],
                    turn=n,
                )
            )
    return found


_LOOSE_UNITS = frozenset({"", "s", "%", "x"})
# A figure whose measured thing was not read is held to one told in the same words, or whose
# measured thing is said around it ("the Orbitrap upgrade took six months from the purchase
# order to the first user samples" / "From the PO to the first user samples it was about ten
# weeks"; "The campaign took six weeks" / "the whole campaign ended up running four months").
_SAME_ORDER = 5.0


# Two figures whose keys were worded apart ("turnaround" / "turning trays round") but which
# the reader holds to measure one thing this surely are one figure told twice.
SURE = 0.75


def _alike(earlier: StatedFact, now: StatedFact) -> bool:
    """Told in the same words, and of the same order: a candidate who misremembers says "six
    weeks" for "four months", not "thirty days" for "a year" ("a year" of the project and
    "thirty days overdue" of an account are two things that share a word)."""
    return _same_order(earlier, now) and same_thing(earlier, now).score >= SAID


def _same_order(earlier: StatedFact, now: StatedFact) -> bool:
    """Two sizes within a factor of five (a date or a title has no size: no)."""
    if not isinstance(earlier.value, (int, float)) or not isinstance(now.value, (int, float)):
        return False  # a date or a title: its words, not its size, say what it is
    low, high = sorted((abs(float(earlier.value)), abs(float(now.value))))
    return low > 0 and high / low <= _SAME_ORDER


def _measures_alike(earlier: StatedFact, now: StatedFact) -> bool:
    """Keys worded apart ("turnaround" / "turning trays round"), but what the two measure is
    surely one thing by their heads — not only by the words around them ("completion was at
    52%" / "a lift from 60% to 67% completion") — and a count counts the same unit ("a squad
    of eight" is not "two squads")."""
    if earlier.kind == "count" and normal(earlier.unit or "") != normal(now.unit or ""):
        return False
    match = same_thing(earlier, now)
    return _same_order(earlier, now) and match.score >= SURE and match.why == MEASURED


def _unread_alike(earlier: StatedFact, now: StatedFact) -> bool:
    """One of the two has no measured thing read, and they are told alike (``_alike``)."""
    return (_unread(earlier) or _unread(now)) and _alike(earlier, now)


def _unread(fact: StatedFact) -> bool:
    """No measured noun read: no subject, or only "how long it took" (of the work told)."""
    return fact.subject is None or fact.subject.caption == WORK_LENGTH


def _certain(
    earlier: StatedFact,
    now: StatedFact,
    named: Mapping[str, set[str]],
    told: Sequence[StatedFact],
    new: Sequence[StatedFact],
) -> bool:
    """Is the pair certain enough to confront the candidate with, live? The ledger page lists
    every possible contradiction for the user to review; an interviewer who accuses a
    consistent candidate loses their trust, so only a pair about the same measured thing, at
    the same organisation, that the new answer does not itself square and that is not another
    earlier figure told again, is confronted."""
    same_unit = bool(earlier.unit) and earlier.unit == now.unit
    keyed = same_unit and earlier.unit not in _LOOSE_UNITS
    keyed = keyed or earlier.kind == now.kind == "title"  # posts the reader held one post
    if (
        earlier.key != now.key
        and not keyed
        and not _unread_alike(earlier, now)
        and not _measures_alike(earlier, now)
    ):
        return False  # "three times" and "36 shop owners", "a squad of eight" and "two squads"
    if earlier.key is None and now.key is None and not _same_order(earlier, now):
        return False  # "In 2024 we nearly lost a field" / "in the 2023 heat": two events
    if earlier.part_of is not None or now.part_of is not None:
        return False  # a part ("four of the eleven items") is not the whole
    if any(f.key == earlier.key and f.value == earlier.value for f in new):
        return False  # the new answer says the earlier figure too: it squares them itself
    mine = {now.entity.company.lower()} if now.entity.company else _companies(new)
    if any(
        f.key == now.key and f.value == now.value and not _elsewhere(_about(f, named), mine)
        for f in told
    ):
        return False  # "60% to 67%" again: another earlier figure retold, not this one changed
    return not _elsewhere(_about(earlier, named), mine)


def _about(fact: StatedFact, named: Mapping[str, set[str]]) -> set[str]:
    """The organisation an earlier fact is about: its own (and the site it placed inside it,
    "the Hollins Quarry plant" of Marlow Aggregates), or its statement's."""
    if fact.entity.company:
        return {
            fact.entity.company.lower(),
            *([fact.entity.site.lower()] if fact.entity.site else []),
        }
    return named.get(fact.statement_id, set())


def _one_per_figure(
    found: Sequence[LedgerContradiction], named: Mapping[str, set[str]]
) -> list[LedgerContradiction]:
    """One confrontation per new figure: against the earlier figure said of the same named
    organisation when there is one ("at Marlow … four engineers" before "five engineers" said
    of a project elsewhere)."""
    best: dict[str, LedgerContradiction] = {}
    for c in found:
        earlier, now = c.facts
        company = now.entity.company.lower()
        theirs = {earlier.entity.company.lower()} if earlier.entity.company else set()
        explicit = bool(company) and bool(theirs) and not _elsewhere(theirs, {company})
        held = best.get(now.id)
        if held is None or (explicit and not held.facts[0].entity.company):
            best[now.id] = c
    return [c for c in found if best.get(c.facts[1].id) is c]


def _companies(facts: Sequence[StatedFact]) -> set[str]:
    return {f.entity.company.lower() for f in facts if f.entity.company}


def _named_in_turn(statements: Sequence[Statement], index: FactIndex) -> dict[str, set[str]]:
    """The organisation each earlier statement is about: the ones it names, or else, for round
    one's exchanges, the last one named before it in the same round (a transcript talks about
    one employer at a time)."""
    named: dict[str, set[str]] = {}
    last: set[str] = set()
    last_round: int | None = None
    for statement in statements:
        here = _companies(index.statement(statement.id))
        if not statement.id.startswith("r"):  # a ledger fact's quote stands alone
            named[statement.id] = here
            continue
        if statement.round != last_round:
            last, last_round = set(), statement.round
        last = here or last
        named[statement.id] = last
    return named


def _elsewhere(one: set[str], other: set[str]) -> bool:
    """Two named organisations that are not the same one ("Marlow" is "Marlow Bank")."""
    if not one or not other:
        return False
    # "Marlow" / "Marlow Bank"; "Sobral" / "Herdade do Sobral": one place said in short
    return not any(
        a.startswith(b) or b.startswith(a) or same_name(a, b) for a in one for b in other
    )


def _round(item: Mapping[str, Any]) -> int:
    value = item.get("round", 1)
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 1


def _statement(ident: str, text: str, item: Mapping[str, Any]) -> Statement:
    interviewer = item.get("interviewer")
    question = item.get("question")
    status = item.get("status")  # a retracted claim repeated: a hard flag
    return Statement(
        ident,
        text,
        _round(item),
        interviewer if isinstance(interviewer, str) else "",
        question if isinstance(question, str) else "",
        status if status in ("locked", "retracted") else "active",
    )
