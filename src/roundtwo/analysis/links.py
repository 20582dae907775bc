"""How the facts of one answer relate to each other: parts of a whole said beside it ("two of
the five engineers"), the two ends of one change ("from four to nine"), counts of several
roles told together ("five engineers and two designers"), and dates that only say when
another figure held. Applied by the reader once every fact of the answer is read.
"""

from __future__ import annotations

import re
from dataclasses import replace

from roundtwo.analysis.facts import CORRECTED, FRAME, Fact
from roundtwo.analysis.lexicon import CONTAINERS
from roundtwo.analysis.precompiled import compiled
from roundtwo.analysis.reading import Reading
from roundtwo.analysis.subjects import is_people


def relate(facts: list[Fact], r: Reading) -> tuple[Fact, ...]:
    """The answer's facts with their relations to each other filled in."""
    corrected = _multiplied(_corrections(facts, r.text), r.text)
    return tuple(_frames(_parts(_link_changes(_mark_team_mates(corrected, r)), r.text)))


# "two teams of ten harvesters", "three shifts of eight nurses": groups of a size, a whole
_GROUPS_OF = compiled(
    r"\b(?:teams|crews|groups|shifts|squads|gangs|brigades|units|cohorts|classes|pods|cells)\s+of"
    r"\s+(?:about\s+|around\s+|roughly\s+)?$",
    re.IGNORECASE,
)


def _multiplied(facts: list[Fact], text: str) -> list[Fact]:
    """ "two teams of ten harvesters" is twenty harvesters: the count of groups times the size
    of each, told as one figure; the groups' count is read as making up that whole."""
    result = list(facts)
    for i in range(1, len(result)):
        groups, each = result[i - 1], result[i]
        if groups.kind != "count" or each.kind != "count" or each.stance or groups.stance:
            continue
        between = text[groups.start : each.start]
        if groups.end > each.start or not _GROUPS_OF.search(between):
            continue
        if not isinstance(groups.value, float | int) or not isinstance(each.value, float | int):
            continue
        told = text[groups.start : each.end]
        result[i] = replace(each, value=float(groups.value) * float(each.value), text=told,
                            start=groups.start)  # fmt: skip
        result[i - 1] = replace(groups, part_of=each.index)  # the groups make up the whole
    return result


# "forty — no, it was sixty percent", "1.1 — sorry, 1.2 million", "twelve, I mean fourteen"
_CORRECTION = compiled(
    r"\s*(?:[,—–-]+\s*)?(?:no|sorry|wait|i\s+mean|or\s+rather|actually|correction|"
    r"scratch\s+that|make\s+that|let\s+me\s+correct\s+that)\b[\s,—–:-]*"
    r"(?:(?:no|sorry|it\s+was|it's|that's|that\s+was|more\s+like|closer\s+to|about|around)\b[\s,]*)*$",
    re.IGNORECASE,
)


def _corrections(facts: list[Fact], text: str) -> list[Fact]:
    """A figure the candidate corrects on the spot is replaced by the correction: the first is
    not a fact (``stance`` "corrected"); the second says what the first was about."""
    result = list(facts)
    for i in range(len(result) - 1):
        first, second = result[i], result[i + 1]
        if first.stance or (second.kind != first.kind and not _unit_less(first, second)):
            continue
        between = text[first.end : second.start]
        if len(between) > 40 or not _CORRECTION.fullmatch(between):
            continue
        result[i] = replace(first, stance=CORRECTED)
        result[i + 1] = replace(
            second,
            kind=second.kind,
            subject=second.subject or first.subject,
            phase=second.phase or first.phase,
            context=second.context | first.context,
            entity=second.entity if not second.entity.empty else first.entity,
        )
    return result


def _unit_less(first: Fact, second: Fact) -> bool:
    """ "by forty — no, sixty percent": a bare number corrected by a figure with its unit."""
    return first.kind == "count" and not first.unit


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


_PART_OF_NEXT = compiled(
    r"^\s*(?:[\w-]+\s+){0,3}?(?:of|out\s+of|from|among|amongst)\s+(?:the|my|our|their|those|these|a|an|all)?\s*"
    r"(?:(?:team|squad|group|crew|unit|pod|department|staff|class|cohort|portfolio|caseload)"
    r"\s+of\s+)?$",
    re.IGNORECASE,
)
_PART_IN_WHOLE = compiled(
    r"^[\w\s'’-]{0,40}?\b(?:in|on|within|inside|across)\s+(?:a|an|the|my|our|their)\s+"
    r"(?:[\w-]+\s+)?(?:team|squad|group|crew|unit|pod|department|org|organisation|"
    r"organization|function|practice|office|firm|ward|plant|site|studio|company)\s+of\s*$",
    re.IGNORECASE,
)
# "the two newest engineers", "my three most senior nurses": a superlative picks some of a
# group out of it.
_SUBSET = compiled(r"\b(?:\w{3,}est|most\s+\w+|least\s+\w+|best|worst)\b", re.IGNORECASE)
_INCLUDING = compiled(
    r"\b(?:including|incl\.?|among\s+them|of\s+whom|of\s+which)\s+(?:about\s+|around\s+)?$",
    re.IGNORECASE,
)
_SOME_OF = compiled(
    r"^\s*(?:[\w-]+\s+)?of\s+(?:my|our|the|those|these|their|its|his|her)\s+"
    r"(?![^.,;]{0,20}\d)(?:[\w-]+['’]s\s+)?[A-Za-z]",
    re.IGNORECASE,
)
# "the other nine labs", "the first eight riders", "the last 34": some of a group
_OTHER_BEFORE = compiled(
    r"\b(?:the|my|our)\s+(?:other|first|last|next|final|remaining|top|bottom)\s*$", re.IGNORECASE
)
_ALONE = compiled(r"\balone\b[^.,;]{0,20}$", re.IGNORECASE)
_PART_OF_BEFORE = compiled(
    r"^\s*of\s+(?:them|those|these|us|whom|which|the\s+team|my\s+team|our\s+team)\b",
    re.IGNORECASE,
)


