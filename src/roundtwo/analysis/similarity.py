"""Are two facts about the same thing? Matching by meaning, not by a generated label.

``same_thing(a, b)`` scores how likely two facts measure the same thing, from 0 (they cannot:
another kind of figure, another company, p50 against p99, a team against the whole
organisation, "hired" against "managed", current pay against the pay asked for) to 1. Above
:data:`THRESHOLD` the ledger holds them to agreeing.

Two kinds of evidence, combined:

- **What is measured**: the heads of the two subjects (the counted noun, the measured
  phrase) — equal once folded (singular, synonyms: "clients" = "customers"), people on a team
  ("engineers" / "people on my team"), or near in meaning; and their modifiers.
- **The words around the figure**: the content words of the two clauses ("the housing-first
  pilot … ran for nine months" / "the housing-first pilot lasted two years"), which carry the
  meaning when the reader finds no clean subject ("In my two years at the Lisbon Grand…").

Near-synonyms the lexicon does not list are caught by an optional phrase embedding
(:mod:`roundtwo.analysis.embedding`): its measured effect on the held-out set decides whether
it is used (docs/dependencies.md). Pure functions; nothing here reads the store.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from roundtwo.analysis.dates import date_span
from roundtwo.analysis.facts import Fact
from roundtwo.analysis.lexicon import (
    CHANGE_VERBS,
    EQUIVALENTS,
    PEOPLE_ROLES,
    QUALIFIERS,
    VERB_CLASS,
    VERBS,
)
from roundtwo.analysis.reading import lemma, stem
from roundtwo.analysis.subjects import PEOPLE, Subject, is_people, normal

THRESHOLD = 0.5
# What one fact measures, said in the clause of a fact whose measured noun was not read.
SAID = 0.6
# Two heads read differently ("new dispensing robot" / "project") where one is said around the
# other: the reader's heads disagree, the words do not.
SAID_HEAD = 0.8
# Words around two sums or lengths this alike say they are one thing, whatever their heads.
SAME_WORDS = 0.65
HEAD_WEIGHT = 0.6
# Periods a rate can be converted between ("300 a week" / "15,000 a year"); a shift or a
# night is not a fixed share of a day.
CALENDAR = frozenset(["day", "week", "month", "quarter", "year"])
# Words (as stems) that say little about what a figure measures on their own: units of time,
# measurement words, verbs of having and being, fillers.
WEAK = frozenset(stem(w) for w in [
    "year", "month", "week", "day", "time", "hour", "minute", "second", "people", "team",
    "work", "thing", "lot", "bit",
    "number", "total", "whole", "part", "end", "start", "get", "make", "have", "take", "go",
    "come", "put", "keep", "run", "now", "then", "first", "last", "back", "still", "odd",
    "give", "honestly", "actually", "basically", "probably", "say", "think", "mean", "guess",
    "know", "yeah", "well", "right", "okay", "rate", "level", "score", "share", "percent",
    "dollar", "pound", "euro", "figure", "amount", "point", "value", "size", "count", "usual",
    "typical", "normal", "whole", "overall", "roughly", "about", "around", "give", "take",
    "couple", "dozen", "half", "few", "several", "percentage", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "spring", "summer", "autumn", "fall", "winter", "early", "late", "mid",
])  # fmt: skip
# Heads the reader falls back on when it finds no measured noun, and the words of a change
# ("a lift of 7 points": what was lifted is said elsewhere): not evidence of a subject.
UNRELIABLE = WEAK | frozenset(stem(w) for w in [
    "how", "long", "duration", "date", "figure", "lift", "uplift", "increase", "reduction",
    "improvement", "growth", "gain", "drop", "decrease", "rise", "jump", "boost", "change",
])  # fmt: skip

Embed = Callable[[str, str], float]
# An optional measure of meaning between two phrases (0–1), used beside the word families when
# set: evals/libraries/meaning.py measures whether it helps on the held-out set (it is not
# used by default; docs/dependencies.md has the figures).
MEANING: Embed | None = None


@dataclass(frozen=True, slots=True)
class Match:
    """How alike two facts are, and why (for explanations and the eval's verbose output)."""

    score: float
    why: str


NO = Match(0.0, "")


def same_thing(a: Fact, b: Fact, embed: Embed | None = None) -> Match:
    """How likely ``a`` and ``b`` measure the same thing (0 when they cannot)."""
    blocked = _blocked(a, b)
    if blocked:
        return Match(0.0, blocked)
    if a.salary and b.salary:
        return Match(1.0, "your pay")
    embed = embed or MEANING
    clash = _qualifiers_clash(a, b)
    if clash:
        return Match(0.0, clash)
    shared = _named_around(a, b) | _named_around(b, a)
    context = _overlap(a.context | shared, b.context | shared)
    if embed is not None and a.about and b.about:
        context = max(context, embed(a.about, b.about))
    ma, mb = _measured(a), _measured(b)
    head = _head(ma, mb, embed)
    if head is None:
        if (_generic(b) and _unsaid(ma, b)) or (_generic(a) and _unsaid(mb, a)):
            return Match(min(context, THRESHOLD / 2), "another thing measured")
        if _said_around(ma, b) or _said_around(mb, a):
            return Match(max(context, SAID), "what it measures, said around the other")
        return Match(context, "the words around it")
    if head == 0.0 and a.kind == "count" and a.unit and b.unit:
        return Match(0.0, "different things counted")
    if head == 0.0 and (_said_around(ma, b) or _said_around(mb, a)):
        head = SAID_HEAD  # "the dispensing robot rollout was a ten-month project"
    score = HEAD_WEIGHT * head + (1 - HEAD_WEIGHT) * context
    if not _strong(a.context) or not _strong(b.context):
        score = head  # nothing around one of them to weigh: what it measures decides
    if head > 0.0:
        return Match(max(score, context), "what it measures")
    if a.kind in ("money", "duration") and context >= SAME_WORDS:
        # a sum or a length names its object, not a measure ("a nine-million-pound category"
        # / "£14 million in revenue", "a 7-month job" / "the rebuild took 14 months"): when
        # the words around both say the same, the heads disagree in wording only
        return Match(THRESHOLD, "the words around it")
    return Match(score, "different things measured")


def _measured(fact: Fact) -> Subject | None:
    """What the fact measures; for a count the reader could not place, its counted noun."""
    if fact.subject is not None or fact.kind != "count" or not fact.unit:
        return fact.subject
    head = normal(fact.unit)
    return Subject(kind="count", head=head) if head else None


def _blocked(a: Fact, b: Fact) -> str:
    """Why the two facts cannot be about the same thing ("" when they can)."""
    if a.kind != b.kind and not (_over_a_year(a, b) or _over_a_year(b, a)):
        return "different kinds of figure"
    if bool(a.salary) != bool(b.salary) or a.salary != b.salary:
        return "current pay and the pay asked for" if a.salary and b.salary else "not pay"
    if not a.entity.compatible(b.entity):
        return "different entities"
    known = a.unit and b.unit and "?" not in (a.unit, b.unit)
    if a.kind == "money" and known and a.unit != b.unit:
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
    sa, sb = a.subject, b.subject
    tenure = [x is not None and x.caption == "tenure" for x in (sa, sb)]
    if a.kind == "duration" and tenure[0] != tenure[1] and sa is not None and sb is not None:
        return "how long you were there and another length"
    if a.kind == "title" and (sa is None or sb is None or sa.head != sb.head):
        return "another post"
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


TEAM_CUES = frozenset(stem(w) for w in ["team", "squad", "crew", "report", "reports", "direct",
                                        "manage", "lead", "supervise", "desk", "pod"])  # fmt: skip
DIRECT_CUES = frozenset(stem(w) for w in ["direct", "directly"])
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
    words_a, words_b = a.context | _said(a.quote), b.context | _said(b.quote)
    team_a, org_a = bool(words_a & TEAM_CUES), bool(words_a & ORG_CUES)
    team_b, org_b = bool(words_b & TEAM_CUES), bool(words_b & ORG_CUES)
    if (org_a and not team_a and not org_b) or (org_b and not team_b and not org_a):
        return True
    # "three architects directly" / "the studio I ran was 25 people, with the interiors team"
    direct_a, direct_b = bool(words_a & DIRECT_CUES), bool(words_b & DIRECT_CUES)
    return (direct_a and org_b and not direct_b) or (direct_b and org_a and not direct_a)


_WORDS = re.compile(r"[a-z][a-z'-]+")
_NUMBERED = re.compile(
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


@lru_cache(maxsize=4096)
def _said(quote: str) -> frozenset[str]:
    """The stems of a sentence's words."""
    return frozenset(stem(w) for w in _WORDS.findall(quote.lower()))


_NOW = re.compile(r"\b(?:now|today|currently|these\s+days|at\s+the\s+moment)\b", re.I)
_CHANGED = frozenset(stem(verb) for verb in CHANGE_VERBS)


def _final(a: Fact, b: Fact) -> bool:
    """ "We ended up randomising 180 patients" / "We randomised 240 patients": where a figure
    ended, told with no start, is its level."""
    if a.phase != "end" or a.partner is not None or b.phase != "":
        return False
    if a.context & _CHANGED or _NOW.search(a.quote):
        return False  # "we cut it down to six screens", "today the team has 12": a change
    verbs = [x.subject.verb if x.subject is not None else "" for x in (a, b)]
    return verbs[0] == verbs[1]  # told with the same verb: "ended up randomising", "randomised"


def _close(a: Fact, b: Fact) -> bool:
    """The other ends of two changes agree (2% absorbs unit conversions)."""
    assert a.partner is not None and b.partner is not None
    return abs(a.partner - b.partner) <= 0.02 * max(abs(a.partner), abs(b.partner)) + 1e-9


def _subjects_blocked(a: Subject, b: Subject, fa: Fact, fb: Fact) -> str:
    theirs = dict(b.quals)
    for family, value in a.quals:
        if family in theirs and theirs[family] != value:
            return f"{value} and {theirs[family]}"
    if a.container and b.container and a.container != b.container:
        return "different groups"
    if "reports" in (a.container, b.container) and a.container != b.container:
        return "your direct reports and another group"
    people = a.kind == "count" and is_people(a.head) and is_people(b.head)
    if a.head == b.head and _rival_modifiers(a, b, fa, fb):
        return "another kind of " + a.head  # "time-based" / "energy-based availability"
    if people and a.mods != b.mods and (a.mods < b.mods or b.mods < a.mods):
        extra, other = (b.mods - a.mods, fa) if a.mods < b.mods else (a.mods - b.mods, fb)
        if not all(_in_words(m, other.context) for m in extra):
            return "some of the people and all of them"  # "three front-end engineers" / "five"
        # "six technicians" (as pharmacy manager) / "11 pharmacy technicians": one group
    if "org" in (a.container, b.container) and a.container != b.container:
        return "a team and the organisation"
    if a.verb and b.verb and a.verb != b.verb:
        known = set(VERB_CLASS.values())
        if a.verb in known and b.verb in known:
            return "different actions"
    convertible = a.kind in ("rate", "money") and {a.period, b.period} <= CALENDAR
    if a.period and b.period and a.period != b.period and not convertible:
        return "different periods"
    return ""


def _head(a: Subject | None, b: Subject | None, embed: Embed | None) -> float | None:
    """How alike the two measured heads are; None when either is not known."""
    if a is None or b is None or not _reliable(a) or not _reliable(b):
        return None
    if a.head == b.head:
        return 1.0 if _mods_fit(a, b) else 0.7
    if _abbreviated(a, b):  # "techs" / "technicians"
        return 0.9 if _mods_fit(a, b) else 0.6
    if is_people(a.head) and is_people(b.head):
        pair = {a.head, b.head}
        if PEOPLE in pair and a.container == b.container:
            other = (pair - {PEOPLE}).pop()
            solo = b.sole_people if b.head == other else a.sole_people
            return 0.9 if solo else 0.0
        if pair <= PEOPLE_ROLES:
            return 0.0  # engineers are not designers
    if _equivalent(a.head, b.head):
        return 0.9 if _mods_fit(a, b) else 0.6  # "scripts" / "prescriptions"
    if _related(a.head, b.head) or _abbreviated(a, b) or _initials(a, b) or _initials(b, a):
        return 0.9 if _mods_fit(a, b) else 0.6
    shared = 0.0
    if embed is not None:
        shared = max(shared, embed(_phrase(a), _phrase(b)))
    return shared


def _equivalent(a: str, b: str) -> bool:
    """Two heads the lexicon lists as measuring one thing ("accounts" / "customers")."""
    last_a, last_b = a.split()[-1:] or [""], b.split()[-1:] or [""]
    one, other = EQUIVALENTS.get(last_a[0]), EQUIVALENTS.get(last_b[0])
    return one is not None and one == other


def _related(a: str, b: str) -> bool:
    """Heads that are one word family or one phrase inside the other: "turn" / "turnaround",
    "consult" / "consultation", "turnaround" / "first-draft turnaround"."""
    words_a, words_b = a.replace("-", " ").split(), b.replace("-", " ").split()
    if set(words_a) <= set(words_b) or set(words_b) <= set(words_a):
        return True
    last_a, last_b = words_a[-1], words_b[-1]
    short, long = sorted((last_a, last_b), key=len)
    if len(words_a) != len(words_b) or words_a[:-1] != words_b[:-1]:
        return False
    return len(short) >= 4 and long.startswith(short)


def _initials(a: Subject, b: Subject) -> bool:
    """ "GWP" / "gross written premium", "ARR" / "annual recurring revenue": one head the
    initials of the other's words."""
    short = a.head.replace("-", "")
    words = [w for w in [*(b.phrase or "").split(), *b.head.split()] if w]
    if not 2 <= len(short) <= 5 or not short.isalpha() or len(words) < len(short):
        return False
    firsts = "".join(w[0] for w in words)
    return short.lower() in firsts.lower()


def _abbreviated(a: Subject, b: Subject) -> bool:
    """ "digital subs" / "digital subscriptions": the same modifiers, and one head the
    other's first letters."""
    short, long = sorted((a.head, b.head), key=len)
    if len(short) < 3 or not long.startswith(short) or " " in short:
        return False
    # "techs" / "field technicians": a four-letter clipping stands on its own
    return (bool(a.mods) and a.mods == b.mods) or len(short) >= 4


def _overlapping(a: str, b: str) -> bool:
    """Two time anchors that can be the same time: equal, or dates whose periods overlap."""
    if a == b:
        return True
    span_a, span_b = date_span(a), date_span(b)
    if span_a is None or span_b is None:
        return False
    return span_a[0] <= span_b[1] and span_b[0] <= span_a[1]


def _generic(fact: Fact) -> bool:
    """The fact's measured noun is a bare measuring word ("rate", "score", "level"): what
    it is the rate of was said, just not read."""
    head = fact.subject.head if fact.subject is not None else ""
    return bool(head) and stem(head.split()[-1]) in WEAK


_QUALIFIER_STEMS = {stem(word): (family, word) for word, family in QUALIFIERS.items()}


def _named_around(a: Fact, b: Fact) -> frozenset[str]:
    """The words of ``a``'s named project or site that ``b`` says without reading them as its
    own entity ("the Guidewire migration" / "moving our claims system onto Guidewire")."""
    names = " ".join(n for n in (a.entity.project, a.entity.site, a.entity.team) if n)
    if not names:
        return frozenset()
    words = {stem(w) for w in _WORDS.findall(names.lower()) if len(w) > 3}
    return frozenset(w for w in words if w in b.context)


def _qualifiers_clash(a: Fact, b: Fact) -> str:
    """Words around the two figures that pick different members of one family ("gross" /
    "net" margin, "p50" / "p99", "inbound" / "outbound"), each absent from the other side."""
    theirs: dict[str, set[str]] = {}
    for word in b.context:
        family = _QUALIFIER_STEMS.get(word)
        if family is not None:
            theirs.setdefault(family[0], set()).add(family[1])
    for word in a.context:
        family = _QUALIFIER_STEMS.get(word)
        if family is None or family[0] not in theirs or family[1] in theirs[family[0]]:
            continue
        if stem(family[1]) not in b.context and family[0] not in ("period", "pay"):
            return f"{family[1]} and {' / '.join(sorted(theirs[family[0]]))}"
    return ""


def _rival_modifiers(a: Subject, b: Subject, fa: Fact, fb: Fact) -> bool:
    """Each says a modifier of the thing that the other answer never says ("weekday" /
    "weekend occupancy", "for rodents" / "for bed bugs"): two members of one family."""
    only_a = {m for m in a.mods - b.mods if stem(m) not in WEAK}
    only_b = {m for m in b.mods - a.mods if stem(m) not in WEAK}
    if not only_a or not only_b:
        return False
    said_a, said_b = _said(fa.quote), _said(fb.quote)
    return not any(_in_words(m, said_b) for m in only_a) and not any(
        _in_words(m, said_a) for m in only_b
    )


def _in_words(word: str, context: frozenset[str]) -> bool:
    parts = [stem(p) for p in word.replace("-", " ").split() if p]
    return bool(parts) and all(p in context or any(_family(p, w) for w in context) for p in parts)


def _said_around(measured: Subject | None, other: Fact) -> bool:
    """``measured`` names what one fact measures, and the other fact — whose reader found no
    measured noun of its own — says it in its clause ("a budget of $2.4 million" / "the food
    and beverage budget I was responsible for was one point six million dollars")."""
    if measured is None or not _reliable(measured) or measured.kind in ("date", "title"):
        return False
    if measured.caption == "tenure" or (measured.kind == "count" and is_people(measured.head)):
        return False
    said = stem(measured.head.split()[-1].split("-")[-1])
    if said in WEAK or said in UNRELIABLE:
        return False
    mine = dict(measured.quals)
    for word in other.context:  # "gross margin" / "net margin for the practice"
        family = _QUALIFIER_STEMS.get(word)
        if family is not None and family[0] in mine and mine[family[0]] != family[1]:
            return False
    return any(w == said or _family(w, said) for w in other.context)


def _unsaid(measured: Subject | None, other: Fact) -> bool:
    """``measured`` names what one fact measures, and the other fact's words never say it."""
    if measured is None or not _reliable(measured) or measured.kind in ("date", "title"):
        return False
    if measured.caption == "tenure" or (measured.kind == "count" and is_people(measured.head)):
        return False
    said = stem(measured.head.split()[-1].split("-")[-1])
    return not any(w == said or _family(w, said) for w in other.context)


def _reliable(subject: Subject) -> bool:
    """A head that names a measured thing (not "now", "year", a verb read as a noun)."""
    head = subject.head
    if not head or head.startswith("title:") or subject.caption == "tenure":
        return bool(head)
    if subject.kind == "date":
        return True  # the event a date is the date of
    last = head.split()[-1]
    if subject.kind == "count" and is_people(head):
        return True
    from_verb = last in VERBS and (lemma(subject.verb_said) == last or bool(subject.caption))
    return stem(last) not in UNRELIABLE and not from_verb


def _mods_fit(a: Subject, b: Subject) -> bool:
    return a.mods <= b.mods or b.mods <= a.mods or bool(a.mods & b.mods)


def _phrase(subject: Subject) -> str:
    return subject.phrase or " ".join([*sorted(subject.mods), subject.head])


def _strong(words: frozenset[str]) -> bool:
    return any(w not in WEAK and w not in QUALIFIERS for w in words)


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Shared meaning-bearing words (stems, one word family counted once: "reduc" /
    "reduct"), over the smaller side (0 when either has none)."""
    strong_a = {w for w in a if w not in WEAK and w not in QUALIFIERS}
    strong_b = {w for w in b if w not in WEAK and w not in QUALIFIERS}
    if not strong_a or not strong_b:
        return 0.0
    if len(strong_a) > len(strong_b):
        strong_a, strong_b = strong_b, strong_a
    shared = sum(1 for w in strong_a if w in strong_b or any(_family(w, o) for o in strong_b))
    return shared / len(strong_a)


def _family(a: str, b: str) -> bool:
    """One word family by stem: the shorter (at least four letters) begins the longer."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 4 and long.startswith(short)
