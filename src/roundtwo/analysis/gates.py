"""Why two facts cannot be about the same thing: another kind of figure, company, currency,
phase of a change, time, period, group, post or event; rival qualifiers and modifiers; a team
against the whole organisation. ``blocked(a, b)`` says why ("" when they can be)."""

from __future__ import annotations

import re
from functools import lru_cache

from roundtwo.analysis.dates import date_span
from roundtwo.analysis.evidence import QUALIFIER_STEMS, WEAK, in_words, said_stems
from roundtwo.analysis.facts import Fact
from roundtwo.analysis.lexicon import CHANGE_VERBS, VERB_CLASS
from roundtwo.analysis.precompiled import compiled
from roundtwo.analysis.reading import lemma, stem
from roundtwo.analysis.subjects import Subject, different_groups, is_people
from roundtwo.analysis.titles import outranks
from roundtwo.analysis.units import same_currency

# Periods a rate can be converted between ("300 a week" / "15,000 a year"); a shift or a
# night is not a fixed share of a day.
CALENDAR = frozenset(["day", "week", "month", "quarter", "year"])


def blocked(a: Fact, b: Fact) -> str:
    """Why the two facts cannot be about the same thing ("" when they can)."""
    if a.kind != b.kind and not (_over_a_year(a, b) or _over_a_year(b, a)):
        return "different kinds of figure"
    if bool(a.salary) != bool(b.salary) or a.salary != b.salary:
        return "current pay and the pay asked for" if a.salary and b.salary else "not pay"
    if not a.entity.compatible(b.entity) and not _named_beside(a, b) and not _named_beside(b, a):
        return "different entities"
    known = a.unit and b.unit and "?" not in (a.unit, b.unit)
    if a.kind == "money" and known and not same_currency(a.unit or "", b.unit or ""):
        return "different currencies"
    if a.kind == "percent" and (a.unit or "%") != (b.unit or "%"):
        return "percent and percentage points"
    if a.phase != b.phase and not _final(a, b) and not _final(b, a):
        return "another point of a change"
    if a.phase and a.partner is not None and b.partner is not None and not _close(a, b):
        return "another change"  # "from four to nine" / "from nine to twelve"
    if a.when and b.when and not _overlapping(a.when, b.when):
        return "another time"
    numbered = _numbered(a.quote), _numbered(b.quote)
    for label, number in numbered[0].items():
        if numbered[1].get(label, number) != number:
            return f"another {label}"  # "season one" / "season two", "phase II" / "phase III"
    people = a.kind == "count" and all(
        x.subject is not None and is_people(x.subject.head) for x in (a, b)
    )
    if people and _team_and_organisation(a, b):
        return "a team and the whole organisation"
    if a.kind == "count" and (_one_unit_of(a, b) or _one_unit_of(b, a)):
        return "one unit and all of them"
    sa, sb = a.subject, b.subject
    tenure = [x is not None and x.caption == "tenure" for x in (sa, sb)]
    if a.kind == "duration" and tenure[0] != tenure[1] and sa is not None and sb is not None:
        return "how long you were there and another length"
    if a.kind == "title" and (sa is None or sb is None or sa.head != sb.head):
        return "" if inflated(a, b) else "another post"
    if a.kind == "date" and sa is not None and sb is not None and sa.head != sb.head:
        return "another event"
    if a.kind == "title" and sa is not None and sa.head == "title:promotion" and not a.when:
        return "two promotions"
    if (
        a.kind == "title"
        and sa is not None
        and sa.head == "title:held"
        and not (a.entity.label() and b.entity.label())
    ):
        return "posts held at places not named"  # "I was a nurse" / "I was a charge nurse"
    if sa is not None and sb is not None:
        return _subjects_blocked(sa, sb, a, b)
    return ""


# Posts said to be held now: the current one, or the last promotion told.
_HELD_NOW = frozenset(["title:current", "title:promotion"])


def inflated(a: Fact, b: Fact) -> bool:
    """One of the two is the post held now and the other the same post told larger."""
    return _inflated(a, b) or _inflated(b, a)


