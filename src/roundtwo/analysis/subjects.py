"""What a claim measures, normalised so that "engineers on the team", "people on my team" and
"a team of five engineers" are one subject, and p99 latency is not p50 latency.

A :class:`Subject` is a head word (what is counted or measured: "engineer", "latency",
"salary", "join"), modifiers ("checkout" latency), qualifier families (p50 vs p99, gross vs
net, base vs total), a container for counts (team, org, ward, class…), the verb class
("hired" five is not "managed" five), a period ("per shift") and a unit (currency).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from roundtwo.analysis.lexicon import (
    CONTAINERS,
    GENERIC_PEOPLE,
    IRREGULAR,
    LINK_VERBS,
    PEOPLE_ROLES,
    QUALIFIERS,
    SYNONYMS,
    VERB_CLASS,
    VERBS,
)
from roundtwo.analysis.reading import DETERMINERS, PRONOUNS, lemma

PEOPLE = "people"
_CREW = frozenset(("team", "shift"))  # who handled things, not a scope for them
# Heads that say little alone: "pass rate", "response time" keep the word before them.
WEAK_HEADS = frozenset(["rate", "time", "level", "score", "count", "number", "size", "volume",
                        "ratio", "value", "total", "share", "amount"])  # fmt: skip
MEASUREMENT_UNITS = frozenset(["point", "points", "pts", "pt", "bps", "basis", "kg", "km",
                               "mile", "miles", "tonne", "tonnes", "ton", "tons", "lbs", "gb",
                               "tb", "mb", "pp", "star", "stars", "grade", "grades",
                               "percentage"])  # fmt: skip


@dataclass(frozen=True, slots=True)
class Subject:
    kind: str
    head: str
    mods: frozenset[str] = frozenset()
    quals: tuple[tuple[str, str], ...] = ()
    container: str = ""
    verb: str = ""
    period: str = ""
    unit: str = ""
    sole_people: bool = True
    phrase: str = field(default="", compare=False)  # the words as said, for labels
    verb_said: str = field(default="", compare=False)  # "compared", not the stem "compar"
    caption: str = field(default="", compare=False)  # a whole label: "share of traffic"

    @property
    def key(self) -> str:
        """The index key: facts that can contradict each other share it."""
        crewed = self.container == "team" and self.head.endswith(
            ("er", "or")
        )  # "lashers in my gang"
        head = PEOPLE if is_people(self.head) or (self.kind == "count" and crewed) else self.head
        return f"{self.kind}:{head}"

    def matches(self, other: Subject) -> bool:
        """Same kind, head, compatible qualifiers, modifiers, container, verb, period, unit."""
        if self.kind != other.kind or not _same_head(self, other):
            return False
        if self.period != other.period or not _same_unit(self.unit, other.unit):
            return False
        if self.quals != other.quals:
            theirs = dict(other.quals)
            if any(theirs.get(family, value) != value for family, value in self.quals):
                return False
        if not (self.mods <= other.mods or other.mods <= self.mods):
            return False
        if self.container != other.container and (
            different_groups(self, other) or "org" in (self.container, other.container)
        ):
            return False  # a team is not an organisation; "I managed 45" is not the org
        return not (self.verb and other.verb and self.verb != other.verb)

    def label(self) -> str:
        """ "team size", "p99 latency", "salary expectation" — for people to read."""
        quals = dict(self.quals)
        if self.head == "salary":
            which = "current salary" if quals.get("salary") == "current" else "salary expectation"
            pay = quals.get("pay", "")
            return f"{which} ({pay})" if pay else which
        people = self.kind == "count" and is_people(self.head) and self.verb in ("", "have")
        if people and self.container in SIZES:
            return SIZES[self.container]
        if self.kind == "count" and self.head == "student" and self.container == "class":
            return "class size"
        if self.kind == "title":
            return TITLES.get(self.head, "title")
        if self.kind == "date":
            return self._date_label()
        if self.caption:
            text = self.caption
            if self.period and f" {self.period}" not in f" {text}":
                text += f" per {self.period}"
            return text
        text = self.phrase or " ".join([*(v for _, v in self.quals), *sorted(self.mods), self.head])
        text = " ".join(w.upper() if w in ACRONYMS else w for w in text.split())
        if not any(len(w) > 2 or w.isupper() for w in text.split()):
            return UNNAMED.get(self.kind, "figure")  # "1.8s": a unit letter, not a subject
        if self.kind in ("count", "rate") and not text.endswith("s"):
            text = _plural(text)
        if self.kind == "count" and self.verb and self.verb != "have":
            participle = _participle(self.verb, self.verb_said)
            text += f" {participle}" if participle else ""
        if self.period and f" {self.period}" not in f" {text}":
            text += f" per {self.period}"
        return text

    def _date_label(self) -> str:
        """ "launch date of the mobile app", "date amended (contract)"; never a stem."""
        of = f" of the {self.phrase}" if self.phrase else ""
        if self.head in EVENTS:
            return f"{EVENTS[self.head]} date{of}"
        said = self.verb_said.lower()
        if said.endswith("ed") or (said in IRREGULAR and said != self.head):
            return f"date {said}" + (f" ({self.phrase})" if self.phrase else "")  # "amended"
        if said:
            return f"date ({said})"  # "14 falls in Q1 2022": a noun read as a verb
        return f"date{of}" if self.head in VERBS else "date"


ACRONYMS = frozenset(["arr", "mrr", "nps", "csat", "cac", "ltv", "sla", "kpi", "otif", "dau",
                      "mau", "wau", "aov", "acv", "roi", "ebitda", "dso", "aht", "fcr", "sku",
                      "skus", "erp", "crm", "api", "qa", "icu", "ed"])  # fmt: skip
UNNAMED = {"duration": "duration", "percent": "percentage", "money": "amount", "count": "count",
           "rate": "rate"}  # fmt: skip
SIZES = {
    "team": "team size", "org": "organisation size", "ward": "ward staffing",
    "reports": "direct reports",
    "class": "class size", "site": "site headcount", "shift": "shift staffing", "": "team size",
}  # fmt: skip
TITLES = {
    "title:start": "starting title", "title:current": "current title",
    "title:promotion": "promotion title", "title:held": "title held",
}  # fmt: skip
EVENTS = {"ship": "launch", "join": "joining", "leave": "leaving", "promote": "promotion",
          "graduate": "graduation", "start": "start", "begin": "start", "finish": "finish",
          "complete": "completion", "move": "moving", "hire": "hiring"}  # fmt: skip
PARTICIPLES = {
    "hire": "hired", "win": "won", "train": "trained", "ship": "shipped", "earn": "earned",
    "save": "saved", "generate": "generated", "spend": "spent", "admit": "admitted",
    "interview": "interviewed", "resolve": "resolved", "handle": "handled", "close": "closed",
    "process": "processed", "fire": "let go", "lose": "lost", "treat": "treated",
}  # fmt: skip


def different_groups(a: Subject, b: Subject) -> bool:
    """Counted in two different groups ("a team of five" / "a ward of 30"). For things the
    candidate handled rather than people, the team and the shift are one group: the
    satellites "the team flew" are those "on that shift"."""
    if not (a.container and b.container) or a.container == b.container:
        return False
    return is_people(a.head) or not {a.container, b.container} <= _CREW


def _participle(verb: str, said: str) -> str:
    """ "hired", "compared", "led": the verb as a label shows it — from the word as said, or
    a known verb; "" rather than a stem ("compar") when neither is at hand."""
    if verb in PARTICIPLES:
        return PARTICIPLES[verb]
    low = said.lower()
    if low.endswith("ed") or (low in IRREGULAR and low != verb and not low.endswith("ing")):
        return low
    if verb in _PAST:
        return _PAST[verb]
    if verb in VERBS:
        return verb + ("d" if verb.endswith("e") else "ed")
    return low


# Past forms of the irregular verbs, for labels ("lead" → "led").
_PAST = {
    base: past
    for past, base in IRREGULAR.items()
    if past != base and not past.endswith(("s", "ing")) and base not in ("be", "have")
}


def _plural(word: str) -> str:
    if word.lower().endswith("s") or word.endswith(PEOPLE) or word.isupper():
        return word
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "o", "u"):
        return word[:-1] + "ies"
    return word + ("es" if word.endswith(("ch", "sh", "x")) else "s")


def _same_head(a: Subject, b: Subject) -> bool:
    if a.head == b.head:
        return True
    pair = {a.head, b.head}
    if PEOPLE in pair and a.kind == "count" and a.container and a.container == b.container:
        # "a team of five engineers" / "seven people on my team": one team size, when the
        # engineers are the whole team (not "five engineers and two designers")
        other = (pair - {PEOPLE}).pop()
        solo = b.sole_people if b.head == other else a.sole_people
        return other in PEOPLE_ROLES and solo
    return False


def _same_unit(a: str, b: str) -> bool:
    return a == b or "?" in (a, b)


# Agent-noun endings: "journalist", "paralegal", "technician", "attendant", "auctioneer".
_AGENT_ENDINGS = (
    "ist",
    "ician",
    "ant",
    "eer",
    "legal",
    "nurse",
    "vet",
    "medic",
    # compounds of a people word: stockpeople, tradesperson, linesmen,
    # farmhands, part-timers, caseworkers, townsfolk
    "people",
    "person",
    "persons",
    "folk",
    "man",
    "men",
    "hand",
    "hands",
    "timer",
    "timers",
    "worker",
    "workers",
    "staff",
)
_NOT_AGENTS = frozenset(["list", "assist", "plant", "grant", "tenant", "restaurant", "giant",
                         "constant", "variant", "warrant", "distant", "instant", "elephant",
                         "volunteer", "human", "humans", "german", "germans", "roman",
                         "romans"])  # fmt: skip


def is_people(head: str) -> bool:
    """A count of people: "people", a role of the lexicon, or an agent noun by its ending
    ("journalists", "physicians", "flight attendants")."""
    if head == PEOPLE or head in PEOPLE_ROLES:
        return True
    last = head.split()[-1] if head else ""
    return len(last) > 4 and last.endswith(_AGENT_ENDINGS) and last not in _NOT_AGENTS


@lru_cache(maxsize=65536)
def normal(word: str) -> str:
    """One word as the ledger compares it: lower case, singular, synonyms folded."""
    low = word.lower().replace("’", "'").strip("'")
    if low in SYNONYMS:
        return SYNONYMS[low]
    if "-" in low:
        return "-".join(lemma(part) if i else part for i, part in enumerate(low.split("-")))
    base = lemma(low)
    if base in GENERIC_PEOPLE:
        return PEOPLE
    return SYNONYMS.get(base, base)


def build(
    kind: str,
    words: list[str],
    *,
    extra: list[str] = (),  # type: ignore[assignment]
    drop: frozenset[str] = frozenset(),
    head: str = "",
    container: str = "",
    verb: str = "",
    period: str = "",
    unit: str = "",
    verb_said: str = "",
    caption: str = "",
) -> Subject | None:
    """A subject from its measure words (the head last), modifiers and the rest.
    ``drop`` holds words that name the entity ("payments" of "payments team")."""
    cleaned = [normal(w) for w in words if w.lower() not in DETERMINERS]
    cleaned = [w for w in cleaned if w and w not in drop and w not in PRONOUNS]
    extras = [normal(w) for w in extra if w.lower() not in DETERMINERS]
    extras = [w for w in extras if w and w not in drop and w not in PRONOUNS]
    quals: dict[str, str] = {}
    mods: set[str] = set()
    if not head:
        while cleaned and cleaned[-1] in QUALIFIERS:
            cleaned.pop()
        if not cleaned:
            return None
        head = cleaned.pop()
        if head == "rate" and kind == "percent" and cleaned and cleaned[-1] not in QUALIFIERS:
            head = cleaned.pop()  # "the churn rate dropped to 3%" is churn
        elif head in WEAK_HEADS and cleaned and cleaned[-1] not in QUALIFIERS:
            head = f"{cleaned.pop()} {head}"
    for word in [*cleaned, *extras]:
        if word in QUALIFIERS:
            quals.setdefault(QUALIFIERS[word], word)
        elif word != head and word not in CONTAINERS and not word.isdigit():
            mods.add(word)
    shown = [w.lower() for w in [*words, *extra] if w.lower() not in DETERMINERS]
    shown = [w for w in shown if normal(w) not in drop and w not in PRONOUNS]
    if kind in ("count", "rate") and not words:
        shown = [w for w in shown if normal(w) != head] + [
            _plural(head) if head != PEOPLE else PEOPLE
        ]
    verb_class = VERB_CLASS.get(verb, verb)
    if verb_class in LINK_VERBS or verb_class == "have":
        verb_class = "have" if kind in ("count", "rate") else ""
    return Subject(
        kind=kind,
        head=head,
        mods=frozenset(mods),
        quals=tuple(sorted(quals.items())),
        container=CONTAINERS.get(container, container),
        verb=verb_class,
        period=period,
        unit=unit,
        phrase=" ".join(shown),
        verb_said=verb_said,
        caption=caption,
    )