# a whole group by what comes before it: "all seven of my lads", "there's four of us"
_TEAM_WHOLE = compiled(r"\b(?:all|there(?:'s|’s|\s+(?:is|are|were|was)))\s*$", re.IGNORECASE)
# …or the people in the room, not the team: "just the two of us", "we were eight"
_PEOPLE_WHOLE = compiled(r"\b(?:the|we\s+were|we're)\s*$", re.IGNORECASE)
# "My crew at Oakline is eight of us": the group named, then its size
_GROUP_IS = compiled(
    r"\b([a-z]+)(?:\s+(?:at|in|on)\s+[\w&'’-]+(?:\s+[\w&'’-]+){0,2})?\s+(?:is|are|was|were)\s*$",
    re.IGNORECASE,
)


def told_as_whole(before: str) -> bool:
    """Is "eight of us" a whole group, by what comes before it ("the eight of us", "there were
    eight of us", "my crew at Oakline is eight of us"), not some of a group?"""
    return _PEOPLE_WHOLE.search(before) is not None or _team_whole(before)


def _team_whole(before: str) -> bool:
    """The whole team, not some of it: "all seven of my lads", "there's four of us", "my crew
    at Oakline is eight of us" ("just the two of us" is a whole too, but of the people in the
    room, not of the team)."""
    if _TEAM_WHOLE.search(before):
        return True
    group = _GROUP_IS.search(before[-80:])
    return group is not None and group.group(1).lower() in CONTAINERS


def _parts(facts: list[Fact], text: str) -> list[Fact]:
    """ "two of the five engineers", "five engineers in a squad of eight", "five dashboards out
    of twelve", "two of them": the first is a part of a whole said beside it (``part_of`` is
    the whole's index; -1 when the whole is not a figure of this answer)."""
    result = list(facts)
    for i, fact in enumerate(result):
        if fact.kind not in ("count", "money", "percent", "rate") or fact.part_of is not None:
            continue
        after = text[fact.end : fact.end + 60]
        before = text[max(0, fact.start - 30) : fact.start]
        if fact.kind == "count" and (_SUBSET.search(fact.text) or _INCLUDING.search(before)):
            result[i] = replace(fact, part_of=-1)  # "the two newest engineers": some of them
            continue
        if _detached(fact, before, after):
            result[i] = replace(fact, part_of=-1)  # "I put two peones to ride the paddock"
            continue
        if _team_whole(before):
            continue  # "all seven of my full-time lads", "my crew is eight of us": the whole
        inside = fact.text.split(" of ", 1)[1] if " of " in fact.text else ""
        if (
            fact.kind == "count"
            and (
                _OTHER_BEFORE.search(before)
                or _ALONE.search(before)
                or _SOME_OF.match(after)
                or (inside and _SOME_OF.match("of " + inside))
            )
            and not _PART_OF_BEFORE.match(after)
        ):
            # "eight of my room attendants", "the other nine labs", "the sixth form alone has
            # 240": some of a group whose whole this answer does not give
            result[i] = replace(fact, part_of=-1)
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


# People sent to do one thing are some of the crew, not its size: "I put two peones to ride
# the paddock", "sent three fitters onto the night shift", "moved four nurses to days".
_SENT = compiled(
    r"\b(?:put|sent|send|assigned|assign|moved|move|posted|stationed|pulled|detailed|"
    r"deployed|allocated|borrowed|drafted|switched|rotated|seconded)\s+"
    r"(?:(?:in|on|out|over|back|up|aside)\s+)?(?:another\s+|an\s+extra\s+|just\s+|only\s+)?$",
    re.IGNORECASE,
)
_TO_DO = compiled(r"^\s+(?:to|on|onto|at|into|in|for|as|off|back)\b", re.IGNORECASE)


def _detached(fact: Fact, before: str, after: str) -> bool:
    """A count sent to do one thing (``_SENT``): a part of a crew or a fleet said elsewhere."""
    return (
        fact.kind == "count"
        and _SENT.search(before) is not None
        and _TO_DO.match(after) is not None
    )


def _previous_count(facts: list[Fact], i: int) -> int:
    for k in range(i - 1, -1, -1):
        if facts[k].kind == facts[i].kind:
            return facts[k].index
    return -1


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