def _inflated(now: Fact, told: Fact) -> bool:
    """A post told in a story at the organisation named for the post held now, and above it
    ("I was promoted to senior surveyor at Tara" / "As chief surveyor at Tara I signed off…"):
    not an older post, a bigger one — the same post, said larger."""
    held, story = now.subject, told.subject
    if held is None or story is None or held.head not in _HELD_NOW or story.head != "title:held":
        return False
    if not (now.entity.company and told.entity.company) or not now.entity.compatible(told.entity):
        return False
    return outranks(str(told.value), str(now.value))


TEAM_CUES = frozenset(stem(w) for w in ["team", "squad", "crew", "report", "reports", "direct",
                                        "manage", "lead", "supervise", "desk", "pod"])  # fmt: skip


DIRECT_CUES = frozenset(stem(w) for w in ["direct", "directly"])
_ACROSS = frozenset([stem("across")])


ORG_CUES = frozenset(stem(w) for w in [
    "company", "firm", "studio", "organisation", "organization", "org", "function",
    "department", "business", "agency", "practice", "hospital", "school", "program",
    "programme", "site", "plant", "offices", "branch", "headcount", "total", "told", "whole",
    "across", "staff", "employ", "employs", "employed", "service", "services", "office",
])  # fmt: skip


def _over_a_year(count: Fact, rate: Fact) -> bool:
    """ "We produced 6,500 hectolitres last year" / "around 9,000 hectolitres a year": a total
    told for one year is that year's rate."""
    if count.kind != "count" or rate.kind != "rate" or not (rate.unit or "").endswith("/year"):
        return False
    span = date_span(count.when) if count.when[:1].isdigit() else None
    yearly = count.when in ("last year", "this year") or (
        span is not None and span[1] - span[0] == 11
    )
    return yearly and (count.unit or "") == (rate.unit or "").rpartition("/")[0]


def _team_and_organisation(a: Fact, b: Fact) -> bool:
    """ "three direct reports" / "the programme had around 40 staff": the size of a whole
    organisation is compared only with the size of an organisation (read over the sentence)."""
    words_a, words_b = a.context | said_stems(a.quote), b.context | said_stems(b.quote)
    if _SPREAD.search(a.quote) and _SPREAD.search(b.quote):
        # "across three shifts" / "on the three shifts": both spread over the same units
        words_a, words_b = words_a - _ACROSS, words_b - _ACROSS
    team_a, org_a = bool(words_a & TEAM_CUES), bool(words_a & ORG_CUES)
    team_b, org_b = bool(words_b & TEAM_CUES), bool(words_b & ORG_CUES)
    if (org_a and not team_a and not org_b) or (org_b and not team_b and not org_a):
        return True
    # "three architects directly" / "the studio I ran was 25 people, with the interiors team"
    direct_a, direct_b = bool(words_a & DIRECT_CUES), bool(words_b & DIRECT_CUES)
    return (direct_a and org_b and not direct_b) or (direct_b and org_a and not direct_a)


# A count spread over several units ("22 operators across three shifts", "across our three
# glasshouses there are thirty pickers"), against a count in one of them ("seven on my
# shift", "the eight pickers in House 2"): a part, not the whole told again.
_SPREAD = compiled(
    r"\b(?:across|over|between|on|in)\s+(?:all\s+)?(?:the\s+|our\s+|my\s+|its\s+|their\s+)?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+([a-z]{3,}?)s\b",
    re.IGNORECASE,
)
_NAMED_UNIT = compiled(r"\b(?:in|on|at)\s+([A-Z][a-z]+)\s+(?:\d+|[A-Z])\b")


def _one_unit_of(whole: Fact, part: Fact) -> bool:
    """``whole`` is spread over several units and ``part`` is told of one of them."""
    spread = _SPREAD.search(whole.quote)
    if spread is None or _SPREAD.search(part.quote):
        return False
    unit = spread.group(1).lower()
    one = rf"\b(?:my|our|one|each|every|per|a|the|that|this|his|her)\s+(?:[\w-]+\s+)?{unit}\b"
    if re.search(one, part.quote, re.IGNORECASE):
        return True  # "seven operators on my shift"
    named = _NAMED_UNIT.search(part.quote)
    return named is not None and unit.endswith(named.group(1).lower())  # "in House 2"


