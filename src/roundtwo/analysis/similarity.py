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

from collections.abc import Callable
from dataclasses import dataclass

from roundtwo.analysis.evidence import (
    QUALIFIER_STEMS,
    UNRELIABLE,
    WEAK,
    WORDS,
    family,
    overlap,
    strong,
)
from roundtwo.analysis.facts import Fact
from roundtwo.analysis.gates import blocked, inflated, qualifiers_clash
from roundtwo.analysis.lexicon import (
    EQUIVALENTS,
    PEOPLE_ROLES,
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


# Why two facts match when their measured heads agree (the strongest evidence).
MEASURED = "what it measures"


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
    why = blocked(a, b)
    if why:
        return Match(0.0, why)
    if a.salary and b.salary:
        return Match(1.0, "your pay")
    if a.kind == "title" and inflated(a, b):
        return Match(1.0, "the post you hold, told larger")
    embed = embed or MEANING
    clash = qualifiers_clash(a, b)
    if clash:
        return Match(0.0, clash)
    shared = _named_around(a, b) | _named_around(b, a)
    context = overlap(a.context | shared, b.context | shared)
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
    if not strong(a.context) or not strong(b.context):
        score = head  # nothing around one of them to weigh: what it measures decides
    if head > 0.0:
        return Match(max(score, context), MEASURED)
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


def _generic(fact: Fact) -> bool:
    """The fact's measured noun is a bare measuring word ("rate", "score", "level"): what
    it is the rate of was said, just not read."""
    head = fact.subject.head if fact.subject is not None else ""
    return bool(head) and stem(head.split()[-1]) in WEAK


def _named_around(a: Fact, b: Fact) -> frozenset[str]:
    """The words of ``a``'s named project or site that ``b`` says without reading them as its
    own entity ("the Guidewire migration" / "moving our claims system onto Guidewire")."""
    names = " ".join(n for n in (a.entity.project, a.entity.site, a.entity.team) if n)
    if not names:
        return frozenset()
    words = {stem(w) for w in WORDS.findall(names.lower()) if len(w) > 3}
    return frozenset(w for w in words if w in b.context)


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
        member = QUALIFIER_STEMS.get(word)
        if member is not None and member[0] in mine and mine[member[0]] != member[1]:
            return False
    return any(w == said or family(w, said) for w in other.context)


def _unsaid(measured: Subject | None, other: Fact) -> bool:
    """``measured`` names what one fact measures, and the other fact's words never say it."""
    if measured is None or not _reliable(measured) or measured.kind in ("date", "title"):
        return False
    if measured.caption == "tenure" or (measured.kind == "count" and is_people(measured.head)):
        return False
    said = stem(measured.head.split()[-1].split("-")[-1])
    return not any(w == said or family(w, said) for w in other.context)


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


__all__ = ["MEANING", "NO", "THRESHOLD", "UNRELIABLE", "WEAK", "Match", "same_thing"]