_NUMBERED = compiled(
    r"\b(season|series|phase|wave|cohort|stage|round|sprint|release|version|generation|gen)"
    r"\s+(\d+|[ivx]+|one|two|three|four|five|six|seven|eight|nine|ten)\b",
    re.IGNORECASE,
)


_ORDINAL = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
            "seven": "7", "eight": "8", "nine": "9", "ten": "10", "i": "1", "ii": "2",
            "iii": "3", "iv": "4", "v": "5", "vi": "6"}  # fmt: skip


@lru_cache(maxsize=4096)
def _numbered(quote: str) -> dict[str, str]:
    """The numbered things a sentence names: "season one" → {"season": "1"}."""
    found = {}
    for match in _NUMBERED.finditer(quote):
        value = match.group(2).lower()
        found[match.group(1).lower()] = _ORDINAL.get(value, value)
    return found


_NOW = compiled(r"\b(?:now|today|currently|these\s+days|at\s+the\s+moment)\b", re.I)


_CHANGED = frozenset(stem(verb) for verb in CHANGE_VERBS)


def _final(a: Fact, b: Fact) -> bool:
    """ "We ended up randomising 180 patients" / "We randomised 240 patients": where a figure
    ended, told with no start, is its level."""
    if a.phase != "end" or a.partner is not None or b.phase != "":
        return False
    if a.context & _CHANGED or _NOW.search(a.quote):
        return False  # "we cut it down to six screens", "today the team has 12": a change
    verbs = [x.subject.verb if x.subject is not None else "" for x in (a, b)]
    if a.kind == "money" and a.subject is None:
        return True  # "In the end the system cost us €140,000": the sum it came to
    return verbs[0] == verbs[1]  # told with the same verb: "ended up randomising", "randomised"


def _named_beside(a: Fact, b: Fact) -> bool:
    """ "The Ashcombe Hall collection at Greaves & Lyle: … £1.4 million" / "the Ashcombe sale made
    about £900k": the other's place is named beside this figure, at this one's employer — one
    thing said of two names — unless both are named there ("at Acme 5, at Globex 9")."""
    theirs, mine = b.entity.company.casefold(), a.entity.company.casefold()
    if not theirs or not mine:
        return False
    said, other = a.quote.casefold(), b.quote.casefold()
    return theirs.split()[0] in said and mine.split()[0] not in other


def _close(a: Fact, b: Fact) -> bool:
    """The other ends of two changes agree (2% absorbs unit conversions)."""
    assert a.partner is not None and b.partner is not None
    return abs(a.partner - b.partner) <= 0.02 * max(abs(a.partner), abs(b.partner)) + 1e-9


def _subjects_blocked(a: Subject, b: Subject, fa: Fact, fb: Fact) -> str:
    theirs = dict(b.quals)
    for family, value in a.quals:
        if family in theirs and theirs[family] != value:
            return f"{value} and {theirs[family]}"
    if different_groups(a, b) and not _held_at_site(a, b):
        return "different groups"
    if "reports" in (a.container, b.container) and a.container != b.container:
        return "your direct reports and another group"
    people = a.kind == "count" and is_people(a.head) and is_people(b.head)
    moved = [lemma(x.verb_said) in _DEPLOYED for x in (a, b)]
    if a.kind == "count" and moved[0] != moved[1]:
        return "some of them moved or asked, and the whole"  # "moving two people off the
        # Tuesday shift" / "a team of 35"; "asked two neighbouring patrols" / "three patrols"
    acted = [bool(x.verb) and lemma(x.verb) not in _HOLDING for x in (a, b)]
    if people and acted[0] != acted[1]:
        return "some of them acted on, and the whole"  # "traced the errors to two agency
        # nurses" / "a ward of 30 nurses"
    if a.head == b.head and _rival_modifiers(a, b, fa, fb):
        return "another kind of " + a.head  # "time-based" / "energy-based availability"
    if people and a.mods != b.mods and (a.mods < b.mods or b.mods < a.mods):
        extra, other = (b.mods - a.mods, fa) if a.mods < b.mods else (a.mods - b.mods, fb)
        named = other.context | said_stems(other.entity.label().lower())  # "Holloway Farm
        # Kennels" already says "kennel": "four (kennel) assistants" there are kennel assistants
        if not all(in_words(m, named) for m in extra):
            return "some of the people and all of them"  # "three front-end engineers" / "five"
        # "six technicians" (as pharmacy manager) / "11 pharmacy technicians": one group
    if "org" in (a.container, b.container) and a.container != b.container:
        return "a team and the organisation"
    if a.verb and b.verb and a.verb != b.verb:
        known = set(VERB_CLASS.values())
        taken_in = {a.verb, b.verb} == {"have", "earn"} and a.kind != "money"
        income = a.kind == "money" and {a.verb, b.verb} <= _INCOME  # "sold for" / "made"
        if a.verb in known and b.verb in known and not taken_in and not income:
            return "different actions"  # ("we take in 2,000 tonnes a day" / "we're
            # receiving 1.2 million kilograms a day": receiving is earning only of money)
    convertible = a.kind in ("rate", "money") and {a.period, b.period} <= CALENDAR
    if a.period and b.period and a.period != b.period and not convertible:
        return "different periods"
    return ""


def _held_at_site(a: Subject, b: Subject) -> bool:
    """The candidate's own crew told once by its team and once by the site it works from ("I
    supervise thirty-five meter readers for the Zarqa branch" / "In Zarqa I have a team of
    fifty readers"): one group, the same noun held both times. Counted by anyone else ("the
    site has 200 engineers"), a site's people are not the team."""
    if {a.container, b.container} != {"team", "site"} or a.head != b.head:
        return False
    return all(not x.verb or lemma(x.verb) in _HOLDING for x in (a, b))


# people sent, moved or lent somewhere: some of a group, not its size
_DEPLOYED = frozenset(["move", "send", "borrow", "lend", "loan", "assign",
                       "redeploy", "second", "switch", "shift", "transfer", "swap",
                       "release", "ask", "call", "phone", "ring", "brief"])  # fmt: skip
# verbs that hold a whole group: "I have / lead / manage / run a team of seven"
_HOLDING = frozenset(["have", "be", "lead", "manage", "run", "supervise", "oversee", "head",
                      "cover", "staff", "employ", "line-manage", "look", "get", "keep",
                      "direct", "command"])  # fmt: skip
_INCOME = frozenset(["win", "earn", "generate"])  # money coming in, however it is said


def _overlapping(a: str, b: str) -> bool:
    """Two time anchors that can be the same time: equal, or dates whose periods overlap."""
    if a == b:
        return True
    span_a, span_b = date_span(a), date_span(b)
    if span_a is None or span_b is None:
        return False
    return span_a[0] <= span_b[1] and span_b[0] <= span_a[1]


def qualifiers_clash(a: Fact, b: Fact) -> str:
    """Words around the two figures that pick different members of one family ("gross" /
    "net" margin, "p50" / "p99", "inbound" / "outbound"), each absent from the other side."""
    theirs: dict[str, set[str]] = {}
    for word in b.context:
        member = QUALIFIER_STEMS.get(word)
        if member is not None:
            theirs.setdefault(member[0], set()).add(member[1])
    for word in a.context:
        member = QUALIFIER_STEMS.get(word)
        if member is None or member[0] not in theirs or member[1] in theirs[member[0]]:
            continue
        if stem(member[1]) not in b.context and member[0] not in ("period", "pay"):
            return f"{member[1]} and {' / '.join(sorted(theirs[member[0]]))}"
    return ""


def _rival_modifiers(a: Subject, b: Subject, fa: Fact, fb: Fact) -> bool:
    """Each says a modifier of the thing that the other answer never says ("weekday" /
    "weekend occupancy", "for rodents" / "for bed bugs"): two members of one family."""
    only_a = {m for m in a.mods - b.mods if stem(m) not in WEAK}
    only_b = {m for m in b.mods - a.mods if stem(m) not in WEAK}
    if not only_a or not only_b:
        return False
    said_a, said_b = said_stems(fa.quote), said_stems(fb.quote)
    return not any(in_words(m, said_b) for m in only_a) and not any(
        in_words(m, said_a) for m in only_b
    )
